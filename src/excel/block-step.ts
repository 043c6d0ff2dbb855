// A block of cells written from a top-left corner, cut by rows into syncs: summary and provenance sheets.
import { OPERATION_BYTES, cellBytes } from './payload';
import { formatAsText } from './range-writes';
import { WriteStep, lazyPrefixSums } from './write-steps';

export type BlockCell = string | number | null;

export function blockStep(label: string, sheetName: string, top: number, left: number, rows: BlockCell[][]): WriteStep {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cells = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const allText = cells.every((r) => r.every((v) => typeof v !== 'number'));
  const sum = lazyPrefixSums(cells.length, (i) => cells[i].reduce((n: number, v) => n + cellBytes(v ?? ''), allText ? 0 : width * 10));
  return {
    label,
    units: cells.length,
    bytes: (from, to) => sum(to) - sum(from) + OPERATION_BYTES * 2,
    queue(context, from, to) {
      const slice = cells.slice(from, to);
      const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(top - 1 + from, left - 1, to - from, width);
      if (allText) formatAsText(range);
      else range.numberFormat = slice.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
      range.values = slice.map((r) => r.map((v) => v ?? ''));
    },
  };
}
