// A part's bytes as a stream. JSZip inflates in JavaScript (pako) through its own scheduler; a part
// loaded from the input file still holds its compressed bytes, and Node's zlib inflates those several
// times faster, off the main thread.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type JSZip from 'jszip';

const DEFLATE = '\x08\x00';
const STORE = '\x00\x00';

interface LoadedData {
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
}

export function partBytes(file: JSZip.JSZipObject): NodeJS.ReadableStream {
  const data = (file as unknown as { _data?: LoadedData })._data;
  const content = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (content instanceof Uint8Array && (magic === DEFLATE || magic === STORE)) {
    const bytes = Readable.from([Buffer.from(content.buffer, content.byteOffset, content.byteLength)]);
    return magic === STORE ? bytes : bytes.pipe(zlib.createInflateRaw({ chunkSize: 64 * 1024, readableHighWaterMark: 2 ** 20 } as zlib.ZlibOptions));
  }
  return file.nodeStream('nodebuffer');
}
