// Facade of the screening domain: what both hosts call. Pure: no Office, no file system.
import type { CellValue, ListInfo, PreviousRow, RoleOverrides, RowResult, Settings, SheetGrid, TableLayout } from './types';
import type { ProvenanceWrite, SheetWrite, SummarySheetWrite, WritePlan } from './write-plan-types';

export interface ScreenTarget {
  grid: SheetGrid;
  /** User overrides of the detected roles (by header text). */
  overrides?: RoleOverrides;
}

export interface ScreenWorkbookInput {
  /** The sheets (or table ranges) to screen: each grid should hold the table and any earlier output columns. */
  targets: ScreenTarget[];
  /** Every sheet name in the workbook, to avoid replacing a sheet the product did not create. */
  sheetNames: string[];
  /** A1 of an existing sheet named 'CtA Summary', when there is one (tells whether it is ours). */
  summaryA1?: CellValue;
  /** A1 of other sheets named 'CtA Summary (n)', when there are any. */
  sheetA1?: Record<string, CellValue>;
  /** Our hidden provenance sheet from an earlier run (a 'CtA Provenance…' sheet whose A1 is the marker), when there is one. */
  provenance: SheetGrid | null;
  settings: Settings;
  /** The workbook's own 'CtA Watchlist' sheet, when it has one: screened as a list. */
  watchlist?: SheetGrid | null;
  /** YYYY-MM-DD, supplied by the host so the domain stays deterministic. */
  today: string;
}

export interface ScreenHooks {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Called every `sliceRows` rows so a host can let its UI breathe. */
  yieldToHost?: () => Promise<void>;
  sliceRows?: number;
}

export interface SkippedSheet {
  sheetName: string;
  reason: string;
}

export interface ScreenWorkbookResult {
  layouts: TableLayout[];
  results: RowResult[][];
  /** Totals over `results`. */
  counts: SummaryTally;
  skipped: SkippedSheet[];
  lists: ListInfo[];
  plan: WritePlan;
}

/** Thrown when hooks.signal aborts: nothing has been written yet at that point. */
export class ScreeningCancelled extends Error {
  constructor(public readonly rowsDone: number) {
    super('Screening was cancelled before anything was written.');
  }
}

// ---------------------------------------------------------------------------

import { readRow } from './cells';
import { detectTable as detect } from './columns';
import { BUILT_IN_LIST, listNotes, type ScreeningList } from './lists';
import { cellText } from './normalize';
import { freeProvenanceName, isOurProvenance, previousRowOf, provenanceRowOf, provenanceRows, readPreviousRun } from './provenance';
import { renderRow, type RenderedRow } from './render-row';
import { warmPlaceIndex } from './matchers/places';
import { EntityIndex } from './matchers/entities';
import { RowScreener, supplierKey } from './screen-row';
import { columnValues, planSheet, planSummary, summarySheetName, SummaryTally } from './write-plan';
import { RULES_VERSION } from './wording';
import { changeOf } from './change';
import { parseWatchlist } from './list-import';
import { prepareFollowUp } from './follow-up';
import type { Finding } from './types';

export { detect as detectTable };

export function listInfo(list: ScreeningList, notes: string[] = []): ListInfo {
  const info: ListInfo = { id: list.id, name: list.name, version: list.version, entryCount: list.entries.length, source: list.source };
  if (notes.length) info.notes = notes;
  return info;
}

export function screenedStamp(today: string, lists: ScreeningList[]): string {
  return [today, `rules ${RULES_VERSION}`, ...lists.map((l) => `${l.builtIn ? 'UFLPA list' : l.name} ${l.version}`)].join(' · ');
}

function isBlankDataRow(grid: SheetGrid, layout: TableLayout, row: number): boolean {
  const values = grid.rows[row - grid.top] ?? [];
  for (let c = layout.firstColumn; c <= layout.lastColumn; c++) if (cellText(values[c - grid.left]).trim() !== '') return false;
  return true;
}

function reviewerDecision(grid: SheetGrid, layout: TableLayout, row: number): string {
  const col = layout.existingOutput['Reviewer Decision'];
  return col ? cellText(grid.rows[row - grid.top]?.[col - grid.left]).trim() : '';
}

/** Keys to suppress for a supplier whose row a reviewer marked False positive: the findings of the earlier run. */
function suppressionFor(before: PreviousRow | undefined, decision: string): ReadonlySet<string> | undefined {
  if (decision.toLowerCase() !== 'false positive' || !before) return undefined;
  return new Set([...before.findings, ...before.suppressed]);
}

export interface ScreenOptions {
  /** Lists besides the built-in UFLPA Entity List. */
  extraLists?: ScreeningList[];
}

export interface ScreenedRow {
  result: RowResult;
  rendered: RenderedRow;
}

/**
 * A screening run, prepared: tables found, indexes built and the output placed. Rows are screened
 * one at a time, so a host can write each row's output as it goes instead of holding them all.
 */
export interface Screening {
  layouts: TableLayout[];
  skipped: SkippedSheet[];
  lists: ListInfo[];
  /** One per layout: where and how to write; `columns[].values` start empty (see columnValues). */
  sheets: SheetWrite[];
  /** Data rows over all layouts, blank ones included. */
  total: number;
  /** Totals of the rows screened so far. */
  counts: SummaryTally;
  /** Screen data row `row` of layout `sheet`: null for a blank row. Each row once, in ascending order per sheet. */
  screenRow(sheet: number, row: number): ScreenedRow | null;
  /** The summary and provenance sheets, from every row screened so far. */
  finish(): { summary: SummarySheetWrite; provenance: ProvenanceWrite };
}

