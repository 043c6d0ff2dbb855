// Facade of the screening domain: what both hosts call. Pure: no Office, no file system.
import type { CellValue, RoleOverrides, RowResult, Settings, SheetGrid, TableLayout } from './types';
import type { WritePlan } from './write-plan-types';

/** A screening list in use (the built-in UFLPA Entity List, or one the user imported). */
export interface ListInfo {
  id: string;
  name: string;
  version: string;
  entryCount: number;
  source: string;
}

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
import { BUILT_IN_LIST, type ScreeningList } from './lists';
import { cellText } from './normalize';
import { freeProvenanceName, isOurProvenance, provenanceRowOf, provenanceRows, readPreviousRun, type PreviousRun } from './provenance';
import { renderRow, type RenderedRow } from './render-row';
import { warmPlaceIndex } from './matchers/places';
import { RowScreener, supplierKey } from './screen-row';
import { planSheet, planSummary, summarySheetName } from './write-plan';
import { RULES_VERSION } from './wording';
import { changeOf, previousStatusOf } from './change';
import { parseListTable, WATCHLIST_SHEET } from './list-import';
import type { Finding } from './types';

export { detect as detectTable };

export function listInfo(list: ScreeningList): ListInfo {
  return { id: list.id, name: list.name, version: list.version, entryCount: list.entries.length, source: list.source };
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
function suppressionFor(previous: PreviousRun | null, sheet: string, supplier: string, decision: string): ReadonlySet<string> | undefined {
  if (decision.toLowerCase() !== 'false positive' || !previous) return undefined;
  const prev = previous.bySupplier.get(`${sheet}\u0000${supplier}`);
  if (!prev) return undefined;
  return new Set([...prev.findings, ...prev.suppressed].map((k) => k.replace(/_/g, ' ')));
}

export interface ScreenOptions {
  /** Lists besides the built-in UFLPA Entity List. */
  extraLists?: ScreeningList[];
}

/** Screen every target table and build the write plan. Nothing is written: hosts apply the plan. */
export async function screenWorkbook(input: ScreenWorkbookInput & ScreenOptions, hooks: ScreenHooks = {}): Promise<ScreenWorkbookResult> {
  const lists = [BUILT_IN_LIST, ...(input.extraLists ?? [])];
  if (input.watchlist) lists.push(parseListTable(input.watchlist.rows.map((r) => r.map(cellText)), WATCHLIST_SHEET, 'in this workbook'));
  const ourProvenance = input.provenance && isOurProvenance(input.provenance) && input.sheetNames.includes(input.provenance.sheetName) ? input.provenance : null;
  const previous = readPreviousRun(ourProvenance);
  const layouts: TableLayout[] = [];
  const grids: SheetGrid[] = [];
  const skipped: SkippedSheet[] = [];
  for (const t of input.targets) {
    if (hooks.yieldToHost) await hooks.yieldToHost();
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
  const total = layouts.reduce((n, l) => n + l.lastDataRow - l.firstDataRow + 1, 0);
  const slice = hooks.sliceRows ?? 500;
  // Between steps and rows, so that no step holds a host's UI for long (the hook decides by time).
  const breathe = async () => {
    if (hooks.yieldToHost) await hooks.yieldToHost();
  };
  await breathe();
  const screener = new RowScreener({ settings: input.settings, lists });
  await breathe();
  warmPlaceIndex();
  await breathe();
  const screened = screenedStamp(input.today, lists);
  let done = 0;
  const results: (RowResult | null)[][] = [];
  const rendered: (RenderedRow | null)[][] = [];
  const provenance: string[][] = [];
  for (let s = 0; s < layouts.length; s++) {
    const layout = layouts[s];
    const grid = grids[s];
    const sheetResults: (RowResult | null)[] = [];
    const sheetRendered: (RenderedRow | null)[] = [];
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      if (hooks.signal?.aborted) throw new ScreeningCancelled(done);
      if (isBlankDataRow(grid, layout, row)) {
        sheetResults.push(null);
        sheetRendered.push(null);
      } else {
        const view = readRow(grid, layout, row);
        const supplier = supplierKey(view);
        const suppressed = suppressionFor(previous, layout.sheetName, supplier, reviewerDecision(grid, layout, row));
        const result = screener.screen(view, suppressed);
        result.change = changeOf(result, previousStatusOf(previous, layout.sheetName, supplier), previous !== null);
        sheetResults.push(result);
        sheetRendered.push(renderRow(result, screened));
        provenance.push(provenanceRowOf(result, supplier));
      }
      done++;
      if (done % slice === 0) {
        hooks.onProgress?.(done, total);
        await breathe();
      }
    }
    results.push(sheetResults);
    rendered.push(sheetRendered);
  }
  hooks.onProgress?.(done, total);
  if (hooks.signal?.aborted) throw new ScreeningCancelled(done);

  const infos = lists.map(listInfo);
  const flat = results.flat().filter((r): r is RowResult => r !== null);
  const summaryTarget = summarySheetName(input.sheetNames, (name) => (name === 'CtA Summary' ? input.summaryA1 : input.sheetA1?.[name]));
  const sheets = [];
  for (let i = 0; i < layouts.length; i++) {
    sheets.push(planSheet({ grid: grids[i], layout: layouts[i], rendered: rendered[i] }));
    await breathe();
  }
  const summary = planSummary({ sheetName: summaryTarget.name, replace: summaryTarget.replace, today: input.today, settings: input.settings, lists: infos, layouts, results: flat, screened, previous });
  await breathe();
  const plan = {
    sheets,
    summary,
    provenance: {
      sheetName: ourProvenance ? ourProvenance.sheetName : freeProvenanceName(input.sheetNames),
      replace: !!ourProvenance,
      rows: provenanceRows({ today: input.today, settings: input.settings, lists: infos, layouts, rows: provenance }),
    },
  };
  return { layouts, results: results.map((r) => r.filter((x): x is RowResult => x !== null)), skipped, lists: infos, plan };
}

export type { Finding };
