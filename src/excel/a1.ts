// Sheet-qualified A1 addresses as Excel's Range.address gives and takes them; the A1 references
// themselves are src/domain/a1.ts.
import { columnLetter, decodeBlock, encodeBlock, type Block } from '../domain/a1';

export interface CellBlock extends Block {
  sheetName: string;
}

export const columnLetters = columnLetter;

/** Parses what Range.address returns: "Sheet1!A1:C9", "'My sheet'!B2". */
export function parseAddress(address: string): CellBlock {
  const bang = address.lastIndexOf('!');
  let sheetName = bang < 0 ? '' : address.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  const block = decodeBlock(bang < 0 ? address : address.slice(bang + 1));
  if (!block) throw new Error(`Unexpected range address '${address}'.`);
  return { sheetName, ...block };
}

export function localAddress(block: Omit<CellBlock, 'sheetName'>): string {
  return encodeBlock(block);
}

export function qualifiedAddress(block: CellBlock): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(block.sheetName) ? block.sheetName : `'${block.sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${localAddress(block)}`;
}
