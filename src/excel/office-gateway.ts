// The WorkbookGateway the task pane uses inside Excel: read → screen (pure domain) → apply the plan.
// Works with the real Office.js and with the Excel double installed as the global `Excel`.
import { ScreeningCancelled, detectTable, screenWorkbook } from '../domain/engine';
import { NEXT_STEP_HEADER, STATUSES, type RowResult, type Settings, type Status } from '../domain/types';
import { SummaryTally } from '../domain/write-plan';
import type { AddListInput, DetectedTable, LettersRequest, ListInUse, ScreenOutcome, ScreenRequest, WorkbookGateway } from '../gateway/workbook-gateway';
import { NEXT_STEPS, nextStepKindOf } from '../domain/next-step';
import { filterByColumn } from './filter';
import { lettersOf, type ScreenedRun } from './letters';
import { qualifiedAddress } from './a1';
import { ApplyResult, applyPlan } from './apply-plan';
import { runExcel } from './excel-run';
import { filterByStatus } from './filter';
import { NoTableFound, readWorkbook, screeningInput } from './read-workbook';
import { addStoredList, listsInUse, loadStoredLists, parseListInput, removeStoredList, storedListInUse } from './list-settings';
import { pacer } from './pacing';
import { loadRoleOverrides, saveRoleOverrides } from './role-settings';
import { assertSameHeader, assertSameLayout, detectedBlock, selectionAway } from './same-table';
import { syncCount } from './sync-counter';

/** Rows read to detect the columns: enough for the header and a sample of values. */
const DETECT_ROWS = 1000;

export class WriteIncomplete extends Error {
  constructor(readonly result: ApplyResult) {
    super(result.message);
    this.name = 'WriteIncomplete';
  }
}

export interface OfficeGatewayOptions {
  /** YYYY-MM-DD of today; defaults to the local date. */
  today?: () => string;
}

function localToday(): string {
  const d = new Date();
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The pane's counts from the domain's running totals; changes only when the workbook recorded an earlier screening. */
function outcomeCounts(totals: SummaryTally): Pick<ScreenOutcome, 'counts' | 'categoryCounts' | 'changeCounts'> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, totals.status.get(s) ?? 0])) as Record<Status, number>;
  const compared = [...totals.change.keys()].some((c) => c !== 'First screening');
  return { counts, categoryCounts: Object.fromEntries(totals.category), ...(compared ? { changeCounts: Object.fromEntries(totals.change) } : {}) };
}

/** Rows per next step, when the run wrote a CtA Next Step column. */
function nextStepCounts(totals: SummaryTally, tracked: boolean): Pick<ScreenOutcome, 'nextStepCounts' | 'overdue'> {
  if (!tracked) return {};
  return { nextStepCounts: Object.fromEntries(NEXT_STEPS.map((k) => [k, totals.nextStep.get(k) ?? 0])) as ScreenOutcome['nextStepCounts'], overdue: totals.overdue };
}

/** Rows between looks at the clock (and progress reports). */
const SCREEN_CHECK_ROWS = 20;

