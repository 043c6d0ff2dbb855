// The write plan: a data-only description of every cell, format and sheet a screening run writes.
// Both hosts (src/excel for Office.js, src/cli for ExcelJS) interpret the same plan.
// All rows and columns are 1-based sheet coordinates, after any column insertion the plan asks for.
import type { OutputHeader, Status } from './types';

export interface StatusStyle {
  status: Status;
  /** Fill colour, "#RRGGBB". */
  fill: string;
  /** Font colour, "#RRGGBB". */
  font: string;
}

export interface OutputColumnWrite {
  header: OutputHeader;
  column: number;
  /**
   * 'reviewer' columns belong to the user: the plan writes their header when new and never their values.
   * 'tracker' columns belong to the user too: the plan writes a value only into a cell that is blank
   * (Proof Due's default), and a host keeps any cell that holds something (a formula, say).
   */
  owner: 'product' | 'reviewer' | 'tracker';
  /** True when the column did not exist before this run (its header must be written). */
  isNew: boolean;
  /** One value per data row (firstDataRow..lastDataRow); null means: leave the cell as it is. Always null for reviewer columns. */
  values: (string | null)[];
  /** Suggested width in characters. */
  width: number;
}

export interface SheetWrite {
  sheetName: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** First and last column of the user's table (after insertion: unchanged, insertion happens to the right of it). */
  tableFirstColumn: number;
  tableLastColumn: number;
  isTable: boolean;
  /** Insert `count` whole cells-shift-right columns before `column`, over the header and data rows, before writing. */
  insert: { column: number; count: number } | null;
  columns: OutputColumnWrite[];
  /** Conditional formats: colour the whole data row of the output block by the text of the status column. */
  statusColumn: number;
  statusStyles: StatusStyle[];
  /** AutoFilter over header..lastDataRow, tableFirstColumn..last output column. Null for Excel tables (their own filter is used). */
  autoFilter: { firstColumn: number; lastColumn: number } | null;
  /** Drop-down list on the Reviewer Decision column's data cells. */
  decisionValidation: { column: number; options: readonly string[] };
  /** Drop-down list on the Supplier Reply column's data cells, when the sheet is tracked. */
  replyValidation?: { column: number; options: readonly string[] };
  /**
   * When the sheet is tracked: the CtA Next Step cells whose step is overdue get these colours, above
   * the status colours. `formula` is relative to the column's first data cell, without '='.
   */
  overdueStyle?: { column: number; formula: string; fill: string; font: string };
}

export type SummaryCell = string | number | null;

export interface SummarySheetWrite {
  /** 'CtA Summary', or a free name when the user owns a sheet of that name. */
  sheetName: string;
  /** True when a sheet of that name exists and is ours: delete and recreate it. */
  replace: boolean;
  /** Rows of cells from A1 downwards. Text cells are written as text (number format '@'). */
  rows: SummaryCell[][];
  /** 1-based row numbers to make bold (section titles). */
  boldRows: number[];
  /** The status-count table the chart is drawn from (1-based rows, columns A..B). */
  chart: { title: string; firstRow: number; lastRow: number };
  columnWidths: number[];
}

export interface ProvenanceWrite {
  /** Hidden sheet holding how the workbook was screened, read back by the next run. */
  sheetName: string;
  replace: boolean;
  rows: string[][];
}

/** The CtA Letters sheet: one row per supplier and language (see letters-sheet.ts). */
export interface LettersSheetWrite {
  /** 'CtA Letters', or a free name when the user owns a sheet of that name. */
  sheetName: string;
  /** True when a sheet of that name exists and is ours: delete and recreate it. */
  replace: boolean;
  /** Rows of text cells from A1 downwards. */
  rows: string[][];
  /** 1-based row numbers to make bold. */
  boldRows: number[];
  columnWidths: number[];
  /** 1-based column whose cells wrap their lines (the letter body). */
  wrapColumn: number;
}

export interface WritePlan {
  sheets: SheetWrite[];
  summary: SummarySheetWrite;
  provenance: ProvenanceWrite;
  /** The letters sheet, when letters were asked for. */
  letters?: LettersSheetWrite;
}
