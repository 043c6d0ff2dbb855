// The task pane's screening run on the in-memory Excel double (test/support/excel-double), in a fresh
// process: a generated 'Suppliers' sheet of ROWS rows is loaded into the double, then the same sequence as
// src/excel/office-gateway.ts screen(): one Excel.run that loads the stored lists and reads the table and
// the workbook facts, screenWorkbook (domain), one Excel.run that applies the write plan.
//
//   tsx bench/double-child.ts ROWS
//
// Prints BENCH_RESULT with syncs (read, apply, total), the largest request and response in bytes, and
// chunks: the megabytes of cell values the plan writes (as test/excel/scale.test.ts counts them).
import { applyPlan } from '../src/excel/apply-plan';
import { loadStoredLists } from '../src/excel/list-settings';
import { readWorkbook, screeningInput } from '../src/excel/read-workbook';
import { syncCount } from '../src/excel/sync-counter';
import { screenWorkbook } from '../src/domain/engine';
import type { WritePlan } from '../src/domain/write-plan-types';
import { createWorkbook, installExcelDouble } from '../test/support/excel-double';
import { EN_SHEET, generateGrids } from './generate';
import { report } from './lib';

const MB = 1_000_000;

/** Bytes of the values a plan writes (JSON of each non-null value and a separator), as test/excel/fixtures.ts counts them. */
export function planValueBytes(p: WritePlan): number {
  let n = 0;
  for (const s of p.sheets) for (const c of s.columns) for (const v of c.values) if (v !== null) n += Buffer.byteLength(JSON.stringify(v)) + 1;
  for (const r of p.provenance.rows) for (const v of r) n += Buffer.byteLength(JSON.stringify(v)) + 1;
  return n;
}

export interface DoubleRun {
  rows: number;
  rowsRead: number;
  rowsScreened: number;
  applyState: string;
  readSyncs: number;
  applySyncs: number;
  syncs: number;
  chunks: number;
  planValueBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  writeRequestBytes: number;
  readMs: number;
  screenMs: number;
  applyMs: number;
}

/** Screens a generated 'Suppliers' sheet of `rows` rows on the Excel double, as the task pane does. */
export async function screenOnDouble(rows: number): Promise<DoubleRun> {
  const generated = generateGrids(rows, undefined, 0); // one table of ROWS rows: the pane screens the table at the selection
  const book = createWorkbook({
    sheets: generated.grids.map((g) => ({ name: g.sheetName, cells: g.rows })),
    selection: `${EN_SHEET}!B5`,
  });
  const installed = installExcelDouble(book);
  try {
    const Excel = installed.Excel;
    const t0 = performance.now();
    const read = await Excel.run(async (context) => {
      const ctx = context as unknown as Excel.RequestContext;
      const extraLists = await loadStoredLists(ctx);
      const r = await readWorkbook(ctx);
      return { ...r, extraLists, syncs: syncCount(ctx) };
    });
    const readMs = performance.now() - t0;
    const t1 = performance.now();
    const screened = await screenWorkbook(screeningInput(read, { settings: { usImporter: false }, today: '2026-11-28' }));
    const screenMs = performance.now() - t1;
    const readRecords = installed.stats.records.length;
    const t2 = performance.now();
    const applied = await Excel.run((context) => applyPlan(context as unknown as Excel.RequestContext, screened.plan));
    const applyMs = performance.now() - t2;
    const stats = installed.stats;
    const valueBytes = planValueBytes(screened.plan);
    return {
      rows,
      rowsRead: read.grid.rows.length,
      rowsScreened: screened.results.flat().length,
      applyState: applied.state,
      readSyncs: read.syncs,
      applySyncs: applied.syncs,
      syncs: stats.syncs,
      chunks: Math.ceil(valueBytes / MB),
      planValueBytes: valueBytes,
      maxRequestBytes: stats.maxRequestBytes,
      maxResponseBytes: stats.maxResponseBytes,
      writeRequestBytes: stats.records.slice(readRecords).reduce((n, r) => n + r.requestBytes, 0),
      readMs,
      screenMs,
      applyMs,
    };
  } finally {
    installed.uninstall();
  }
}

async function run(): Promise<void> {
  const rows = Number(process.argv[2]);
  if (!rows) throw new Error('usage: double-child.ts ROWS');
  report({ ...(await screenOnDouble(rows)) });
}

if (require.main === module) {
  run().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
