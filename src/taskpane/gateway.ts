// The only surface the task pane sees of the workbook. src/excel implements it with Office.js;
// tests and the browser test entry implement it over the in-memory Excel double.
import type { ColumnAssignment, Role, RoleOverrides, Settings, Status } from '../domain/types';

export interface DetectedTable {
  sheetName: string;
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
  phase: 'reading' | 'screening' | 'writing';
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
}

export interface ScreenRequest {
  overrides: RoleOverrides;
  settings: Settings;
  onProgress: (p: ScreenProgress) => void;
  signal: AbortSignal;
}

export interface WorkbookGateway {
  detectTable(): Promise<DetectedTable>;
  saveOverrides(overrides: RoleOverrides): Promise<void>;
  screen(request: ScreenRequest): Promise<ScreenOutcome>;
  /** Filter the screened sheet to rows of one status; null clears the filter. */
  filterByStatus(status: Status | null): Promise<void>;
}

export type { Role };
