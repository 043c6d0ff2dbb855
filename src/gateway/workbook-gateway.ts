// The only surface the task pane sees of the workbook. src/excel implements it with Office.js;
// tests and the browser test entry implement it over the in-memory Excel double.
import type { NextStepKind } from '../domain/next-step';
import type { ColumnAssignment, Role, RoleOverrides, Settings, Status } from '../domain/types';

export interface DetectedTable {
  sheetName: string;
  /** The sheet's id in the workbook (how Excel's selection events name a sheet); absent where the host gives none. */
  sheetId?: string;
  /** e.g. "Suppliers!A3:R35" */
  address: string;
  headerRow: number;
  dataRowCount: number;
  isTable: boolean;
  columns: ColumnAssignment[];
  /** Overrides the user saved in this workbook earlier. */
  overrides: RoleOverrides;
}

export interface ScreenProgress {
  /**
   * 'preparing': every status cell the run will write is marked incomplete first (so a run that stops
   * leaves its unwritten rows marked); done/total count those rows.
   * 'finishing': the summary and provenance sheets, after the last output row; done/total count their rows.
   */
  phase: 'reading' | 'screening' | 'preparing' | 'writing' | 'finishing';
  done: number;
  total: number;
}

export interface ScreenOutcome {
  /** 'complete', or 'cancelled' when the user stopped the run (the pane explains what was left). */
  state: 'complete' | 'cancelled';
  rowsScreened: number;
  counts: Record<Status, number>;
  categoryCounts: Record<string, number>;
  /** Plain words for the pane, e.g. "Rows 2–5,001 screened; output columns are complete." */
  message: string;
  syncs: number;
  /**
   * What changed since the earlier screening recorded in the workbook (the CtA Change column):
   * rows per change, e.g. { 'New flag': 2, 'Status up': 1, Unchanged: 40 }. Absent on a first screening.
   */
  changeCounts?: Record<string, number>;
  /** Rows per next step (the CtA Next Step column), when the sheet is tracked; absent otherwise. */
  nextStepCounts?: Record<NextStepKind, number>;
  /** Rows whose next step is overdue, when the sheet is tracked. */
  overdue?: number;
}

/** Which screened rows get letters: the rows of the current selection, one status, or one next step. */
export type LetterRows = { kind: 'selection' } | { kind: 'status'; status: Status } | { kind: 'nextStep'; step: NextStepKind };

export interface LettersRequest {
  rows: LetterRows;
  /** Your company's name, as the letters are signed. */
  companyName: string;
}

export interface LettersOutcome {
  /** The sheet the letters were written to ('CtA Letters', or a free name beside a user's sheet of that name). */
  sheetName: string;
  /** Suppliers written to, each in English and Simplified Chinese. */
  suppliers: number;
  /** Plain words for the pane. */
  message: string;
}

/** A screening list the next run uses: the built-in UFLPA Entity List, an imported list, or the CtA Watchlist sheet. */
export interface ListInUse {
  id: string;
  name: string;
  /** The list's own version or date (e.g. "2025-01-15"), else the day it was added. */
  version: string;
  entryCount: number;
  /** Where the list comes from, in plain words. */
  source: string;
  builtIn: boolean;
  /** True for lists imported into this workbook's settings; the built-in list and the sheet are not removable here. */
  removable: boolean;
  /** A plain-words note for the user, e.g. how to bring a newer list, or why the sheet cannot be used. */
  note?: string;
}

/** A list to import: the text of a CSV/tab-separated file (or pasted cells) and the name it was given. */
export interface AddListInput {
  /** The file name, or the name the user typed for a pasted list; names the list in findings. */
  fileName: string;
  text: string;
}

export interface ScreenRequest {
  /**
   * The table the pane showed: it is read again from its header row, wherever the selection is now, and
   * screening stops with a plain message if that header changed since.
   */
  table: DetectedTable;
  overrides: RoleOverrides;
  settings: Settings;
  onProgress: (p: ScreenProgress) => void;
  signal: AbortSignal;
}

export interface WorkbookGateway {
  detectTable(): Promise<DetectedTable>;
  saveOverrides(overrides: RoleOverrides): Promise<void>;
  screen(request: ScreenRequest): Promise<ScreenOutcome>;
  /**
   * Calls `onChange(true)` when the user selects cells away from `table` (another sheet, or far from it),
   * and `onChange(false)` when the selection comes back; returns a function that stops listening.
   * Optional: a gateway without it never marks the table stale.
   */
  watchSelection?(table: DetectedTable, onChange: (movedAway: boolean) => void): () => void;
  /** Filter the screened sheet to rows of one status; null clears the filter. */
  filterByStatus(status: Status | null): Promise<void>;
  /** The lists the next screening uses, the built-in one first. Optional: a gateway without it shows no list section. */
  listLists?(): Promise<ListInUse[]>;
  /** Parse, validate and keep a list in the workbook; rejects with a plain-words message (the row at fault). */
  addList?(input: AddListInput): Promise<ListInUse>;
  /** Forget an imported list. */
  removeList?(id: string): Promise<void>;
  /** Filter the screened sheet to rows of one next step; null clears the filter. */
  filterByNextStep?(step: NextStepKind | null): Promise<void>;
  /** Write supplier letters for the chosen rows of the last screening to the CtA Letters sheet; rejects in plain words. */
  writeLetters?(request: LettersRequest): Promise<LettersOutcome>;
}

export type { Role };
