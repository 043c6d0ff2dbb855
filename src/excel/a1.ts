// A1 addresses with 1-based rows and columns, as the domain counts them.
import { columnLetter } from '../domain/cells';

export interface CellBlock {
  sheetName: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const columnLetters = columnLetter;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses what Range.address returns: "Sheet1!A1:C9", "'My sheet'!B2". */
export function parseAddress(address: string): CellBlock {
  const bang = address.lastIndexOf('!');
  let sheetName = bang < 0 ? '' : address.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  const local = bang < 0 ? address : address.slice(bang + 1);
  const cells = local.split(':').map((part) => /^\$?([A-Za-z]+)\$?(\d+)$/.exec(part));
  if (cells.length < 1 || cells.length > 2 || cells.some((m) => !m)) throw new Error(`Unexpected range address '${address}'.`);
  const rows = cells.map((m) => Number(m![2]));
  const cols = cells.map((m) => columnNumber(m![1]));
  return { sheetName, top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

export function localAddress(block: Omit<CellBlock, 'sheetName'>): string {
  const a = `${columnLetters(block.left)}${block.top}`;
  const b = `${columnLetters(block.right)}${block.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function qualifiedAddress(block: CellBlock): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(block.sheetName) ? block.sheetName : `'${block.sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${localAddress(block)}`;
}
