// The product's output values beside the table, cut by rows into syncs. A null value means "keep the
// user's cell", so each chunk writes only runs of non-null cells: rows with the same set of written
// columns form one segment, and adjacent written columns of a segment form one range.
import type { OutputColumnWrite, SheetWrite } from '../domain/write-plan-types';
import { OPERATION_BYTES, cellBytes } from './payload';
import { TEXT_FORMAT_CELL_BYTES, formatAsText } from './range-writes';
import { WriteStep, lazyPrefixSums } from './write-steps';

interface ColumnGroup {
  /** Indexes into the sorted product columns. */
  first: number;
  last: number;
}

function groupsOf(mask: number, columns: OutputColumnWrite[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  for (let k = 0; k < columns.length; k++) {
    if (!(mask & (1 << k))) continue;
    const prev = groups[groups.length - 1];
    if (prev && prev.last === k - 1 && columns[k - 1].column === columns[k].column - 1) prev.last = k;
    else groups.push({ first: k, last: k });
  }
  return groups;
}

export function outputRowsStep(sheet: SheetWrite): WriteStep {
  // Reviewer columns are never written; a tracker column only where the plan fills a blank cell.
  const columns = sheet.columns.filter((c) => c.owner !== 'reviewer').sort((a, b) => a.column - b.column);
  const rows = sheet.lastDataRow - sheet.firstDataRow + 1;
  const masks = new Int32Array(rows);
  // Estimated as the syncs go (see fit in write-steps.ts): each row once, in order, when first asked.
  const sum = lazyPrefixSums(rows, (i) => {
    let mask = 0;
    let bytes = 0;
    columns.forEach((c, k) => {
      const v = c.values[i];
      if (v === null || v === undefined) return;
      mask |= 1 << k;
      bytes += cellBytes(v) + TEXT_FORMAT_CELL_BYTES;
    });
    masks[i] = mask;
    if (i === 0 || masks[i - 1] !== mask) bytes += OPERATION_BYTES * 2 * groupsOf(mask, columns).length;
    return bytes;
  });
  const sliceStart = OPERATION_BYTES * 2 * columns.length;
  return {
    label: `output columns of ${sheet.sheetName}`,
    units: rows,
    bytes: (from, to) => sum(to) - sum(from) + sliceStart,
    dataRows: { sheetName: sheet.sheetName, firstRow: sheet.firstDataRow },
    queue(context, from, to) {
      sum(to); // the masks of these rows
      const ws = context.workbook.worksheets.getItem(sheet.sheetName);
      for (let i = from; i < to; ) {
        const mask = masks[i];
        let j = i + 1;
        while (j < to && masks[j] === mask) j++;
        for (const g of groupsOf(mask, columns)) {
          const width = g.last - g.first + 1;
          const range = ws.getRangeByIndexes(sheet.firstDataRow - 1 + i, columns[g.first].column - 1, j - i, width);
          formatAsText(range, j - i, width);
          const values: string[][] = [];
          for (let r = i; r < j; r++) {
            const row: string[] = [];
            for (let k = g.first; k <= g.last; k++) row.push(columns[k].values[r] as string);
            values.push(row);
          }
          range.values = values;
        }
        i = j;
      }
    },
  };
}
