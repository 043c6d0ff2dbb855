// Writing the package. JSZip copies an entry it loaded without inflating and deflating it again
// when the output uses the entry's own compression, so every part we do not touch keeps its exact
// compressed bytes. A patched sheet is deflated by Node's zlib while it is produced and handed to
// JSZip already compressed (library-internals.ts putDeflated): JSZip's own deflate would need the
// whole sheet first, and is slower.
import { createWriteStream } from 'node:fs';
import zlib from 'node:zlib';
import type JSZip from 'jszip';
import { putDeflated } from './library-internals';

const BLOCK = 64 * 1024;

export class DeflatedPart {
  // A 1 MB input buffer lets the main thread keep building rows while zlib compresses on its own
  // thread; larger blocks and buffers ran faster but left far more garbage (peak RSS 460 → 270 MB).
  private readonly deflate = zlib.createDeflateRaw({ writableHighWaterMark: 2 ** 20 } as zlib.ZlibOptions);
  private readonly chunks: Buffer[] = [];
  private crc = 0;
  private size = 0;

  constructor() {
    this.deflate.on('data', (chunk: Buffer) => this.chunks.push(chunk));
  }

  // Text is handed to zlib in blocks: every write to a zlib stream is a trip to its thread, and a
  // trip per row cost more than building the rows.
  private pending: string[] = [];
  private pendingLength = 0;

  /** False when the caller should wait for onDrain before writing more. */
  write(text: string): boolean {
    if (!text) return true;
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength < BLOCK || this.flush();
  }

  private flush(): boolean {
    if (this.pending.length === 0) return true;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    return this.deflate.write(bytes);
  }

  onDrain(resume: () => void): void {
    this.deflate.once('drain', resume);
  }

  end(): Promise<DeflatedPart> {
    return new Promise((resolve, reject) => {
      this.deflate.once('error', reject);
      this.deflate.once('end', () => resolve(this));
      this.flush();
      this.deflate.end();
    });
  }

  /** Puts the part into `zip` (in place of an entry of that name, keeping its position). */
  addTo(zip: JSZip, name: string): void {
    const deflated = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    putDeflated(zip, name, { deflated, size: this.size, crc32: this.crc >>> 0 });
  }
}

/** Writes the package to `file`, streamed, each entry with a data descriptor. */
export function writeZip(zip: JSZip, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    out.on('finish', () => resolve());
    zip
      .generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' })
      .on('error', (e: Error) => {
        out.destroy();
        reject(e);
      })
      .pipe(out);
  });
}
