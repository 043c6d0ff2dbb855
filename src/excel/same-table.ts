// Is the table read for screening the one the pane showed? Its header cells must read as they did at
// detection; otherwise the output and the user's column corrections would go beside another table.
import { cellText } from '../domain/normalize';
import { ALL_OUTPUT_HEADERS, type SheetGrid, type TableLayout } from '../domain/types';
import type { DetectedTable } from '../gateway/workbook-gateway';
import { CellBlock, columnLetters, parseAddress } from './a1';

export class TableChanged extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableChanged';
  }
}

const AGAIN = 'Nothing was written. Select Detect again to check the columns, then Screen.';

/** The detected table's header row and columns, as a block. */
export function detectedBlock(table: DetectedTable): CellBlock {
  const block = parseAddress(table.address);
  return { ...block, sheetName: table.sheetName, top: table.headerRow };
}

/** Throws TableChanged, naming the first header cell that no longer reads as it did. */
export function assertSameHeader(table: DetectedTable, grid: SheetGrid): void {
  const row = grid.rows[table.headerRow - grid.top];
  for (const c of table.columns) {
    const now = row && table.headerRow >= grid.top ? cellText(row[c.column - grid.left]).trim() : '';
    if (now !== c.header) {
      const cell = `${columnLetters(c.column)}${table.headerRow}`;
      const reads = now ? `now reads "${now}"` : 'is now empty';
      throw new TableChanged(`The header of the table on '${table.sheetName}' changed since it was detected: ${cell} ${reads}, not "${c.header}". ${AGAIN}`);
    }
  }
}

/** After the domain found the table in what was read: the same header row and the same columns. */
export function assertSameLayout(table: DetectedTable, layout: TableLayout | undefined): void {
  const first = table.columns[0]?.column;
  const last = table.columns[table.columns.length - 1]?.column;
  if (layout && layout.sheetName === table.sheetName && layout.headerRow === table.headerRow && layout.firstColumn === first && layout.lastColumn === last) return;
  throw new TableChanged(`The table on '${table.sheetName}' is no longer laid out as when it was detected. ${AGAIN}`);
}

/**
 * Whether a selection (an address on the sheet with id `sheetId`) is away from the table: on another
 * sheet, or clear of its rows, or of its columns and the output columns beside them.
 */
export function selectionAway(table: DetectedTable, sheetId: string, address: string | null): boolean | null {
  if (table.sheetId && sheetId !== table.sheetId) return true;
  if (address === null) return null; // the table's own sheet was activated: the selection event that follows decides
  let selected: CellBlock;
  try {
    selected = parseAddress(address.split(',')[0]);
  } catch {
    return null;
  }
  const block = parseAddress(table.address);
  const right = block.right + ALL_OUTPUT_HEADERS.length;
  const rowsMeet = selected.top <= block.bottom && selected.bottom >= table.headerRow;
  const columnsMeet = selected.left <= right && selected.right >= block.left;
  return !(rowsMeet && columnsMeet);
}
