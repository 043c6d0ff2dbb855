// ExcelJS worksheets as the domain's SheetGrid: every cell reduced to text, number, boolean or empty.
import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../domain/types';

export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(value);
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    const values: CellValue[] = new Array(width).fill(null);
    if (row) {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // ExcelJS gives every cell of a merged range the value of its top-left cell; Excel (and the
        // add-in) read the others as empty. A title merged over A1:F1 is one cell, not six headers.
        if (cell.isMerged && cell.master !== cell) return;
        values[col - 1] = plainValue(cell.value);
      });
    }
    rows.push(values);
  }
  return { sheetName: ws.name, top: 1, left: 1, rows, hiddenRows };
}
