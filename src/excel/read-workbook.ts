// Everything a screening run reads, in few syncs: where the table is, its cells, and the workbook facts.
import type { ScreenOptions, ScreenWorkbookInput } from '../domain/engine';
import type { ScreeningList } from '../domain/lists';
import type { RoleOverrides, Settings, SheetGrid } from '../domain/types';
import type { CellBlock } from './a1';
import { LocateFrom, TableLocation, finishLocate, probeTable } from './locate-table';
import { syncCounted } from './sync-counter';
import { readGrid } from './read-grid';
import { WorkbookFacts, finishFacts, probeFacts } from './workbook-facts';

export interface WorkbookRead {
  location: TableLocation;
  grid: SheetGrid;
  facts: WorkbookFacts;
}

/** What the domain's screenWorkbook needs, from what a run read. */
export function screeningInput(
  read: WorkbookRead & { extraLists: ScreeningList[] },
  request: { overrides?: RoleOverrides; settings: Settings; today: string },
): ScreenWorkbookInput & ScreenOptions {
  return {
    targets: [{ grid: read.grid, overrides: request.overrides }],
    sheetNames: read.facts.sheetNames,
    summaryA1: read.facts.summaryA1,
    sheetA1: read.facts.sheetA1,
    provenance: read.facts.provenance,
    watchlist: read.facts.watchlist,
    extraLists: read.extraLists,
    settings: request.settings,
    today: request.today,
  };
}

export class NoTableFound extends Error {
  constructor() {
    super('No table found: select a cell inside your supplier table and try again.');
    this.name = 'NoTableFound';
  }
}

/** The sheet of a table found earlier is gone (renamed or deleted). */
export class TableGone extends Error {
  constructor(sheetName: string) {
    super(`The sheet '${sheetName}' the table was found on is no longer in this workbook (renamed or deleted). Nothing was written. Select Detect again.`);
    this.name = 'TableGone';
  }
}

export interface ReadOptions {
  /** Read the table found earlier (from its header row), not the one at the selection. */
  table?: CellBlock;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Read only the top rows (enough to detect the columns). */
  maxRows?: number;
  /** Skip the workbook facts (sheet names, summary, provenance): detection does not need them. */
  withoutFacts?: boolean;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const probeAll = (from: LocateFrom) => ({
    table: probeTable(context, from),
    facts: options.withoutFacts ? null : probeFacts(context),
  });
  let probe = probeAll(options.table ?? 'selection');
  try {
    await syncCounted(context);
  } catch (error) {
    if (options.table) {
      if ((error as { code?: unknown })?.code === 'ItemNotFound') throw new TableGone(options.table.sheetName);
      throw error;
    }
    // The selection is not a range (a chart or shape is selected): fall back to the used range.
    probe = probeAll('used range');
    await syncCounted(context);
  }
  const facts = probe.facts;
  const location = await finishLocate(context, probe.table);
  if (!location) throw new NoTableFound();
  const grid = await readGrid(context, location, { isTable: location.isTable, onProgress: options.onProgress, maxRows: options.maxRows });
  const workbookFacts = facts ? await finishFacts(context, facts) : { sheetNames: [], sheetA1: {}, provenance: null, watchlist: null };
  return { location, grid, facts: workbookFacts };
}
