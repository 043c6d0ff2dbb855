// A part's text, chunk by chunk: inflated by JSZip and decoded here, with a UTF-8 character split
// across chunks kept whole and a byte-order mark dropped (UTF-16 parts are decoded too).
import { StringDecoder } from 'node:string_decoder';
import type JSZip from 'jszip';
import { PatchXmlError } from './patch-xml';
import { partBytes } from './part-bytes';

/** Streams `file`'s text to `onText`, which may call `pause()` and later the function it returns to resume. */
export function streamText(file: JSZip.JSZipObject, onText: (chunk: string, pause: () => () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let decoder: StringDecoder | null = null;
    let failed = false;
    const stream = partBytes(file);
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stream.pause();
      stream.removeAllListeners('data');
      reject(e);
    };
    const pause = () => {
      stream.pause();
      return () => stream.resume();
    };
    stream.on('data', (chunk: Buffer) => {
      try {
        if (!decoder) {
          if (chunk[0] === 0xff && chunk[1] === 0xfe) {
            decoder = new StringDecoder('utf16le');
            chunk = chunk.subarray(2);
          } else {
            decoder = new StringDecoder('utf8');
            if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
          }
        }
        onText(decoder.write(chunk), pause);
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', (e: Error) => fail(new PatchXmlError(e.message)));
    stream.on('end', () => {
      if (failed) return;
      try {
        const last = decoder?.end();
        if (last) onText(last, pause);
        resolve();
      } catch (e) {
        fail(e);
      }
    });
  });
}

/** A small part's whole text. */
export async function partText(file: JSZip.JSZipObject): Promise<string> {
  const pieces: string[] = [];
  await streamText(file, (chunk) => pieces.push(chunk));
  return pieces.join('');
}
