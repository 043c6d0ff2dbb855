// Shared vocabulary of the screening domain. Pure data types: no Office, no I/O.
import type { Category } from './paragraphs';
import type { Status } from './statuses';
import type { NextStep } from './next-step';
import type { Action } from './wording';

export type { Action, Category, Status };
export { STATUSES } from './statuses';

/** A cell value as both hosts read it: Excel's `values` and ExcelJS results reduced to these. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of a worksheet, as read by a host. `rows[r][c]` is sheet cell (top + r, left + c). */
export interface SheetGrid {
  sheetName: string;
  /** 1-based sheet row of rows[0]. */
  top: number;
  /** 1-based sheet column of rows[r][0]. */
  left: number;
  rows: CellValue[][];
  /** True when the block is an Excel table (ListObject); output columns then become table columns. */
  isTable?: boolean;
  /** Sheet rows (1-based) hidden or filtered out by the user; informative only, they are still screened. */
  hiddenRows?: number[];
}

export const ROLES = [
  'supplierId',
  'supplierName',
  'parent',
  'otherSites',
  'address',
  'city',
  'province',
  'country',
  'postalCode',
  'latitude',
  'longitude',
  'coordinates',
  'phone',
  'registrationCode',
  'product',
  'inputs',
  'inputOrigin',
  'tier',
  'labourTransfer',
  'regionOperations',
  'cbpStatus',
  'notes',
] as const;
export type Role = (typeof ROLES)[number];

export interface ColumnAssignment {
  /** 1-based sheet column. */
  column: number;
  header: string;
  role: Role | null;
  /** 0..1: how sure the detector is of the role. */
  confidence: number;
  /** Plain words: why this role ("header matches 'Vendor'", "cells look like postal codes"). */
  reason: string;
}

/** The supplier table the detector found on a sheet. Rows and columns are 1-based sheet coordinates. */
export interface TableLayout {
  sheetName: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  firstColumn: number;
  /** Last column of the user's own data (output columns excluded). */
  lastColumn: number;
  columns: ColumnAssignment[];
  /** Output columns already present from an earlier run, by header text → 1-based column. */
  existingOutput: Partial<Record<OutputHeader, number>>;
  /** 0..1 overall confidence that this is a supplier table. */
  confidence: number;
  isTable: boolean;
  /** Other tables seen on the same sheet, in plain words; they are not screened with this one. */
  otherTables?: string[];
}

/** User overrides of the role mapping: header text (or 1-based column as string) → role or null to ignore. */
export type RoleOverrides = Record<string, Role | null>;

export type Confidence = 'high' | 'medium' | 'low';
export type MatcherName =
  | 'place'
  | 'postal'
  | 'coordinates'
  | 'phone'
  | 'registration'
  | 'entity'
  | 'list'
  | 'sector'
  | 'labourTransfer'
  | 'operations'
  | 'cbp';

/** One piece of evidence: what matched, where, and what it means under the Call to Action. */
export interface Finding {
  category: Category;
  /** A risk indicator owes tracing (A.4) but is not a confirmed link. */
  risk: boolean;
  confidence: Confidence;
  matcher: MatcherName;
  /** Header text of the source column. */
  column: string;
  /** A1 address of the source cell, e.g. "E7". */
  cell: string;
  /** The text as it stood in the cell (trimmed excerpt). */
  matched: string;
  /** What it matched, in plain words: "Ürümqi, Xinjiang (prefecture 650100)". */
  detail: string;
  /** Stable identity for reviewer suppression: same supplier + same key = same finding. */
  key: string;
  /** Set for entity/list matches. */
  listRef?: ListRef;
  /** A strong list match of the supplier itself (not of a parent or an input): Disengage at least. */
  listedSupplier?: boolean;
}

export interface ListRef {
  listId: string;
  listName: string;
  listVersion: string;
  entryId: string;
  entryName: string;
  /** e.g. "XUAR production" for UFLPA sections. */
  section?: string;
  dateAdded?: string;
}

