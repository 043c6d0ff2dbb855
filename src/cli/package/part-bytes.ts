// A part's bytes as a stream. JSZip inflates in JavaScript (pako) through its own scheduler; a part
// loaded from the input file still holds its compressed bytes, and Node's zlib inflates those several
// times faster, off the main thread.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type JSZip from 'jszip';
import { storedBytes } from './library-internals';

export function partBytes(file: JSZip.JSZipObject): NodeJS.ReadableStream {
  const stored = storedBytes(file);
  if (stored) {
    const { bytes: content, method } = stored;
    const bytes = Readable.from([Buffer.from(content.buffer, content.byteOffset, content.byteLength)]);
    return method === 'store' ? bytes : bytes.pipe(zlib.createInflateRaw({ chunkSize: 64 * 1024, readableHighWaterMark: 2 ** 20 } as zlib.ZlibOptions));
  }
  return file.nodeStream('nodebuffer');
}
