// What real workbooks and users do, on the strict double, through the gateway the pane uses: a user who
// moves between detection and Screen, and sheets with protection, merged cells, PivotTables, array
// formulas, filters and totals rows. Each case either works or stops before anything is written, in
// plain words that name the sheet or cells.
import { ALL_OUTPUT_HEADERS } from '../../src/domain/types';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import type { DetectedTable, ScreenRequest } from '../../src/gateway/workbook-gateway';
import { createWorkbook, DoubleWorkbook, installExcelDouble, InstalledDouble, type DoubleOptions, type SheetSpec } from '../support/excel-double';
import { supplierRows, USER_HEADERS } from './fixtures';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());
const install = (wb: DoubleWorkbook, o?: DoubleOptions) => (installed = installExcelDouble(wb, o));
const gateway = () => createOfficeGateway({ today: () => '2026-11-28' });

function request(table: DetectedTable): ScreenRequest {
  return { table, overrides: {}, settings: { usImporter: false }, onProgress: () => undefined, signal: new AbortController().signal };
}

const OTHER_HEADERS = ['Vendor', 'Vendor Name', 'Street', 'Town', 'Nation', 'Goods'];

function suppliers(rows: number, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: 'Suppliers', cells: [[...USER_HEADERS], ...supplierRows(rows)], ...extra };
}

/** Everything a run could have changed, to compare before and after a refusal. */
function snapshot(wb: DoubleWorkbook) {
  return { sheets: wb.sheetNames(), cells: wb.sheets.map((s) => wb.values(`${s.name}!A1:Z40`)), settings: [...wb.settings.entries()] };
}

