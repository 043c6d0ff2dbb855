// A1 addresses for the Excel double. Rows and columns are 0-based inside the double.

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rect(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, bottom, right };
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rectA1(r: Rect): string {
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellA1(r.bottom, r.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedA1(sheetName: string, r: Rect): string {
  return `${quoteSheet(sheetName)}!${rectA1(r)}`;
}

/** Splits "Sheet 1!A1:B2" or "'Sheet 1'!A1" into sheet name and local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** Parses a bounded local address ("A1", "B2:D9"). Returns null for anything else (whole columns, names). */
export function parseLocalA1(local: string): Rect | null {
  const parts = local.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m)) return null;
  const rows = cells.map((m) => Number(m![2]) - 1);
  const cols = cells.map((m) => columnIndex(m![1]));
  const r = rect(Math.min(...rows), Math.min(...cols), Math.max(...rows), Math.max(...cols));
  if (r.top < 0 || r.bottom >= MAX_ROWS || r.left < 0 || r.right >= MAX_COLUMNS) return null;
  return r;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.bottom >= inner.bottom && outer.left <= inner.left && outer.right >= inner.right;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** a minus b, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push(rect(a.top, a.left, b.top - 1, a.right));
  if (a.bottom > b.bottom) out.push(rect(b.bottom + 1, a.left, a.bottom, a.right));
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push(rect(top, a.left, bottom, b.left - 1));
  if (a.right > b.right) out.push(rect(top, b.right + 1, bottom, a.right));
  return out;
}
