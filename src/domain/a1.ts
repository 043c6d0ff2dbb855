// A1 references with 1-based rows and columns: column letters, cell addresses and blocks. The one
// implementation for the domain and both hosts (src/excel/a1.ts adds the sheet name Excel puts
// before an address).

/** A rectangle of cells, 1-based and inclusive. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters by column number, as addresses ask for them once per cell. */
const LETTERS: string[] = [];

/** 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let letters = LETTERS[column];
  if (letters === undefined) {
    letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    LETTERS[column] = letters;
  }
  return letters;
}

/** The column of the letters a reference starts with, in either case ("AB12" and "ab" → 28); 0 when it has none. */
export function columnNumber(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Row 7, column 5 → "E7". */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Row and column of "AB12" (dollars allowed); null when it is not a cell address (row 0 is none). */
export function decodeCell(ref: string): { row: number; column: number } | null {
  const m = CELL.exec(ref);
  const row = m ? Number(m[2]) : 0;
  return row >= 1 ? { row, column: columnNumber(m![1]) } : null;
}

/** The block of "B2:D9" or "C3" (dollars allowed, corners in any order); null for anything else. */
export function decodeBlock(ref: string): Block | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = decodeCell(parts[0]);
  const b = decodeCell(parts[parts.length - 1]);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** "B2:D9", or "C3" for a single cell. */
export function encodeBlock(b: Block): string {
  const from = a1(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? from : `${from}:${a1(b.bottom, b.right)}`;
}
