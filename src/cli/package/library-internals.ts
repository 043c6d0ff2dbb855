// Every use of a library's private code, in one place. JSZip and ExcelJS do not publish these, so
// package.json pins both to exact versions and test/cli/package/library-internals.test.ts fails when
// an upgrade changes their shape: read it before changing either version.
import type JSZip from 'jszip';

// JSZip 3.10: a loaded entry keeps its compressed bytes in ZipObject._data, a CompressedObject
// (lib/compressedObject.js), and generating a zip reuses that object as it is when the output uses
// the entry's own compression (ZipObject._compressWorker). Handing zip.file() a CompressedObject of
// our own makes JSZip write bytes that are already deflated.
/* eslint-disable @typescript-eslint/no-require-imports -- private modules: not in jszip's types or exports */
const CompressedObject = require('jszip/lib/compressedObject') as new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Buffer) => object;
const compressions = require('jszip/lib/compressions') as { DEFLATE: { magic: string }; STORE: { magic: string } };
/* eslint-enable @typescript-eslint/no-require-imports */

interface LoadedData {
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
}

/** The bytes of an entry JSZip loaded, as they stand in the file, and how they are compressed; null when JSZip holds none. */
export function storedBytes(file: JSZip.JSZipObject): { bytes: Uint8Array; method: 'deflate' | 'store' } | null {
  const data = (file as unknown as { _data?: LoadedData })._data;
  const bytes = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (!(bytes instanceof Uint8Array)) return null;
  if (magic === compressions.DEFLATE.magic) return { bytes, method: 'deflate' };
  if (magic === compressions.STORE.magic) return { bytes, method: 'store' };
  return null;
}

/** Puts raw-deflated bytes into `zip` as entry `name` (in place of an entry of that name, keeping its position). */
export function putDeflated(zip: JSZip, name: string, part: { deflated: Buffer; size: number; crc32: number }): void {
  const entry = new CompressedObject(part.deflated.length, part.size, part.crc32, compressions.DEFLATE, part.deflated);
  zip.file(name, entry as unknown as string, { binary: true });
}

// ExcelJS 4.4: the formula slide its reader applies to shared formulas (relative references move,
// absolute ones stay), in lib/utils/shared-formula.js, which it does not declare.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a private module: not in exceljs's types or exports
const sharedFormula = require('exceljs/lib/utils/shared-formula') as { slideFormula(formula: string, from: string, to: string): string };

/** The formula of cell `from`, as it reads when moved to cell `to` ("A1+$B$1" from C3 to D5 → "B3+$B$1"). */
export function slideFormula(formula: string, from: string, to: string): string {
  return sharedFormula.slideFormula(formula, from, to);
}
