// Streams one XML part of the package through saxes: the part is inflated chunk by chunk and never
// held as one string, so a 100 MB sheet costs a few chunks of memory. Handlers see element names
// without their namespace prefix (<x:row> written by the OpenXML SDK is a row).
import { StringDecoder } from 'node:string_decoder';
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { partBytes } from './part-bytes';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data (text and CDATA), in pieces; absent when the part's text is not needed. */
  text?(text: string): void;
}

/** A part that cannot be inflated or is not well-formed XML. */
export class DamagedPartError extends Error {}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The value of an attribute whatever its prefix: `attribute(a, 'id')` finds r:id or ns1:id. */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const key of Object.keys(attributes)) if (key.endsWith(`:${local}`)) return attributes[key];
  return undefined;
}

function decoderFor(first: Buffer): { decoder: StringDecoder; skip: number } {
  if (first[0] === 0xff && first[1] === 0xfe) return { decoder: new StringDecoder('utf16le'), skip: 2 };
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { decoder: new StringDecoder('utf8'), skip: 3 };
  return { decoder: new StringDecoder('utf8'), skip: 0 };
}

export function streamXml(file: JSZip.JSZipObject, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  // A sheet repeats a handful of element names millions of times.
  const names = new Map<string, string>();
  const local = (name: string) => {
    let found = names.get(name);
    if (found === undefined) names.set(name, (found = localName(name)));
    return found;
  };
  parser.on('opentag', (tag) => handlers.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  return new Promise<void>((resolve, reject) => {
    let decoding: { decoder: StringDecoder; skip: number } | null = null;
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stream.removeAllListeners('data');
      // saxes reports malformed XML with plain Errors; a handler's own error (InputError…) passes unchanged.
      reject(e instanceof Error && e.constructor === Error ? new DamagedPartError(e.message) : e);
    };
    const stream = partBytes(file);
    stream.on('data', (chunk: Buffer) => {
      try {
        if (!decoding) {
          decoding = decoderFor(chunk);
          chunk = chunk.subarray(decoding.skip);
        }
        parser.write(decoding.decoder.write(chunk));
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', (e: Error) => fail(new DamagedPartError(e.message)));
    stream.on('end', () => {
      if (failed) return;
      try {
        if (decoding) parser.write(decoding.decoder.end());
        parser.close();
        resolve();
      } catch (e) {
        fail(e);
      }
    });
  });
}
