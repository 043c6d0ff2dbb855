// Before values: make room (insert columns or grow the Excel table), write the headers of new
// columns, and set the sheet's colour coding, filter and Reviewer Decision drop-down.
import type { OutputColumnWrite, SheetWrite } from '../domain/write-plan-types';
import { columnLetters } from './a1';
import type { SheetFacts } from './inspect-targets';
import { OPERATION_BYTES, utf8Length } from './payload';
import { formatAsText, widthInPoints } from './range-writes';
import { WriteStep, actionStep } from './write-steps';

function productGroups(sheet: SheetWrite): { first: number; last: number }[] {
  const cols = sheet.columns.filter((c) => c.owner === 'product').map((c) => c.column).sort((a, b) => a - b);
  const groups: { first: number; last: number }[] = [];
  for (const c of cols) {
    const prev = groups[groups.length - 1];
    if (prev && prev.last === c - 1) prev.last = c;
    else groups.push({ first: c, last: c });
  }
  return groups;
}

/** Column insertion, new table columns and new headers, widths of new columns. */
export function structureStep(sheet: SheetWrite, facts: SheetFacts): WriteStep {
  const added = sheet.columns.filter((c) => c.isNew).sort((a, b) => a.column - b.column);
  const bytes = OPERATION_BYTES * (2 + 3 * added.length) + added.reduce((n, c) => n + utf8Length(c.header), 0);
  return actionStep(`columns of ${sheet.sheetName}`, bytes, (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.sheetName);
    const height = sheet.lastDataRow - sheet.headerRow + 1;
    if (sheet.insert) ws.getRangeByIndexes(sheet.headerRow - 1, sheet.insert.column - 1, height, sheet.insert.count).insert('Right');
    let tableEnd = facts.tableLastColumn;
    const addHeader = (col: OutputColumnWrite) => {
      if (facts.tableName && tableEnd !== null && col.column === tableEnd + 1) {
        context.workbook.tables.getItem(facts.tableName).columns.add(null as unknown as number, undefined, col.header);
        tableEnd++;
        return;
      }
      const cell = ws.getRangeByIndexes(sheet.headerRow - 1, col.column - 1, 1, 1);
      formatAsText(cell, 1, 1);
      cell.values = [[col.header]];
    };
    for (const col of added) {
      addHeader(col);
      ws.getRangeByIndexes(sheet.headerRow - 1, col.column - 1, 1, 1).format.columnWidth = widthInPoints(col.width);
    }
  }, true);
}

function sameBlock(a: { top: number; left: number; bottom: number; right: number }, b: typeof a): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Status colours on the output rows, the AutoFilter on the header row, the Reviewer Decision list. */
export function decorationStep(sheet: SheetWrite, facts: SheetFacts): WriteStep {
  const groups = productGroups(sheet);
  const bytes = OPERATION_BYTES * (4 + groups.length * (1 + 4 * sheet.statusStyles.length) + (sheet.overdueStyle ? 5 : 0) + (sheet.replyValidation ? 3 : 0));
  return actionStep(`formatting of ${sheet.sheetName}`, bytes, (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.sheetName);
    const rows = sheet.lastDataRow - sheet.firstDataRow + 1;
    const statusCell = `$${columnLetters(sheet.statusColumn)}${sheet.firstDataRow}`;
    for (const g of groups) {
      const range = ws.getRangeByIndexes(sheet.firstDataRow - 1, g.first - 1, rows, g.last - g.first + 1);
      range.conditionalFormats.clearAll();
      for (const style of sheet.statusStyles) {
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${statusCell}="${style.status.replace(/"/g, '""')}"`;
        cf.custom.format.fill.color = style.fill;
        cf.custom.format.font.color = style.font;
      }
    }
    if (sheet.autoFilter && !sheet.isTable) {
      const area = { top: sheet.headerRow, left: sheet.autoFilter.firstColumn, bottom: sheet.lastDataRow, right: sheet.autoFilter.lastColumn };
      if (!facts.autoFilter || !sameBlock(facts.autoFilter, area)) {
        if (facts.autoFilter) ws.autoFilter.remove();
        ws.autoFilter.apply(ws.getRangeByIndexes(area.top - 1, area.left - 1, area.bottom - area.top + 1, area.right - area.left + 1));
      }
    }
    // Added after the status colours, so above them: an overdue next step shows in its own colours.
    const overdue = sheet.overdueStyle;
    if (overdue) {
      const cf = ws.getRangeByIndexes(sheet.firstDataRow - 1, overdue.column - 1, rows, 1).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${overdue.formula}`;
      cf.custom.format.fill.color = overdue.fill;
      cf.custom.format.font.color = overdue.font;
    }
    for (const list of sheet.replyValidation ? [sheet.decisionValidation, sheet.replyValidation] : [sheet.decisionValidation]) {
      // eslint-disable-next-line office-addins/load-object-before-read -- dataValidation is a navigation property (an object): nothing to load
      const dv = ws.getRangeByIndexes(sheet.firstDataRow - 1, list.column - 1, rows, 1).dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: list.options.join(',') } };
    }
  });
}
