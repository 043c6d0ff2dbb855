// applyPlan on the strict Excel double with hand-made plans.
import { applyPlan, ApplyResult } from '../../src/excel/apply-plan';
import { INCOMPLETE_MARKER } from '../../src/excel/incomplete-marker';
import { createWorkbook, InstalledDouble, installExcelDouble, DoubleWorkbook } from '../support/excel-double';
import type { DoubleOptions } from '../support/excel-double';
import type { WritePlan } from '../../src/domain/write-plan-types';
import { ALL_OUTPUT_HEADERS } from '../../src/domain/types';
import { LAST_OUT, OUTPUT_COUNT, outCol, plan, supplierBook, SUMMARY_MARKER_TEXT, USER_HEADERS } from './fixtures';

const DECISION = outCol('Reviewer Decision');
const NOTE = outCol('Reviewer Note');
const SCREENED = outCol('CtA Screened');
const EVIDENCE = outCol('CtA Evidence');
const CATEGORIES = outCol('CtA Categories');
const LAST_PRODUCT = outCol('Reviewer Decision').charCodeAt(0) - 1;

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

function install(wb: DoubleWorkbook, options?: DoubleOptions): InstalledDouble {
  installed = installExcelDouble(wb, options);
  return installed;
}

function apply(p: WritePlan, options: Parameters<typeof applyPlan>[2] = {}): Promise<ApplyResult> {
  return Excel.run((context) => applyPlan(context, p, options));
}

describe('applyPlan on a plain range', () => {
  test('writes headers and values as text, colours rows by status, adds the filter, the drop-down, the summary and the hidden provenance', async () => {
    const wb = supplierBook({ rows: 20 });
    install(wb);
    const result = await apply(plan({ rows: 20 }));
    expect(result.state).toBe('complete');
    expect(result.message).toBe("rows 2–21 of 'Suppliers' screened; output columns are complete.");
    expect(wb.values(`Suppliers!G1:${LAST_OUT}1`)[0]).toEqual([...ALL_OUTPUT_HEADERS]);
    expect(wb.value('Suppliers!G2')).toBe('Disengage now');
    expect(wb.numberFormat(`Suppliers!${SCREENED}2`)).toBe('@');
    // a date-like stamp stays text because '@' was set first
    expect(wb.value(`Suppliers!${SCREENED}2`)).toBe('2026-11-28 · rules 1.0 · UFLPA list 2025-07-01');
    expect(wb.values('Suppliers!A1:F2')).toEqual([USER_HEADERS, ['S-000001', 'Supplier 1 Textile Co., Ltd.', '1 Industrial Road', 'Urumqi', 'China', 'cotton yarn']]);
    const cfs = wb.conditionalFormats('Suppliers');
    expect(cfs).toHaveLength(7);
    expect(cfs.every((c) => c.ranges[0] === `G2:${String.fromCharCode(LAST_PRODUCT)}21`)).toBe(true);
    expect(cfs.map((c) => c.rule.formula)).toContain('=$G2="Disengage now"');
    expect(wb.autoFilter('Suppliers')?.range).toBe(`A1:${LAST_OUT}21`);
    expect(wb.validations('Suppliers')).toEqual([
      { range: `${DECISION}2:${DECISION}21`, rule: { list: { inCellDropDown: true, source: 'Confirmed,False positive,Cleared with evidence,Escalated' } }, ignoreBlanks: true },
    ]);
    expect(wb.sheetNames()).toEqual(['Suppliers', 'CtA Summary', 'CtA Provenance']);
    expect(wb.visibility('CtA Provenance')).toBe('VeryHidden');
    expect(wb.value('CtA Summary!A1')).toBe(SUMMARY_MARKER_TEXT);
    expect(wb.value('CtA Summary!B3')).toBe(1);
    expect(wb.bold('CtA Summary!A1')).toBe(true);
    expect(wb.charts('CtA Summary')).toEqual([
      expect.objectContaining({ type: 'BarClustered', source: "'CtA Summary'!A2:B9", title: 'Rows by status' }),
    ]);
    expect(wb.value('CtA Provenance!C3')).toBe('supplier');
  });

  test('a supplier name "=HYPERLINK(...)" echoed into the output ends up as text, not a formula', async () => {
    const wb = supplierBook({ rows: 3 });
    install(wb);
    const hostile = '=HYPERLINK("http://evil.example","Acme")';
    await apply(plan({ rows: 3, values: (i, h) => (h === 'CtA Evidence' ? hostile : h === 'CtA Status' ? 'Review' : '+1 555 0100') }));
    expect(wb.formula(`Suppliers!${EVIDENCE}2`)).toBeNull();
    expect(wb.value(`Suppliers!${EVIDENCE}2`)).toBe(hostile);
    expect(wb.formula(`Suppliers!${CATEGORIES}2`)).toBeNull();
    expect(wb.value(`Suppliers!${CATEGORIES}2`)).toBe('+1 555 0100');
    expect(wb.formula('CtA Summary!A12')).toBeNull();
    expect(wb.value('CtA Summary!A12')).toBe('=HYPERLINK("http://example.com","click")');
  });

  test('user cells directly right of the table are moved by the inserted columns, never overwritten', async () => {
    const wb = supplierBook({ rows: 10, userColumnRight: true });
    install(wb);
    await apply(plan({ rows: 10, insert: { column: 7, count: OUTPUT_COUNT } }));
    const moved = outCol('Reviewer Note', 8);
    expect(wb.value('Suppliers!G2')).toBe('Disengage now');
    expect(wb.value(`Suppliers!${moved}1`)).toBe('My notes');
    expect(wb.value(`Suppliers!${moved}11`)).toBe('note 10');
  });

  test('null values keep the user cell: only runs of non-null values are written', async () => {
    const wb = supplierBook({ rows: 6 });
    install(wb);
    await apply(plan({ rows: 6 }));
    wb.type('Suppliers!G4', 'typed by user');
    const second = plan({ rows: 6, existing: true, values: (i, h) => (i === 2 ? null : h === 'CtA Status' ? 'Review' : 'x') });
    const result = await apply(second);
    expect(result.state).toBe('complete');
    expect(wb.value('Suppliers!G4')).toBe('typed by user');
    expect(wb.value('Suppliers!G3')).toBe('Review');
    expect(wb.value('Suppliers!G5')).toBe('Review');
  });

  test('a Reviewer Decision set by the user survives the next run', async () => {
    const wb = supplierBook({ rows: 5 });
    install(wb);
    await apply(plan({ rows: 5 }));
    wb.type(`Suppliers!${DECISION}3`, 'False positive');
    wb.type(`Suppliers!${NOTE}3`, 'checked the audit report');
    await apply(plan({ rows: 5, existing: true, summaryReplace: true, provenanceReplace: true }));
    expect(wb.value(`Suppliers!${DECISION}3`)).toBe('False positive');
    expect(wb.value(`Suppliers!${NOTE}3`)).toBe('checked the audit report');
    expect(wb.values(`Suppliers!${DECISION}1:${NOTE}1`)).toEqual([['Reviewer Decision', 'Reviewer Note']]);
    expect(wb.sheetNames()).toEqual(['Suppliers', 'CtA Summary', 'CtA Provenance']);
    expect(wb.conditionalFormats('Suppliers')).toHaveLength(7);
  });
});

