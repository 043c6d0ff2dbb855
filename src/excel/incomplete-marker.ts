// How an interrupted run stays visible. Before any output value is written, every CtA Status cell the
// run will write holds INCOMPLETE_MARKER (a column of it per block of rows, cut by rows into syncs). Each
// chunk of rows then overwrites its markers with real statuses. If a sync fails or the user cancels,
// the rows not yet written still say so in the status column, the column a reviewer reads and filters
// first; screening again rewrites every row and removes the marker.
import type { SheetWrite } from '../domain/write-plan-types';
import { OPERATION_BYTES, cellBytes } from './payload';
import { TEXT_FORMAT_CELL_BYTES, filled, formatAsText } from './range-writes';
import { WriteStep, prefixSums } from './write-steps';

export const INCOMPLETE_MARKER = 'Incomplete — run stopped; screen again to finish';

const SEGMENT_BYTES = OPERATION_BYTES * 2;
const CELL_BYTES = cellBytes(INCOMPLETE_MARKER) + TEXT_FORMAT_CELL_BYTES;

export function incompleteMarkerStep(sheet: SheetWrite): WriteStep {
  const status = sheet.columns.find((c) => c.column === sheet.statusColumn);
  const values = status?.values ?? [];
  const isWritten = (i: number) => values[i] !== null && values[i] !== undefined;
  const perRow = values.map((_, i) => (isWritten(i) ? CELL_BYTES + (i === 0 || !isWritten(i - 1) ? SEGMENT_BYTES : 0) : 0));
  const sums = prefixSums(perRow);
  return {
    label: `incomplete markers on ${sheet.sheetName}`,
    units: values.length,
    marksRows: true,
    bytes: (from, to) => sums[to] - sums[from] + SEGMENT_BYTES,
    queue(context, from, to) {
      const ws = context.workbook.worksheets.getItem(sheet.sheetName);
      for (let i = from; i < to; ) {
        if (!isWritten(i)) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < to && isWritten(j)) j++;
        const range = ws.getRangeByIndexes(sheet.firstDataRow - 1 + i, sheet.statusColumn - 1, j - i, 1);
        formatAsText(range, j - i, 1);
        range.values = filled(j - i, 1, INCOMPLETE_MARKER);
        i = j;
      }
    },
  };
}
