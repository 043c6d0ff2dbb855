// A1 references: column letters, cell addresses and ranges.
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function address(row: number, column: number): string {
  return `${letters(column)}${row}`;
}

/** Column and row of "AB12" (dollars allowed); null when it is not a cell address. */
export function decodeCell(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

export function decodeBlock(ref: string): Block | null {
  const [from, to = from] = ref.split(':');
  const a = decodeCell(from);
  const b = decodeCell(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

export function encodeBlock(b: Block): string {
  const from = address(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? from : `${from}:${address(b.bottom, b.right)}`;
}

export function overlaps(a: Block, b: Block): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** The parts of `b` left and right of column `column` (a range minus one column). */
export function withoutColumn(b: Block, column: number): Block[] {
  if (column < b.left || column > b.right) return [b];
  const parts: Block[] = [];
  if (b.left < column) parts.push({ ...b, right: column - 1 });
  if (b.right > column) parts.push({ ...b, left: column + 1 });
  return parts;
}
