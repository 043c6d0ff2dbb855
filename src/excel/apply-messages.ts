// Plain words for the outcome of applying a plan.
import type { ApplyResult, SheetProgress } from './apply-plan';
import { INCOMPLETE_MARKER } from './incomplete-marker';

const n = (x: number) => x.toLocaleString('en-US');

function rowsSpan(s: SheetProgress, count: number): string {
  return `rows ${n(s.firstDataRow)}–${n(s.firstDataRow + count - 1)}`;
}

function written(result: ApplyResult): string {
  return result.sheets
    .filter((s) => s.rowsWritten > 0)
    .map((s) => `${rowsSpan(s, s.rowsWritten)} of '${s.sheetName}'`)
    .join(', ');
}

export function describeApply(result: ApplyResult): string {
  const why = result.state === 'cancelled' ? 'You stopped the run' : 'Excel did not accept the changes';
  switch (result.stage) {
    case 'done':
      return result.sheets.map((s) => `${rowsSpan(s, s.lastDataRow - s.firstDataRow + 1)} of '${s.sheetName}' screened`).join('; ') + '; output columns are complete.';
    case 'nothing-written':
      return `${why} before any result was written. Screen again to write the results.`;
    case 'rows-partly-written': {
      const done = written(result);
      return (
        `${why} after ${done || 'none of the rows'} had been written. ` +
        `The other rows show "${INCOMPLETE_MARKER}" in CtA Status. Screen again to finish.`
      );
    }
    case 'rows-written':
      return `${why} after every row had been written, before the summary sheet was updated. Screen again to finish.`;
  }
}
