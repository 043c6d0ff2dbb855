// Builds the write plan: where the output columns go (in place, appended, or inserted so nothing of
// the user's is overwritten), what each cell says, and the summary and provenance sheets.
import { citedParagraphs } from './decide';
import { columnLetter } from './a1';
import { cellText } from './normalize';
import { CATEGORIES, PARAGRAPHS, type ParagraphId } from './paragraphs';
import { CHANGES } from './change';
import { UPDATE_ROUTE } from './lists';

import type { RenderedRow } from './render-row';
import { STATUS_STYLES } from './status-styles';
import { NEXT_STEPS, OVERDUE_WORDS } from './next-step';
import { evidenceGuidanceLine } from './evidence-checklist';
import {
  ALL_OUTPUT_HEADERS,
  EVIDENCE_NEEDED_HEADER,
  NEXT_STEP_HEADER,
  REVIEWER_DECISIONS,
  REVIEWER_HEADERS,
  SUPPLIER_REPLIES,
  TRACKER_HEADERS,
  STATUSES,
  SUMMARY_SHEET,
  type CellValue,
  type ListInfo,
  type OutputHeader,
  type PreviousRun,
  type RowResult,
  type Settings,
  type SheetGrid,
  type Status,
  type TableLayout,
} from './types';
import type { OutputColumnWrite, SheetWrite, SummaryCell, SummarySheetWrite } from './write-plan-types';
import { LOCAL_ONLY_NOTE, RULES_VERSION, STANDING_INSTRUCTION } from './wording';

export const SUMMARY_MARKER = 'Uyghur Region Supplier Screen — summary';

const WIDTHS: Record<OutputHeader, number> = {
  'CtA Status': 18,
  'CtA Categories': 14,
  'CtA Required Actions': 60,
  'CtA Citations': 40,
  'CtA Evidence': 80,
  'CtA Confidence': 12,
  'CtA Screened': 36,
  'CtA Change': 16,
  'Reviewer Decision': 20,
  'Reviewer Note': 30,
  'CtA Evidence Needed': 60,
  'CtA Next Step': 34,
  'Instruction Sent': 16,
  'Supplier Reply': 18,
  'Proof Received': 16,
  'Proof Due': 14,
};

function ownerOf(h: OutputHeader): OutputColumnWrite['owner'] {
  if ((REVIEWER_HEADERS as readonly string[]).includes(h)) return 'reviewer';
  return (TRACKER_HEADERS as readonly string[]).includes(h) ? 'tracker' : 'product';
}

/** Overdue next steps, as the sheet marks them: light red, dark red text (Excel's own warning colours). */
const OVERDUE_FILL = '#FFC7CE';
const OVERDUE_FONT = '#9C0006';

/** The overdue rule's formula for a CtA Next Step column whose first data row is `firstRow`. */
export function overdueFormula(column: number, firstRow: number): string {
  return `ISNUMBER(SEARCH("${OVERDUE_WORDS}",$${columnLetter(column)}${firstRow}))`;
}

/** True for an overdue rule an earlier run wrote (a re-run replaces it), wherever its column was. */
export function isOverdueFormula(formula: string): boolean {
  return /^=?ISNUMBER\(SEARCH\("past due",\$[A-Z]+\d+\)\)$/.test(formula.trim()) && formula.includes(OVERDUE_WORDS);
}

function blockIsEmpty(grid: SheetGrid, top: number, bottom: number, left: number, right: number): boolean {
  for (let r = top; r <= bottom; r++) {
    const row = grid.rows[r - grid.top];
    if (!row) continue;
    // A cell of spaces is still the user's: only a truly empty cell is free.
    for (let c = left; c <= right; c++) if (cellText(row[c - grid.left]) !== '') return false;
  }
  return true;
}

/** Place the output columns: reuse ours, append the missing ones, insert columns when the place is taken. */
export function placeColumns(
  grid: SheetGrid,
  layout: TableLayout,
  headers: readonly OutputHeader[] = ALL_OUTPUT_HEADERS,
): { positions: Partial<Record<OutputHeader, number>>; isNew: Set<OutputHeader>; insert: SheetWrite['insert'] } {
  const positions: Partial<Record<OutputHeader, number>> = {};
  const isNew = new Set<OutputHeader>();
  const existingCols = Object.values(layout.existingOutput).filter((n): n is number => typeof n === 'number');
  const missing = headers.filter((h) => layout.existingOutput[h] === undefined);
  for (const h of headers) if (layout.existingOutput[h] !== undefined) positions[h] = layout.existingOutput[h] as number;
  if (missing.length === 0) return { positions, isNew, insert: null };
  const start = Math.max(layout.lastColumn, ...existingCols) + 1;
  const end = start + missing.length - 1;
  const free = blockIsEmpty(grid, layout.headerRow, layout.lastDataRow, start, end);
  missing.forEach((h, i) => {
    positions[h] = start + i;
    isNew.add(h);
  });
  return { positions, isNew, insert: free ? null : { column: start, count: missing.length } };
}