describe('the table the user saw is the table that gets screened', () => {
  test('the user moves to another sheet between detection and Screen: the table shown is screened, the other sheet is untouched', async () => {
    const other: SheetSpec = { name: 'Tier 2', cells: [OTHER_HEADERS, ...supplierRows(5)] };
    const wb = createWorkbook({ sheets: [suppliers(12), other], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    expect(table).toMatchObject({ sheetName: 'Suppliers', address: 'Suppliers!A1:F13' });
    wb.select('Tier 2!C3');
    const outcome = await g.screen(request(table));
    expect(outcome.state).toBe('complete');
    expect(outcome.message).toBe("rows 2–13 of 'Suppliers' screened; output columns are complete.");
    expect(wb.value('Suppliers!G1')).toBe('CtA Status');
    expect(wb.values('Tier 2!G1:G6').flat()).toEqual([null, null, null, null, null, null]);
  });

  test('rows the user added below the table after detection are screened with it', async () => {
    const wb = createWorkbook({ sheets: [suppliers(10)], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    ['S-X1', 'Late Supplier Co', '9 Road', 'Kashgar', 'China', 'cotton'].forEach((v, i) => wb.type(`Suppliers!${'ABCDEF'[i]}12`, v));
    const outcome = await g.screen(request(table));
    expect(outcome.rowsScreened).toBe(11);
    expect(wb.value('Suppliers!G12')).toBe('Disengage now');
  });

  test('a header the user changed after detection: Screen stops, names the cell, writes nothing', async () => {
    const wb = createWorkbook({ sheets: [suppliers(10)], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    wb.type('Suppliers!D1', 'Town');
    const before = snapshot(wb);
    await expect(g.screen(request(table))).rejects.toMatchObject({
      name: 'TableChanged',
      message: `The header of the table on 'Suppliers' changed since it was detected: D1 now reads "Town", not "City". Nothing was written. Select Detect again to check the columns, then Screen.`,
    });
    expect(snapshot(wb)).toEqual(before);
  });

  test('rows inserted above the table after detection: the header is no longer where it was; nothing is written', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells: [['Supplier list'], [], [...USER_HEADERS], ...supplierRows(6)] }], selection: 'Suppliers!B4' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    expect(table.headerRow).toBe(3);
    // The user typed a note into the header row's place (as if rows moved): the header row now differs.
    wb.type('Suppliers!A3', 'Notes for the audit');
    await expect(g.screen(request(table))).rejects.toMatchObject({ name: 'TableChanged', message: expect.stringMatching(/A3 now reads "Notes for the audit"/) });
    expect(wb.value('Suppliers!G3')).toBeNull();
  });

  test('the sheet was renamed after detection: a plain message, nothing written', async () => {
    const wb = createWorkbook({ sheets: [suppliers(4)], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    wb.sheet('Suppliers').name = 'Suppliers 2026';
    await expect(g.screen(request(table))).rejects.toMatchObject({ name: 'TableGone', message: expect.stringMatching(/'Suppliers' the table was found on is no longer in this workbook/) });
    expect(wb.value('Suppliers 2026!G1')).toBeNull();
  });

  test("watchSelection: another sheet or another block marks the table stale; coming back, or the output columns, do not", async () => {
    const wb = createWorkbook({ sheets: [suppliers(10), { name: 'Other', cells: [['x']] }], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    const heard: boolean[] = [];
    const stop = g.watchSelection!(table, (away) => heard.push(away));
    await new Promise((r) => setTimeout(r, 10)); // the handlers are registered by a sync of their own
    const settle = () => new Promise((r) => setTimeout(r, 5));
    wb.select('Other!A1');
    await settle();
    expect(heard).toEqual([true, true]); // activated, then the selection on it
    wb.select('Suppliers!C5');
    await settle();
    expect(heard.slice(2)).toEqual([false]);
    wb.select(`Suppliers!${String.fromCharCode(65 + 6 + ALL_OUTPUT_HEADERS.length - 2)}4`); // among the output columns
    await settle();
    expect(heard.slice(3)).toEqual([false]);
    wb.select('Suppliers!B40'); // far below the table
    await settle();
    expect(heard.slice(4)).toEqual([true]);
    stop();
    wb.select('Suppliers!B3');
    await settle();
    expect(heard).toHaveLength(5);
  });
});

describe('workbook structure: refused before anything is written, in plain words', () => {
  async function refusal(wb: DoubleWorkbook, options?: DoubleOptions): Promise<string> {
    install(wb, options);
    const g = gateway();
    const table = await g.detectTable();
    const before = snapshot(wb);
    let message = '';
    await g.screen(request(table)).then(
      () => undefined,
      (error: Error) => (message = error.message),
    );
    expect(snapshot(wb)).toEqual(before);
    expect(installed!.stats.records.filter((r) => r.outcome === 'rejected')).toEqual([]);
    return message;
  }

  test('a protected sheet', async () => {
    const message = await refusal(createWorkbook({ sheets: [suppliers(8, { protected: true })], selection: 'Suppliers!B2' }));
    expect(message).toBe("'Suppliers' is protected, so the results cannot be written beside the table. Unprotect it (Review › Unprotect Sheet), then screen again. Nothing was written.");
  });

  test('a protected workbook structure (the summary sheet cannot be added)', async () => {
    const message = await refusal(createWorkbook({ sheets: [suppliers(8)], selection: 'Suppliers!B2', structureProtected: true }));
    expect(message).toMatch(/^This workbook's structure is protected, so the CtA Summary sheet cannot be added\. Unprotect it \(Review › Protect Workbook\)/);
  });

  test('merged cells where the results go (checked where ExcelApi 1.13 is supported)', async () => {
    const wb = createWorkbook({ sheets: [suppliers(8, { merged: ['H4:I5'] })], selection: 'Suppliers!B2' });
    const message = await refusal(wb, { requirementSets: { ExcelApi: '1.13' } });
    expect(message).toBe("The merged cells H4:I5 on 'Suppliers' are where the results would be written. Unmerge them (Home › Merge & Center), then screen again. Nothing was written.");
  });

  test('merged cells that inserting the result columns would split', async () => {
    // The notes column has a header, so it is part of the table; the cells after it have none, so the
    // output is inserted there, where a merged block reaches below the table.
    const cells = [[...USER_HEADERS, 'My notes'], ...supplierRows(8).map((r, i) => [...r, `note ${i}`, 'kept'])];
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells, merged: ['I8:I12'] }], selection: 'Suppliers!B2' });
    const message = await refusal(wb, { requirementSets: { ExcelApi: '1.13' } });
    expect(message).toMatch(/^The merged cells I8:I12 on 'Suppliers' would be split by the result columns inserted beside the table\. Unmerge them/);
  });

  test('a PivotTable where the results go', async () => {
    const message = await refusal(createWorkbook({ sheets: [suppliers(8, { pivots: [{ name: 'Spend by city', address: 'J3:K7' }] })], selection: 'Suppliers!B2' }));
    expect(message).toMatch(/^The PivotTable 'Spend by city' on 'Suppliers' \(J3:K7\) is where the results would be written\. Move the PivotTable away/);
  });

  test('a filter hiding rows where result columns must be inserted', async () => {
    const cells = [[...USER_HEADERS], ...supplierRows(8)];
    cells.slice(1).forEach((r, i) => r.push('', `note ${i}`)); // cells right of the table: columns must be inserted
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells, filter: { address: 'A1:F9', column: 3, values: ['Urumqi'] } }], selection: 'Suppliers!B2' });
    const message = await refusal(wb);
    expect(message).toBe("'Suppliers' is filtered, and Excel cannot insert the result columns while a filter hides rows. Clear the filter (Data › Clear), then screen again. Nothing was written.");
  });
});

