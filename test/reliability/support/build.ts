// Helpers that generate bad input at test time: workbooks (ExcelJS, plus raw-XML patches for what
// ExcelJS cannot write), CSV bytes in several encodings, and files that only look like workbooks.
import { promises as fs } from 'node:fs';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const HEADER = ['Supplier ID', 'Supplier Name', 'Address', 'City', 'Country', 'Product'];
/** Row 1 is in the Uyghur Region (Ürümqi), row 2 is not, row 3 is outside China. */
export const ROWS: string[][] = [
  ['S1', 'Tianshan Textile Co Ltd', '88 Beijing Road', 'Urumqi', 'China', 'cotton yarn'],
  ['S2', 'Ningbo Plastics Co Ltd', '12 Harbour Road', 'Ningbo', 'China', 'plastic toys'],
  ['S3', 'Dhaka Knit Ltd', '5 Mirpur Road', 'Dhaka', 'Bangladesh', 't-shirts'],
];
export const TABLE: string[][] = [HEADER, ...ROWS];

export interface SheetSpec {
  name: string;
  /** Rows from A1 (or from `at`); undefined/null cells stay empty. */
  rows?: ExcelJS.CellValue[][];
  /** Top-left cell of `rows`, 1-based; default row 1, column 1. */
  at?: { row: number; column: number };
  state?: 'visible' | 'hidden' | 'veryHidden';
  setup?: (ws: ExcelJS.Worksheet) => void;
}

export function fillRows(ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][], at = { row: 1, column: 1 }) {
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== undefined && value !== null) ws.getCell(at.row + r, at.column + c).value = value;
    }),
  );
}

export async function writeBook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    if (s.rows) fillRows(ws, s.rows, s.at);
    s.setup?.(ws);
  }
  await wb.xlsx.writeFile(file);
}

/** Rewrite parts of an .xlsx package as text: for what ExcelJS will not write itself. */
export async function patchXlsx(file: string, patch: (parts: Record<string, string>) => void): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  const before = { ...parts };
  patch(parts);
  for (const [name, text] of Object.entries(parts)) if (text !== before[name]) zip.file(name, text);
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export function csvLine(cells: string[], sep = ','): string {
  return cells.map((c) => (/[",;\t\r\n]/.test(c) || c.includes(sep) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep);
}

export function csvText(rows: string[][], sep = ',', eol = '\r\n'): string {
  return rows.map((r) => csvLine(r, sep)).join(eol) + eol;
}

export function encode(text: string, encoding: 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le' | 'gb18030'): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    case 'utf16le':
      return iconv.encode(text, 'utf16le');
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

/**
 * A Compound File Binary container (the format of legacy .xls and of password-protected .xlsx):
 * the D0 CF 11 E0 A1 B1 1A E1 signature, a 512-byte header and a directory sector naming the streams.
 */
export function cfbContainer(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = Buffer.from(`${name}\u0000`, 'utf16le');
    entry.copy(directory, i * 128);
    directory.writeUInt16LE(entry.length, i * 128 + 64);
    directory[i * 128 + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024, 0x5a)]);
}

/** XML 1.0 (and so .xlsx) cannot hold C0 controls other than tab, LF and CR, nor DEL: ExcelJS drops them. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing the control characters XML cannot hold is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