export interface SheetPlanInput {
  grid: SheetGrid;
  layout: TableLayout;
  /** The optional columns this sheet gets (follow-up.ts): the evidence checklist, the tracker and next step. */
  optional?: { checklist: boolean; track: boolean };
}

/** Every output header this sheet gets, in sheet order. */
function headersOf(optional: SheetPlanInput['optional']): OutputHeader[] {
  const headers: OutputHeader[] = [...ALL_OUTPUT_HEADERS];
  if (optional?.checklist) headers.push(EVIDENCE_NEEDED_HEADER);
  if (optional?.track) headers.push(NEXT_STEP_HEADER, ...TRACKER_HEADERS);
  return headers;
}

/** Where the output columns go and how the sheet is formatted; column values start empty (see columnValues). */
export function planSheet({ grid, layout, optional }: SheetPlanInput): SheetWrite {
  const headers = headersOf(optional);
  const { positions: placed, isNew, insert } = placeColumns(grid, layout, headers);
  const positions = placed as Record<OutputHeader, number>;
  const columns: OutputColumnWrite[] = headers.map((header) => ({
    header,
    column: positions[header],
    owner: ownerOf(header),
    isNew: isNew.has(header),
    values: [],
    width: WIDTHS[header],
  }));
  const lastOutput = Math.max(...columns.map((c) => c.column));
  const tracked = optional?.track
    ? {
        replyValidation: { column: positions['Supplier Reply'], options: SUPPLIER_REPLIES },
        overdueStyle: { column: positions[NEXT_STEP_HEADER], formula: overdueFormula(positions[NEXT_STEP_HEADER], layout.firstDataRow), fill: OVERDUE_FILL, font: OVERDUE_FONT },
      }
    : {};
  return {
    sheetName: layout.sheetName,
    headerRow: layout.headerRow,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    tableFirstColumn: layout.firstColumn,
    tableLastColumn: layout.lastColumn,
    isTable: layout.isTable,
    insert,
    columns,
    statusColumn: positions['CtA Status'],
    statusStyles: STATUS_STYLES,
    autoFilter: layout.isTable ? null : { firstColumn: layout.firstColumn, lastColumn: lastOutput },
    decisionValidation: { column: positions['Reviewer Decision'], options: REVIEWER_DECISIONS },
    ...tracked,
  };
}

/** One data row's output values, in `sheet.columns` order: null leaves the cell (reviewer columns, blank rows). */
export function columnValues(sheet: SheetWrite, rendered: RenderedRow | null): (string | null)[] {
  return sheet.columns.map((c) => (c.owner === 'reviewer' || !rendered ? null : (rendered[c.header as keyof RenderedRow] ?? null)));
}

/** 'CtA Summary' when free or ours; otherwise the first free 'CtA Summary (n)'. */
export function summarySheetName(sheetNames: string[], a1Of: (name: string) => CellValue | undefined): { name: string; replace: boolean } {
  return ownSheetName(SUMMARY_SHEET, SUMMARY_MARKER, sheetNames, a1Of);
}

/** A sheet of ours (its A1 is `marker`): `base` when free or ours; otherwise the first free `base (n)`. */
export function ownSheetName(base: string, marker: string, sheetNames: string[], a1Of: (name: string) => CellValue | undefined): { name: string; replace: boolean } {
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!sheetNames.includes(name)) return { name, replace: false };
    if (cellText(a1Of(name)) === marker) return { name, replace: true };
  }
  throw new Error(`Too many sheets named ${base}: rename or delete some and screen again.`);
}

/**
 * Running counts, fed one screened row at a time: rows per status, per category and per change, and
 * the paragraphs cited. The summary sheet, the pane's counts and the command line's all read them.
 */
export class SummaryTally {
  rows = 0;
  readonly status = new Map<Status, number>();
  readonly category = new Map<string, number>();
  readonly change = new Map<string, number>();
  readonly cited = new Set<ParagraphId>();
  /** Rows per next step (next-step.ts), and how many of them are overdue. */
  readonly nextStep = new Map<string, number>();
  overdue = 0;

  add(r: RowResult): void {
    this.rows++;
    this.status.set(r.status, (this.status.get(r.status) ?? 0) + 1);
    for (let i = 0; i < r.categories.length; i++) {
      const c = r.categories[i];
      if (r.categories.indexOf(c) === i) this.category.set(c, (this.category.get(c) ?? 0) + 1);
    }
    if (r.change !== undefined) this.change.set(r.change, (this.change.get(r.change) ?? 0) + 1);
    for (const id of citedParagraphs(r.categories, r.actions)) this.cited.add(id);
    if (r.nextStep) {
      this.nextStep.set(r.nextStep.kind, (this.nextStep.get(r.nextStep.kind) ?? 0) + 1);
      if (r.nextStep.overdue) this.overdue++;
    }
  }
}

