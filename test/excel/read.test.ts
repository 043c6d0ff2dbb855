// Reading: which block is the table, chunked reads under the response limit, workbook facts.
import { locateTable } from '../../src/excel/locate-table';
import { readGrid } from '../../src/excel/read-grid';
import { readWorkbook, NoTableFound } from '../../src/excel/read-workbook';
import { parseRoleOverrides } from '../../src/excel/role-settings';
import { syncCount } from '../../src/excel/sync-counter';
import { createWorkbook, installExcelDouble, InstalledDouble } from '../support/excel-double';
import type { DoubleOptions, DoubleWorkbook } from '../support/excel-double';
import { supplierBook, USER_HEADERS } from './fixtures';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());
const install = (wb: DoubleWorkbook, o?: DoubleOptions) => (installed = installExcelDouble(wb, o));

describe('locateTable', () => {
  test('the Excel table holding the selection wins over the region around it', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'S', cells: [['Title'], [], USER_HEADERS, ['1', 'A', 'x', 'Hotan', 'China', 'y'], ['2', 'B', 'x', 'Aksu', 'China', 'y']], tables: [{ name: 'T', address: 'A3:F5' }] }],
      selection: 'S!C4',
    });
    install(wb);
    const loc = await Excel.run((ctx) => locateTable(ctx));
    expect(loc).toMatchObject({ sheetName: 'S', address: 'S!A3:F5', isTable: true, tableName: 'T', top: 3, left: 1, bottom: 5, right: 6 });
  });

  test('a plain range: the current region around the selection', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: [['Report'], [], USER_HEADERS, ['1', 'A', 'x', 'Hotan', 'China', 'y']] }], selection: 'S!B4' });
    install(wb);
    expect(await Excel.run((ctx) => locateTable(ctx))).toMatchObject({ address: 'S!A3:F4', isTable: false });
  });

  test('a selection in an empty cell: the used range of the active sheet', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: [USER_HEADERS, ['1', 'A', 'x', 'Hotan', 'China', 'y']] }], selection: 'S!M40' });
    install(wb);
    expect(await Excel.run((ctx) => locateTable(ctx))).toMatchObject({ address: 'S!A1:F2' });
  });

  test('an empty sheet: no table, and readWorkbook says so in plain words', async () => {
    install(createWorkbook({ sheets: [{ name: 'S' }] }));
    expect(await Excel.run((ctx) => locateTable(ctx))).toBeNull();
    await expect(Excel.run((ctx) => readWorkbook(ctx))).rejects.toBeInstanceOf(NoTableFound);
  });
});

describe('readGrid', () => {
  test('reads in row chunks, adapting to the response limit, with empty cells as null', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`supplier ${i}`, i % 2 ? '' : 'Kashgar', i]);
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: rows }] });
    const d = install(wb, { responseLimitBytes: 60_000 });
    const grid = await Excel.run((ctx) => readGrid(ctx, { sheetName: 'S', top: 1, left: 1, bottom: 5000, right: 3 }));
    expect(grid.rows).toHaveLength(5000);
    expect(grid.rows[1]).toEqual(['supplier 1', null, 1]);
    expect(grid.rows[4999][0]).toBe('supplier 4999');
    expect(d.stats.records.filter((r) => r.outcome === 'applied').every((r) => r.responseBytes <= 60_000)).toBe(true);
    expect(d.stats.syncs).toBeLessThan(60);
  });

  test('the first read is sized by the text it returns (about 200 B a cell): supplier text of that size is read without a refused sync', async () => {
    // 20 columns of 200-byte text: 40,000 cells at once would be 8 MB, over Excel on the web's 5 MB.
    const rows = Array.from({ length: 4000 }, (_, i) => Array.from({ length: 20 }, (_, c) => `${i}:${c} ${'Industrial Road, Kashgar Economic Development Zone '.repeat(4)}`.slice(0, 190)));
    const wb = createWorkbook({ sheets: [{ name: 'S', cells: rows }] });
    const d = install(wb);
    const grid = await Excel.run((ctx) => readGrid(ctx, { sheetName: 'S', top: 1, left: 1, bottom: 4000, right: 20 }));
    expect(grid.rows).toHaveLength(4000);
    expect(d.stats.records.filter((r) => r.outcome === 'rejected')).toEqual([]);
    expect(d.stats.records[0].responseBytes).toBeGreaterThan(1_000_000);
    expect(d.stats.records[0].responseBytes).toBeLessThan(3_000_000);
  });
});

