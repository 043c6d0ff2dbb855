// A block of cells written from a top-left corner, cut by rows into syncs: summary and provenance sheets.
import { OPERATION_BYTES, cellBytes } from './payload';
import { TEXT_FORMAT_CELL_BYTES, formatAsText } from './range-writes';
import { WriteStep, lazyPrefixSums } from './write-steps';

export type BlockCell = string | number | null;

export function blockStep(label: string, sheetName: string, top: number, left: number, rows: BlockCell[][]): WriteStep {
  // One pass without copying: the provenance block has a row per supplier (100,000 rows is too many to
  // spread into Math.max, and padding them all up front cost the pane's thread before the first write).
  let width = 1;
  let allText = true;
  for (const r of rows) {
    width = Math.max(width, r.length);
    if (allText && r.some((v) => typeof v === 'number')) allText = false;
  }
  const padded = (r: BlockCell[]) => Array.from({ length: width }, (_, i) => r[i] ?? null);
  const sum = lazyPrefixSums(rows.length, (i) => {
    let n = allText ? width * TEXT_FORMAT_CELL_BYTES : width * 10;
    for (let k = 0; k < width; k++) n += cellBytes(rows[i][k] ?? '');
    return n;
  });
  return {
    label,
    units: rows.length,
    bytes: (from, to) => sum(to) - sum(from) + OPERATION_BYTES * 2,
    queue(context, from, to) {
      const slice = rows.slice(from, to).map(padded);
      const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(top - 1 + from, left - 1, to - from, width);
      if (allText) formatAsText(range, to - from, width);
      else range.numberFormat = slice.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
      range.values = slice.map((r) => r.map((v) => v ?? ''));
    },
  };
}
