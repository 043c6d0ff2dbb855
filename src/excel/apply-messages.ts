// Plain words for the outcome of applying a plan: how far it got, and why Excel refused when it did.
import type { ApplyResult, SheetProgress } from './apply-plan';
import { INCOMPLETE_MARKER } from './incomplete-marker';
import { TableMoved } from './inspect-targets';
import { WorkbookNotWritable } from './structure-check';

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

/**
 * Why Excel refused a sync, from its error code (Excel.ErrorCodes), with what the user can do; it ends
 * with "then screen again". These are raised when the structure could not be checked first (merged
 * cells need ExcelApi 1.13; array formulas cannot be seen through the API at all).
 */
const CAUSES: Record<string, string> = {
  AccessDenied: 'A sheet or the workbook is protected. Unprotect it (Review tab), then screen again.',
  MergedRangeConflict: 'Merged cells stand where the results go. Unmerge them (Home › Merge & Center), then screen again.',
  PivotTableRangeConflict: 'A PivotTable stands where the results go. Move it away from the supplier table, then screen again.',
  InsertDeleteConflict:
    'Excel could not insert the result columns: an array formula in the rows of the table would be split. Move it, or leave empty columns right of the table, then screen again.',
  FilteredRangeConflict: 'Excel cannot insert the result columns while a filter hides rows. Clear the filter (Data › Clear), then screen again.',
};

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

export function describeApply(result: ApplyResult): string {
  // Refused before anything was written, with its own plain words.
  if (result.error instanceof WorkbookNotWritable || result.error instanceof TableMoved) return result.error.message;
  const cause = result.state === 'failed' ? CAUSES[errorCode(result.error)] : undefined;
  const why = result.state === 'cancelled' ? 'You stopped the run' : 'Excel did not accept the changes';
  const next = (text: string) => (cause ? cause : text);
  switch (result.stage) {
    case 'done':
      return result.sheets.map((s) => `${rowsSpan(s, s.lastDataRow - s.firstDataRow + 1)} of '${s.sheetName}' screened`).join('; ') + '; output columns are complete.';
    case 'nothing-written':
      return `${why} before any result was written. ${next('Screen again to write the results.')}`;
    case 'rows-partly-written': {
      const done = written(result);
      return (
        `${why} after ${done || 'none of the rows'} had been written. ` +
        `The other rows show "${INCOMPLETE_MARKER}" in CtA Status. ${next('Screen again to finish.')}`
      );
    }
    case 'rows-written':
      return `${why} after every row had been written, before the summary sheet was updated. ${next('Screen again to finish.')}`;
  }
}