export interface SummaryInput {
  sheetName: string;
  replace: boolean;
  today: string;
  settings: Settings;
  lists: ListInfo[];
  layouts: TableLayout[];
  counts: SummaryTally;
  screened: string;
  previous?: PreviousRun | null;
  /** Some sheet is tracked: the summary counts rows by next step. */
  tracking?: boolean;
}

function bar(count: number, max: number): string {
  return max > 0 ? '█'.repeat(Math.round((count / max) * 30)) : '';
}

export function planSummary(input: SummaryInput): SummarySheetWrite {
  const rows: SummaryCell[][] = [];
  const bold: number[] = [];
  const add = (cells: SummaryCell[], isBold = false) => {
    rows.push(cells);
    if (isBold) bold.push(rows.length);
  };
  const counts = input.counts;
  const statusCounts = STATUSES.map((s) => counts.status.get(s) ?? 0);
  const max = Math.max(0, ...statusCounts);
  add([SUMMARY_MARKER], true);
  add([`Screened ${input.screened}. Settings: ${input.settings.usImporter ? 'screened as a US importer (C.1 applies)' : 'not screened as a US importer'}.`]);
  add([`${counts.rows} supplier rows on ${input.layouts.length} sheet(s): ${input.layouts.map((l) => l.sheetName).join(', ')}.`]);
  add([]);
  add(['Status', 'Rows', 'Share'], true);
  const chartFirst = rows.length + 1;
  STATUSES.forEach((s, i) => add([s, statusCounts[i], bar(statusCounts[i], max)]));
  const chartLast = rows.length;
  add([]);
  add(['Category', 'Rows', 'Meaning'], true);
  for (const c of CATEGORIES) add([c, counts.category.get(c) ?? 0, PARAGRAPHS[c]]);
  add([]);
  if (input.previous) {
    add([`Changes since the screening of ${input.previous.screened}`, 'Rows'], true);
    for (const c of CHANGES.filter((x) => x !== 'First screening')) add([c, counts.change.get(c) ?? 0]);
    const before = input.previous.lists.map((l) => `${l.name} ${l.version}`).join('; ');
    const now = input.lists.map((l) => `${l.name} ${l.version}`).join('; ');
    add([before === now ? `Same lists as before: ${now}.` : `Lists then: ${before || 'not recorded'}. Lists now: ${now}.`]);
    add([]);
  }
  if (input.tracking) {
    add(['Next step (CtA Next Step)', 'Rows'], true);
    for (const k of NEXT_STEPS) add([k, counts.nextStep.get(k) ?? 0]);
    add(['Overdue (marked red in CtA Next Step)', counts.overdue]);
    add([]);
  }
  if (input.settings.usImporter) {
    add(['Evidence a US importer needs (CtA Evidence Needed)'], true);
    add([evidenceGuidanceLine()]);
    add([]);
  }
  add(['Lists used', 'Entries', 'Version', 'Source'], true);
  for (const l of input.lists) {
    add([l.name, l.entryCount, l.version, l.source]);
    for (const note of l.notes ?? []) add([note]);
  }
  add([`To screen with a newer UFLPA Entity List, ${UPDATE_ROUTE}.`]);
  add([]);
  add(['Sheets and columns', 'Header row', 'Columns read'], true);
  for (const l of input.layouts) {
    add([l.sheetName, l.headerRow, l.columns.filter((c) => c.role).map((c) => `${c.header} → ${c.role}`).join('; ')]);
  }
  add([]);
  add(['Paragraphs cited', 'Meaning'], true);
  const used = new Set<ParagraphId>(counts.cited);
  used.add('B.4');
  used.add('B.6');
  for (const id of Object.keys(PARAGRAPHS) as ParagraphId[]) if (used.has(id)) add([id, PARAGRAPHS[id]]);
  add([]);
  add(['Applies to every supplier'], true);
  add([STANDING_INSTRUCTION]);
  add([]);
  add(['What this screen cannot see'], true);
  add([LOCAL_ONLY_NOTE]);
  add([`Rules version ${RULES_VERSION}. The statuses flag links and owed actions under the Call to Action; they are not findings of wrongdoing.`]);
  return {
    sheetName: input.sheetName,
    replace: input.replace,
    rows,
    boldRows: bold,
    chart: { title: 'Suppliers by status', firstRow: chartFirst, lastRow: chartLast },
    columnWidths: [28, 12, 60, 50],
  };
}