describe('workbook structure the API cannot see beforehand: Excel refuses at sync, the pane says why', () => {
  test('an array formula that inserting the result columns would split: InsertDeleteConflict', async () => {
    const cells = [[...USER_HEADERS], ...supplierRows(8)];
    cells.slice(1).forEach((r, i) => r.push('', `=SUM(1,${i})`));
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells, arrayFormulas: ['H6:H12'] }], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    await expect(g.screen(request(table))).rejects.toMatchObject({
      name: 'WriteIncomplete',
      message:
        'Excel did not accept the changes before any result was written. Excel could not insert the result columns: an array formula in the rows of the table would be split. Move it, or leave empty columns right of the table, then screen again.',
    });
    expect(installed!.stats.records.map((r) => r.errorCode).filter(Boolean)).toEqual(['InsertDeleteConflict']);
    expect(wb.sheetNames()).toEqual(['Suppliers']);
    expect(wb.value('Suppliers!G1')).toBeNull();
  });

  test('merged cells on a host without ExcelApi 1.13: MergedRangeConflict at sync, in plain words', async () => {
    const cells = [[...USER_HEADERS, 'My notes'], ...supplierRows(8).map((r, i) => [...r, `note ${i}`, 'kept'])];
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells, merged: ['I8:I12'] }], selection: 'Suppliers!B2' });
    install(wb, { requirementSets: { ExcelApi: '1.12' } });
    const g = gateway();
    const table = await g.detectTable();
    await expect(g.screen(request(table))).rejects.toMatchObject({
      message: 'Excel did not accept the changes before any result was written. Merged cells stand where the results go. Unmerge them (Home › Merge & Center), then screen again.',
    });
    expect(installed!.stats.records.map((r) => r.errorCode).filter(Boolean)).toEqual(['MergedRangeConflict']);
  });
});

describe('Excel tables as users make them', () => {
  test('a totals row is not a supplier: it is neither screened nor written over', async () => {
    const cells = [[...USER_HEADERS], ...supplierRows(6), ['Total', '', '', '', '', '6 suppliers']];
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells, tables: [{ name: 'T', address: 'A1:F8', showTotals: true }] }], selection: 'Suppliers!B2' });
    install(wb);
    const g = gateway();
    const table = await g.detectTable();
    expect(table).toMatchObject({ address: 'Suppliers!A1:F7', dataRowCount: 6 });
    const outcome = await g.screen(request(table));
    expect(outcome.rowsScreened).toBe(6);
    expect(wb.value('Suppliers!G7')).not.toBeNull();
    expect(wb.values('Suppliers!A8:P8')[0]).toEqual(['Total', null, null, null, null, '6 suppliers', ...Array(10).fill(null)]);
    expect(wb.tableList()[0].address).toBe(`Suppliers!A1:${String.fromCharCode(64 + 6 + ALL_OUTPUT_HEADERS.length)}8`);
  });

  test('a table with its header row turned off: detection says how to turn it on', async () => {
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells: supplierRows(6), tables: [{ name: 'Vendors', address: 'A1:F6', showHeaders: false }] }], selection: 'Suppliers!B2' });
    install(wb);
    await expect(gateway().detectTable()).rejects.toMatchObject({
      name: 'TableWithoutHeaders',
      message: "The Excel table 'Vendors' has its header row turned off. Turn it on (Table Design › Header Row), then select Detect again.",
    });
  });
});