/** Find the tables, build the indexes and place the output columns. Nothing is screened yet. */
export async function prepareScreening(input: ScreenWorkbookInput & ScreenOptions, hooks: Pick<ScreenHooks, 'yieldToHost'> = {}): Promise<Screening> {
  // Between steps, so that no step holds a host's UI for long (the hook decides by time).
  const breathe = async () => {
    if (hooks.yieldToHost) await hooks.yieldToHost();
  };
  const lists = [BUILT_IN_LIST, ...(input.extraLists ?? [])];
  if (input.watchlist) lists.push(await parseWatchlist(input.watchlist, breathe));
  const ourProvenance = input.provenance && isOurProvenance(input.provenance) && input.sheetNames.includes(input.provenance.sheetName) ? input.provenance : null;
  const previous = readPreviousRun(ourProvenance);
  const layouts: TableLayout[] = [];
  const grids: SheetGrid[] = [];
  const skipped: SkippedSheet[] = [];
  for (const t of input.targets) {
    await breathe();
    const layout = detect(t.grid, t.overrides);
    if (!layout) skipped.push({ sheetName: t.grid.sheetName, reason: 'no supplier table found (no header row with a supplier name or location column)' });
    else if (layout.lastDataRow < layout.firstDataRow) skipped.push({ sheetName: t.grid.sheetName, reason: 'the table has a header row but no data rows' });
    else {
      layouts.push(layout);
      grids.push(t.grid);
      for (const other of layout.otherTables ?? []) {
        skipped.push({ sheetName: t.grid.sheetName, reason: `${other} and was not screened (move it to its own sheet, or select it in the add-in)` });
      }
    }
  }
  await breathe();
  const index = await EntityIndex.build(lists, breathe);
  const screener = new RowScreener({ settings: input.settings, lists, index });
  await breathe();
  warmPlaceIndex();
  await breathe();
  const sheets: SheetWrite[] = [];
  const followUps = layouts.map((layout, i) => prepareFollowUp(input.settings, grids[i], layout, input.today));
  for (let i = 0; i < layouts.length; i++) {
    sheets.push(planSheet({ grid: grids[i], layout: layouts[i], optional: followUps[i] }));
    await breathe();
  }
  const screened = screenedStamp(input.today, lists);
  const notes = listNotes(lists, input.today);
  const infos = lists.map((l, i) => listInfo(l, notes[i]));
  const counts = new SummaryTally();
  const provenance: string[][] = [];
  return {
    layouts,
    skipped,
    lists: infos,
    sheets,
    total: layouts.reduce((n, l) => n + l.lastDataRow - l.firstDataRow + 1, 0),
    counts,
    screenRow(s, row) {
      const layout = layouts[s];
      const grid = grids[s];
      if (isBlankDataRow(grid, layout, row)) return null;
      const view = readRow(grid, layout, row);
      const supplier = supplierKey(view);
      const before = previousRowOf(previous, layout.sheetName, supplier);
      const result = screener.screen(view, suppressionFor(before, reviewerDecision(grid, layout, row)));
      result.change = changeOf(result, before?.status, previous !== null);
      const rendered = renderRow(result, screened);
      Object.assign(rendered, followUps[s].row(view, result, rendered));
      counts.add(result);
      provenance.push(provenanceRowOf(result, supplier));
      return { result, rendered };
    },
    finish() {
      const summaryTarget = summarySheetName(input.sheetNames, (name) => (name === 'CtA Summary' ? input.summaryA1 : input.sheetA1?.[name]));
      return {
        summary: planSummary({ sheetName: summaryTarget.name, replace: summaryTarget.replace, today: input.today, settings: input.settings, lists: infos, layouts, counts, screened, previous, tracking: followUps.some((f) => f.track) }),
        provenance: {
          sheetName: ourProvenance ? ourProvenance.sheetName : freeProvenanceName(input.sheetNames),
          replace: !!ourProvenance,
          rows: provenanceRows({ today: input.today, settings: input.settings, lists: infos, layouts, rows: provenance }),
        },
      };
    },
  };
}

/** Screen every target table and build the whole write plan. Nothing is written: hosts apply the plan. */
export async function screenWorkbook(input: ScreenWorkbookInput & ScreenOptions, hooks: ScreenHooks = {}): Promise<ScreenWorkbookResult> {
  const screening = await prepareScreening(input, hooks);
  const slice = hooks.sliceRows ?? 500;
  let done = 0;
  const results: RowResult[][] = [];
  for (let s = 0; s < screening.layouts.length; s++) {
    const layout = screening.layouts[s];
    const sheet = screening.sheets[s];
    const sheetResults: RowResult[] = [];
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      if (hooks.signal?.aborted) throw new ScreeningCancelled(done);
      const screened = screening.screenRow(s, row);
      if (screened) sheetResults.push(screened.result);
      const values = columnValues(sheet, screened?.rendered ?? null);
      for (let c = 0; c < values.length; c++) sheet.columns[c].values.push(values[c]);
      done++;
      if (done % slice === 0) {
        hooks.onProgress?.(done, screening.total);
        if (hooks.yieldToHost) await hooks.yieldToHost();
      }
    }
    results.push(sheetResults);
  }
  hooks.onProgress?.(done, screening.total);
  if (hooks.signal?.aborted) throw new ScreeningCancelled(done);
  if (hooks.yieldToHost) await hooks.yieldToHost();
  const { summary, provenance } = screening.finish();
  return { layouts: screening.layouts, results, counts: screening.counts, skipped: screening.skipped, lists: screening.lists, plan: { sheets: screening.sheets, summary, provenance } };
}

export type { Finding };
