// What real Excel refuses because of how a workbook is built: protection, merged cells, PivotTables,
// array formulas and filtered rows. Each rule raises the error code Excel raises (Excel.ErrorCodes),
// when the queued operation is applied at sync, as Excel does.
//
// Codes and messages: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
import { Rect, contains, intersects, rectA1 } from './a1';
import { ErrorCodes, officeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';

/** Any change to the cells, formats, filters or objects of a protected sheet. */
export function assertSheetUnprotected(sheet: SheetModel, where: string): void {
  if (sheet.protected) throw officeError(ErrorCodes.accessDenied, 'You cannot perform the requested operation.', where);
}

/** Adding, deleting, renaming, moving, hiding sheets of a workbook whose structure is protected. */
export function assertStructureUnprotected(model: WorkbookModel, where: string): void {
  if (model.structureProtected) throw officeError(ErrorCodes.accessDenied, 'You cannot perform the requested operation.', where);
}

/** Writing cell contents (values, formulas, clear) into `area`. */
export function checkContentWrite(sheet: SheetModel, area: Rect, where: string): void {
  assertSheetUnprotected(sheet, where);
  const split = sheet.merged.find((m) => intersects(m, area) && !contains(area, m));
  if (split) {
    throw officeError(
      ErrorCodes.mergedRangeConflict,
      `Cannot complete the operation: ${rectA1(area)} covers part of the merged cells ${rectA1(split)}.`,
      where,
    );
  }
  const pivot = sheet.pivots.find((p) => intersects(p.rect, area));
  if (pivot) {
    throw officeError(ErrorCodes.pivotTableRangeConflict, `The attempted operation causes a conflict with the PivotTable ${pivot.name}.`, where);
  }
}

/** Formats (number format, font, fill, widths, conditional formats, validation) on `sheet`. */
export function checkFormatWrite(sheet: SheetModel, where: string): void {
  assertSheetUnprotected(sheet, where);
}

/**
 * A block that moves right with an insertion into rows top..bottom from column `left`: it must move whole.
 * It breaks when only some of its rows move, or when the insertion column cuts through it.
 */
function breaksOnShift(block: Rect, area: Rect): boolean {
  const rowsMeet = block.top <= area.bottom && block.bottom >= area.top;
  if (!rowsMeet || block.right < area.left) return false;
  const rowsInside = block.top >= area.top && block.bottom <= area.bottom;
  const cut = block.left < area.left;
  return !rowsInside || cut;
}

/** Range.insert('Right') over `area`: what must hold before cells of those rows shift right. */
export function checkInsertRight(sheet: SheetModel, area: Rect, where: string): void {
  assertSheetUnprotected(sheet, where);
  const merged = sheet.merged.find((m) => breaksOnShift(m, area));
  if (merged) {
    throw officeError(
      ErrorCodes.mergedRangeConflict,
      `Cannot complete the operation: inserting at ${rectA1(area)} would split the merged cells ${rectA1(merged)}.`,
      where,
    );
  }
  const pivot = sheet.pivots.find((p) => breaksOnShift(p.rect, area));
  if (pivot) {
    throw officeError(ErrorCodes.pivotTableRangeConflict, `The attempted operation causes a conflict with the PivotTable ${pivot.name}.`, where);
  }
  const array = sheet.arrayFormulas.find((a) => breaksOnShift(a, area));
  if (array) {
    throw officeError(
      ErrorCodes.insertDeleteConflict,
      `The insert or delete operation attempted resulted in a conflict: it would change part of the array formula in ${rectA1(array)}.`,
      where,
    );
  }
  for (let r = area.top; r <= area.bottom; r++) {
    if (sheet.filteredRows.has(r)) {
      throw officeError(ErrorCodes.filteredRangeConflict, 'The attempted operation causes a conflict with a filtered range.', where);
    }
  }
}

/** A table growing over `column` (rows top..bottom): merged cells and PivotTables cannot sit inside a table. */
export function checkTableGrowth(sheet: SheetModel, area: Rect, where: string): void {
  assertSheetUnprotected(sheet, where);
  const merged = sheet.merged.find((m) => intersects(m, area));
  if (merged) {
    throw officeError(
      ErrorCodes.mergedRangeConflict,
      "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
      where,
    );
  }
  const pivot = sheet.pivots.find((p) => intersects(p.rect, area));
  if (pivot) {
    throw officeError(ErrorCodes.pivotTableRangeConflict, `The attempted operation causes a conflict with the PivotTable ${pivot.name}.`, where);
  }
}
