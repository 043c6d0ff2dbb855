// What in a workbook's structure would make Excel refuse the plan's writes, found before anything is
// written: protection, merged cells and PivotTables where the results go or where columns are inserted,
// filters over the rows of an insertion. Excel raises AccessDenied, MergedRangeConflict,
// PivotTableRangeConflict and FilteredRangeConflict for these, at sync, after earlier operations of the
// batch may already have run; refusing first keeps the workbook as it was and names the cells.
import type { OutputColumnWrite, SheetWrite } from '../domain/write-plan-types';
import { CellBlock, localAddress } from './a1';

/** Merged cells or a PivotTable on a sheet the plan writes (1-based, in the sheet as it is before writing). */
export interface Obstacle {
  kind: 'merged' | 'pivot';
  block: CellBlock;
  /** The PivotTable's name. */
  name?: string;
}

export interface SheetStructure {
  protected: boolean;
  /** The sheet's AutoFilter (or the Excel table's filter) hides rows. */
  filtered: boolean;
  obstacles: Obstacle[];
  /** The Excel table's last column and last row (totals row included) as it is now; null for a plain range. */
  table: { lastColumn: number; bottom: number } | null;
}

/** The plan cannot be written as the workbook is: `message` says why, naming the sheet or cells, and what to do. */
export class WorkbookNotWritable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookNotWritable';
  }
}

const NOTHING_WRITTEN = 'Nothing was written.';

function meets(a: Omit<CellBlock, 'sheetName'>, b: Omit<CellBlock, 'sheetName'>): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * A block that must move right when cells of rows top..bottom from column `left` shift right: Excel
 * refuses when only some of its rows would move, or when the insertion column cuts through it.
 */
function splitByInsertion(block: CellBlock, area: { top: number; bottom: number; left: number }): boolean {
  const rowsMeet = block.top <= area.bottom && block.bottom >= area.top;
  if (!rowsMeet || block.right < area.left) return false;
  return block.top < area.top || block.bottom > area.bottom || block.left < area.left;
}

function describe(o: Obstacle, sheetName: string): string {
  return o.kind === 'merged' ? `The merged cells ${localAddress(o.block)} on '${sheetName}'` : `The PivotTable '${o.name}' on '${sheetName}' (${localAddress(o.block)})`;
}

function howToClear(o: Obstacle): string {
  return o.kind === 'merged' ? 'Unmerge them (Home › Merge & Center)' : 'Move the PivotTable away from the supplier table (PivotTable Analyze › Move PivotTable)';
}

/** Where the plan inserts cells, shifting the rest of those rows right (Range.insert, or an Excel table adding columns). */
function insertion(sheet: SheetWrite, s: SheetStructure): { top: number; bottom: number; left: number } | null {
  if (sheet.insert) return { top: sheet.headerRow, bottom: sheet.lastDataRow, left: sheet.insert.column };
  const added = sheet.columns.filter((c) => c.isNew);
  if (!s.table || added.length === 0) return null;
  // A table grows into the columns right of it, over all its rows (its totals row too).
  return { top: sheet.headerRow, bottom: Math.max(sheet.lastDataRow, s.table.bottom), left: s.table.lastColumn + 1 };
}

/** The first reason this sheet's part of the plan would fail in Excel, in plain words; null when none. */
export function sheetConflict(sheet: SheetWrite, s: SheetStructure): string | null {
  const name = sheet.sheetName;
  if (s.protected) return `'${name}' is protected, so the results cannot be written beside the table. Unprotect it (Review › Unprotect Sheet), then screen again. ${NOTHING_WRITTEN}`;
  const shift = insertion(sheet, s);
  if (shift && sheet.insert && s.filtered) {
    return `'${name}' is filtered, and Excel cannot insert the result columns while a filter hides rows. Clear the filter (Data › Clear), then screen again. ${NOTHING_WRITTEN}`;
  }
  const split = shift && s.obstacles.find((o) => splitByInsertion(o.block, shift));
  if (split) {
    return `${describe(split, name)} would be split by the result columns inserted beside the table. ${howToClear(split)}, then screen again. ${NOTHING_WRITTEN}`;
  }
  const inTheWay = (o: Obstacle, where: string) =>
    `${describe(o, name)} ${o.kind === 'merged' ? 'are' : 'is'} where ${where}. ${howToClear(o)}, then screen again. ${NOTHING_WRITTEN}`;
  // New columns are fresh cells when this run inserts them, or an Excel table's growth (checked below).
  const fresh = (c: OutputColumnWrite) => c.isNew && (sheet.insert ? c.column >= sheet.insert.column : Boolean(shift));
  for (const c of sheet.columns.filter((col) => !fresh(col))) {
    const cells = { top: c.isNew ? sheet.headerRow : sheet.firstDataRow, bottom: sheet.lastDataRow, left: c.column, right: c.column };
    const hit = s.obstacles.find((o) => meets(o.block, cells));
    if (hit) return inTheWay(hit, 'the results would be written');
  }
  if (shift && !sheet.insert) {
    // An Excel table grows over the cells right of it: merged cells and PivotTables cannot be inside a table.
    const span = { top: shift.top, bottom: shift.bottom, left: shift.left, right: shift.left + sheet.columns.filter((c) => c.isNew).length - 1 };
    const hit = s.obstacles.find((o) => meets(o.block, span));
    if (hit) return inTheWay(hit, "the table's result columns would go");
  }
  return null;
}

export function structureProtectedMessage(): string {
  return `This workbook's structure is protected, so the CtA Summary sheet cannot be added. Unprotect it (Review › Protect Workbook), then screen again. ${NOTHING_WRITTEN}`;
}