export function createOfficeGateway(options: OfficeGatewayOptions = {}): WorkbookGateway {
  const today = options.today ?? localToday;
  /** The sheet last screened: the status filter applies there. */
  let screenedSheet: string | null = null;
  /** The last complete screening's rows and settings: letters are written from them. */
  let lastRun: ScreenedRun | null = null;

  async function detect(): Promise<DetectedTable> {
    return runExcel(async (context) => {
      const overrides = await loadRoleOverrides(context);
      const { location, grid } = await readWorkbook(context, { maxRows: DETECT_ROWS, withoutFacts: true });
      const layout = detectTable(grid, overrides);
      if (!layout) throw new NoTableFound();
      const truncated = grid.rows.length < location.bottom - location.top + 1;
      const lastRow = truncated ? location.bottom : layout.lastDataRow;
      return {
        sheetName: layout.sheetName,
        sheetId: location.sheetId,
        address: qualifiedAddress({ sheetName: layout.sheetName, top: layout.headerRow, left: layout.firstColumn, bottom: lastRow, right: layout.lastColumn }),
        headerRow: layout.headerRow,
        dataRowCount: Math.max(0, lastRow - layout.headerRow),
        isTable: layout.isTable,
        columns: layout.columns,
        overrides,
      };
    });
  }

  async function screen(request: ScreenRequest): Promise<ScreenOutcome> {
    const { signal, onProgress, table } = request;
    let syncs = 0;
    onProgress({ phase: 'reading', done: 0, total: 0 });
    const read = await runExcel(async (context) => {
      const extraLists = await loadStoredLists(context);
      // The table the pane showed, from its header row: not whatever is selected now.
      const r = await readWorkbook(context, { table: detectedBlock(table), onProgress: (done, total) => onProgress({ phase: 'reading', done, total }) });
      syncs += syncCount(context);
      return { ...r, extraLists };
    });
    assertSameHeader(table, read.grid);
    const cancelledEarly = (rowsScreened: number): ScreenOutcome => ({
      state: 'cancelled',
      rowsScreened,
      ...outcomeCounts(new SummaryTally()),
      message: 'Stopped before anything was written. The workbook is unchanged.',
      syncs,
    });
    if (signal.aborted) return cancelledEarly(0);
    let screened;
    try {
      screened = await screenWorkbook(
        screeningInput(read, { overrides: request.overrides, settings: request.settings, today: today() }),
        { onProgress: (done, total) => onProgress({ phase: 'screening', done, total }), signal, yieldToHost: pacer(), sliceRows: SCREEN_CHECK_ROWS },
      );
    } catch (error) {
      if (error instanceof ScreeningCancelled) return cancelledEarly(error.rowsDone);
      throw error;
    }
    if (screened.layouts.length === 0) {
      throw new Error(`Nothing to screen on '${read.location.sheetName}': ${screened.skipped[0]?.reason ?? 'no supplier table found'}.`);
    }
    assertSameLayout(table, screened.layouts[0]);
    const applied = await runExcel(async (context) => {
      const result = await applyPlan(context, screened.plan, {
        signal,
        onMarking: (done, total) => onProgress({ phase: 'preparing', done, total }),
        onProgress: (done, total) => onProgress({ phase: 'writing', done, total }),
        onFinishing: (done, total) => onProgress({ phase: 'finishing', done, total }),
        breathe: pacer(),
      });
      syncs += syncCount(context);
      return result;
    });
    screenedSheet = screened.plan.sheets[0]?.sheetName ?? screenedSheet;
    if (applied.state === 'failed') throw new WriteIncomplete(applied);
    const tracked = screened.plan.sheets.some((w) => w.columns.some((c) => c.header === NEXT_STEP_HEADER));
    lastRun = applied.state === 'complete' ? { results: screened.results.flat() as RowResult[], settings: request.settings as Settings, today: today() } : null;
    return {
      state: applied.state === 'cancelled' ? 'cancelled' : 'complete',
      rowsScreened: applied.state === 'complete' ? screened.counts.rows : applied.rowsWritten,
      ...outcomeCounts(screened.counts),
      ...nextStepCounts(screened.counts, tracked),
      message: applied.message,
      syncs,
    };
  }

  async function addList(input: AddListInput): Promise<ListInUse> {
    // Parsed and checked before the workbook is touched: a malformed list changes nothing.
    const list = parseListInput(input, today());
    await runExcel((context) => addStoredList(context, list));
    return storedListInUse(list);
  }

  /** Listeners of the pane; Excel's two event handlers are registered once, on the first. */
  const watchers = new Set<(sheetId: string, address: string | null) => void>();
  let registering: Promise<void> | null = null;
  function watchSelection(table: DetectedTable, onChange: (movedAway: boolean) => void): () => void {
    const listener = (sheetId: string, address: string | null) => {
      const away = selectionAway(table, sheetId, address);
      if (away !== null) onChange(away);
    };
    watchers.add(listener);
    registering ??= runExcel(async (context) => {
      const tell = (sheetId: string, address: string | null) => watchers.forEach((w) => w(sheetId, address));
      context.workbook.worksheets.onSelectionChanged.add(async (e) => tell(e.worksheetId, e.address));
      context.workbook.worksheets.onActivated.add(async (e) => tell(e.worksheetId, null));
      await context.sync();
    }).catch(() => {
      // Without the events the pane cannot mark the table stale; Screen still screens the table shown.
    });
    return () => watchers.delete(listener);
  }

  return {
    detectTable: detect,
    watchSelection,
    saveOverrides: (overrides) => runExcel((context) => saveRoleOverrides(context, overrides)),
    screen,
    filterByStatus: (status) => runExcel((context) => filterByStatus(context, status, screenedSheet)),
    listLists: () => runExcel((context) => listsInUse(context, pacer(), today())),
    addList,
    removeList: (id) => runExcel((context) => removeStoredList(context, id)),
    filterByNextStep: (step) => runExcel((context) => filterByColumn(context, NEXT_STEP_HEADER, step === null ? null : { where: (text) => nextStepKindOf(text) === step }, screenedSheet)),
    writeLetters: (request: LettersRequest) => runExcel((context) => lettersOf(context, lastRun, request)),
  };
}