describe('applyPlan on an Excel table', () => {
  test('output columns become table columns; cells right of the table move with it', async () => {
    const wb = supplierBook({ rows: 8, table: true, userColumnRight: true });
    install(wb);
    const result = await apply(plan({ rows: 8, isTable: true }));
    expect(result.state).toBe('complete');
    expect(wb.tableList()).toEqual([{ name: 'SupplierTable', sheet: 'Suppliers', address: `Suppliers!A1:${LAST_OUT}9` }]);
    expect(wb.value('Suppliers!G1')).toBe('CtA Status');
    expect(wb.value('Suppliers!G2')).toBe('Disengage now');
    expect(wb.value(`Suppliers!${outCol('Reviewer Note', 8)}1`)).toBe('My notes');
    expect(wb.autoFilter('Suppliers')).toBeNull();
    // a second run finds its columns inside the table and adds nothing
    await apply(plan({ rows: 8, isTable: true, existing: true, summaryReplace: true, provenanceReplace: true }));
    expect(wb.tableList()[0].address).toBe(`Suppliers!A1:${LAST_OUT}9`);
  });
});

describe('the summary sheet', () => {
  test("a user's own sheet named 'CtA Summary' is never replaced", async () => {
    const wb = supplierBook({ rows: 4, extraSheets: [{ name: 'CtA Summary', cells: [['My own notes'], ['keep']] }] });
    install(wb);
    // the plan may even (wrongly) name the user's sheet: replace=false means it is not ours
    await apply(plan({ rows: 4, summaryName: 'CtA Summary', summaryReplace: false }));
    expect(wb.values('CtA Summary!A1:A2')).toEqual([['My own notes'], ['keep']]);
    expect(wb.value('CtA Summary (2)!A1')).toBe(SUMMARY_MARKER_TEXT);
  });

  test('our own summary is replaced, not duplicated', async () => {
    const wb = supplierBook({ rows: 4 });
    install(wb);
    await apply(plan({ rows: 4 }));
    wb.type('CtA Summary!D40', 'stale');
    await apply(plan({ rows: 4, existing: true, summaryReplace: true, provenanceReplace: true }));
    expect(wb.sheetNames()).toEqual(['Suppliers', 'CtA Summary', 'CtA Provenance']);
    expect(wb.value('CtA Summary!D40')).toBeNull();
    expect(wb.charts('CtA Summary')).toHaveLength(1);
  });
});

