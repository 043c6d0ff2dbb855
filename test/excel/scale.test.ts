// Sync counts and request sizes stay bounded by chunks, not rows: 10,000 and 100,000 rows.
import { applyPlan } from '../../src/excel/apply-plan';
import { readWorkbook } from '../../src/excel/read-workbook';
import { syncCount } from '../../src/excel/sync-counter';
import { installExcelDouble, InstalledDouble } from '../support/excel-double';
import { detectThenScreen, plan, planValueBytes, supplierBook } from './fixtures';

const MB = 1_000_000;
let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

async function measure(rows: number) {
  const wb = supplierBook({ rows });
  installed = installExcelDouble(wb);
  const stats = installed.stats;
  const read = await Excel.run(async (context) => {
    const r = await readWorkbook(context);
    return { rows: r.grid.rows.length, syncs: syncCount(context) };
  });
  const readMaxResponse = stats.maxResponseBytes;
  const before = stats.syncs;
  const p = plan({ rows });
  const applied = await Excel.run((context) => applyPlan(context, p));
  const writeRecords = stats.records.slice(before);
  const largest = Math.max(...writeRecords.map((r) => r.requestBytes));
  const chunks = Math.ceil(planValueBytes(p) / MB);
  console.log(
    `${rows.toLocaleString('en-US')} rows: read ${read.syncs} syncs (largest response ${readMaxResponse.toLocaleString('en-US')} B); ` +
      `apply ${applied.syncs} syncs for ${chunks} MB of values (largest request ${largest.toLocaleString('en-US')} B)`,
  );
  return { wb, read, applied, largest, chunks, readMaxResponse };
}

test('10,000 rows: read and applied in a bounded number of syncs, no request over 4 MB', async () => {
  const m = await measure(10_000);
  expect(m.read.rows).toBe(10_001);
  expect(m.applied.state).toBe('complete');
  expect(m.applied.syncs).toBeLessThanOrEqual(2 * m.chunks + 6);
  expect(m.largest).toBeLessThan(4 * MB);
  expect(m.readMaxResponse).toBeLessThan(4 * MB);
  expect(m.wb.value('Suppliers!G10001')).toBe(plan({ rows: 10_000 }).sheets[0].columns[0].values[9999]);
});

test('100,000 rows: syncs follow the megabytes written, not the rows', async () => {
  const m = await measure(100_000);
  expect(m.read.rows).toBe(100_001);
  expect(m.applied.state).toBe('complete');
  expect(m.applied.syncs).toBeLessThanOrEqual(2 * m.chunks + 6);
  expect(m.largest).toBeLessThan(4 * MB);
  expect(m.readMaxResponse).toBeLessThan(4 * MB);
}, 180_000);

test('100,000-row sheet screened end to end through the gateway (read, domain, write)', async () => {
  const { createOfficeGateway } = await import('../../src/excel/office-gateway');
  installed = installExcelDouble(supplierBook({ rows: 100_000 }));
  const outcome = await detectThenScreen(createOfficeGateway({ today: () => '2026-11-28' })).screen({
    overrides: {},
    settings: { usImporter: false },
    onProgress: () => undefined,
    signal: new AbortController().signal,
  });
  const { stats } = installed;
  console.log(
    `gateway, 100,000 rows: ${outcome.syncs} syncs in all, largest request ${stats.maxRequestBytes.toLocaleString('en-US')} B, largest response ${stats.maxResponseBytes.toLocaleString('en-US')} B`,
  );
  expect(outcome.state).toBe('complete');
  expect(outcome.rowsScreened).toBe(100_000);
  expect(outcome.syncs).toBeLessThan(100);
  expect(stats.maxRequestBytes).toBeLessThan(4 * MB);
  expect(stats.maxResponseBytes).toBeLessThan(4 * MB);
}, 180_000);