export const REVIEWER_DECISIONS = ['Confirmed', 'False positive', 'Cleared with evidence', 'Escalated'] as const;
export type ReviewerDecision = (typeof REVIEWER_DECISIONS)[number];

export interface Settings {
  usImporter: boolean;
  /** Track the B.4 instruction and its proof: the tracker columns and CtA Next Step (tracker.ts). */
  track?: boolean;
  /** Days from the instruction to the proof's due date when Proof Due is blank (60 when unset). */
  proofDays?: number;
}

/** A screening list in use (the built-in UFLPA Entity List, or one the user imported). */
export interface ListInfo {
  id: string;
  name: string;
  version: string;
  entryCount: number;
  source: string;
  /** What a reader must be told about the list: coverage, age, differences (lists.ts listNotes). */
  notes?: string[];
}

/** One supplier row as an earlier run recorded it in the provenance sheet. */
export interface PreviousRow {
  sheet: string;
  row: number;
  supplier: string;
  status: string;
  /** Finding keys, as the findings had them. */
  findings: string[];
  suppressed: string[];
}

/** The earlier screening recorded in the workbook (see provenance.ts). */
export interface PreviousRun {
  screened: string;
  lists: ListInfo[];
  bySupplier: Map<string, PreviousRow>;
}

export interface RowResult {
  sheetName: string;
  /** 1-based sheet row. */
  row: number;
  status: Status;
  categories: Category[];
  /** The owed actions, each with its paragraph id (wording.ts actionText writes them). */
  actions: Action[];
  citations: string;
  findings: Finding[];
  /** Findings a reviewer marked as false positives on an earlier run. */
  suppressed: Finding[];
  confidence: Confidence | null;
  /** Fields missing for Insufficient data. */
  missing?: string[];
  /** Compared with the earlier screening recorded in the workbook: see change.ts. */
  change?: string;
  /** What the screen could not read in the row (coordinates out of range, swapped): shown with the evidence. */
  notes?: string[];
  /** The supplier's name as the row gives it (the first supplier-name cell), for letters. */
  supplierName?: string;
  /** What to do next under B.4/B.5 from the status and the tracker (next-step.ts). */
  nextStep?: NextStep;
}

export const OUTPUT_HEADERS = [
  'CtA Status',
  'CtA Categories',
  'CtA Required Actions',
  'CtA Citations',
  'CtA Evidence',
  'CtA Confidence',
  'CtA Screened',
  'CtA Change',
] as const;
export const REVIEWER_HEADERS = ['Reviewer Decision', 'Reviewer Note'] as const;
/** User-owned tracker columns (tracker.ts): dates and the supplier's reply, never overwritten. */
export const TRACKER_HEADERS = ['Instruction Sent', 'Supplier Reply', 'Proof Received', 'Proof Due'] as const;
export type TrackerHeader = (typeof TRACKER_HEADERS)[number];
export const NEXT_STEP_HEADER = 'CtA Next Step';
export const EVIDENCE_NEEDED_HEADER = 'CtA Evidence Needed';
/** Columns written only when asked for (US importer: the checklist; tracking: next step and tracker), in sheet order. */
export const OPTIONAL_HEADERS = [EVIDENCE_NEEDED_HEADER, NEXT_STEP_HEADER, ...TRACKER_HEADERS] as const;
export type OutputHeader = (typeof OUTPUT_HEADERS)[number] | (typeof REVIEWER_HEADERS)[number] | (typeof OPTIONAL_HEADERS)[number];
/** The columns every run writes. */
export const ALL_OUTPUT_HEADERS: readonly OutputHeader[] = [...OUTPUT_HEADERS, ...REVIEWER_HEADERS];
/** Every header the product recognises as its own on a sheet (a column of the user's table never has one). */
export const KNOWN_OUTPUT_HEADERS: readonly OutputHeader[] = [...ALL_OUTPUT_HEADERS, ...OPTIONAL_HEADERS];
export { SUPPLIER_REPLIES } from './next-step';
export type { SupplierReply } from './next-step';

export const SUMMARY_SHEET = 'CtA Summary';