describe('payload limits, faults and cancel', () => {
  test('a payload-size error is recovered by halving the chunk', async () => {
    const wb = supplierBook({ rows: 2000 });
    const d = install(wb);
    d.faults.payloadErrorOnNthSync(2);
    const result = await apply(plan({ rows: 2000 }));
    expect(result.state).toBe('complete');
    expect(d.stats.records.filter((r) => r.errorCode === 'RequestPayloadSizeLimitExceeded')).toHaveLength(1);
    expect(wb.value('Suppliers!G2001')).toBe(plan({ rows: 2000 }).sheets[0].columns[0].values[1999]);
    expect(wb.values('Suppliers!G2:G2001').flat()).not.toContain(INCOMPLETE_MARKER);
  });

  test('a host with a smaller request limit rejects 1 MB chunks; halving finds a size it accepts', async () => {
    const wb = supplierBook({ rows: 3000 });
    const d = install(wb, { requestLimitBytes: 300_000 });
    const result = await apply(plan({ rows: 3000 }));
    expect(result.state).toBe('complete');
    expect(d.stats.records.some((r) => r.errorCode === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(d.stats.records.filter((r) => r.outcome === 'applied').every((r) => r.requestBytes <= 300_000)).toBe(true);
    expect(wb.values('Suppliers!G2:G3001').flat()).not.toContain(INCOMPLETE_MARKER);
  });

  test('a sync failing midway leaves the unwritten rows marked incomplete; a re-run completes them', async () => {
    const wb = supplierBook({ rows: 6000 });
    const d = install(wb);
    // The batch fails, and so does the one retry at half the size that a GeneralException earns.
    d.faults.failNthSync(4);
    d.faults.failNthSync(5);
    const p = plan({ rows: 6000 });
    const failed = await apply(p);
    expect(failed.state).toBe('failed');
    expect(failed.stage).toBe('rows-partly-written');
    expect(failed.rowsWritten).toBeGreaterThan(0);
    expect(failed.rowsWritten).toBeLessThan(6000);
    expect(failed.message).toMatch(/Excel did not accept the changes after rows 2–[\d,]+ of 'Suppliers' had been written/);
    expect(failed.message).toContain(INCOMPLETE_MARKER);
    const statuses = wb.values('Suppliers!G2:G6001').flat();
    expect(statuses[failed.rowsWritten - 1]).not.toBe(INCOMPLETE_MARKER);
    expect(statuses[failed.rowsWritten]).toBe(INCOMPLETE_MARKER);
    expect(statuses.slice(failed.rowsWritten).every((s) => s === INCOMPLETE_MARKER)).toBe(true);
    expect(wb.sheetNames()).toEqual(['Suppliers']);

    const again = await apply(plan({ rows: 6000, existing: true }));
    expect(again.state).toBe('complete');
    expect(wb.values('Suppliers!G2:G6001').flat()).not.toContain(INCOMPLETE_MARKER);
    expect(wb.value('Suppliers!G6001')).toBe(p.sheets[0].columns[0].values[5999]);
  });

  test('Excel on the web answering an oversize batch with GeneralException: halved once, and the run completes', async () => {
    const wb = supplierBook({ rows: 3000 });
    const d = install(wb, { requestLimitBytes: 800_000, oversizeRequestAnswer: 'GeneralException' });
    const result = await apply(plan({ rows: 3000 }));
    expect(result.state).toBe('complete');
    const rejected = d.stats.records.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.errorCode)).toEqual(['GeneralException']);
    expect(rejected[0].requestBytes).toBeGreaterThan(500_000);
    expect(d.stats.records.filter((r) => r.outcome === 'applied').every((r) => r.requestBytes <= 800_000)).toBe(true);
    expect(wb.values('Suppliers!G2:G3001').flat()).not.toContain(INCOMPLETE_MARKER);
  });

  test('GeneralException is not retried on a small batch, nor a second time', async () => {
    const small = supplierBook({ rows: 50 });
    const d = install(small);
    d.faults.failNthSync(2); // after the inspection, the whole plan of 50 rows: tens of KB
    const result = await apply(plan({ rows: 50 }));
    expect(result.state).toBe('failed');
    expect(d.stats.records.filter((r) => r.outcome === 'rejected')).toHaveLength(1);
    d.uninstall();

    const big = supplierBook({ rows: 6000 });
    const d2 = install(big, { requestLimitBytes: 800_000, oversizeRequestAnswer: 'GeneralException' });
    d2.faults.failNthSync(4); // the retry at half size fails too
    const twice = await apply(plan({ rows: 6000 }));
    expect(twice.state).toBe('failed');
    expect(d2.stats.records.filter((r) => r.outcome === 'rejected').map((r) => r.errorCode)).toEqual(['GeneralException', 'GeneralException']);
  });

  test('a sync that inserts cells or adds a sheet stays under 500 KB, so a GeneralException never sends it twice', async () => {
    const carrying = (what: string) => (r: { what: string[] }) => r.what.includes(what);
    const wb = supplierBook({ rows: 3000 });
    const d = install(wb);
    d.faults.failNthSync(2); // the inspection, then the sync that inserts the columns
    const result = await apply(plan({ rows: 3000, insert: { column: 7, count: 10 } }));
    expect(result.state).toBe('failed');
    expect(d.stats.records.map((r) => r.outcome)).toEqual(['applied', 'rejected']);
    expect(d.stats.records[1].what).toContain('Range.insert()');
    expect(d.stats.records[1].requestBytes).toBeLessThan(550_000);

    // Every sync that adds a sheet stays as small; failing the one that adds the summary leaves no summary.
    const wb2 = supplierBook({ rows: 3000 });
    const d2 = install(wb2);
    await apply(plan({ rows: 3000 }));
    const adds = d2.stats.records.filter(carrying('WorksheetCollection.add()'));
    expect(adds.length).toBeGreaterThanOrEqual(1);
    for (const r of adds) expect(r.requestBytes).toBeLessThan(550_000);
    const wb3 = supplierBook({ rows: 3000 });
    const d3 = install(wb3);
    d3.faults.failNthSync(adds[0].index);
    const failed = await apply(plan({ rows: 3000 }));
    expect(failed.state).toBe('failed');
    expect(failed.stage).toBe('rows-written');
    expect(d3.stats.records.filter((r) => r.outcome === 'rejected')).toHaveLength(1);
    expect(wb3.sheetNames()).toEqual(['Suppliers']);
  });

  test('cancel between chunks leaves the rest marked incomplete; a re-run completes it', async () => {
    const wb = supplierBook({ rows: 6000 });
    install(wb);
    const abort = new AbortController();
    const cancelled = await apply(plan({ rows: 6000 }), { onProgress: () => abort.abort(), signal: abort.signal });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.message).toMatch(/^You stopped the run after rows 2–[\d,]+ of 'Suppliers' had been written/);
    const statuses = wb.values('Suppliers!G2:G6001').flat();
    expect(statuses.filter((s) => s === INCOMPLETE_MARKER)).toHaveLength(6000 - cancelled.rowsWritten);
    const again = await apply(plan({ rows: 6000, existing: true }));
    expect(again.state).toBe('complete');
    expect(wb.values('Suppliers!G2:G6001').flat()).not.toContain(INCOMPLETE_MARKER);
  });

  test('cancel before anything is written leaves the workbook unchanged', async () => {
    const wb = supplierBook({ rows: 10 });
    install(wb);
    const abort = new AbortController();
    abort.abort();
    const result = await apply(plan({ rows: 10 }), { signal: abort.signal });
    expect(result).toMatchObject({ state: 'cancelled', stage: 'nothing-written' });
    expect(wb.value('Suppliers!G1')).toBeNull();
  });

  test('a table that disappeared before writing: nothing is written', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells: [USER_HEADERS] }] });
    install(wb);
    const result = await apply(plan({ rows: 1, isTable: true }));
    expect(result).toMatchObject({ state: 'failed', stage: 'nothing-written' });
  });
});
