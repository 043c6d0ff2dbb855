// The private code of JSZip and ExcelJS the package reader and writer rely on (library-internals.ts).
// These tests fail when an upgrade changes that code's shape; package.json pins both libraries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { putDeflated, slideFormula, storedBytes } from '../../../src/cli/package/library-internals';

const ROOT = join(__dirname, '../../..');
const TEXT = '<worksheet>' + 'x'.repeat(5000) + '</worksheet>';

async function loaded(): Promise<JSZip> {
  const zip = new JSZip();
  zip.file('deflated.xml', TEXT, { compression: 'DEFLATE' });
  zip.file('stored.bin', Buffer.from([1, 2, 3]), { compression: 'STORE' });
  return JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('JSZip internals', () => {
  it('a loaded entry keeps its bytes as they stand in the file, with their compression', async () => {
    const zip = await loaded();
    const deflated = storedBytes(zip.file('deflated.xml')!);
    expect(deflated?.method).toBe('deflate');
    expect(deflated!.bytes.length).toBeLessThan(TEXT.length);
    expect(zlib.inflateRawSync(deflated!.bytes).toString()).toBe(TEXT);
    const stored = storedBytes(zip.file('stored.bin')!);
    expect(stored?.method).toBe('store');
    expect([...stored!.bytes]).toEqual([1, 2, 3]);
  });

  it('an entry added in this process holds no stored bytes', () => {
    const zip = new JSZip();
    zip.file('new.xml', TEXT);
    expect(storedBytes(zip.file('new.xml')!)).toBeNull();
  });

  it('bytes deflated outside JSZip are written as they are, and read back', async () => {
    const zip = await loaded();
    const raw = Buffer.from('<sheetData>' + 'y'.repeat(3000) + '</sheetData>');
    const deflated = zlib.deflateRawSync(raw);
    putDeflated(zip, 'deflated.xml', { deflated, size: raw.length, crc32: zlib.crc32(raw) });
    const out = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(Object.keys(out.files)).toEqual(['deflated.xml', 'stored.bin']);
    expect(await out.file('deflated.xml')!.async('string')).toBe(raw.toString());
    expect(Buffer.from(storedBytes(out.file('deflated.xml')!)!.bytes).equals(deflated)).toBe(true);
  });

  it('an entry loaded and written with its own compression keeps its exact compressed bytes', async () => {
    const zip = await loaded();
    const before = Buffer.from(storedBytes(zip.file('deflated.xml')!)!.bytes);
    const out = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
    expect(Buffer.from(storedBytes(out.file('deflated.xml')!)!.bytes).equals(before)).toBe(true);
  });
});

describe('ExcelJS internals', () => {
  it.each([
    ['A1+$B$1+B$2+$C3', 'C3', 'D5', 'B3+$B$1+C$2+$C5'],
    ['SUM(A1:A3)*2', 'B1', 'B4', 'SUM(A4:A6)*2'],
    ['Sheet2!A1*B$3', 'A1', 'C2', 'Sheet2!C2*D$3'],
  ])('slides %s from %s to %s', (formula, from, to, expected) => {
    expect(slideFormula(formula, from, to)).toBe(expected);
  });
});

describe('pinned versions', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

  it.each(['jszip', 'exceljs'])('%s is pinned to the exact version installed', (name) => {
    const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(pkg.dependencies[name]).toBe(installed);
  });
});
