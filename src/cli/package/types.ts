// The command line reads and writes .xlsx packages itself, part by part, instead of through a whole
// in-memory document model: every part it does not annotate is copied byte for byte (charts, pivot
// tables, macros, comments… survive), and a 100,000-row sheet is streamed, never held as XML.
import type { LettersSheetWrite, ProvenanceWrite, SheetWrite, SummarySheetWrite } from '../../domain/write-plan-types';
import type { SheetGrid } from '../../domain/types';

export interface PackageSheet {
  /** The sheet's name as Excel shows it. */
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Cell values as the domain reads them (see readPackage for the conversions). */
  grid: SheetGrid;
  /** Excel tables (ListObjects) on the sheet. */
  tables: { name: string; ref: string }[];
}

export interface PackageContents {
  /** Every sheet name in workbook order, worksheets or not (chart sheets, dialog sheets). */
  sheetNames: string[];
  /** The worksheets, in workbook order. */
  sheets: PackageSheet[];
}

export interface SheetPatch {
  /** Where and what to write; `columns[].values` are ignored (empty): values come from rowValues. */
  write: SheetWrite;
  /**
   * The output values of one data row, in `write.columns` order; null leaves that cell as it is.
   * Called exactly once per data row, firstDataRow..lastDataRow, in ascending order, while the
   * sheet is being written (this is where the row is screened).
   */
  rowValues(row: number): (string | null)[];
  /**
   * The rightmost column of the sheet holding a value, a formula or a merged range, when the caller
   * has read the sheet. Left of the new output columns, nothing there can be overwritten, and the
   * writer skips its look through the sheet for cells in the way.
   */
  lastFilledColumn?: number;
}

export interface PackagePatch {
  sheets: SheetPatch[];
  /** Called once, after every sheet of `sheets` has been written: the summary and provenance sheets, and the letters sheet when asked for. */
  finish(): { summary: SummarySheetWrite; provenance: ProvenanceWrite; letters?: LettersSheetWrite };
}