describe('readWorkbook', () => {
  test('reads sheet names, A1 of summary sheets, the provenance and the watchlist in few syncs', async () => {
    const wb = createWorkbook({
      sheets: [
        { name: 'Suppliers', cells: [USER_HEADERS, ['1', 'A', 'x', 'Hotan', 'China', 'y']] },
        { name: 'CtA Summary', cells: [['Someone else’s summary']] },
        { name: 'CtA Summary (2)', cells: [['Uyghur Region Supplier Screen — summary']] },
        { name: 'CtA Provenance', cells: [['Uyghur Region Supplier Screen provenance', 'format 1']], visibility: 'VeryHidden' },
        { name: 'CtA Watchlist', cells: [['Name'], ['Some Group Ltd']] },
      ],
      selection: 'Suppliers!A1',
    });
    install(wb);
    const { read, syncs } = await Excel.run(async (ctx) => ({ read: await readWorkbook(ctx), syncs: 0 + syncCount(ctx) }));
    expect(read.location.address).toBe('Suppliers!A1:F2');
    expect(read.grid).toMatchObject({ sheetName: 'Suppliers', top: 1, left: 1, isTable: false });
    expect(read.facts.sheetNames).toEqual(['Suppliers', 'CtA Summary', 'CtA Summary (2)', 'CtA Provenance', 'CtA Watchlist']);
    expect(read.facts.summaryA1).toBe('Someone else’s summary');
    expect(read.facts.sheetA1['CtA Summary (2)']).toBe('Uyghur Region Supplier Screen — summary');
    expect(read.facts.provenance?.rows[0]).toEqual(['Uyghur Region Supplier Screen provenance', 'format 1']);
    expect(read.facts.watchlist?.rows).toEqual([['Name'], ['Some Group Ltd']]);
    expect(syncs).toBeLessThanOrEqual(5);
  });

  test('reads only the top rows when asked (detection)', async () => {
    install(supplierBook({ rows: 5000 }));
    const read = await Excel.run((ctx) => readWorkbook(ctx, { maxRows: 300, withoutFacts: true }));
    expect(read.grid.rows).toHaveLength(300);
    expect(read.location.bottom).toBe(5001);
  });
});

test('role overrides: malformed stored values are dropped', () => {
  expect(parseRoleOverrides('{"City":"city","Notes":null,"X":"bogus","Y":3}')).toEqual({ City: 'city', Notes: null });
  expect(parseRoleOverrides('not json')).toEqual({});
  expect(parseRoleOverrides(null)).toEqual({});
});

test('without ExcelApi 1.11 the gateway runs batches without delayForCellEdit', async () => {
  const { createOfficeGateway } = await import('../../src/excel/office-gateway');
  const d = install(supplierBook({ rows: 3 }), { requirementSets: { ExcelApi: '1.9' } });
  await createOfficeGateway().detectTable();
  expect(d.stats.runOptions).toEqual([{}]);
});

test('when the selection is not a range (a chart is selected) the used range is read', async () => {
  const wb = supplierBook({ rows: 4 });
  wb.selection = null;
  install(wb);
  const read = await Excel.run((ctx) => readWorkbook(ctx));
  expect(read.location.address).toBe('Suppliers!A1:F5');
  expect(read.facts.sheetNames).toEqual(['Suppliers']);
});
