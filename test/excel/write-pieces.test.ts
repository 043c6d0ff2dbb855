// A sync's megabyte is measured and queued in pieces, with a breath between them for the host's UI;
// the pieces still go out in one sync, so the syncs and what the workbook holds are the same.
import { applyPlan, ApplyResult } from '../../src/excel/apply-plan';
import { PIECE_BYTES } from '../../src/excel/write-steps';
import { installExcelDouble, InstalledDouble } from '../support/excel-double';
import { LAST_OUT, plan, supplierBook } from './fixtures';

const ROWS = 20_000;
let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

interface Run {
  result: ApplyResult;
  values: unknown[][];
  summary: unknown[][];
  /** Breaths taken before each write sync (index: syncs sent so far when the breath was taken). */
  breathsBeforeSync: Map<number, number>;
  requestBytes: number[];
}

async function run(withBreaths: boolean): Promise<Run> {
  const wb = supplierBook({ rows: ROWS });
  installed = installExcelDouble(wb);
  const stats = installed.stats;
  const breathsBeforeSync = new Map<number, number>();
  const breathe = async () => {
    breathsBeforeSync.set(stats.syncs, (breathsBeforeSync.get(stats.syncs) ?? 0) + 1);
  };
  const result = await Excel.run((context) => applyPlan(context, plan({ rows: ROWS }), withBreaths ? { breathe } : {}));
  const run: Run = {
    result,
    values: wb.values(`Suppliers!A1:${LAST_OUT}${ROWS + 1}`),
    summary: wb.values('CtA Summary!A1:D40'),
    breathsBeforeSync,
    requestBytes: stats.records.map((r) => r.requestBytes),
  };
  installed.uninstall();
  installed = null;
  return run;
}

test(`applyPlan on ${ROWS.toLocaleString('en-US')} rows: a breath every ${PIECE_BYTES.toLocaleString('en-US')} B or so, the same syncs and the same workbook`, async () => {
  const plain = await run(false);
  const pieced = await run(true);
  expect(plain.result.state).toBe('complete');
  expect(pieced.result.state).toBe('complete');
  expect(pieced.result.syncs).toBe(plain.result.syncs);
  expect(pieced.values).toEqual(plain.values);
  expect(pieced.summary).toEqual(plain.summary);
  expect(plain.breathsBeforeSync.size).toBe(0);
  // Each sync of about a megabyte was filled over several breaths, about one per piece.
  const big = pieced.requestBytes.map((bytes, i) => ({ bytes, sync: i + 1 })).filter((r) => r.bytes > 4 * PIECE_BYTES);
  expect(big.length).toBeGreaterThanOrEqual(5);
  for (const { bytes, sync } of big) {
    // Breaths counted while stats.syncs was sync - 1, i.e. while that sync was being filled.
    const breaths = pieced.breathsBeforeSync.get(sync - 1) ?? 0;
    expect(breaths).toBeGreaterThanOrEqual(Math.floor(bytes / PIECE_BYTES) - 1);
    expect(breaths).toBeLessThanOrEqual(Math.ceil(bytes / PIECE_BYTES) + 4);
  }
  // Cutting a block in pieces adds a few range operations, not syncs: the request sizes barely move.
  const largest = (r: Run) => Math.max(...r.requestBytes);
  expect(Math.abs(largest(pieced) - largest(plain)) / largest(plain)).toBeLessThan(0.05);
}, 60_000);
