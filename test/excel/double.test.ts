// Proves the Excel double is strict where Office.js is: loads, syncs, payload limits, faults, coercion.
import { createWorkbook, installExcelDouble, InstalledDouble, type SheetSpec } from '../support/excel-double';

type Ctx = Excel.RequestContext;

function setup(cells: (string | number | null)[][] = [['Name', 'City'], ['Acme', 'Urumqi']], options = {}) {
  const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells }, { name: 'Other' }] });
  return installExcelDouble(wb, options);
}

describe('Excel double', () => {
  let d: InstalledDouble;
  afterEach(() => d?.uninstall());

  test('reading a property that was not loaded throws PropertyNotLoaded; after load + sync it is available', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem('Suppliers').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values, address');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([['Name', 'City'], ['Acme', 'Urumqi']]);
      expect(r.address).toBe('Suppliers!A1:B2');
      expect(() => r.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('queued writes take effect only at sync, and every sync is counted', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Suppliers').getRange('C1').values = [['Status']];
      expect(d.workbook.value('Suppliers!C1')).toBeNull();
      await ctx.sync();
      expect(d.workbook.value('Suppliers!C1')).toBe('Status');
      await ctx.sync();
    });
    expect(d.stats.syncs).toBe(2);
  });

  test('syncDelayMs: a sync waits on a timer (the event loop runs meanwhile) before it applies', async () => {
    d = setup(undefined, { syncDelayMs: 20 });
    let timerRan = false;
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Suppliers').getRange('C1').values = [['Status']];
      setTimeout(() => (timerRan = true), 0);
      const started = Date.now();
      const pending = ctx.sync();
      expect(d.workbook.value('Suppliers!C1')).toBeNull();
      await pending;
      expect(Date.now() - started).toBeGreaterThanOrEqual(15);
      expect(timerRan).toBe(true);
      expect(d.workbook.value('Suppliers!C1')).toBe('Status');
    });
    const [record] = d.stats.records;
    expect(record.startedAt).toBeGreaterThan(0);
    expect(record.applyMs).toBeGreaterThanOrEqual(0);
    expect(record.applyMs).toBeLessThan(1000);
  });

  test('Excel.run syncs what is still queued when the batch ends', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Suppliers').getRange('C1').values = [['x']];
    });
    expect(d.workbook.value('Suppliers!C1')).toBe('x');
    expect(d.stats.syncs).toBe(1);
  });

  test('objects cannot be used after their Excel.run has finished', async () => {
    d = setup();
    const leaked = await Excel.run(async (ctx: Ctx) => ctx.workbook.worksheets.getItem('Suppliers'));
    expect(() => leaked.getRange('A1')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  test('unknown API members throw "not supported by the double"', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem('Suppliers').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => r.hyperlink).toThrow(/not supported by the double/);
      expect(() => {
        r.style = 'Good';
      }).toThrow(/not supported by the double/);
    });
  });

  test('a request over the payload limit is rejected with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    d = setup(undefined, { requestLimitBytes: 10_000 });
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      sheet.getRange('D1').values = [['small']];
      sheet.getRange('E1:E1000').values = Array.from({ length: 1000 }, (_, i) => [`row ${i} with some text`]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(d.workbook.value('Suppliers!D1')).toBeNull();
    expect(d.workbook.value('Suppliers!E1')).toBeNull();
    expect(d.stats.records[0]).toMatchObject({ outcome: 'rejected', errorCode: 'RequestPayloadSizeLimitExceeded' });
    expect(d.stats.maxRequestBytes).toBeGreaterThan(10_000);
  });

  test('a response over the limit is rejected with ResponsePayloadSizeLimitExceeded', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`supplier ${i} ${'x'.repeat(40)}`]);
    d = setup(rows, { responseLimitBytes: 20_000 });
    await Excel.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem('Suppliers').getRange('A1:A2000').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('fault injector: the n-th sync fails and applies nothing; payload error on demand', async () => {
    d = setup();
    d.faults.failNthSync(2);
    d.faults.payloadErrorOnNthSync(3);
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      sheet.getRange('D1').values = [['one']];
      await ctx.sync();
      sheet.getRange('D2').values = [['two']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      sheet.getRange('D3').values = [['three']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      sheet.getRange('D4').values = [['four']];
      await ctx.sync();
    });
    expect(d.workbook.values('Suppliers!D1:D4')).toEqual([['one'], [null], [null], ['four']]);
    expect(d.stats.syncs).toBe(4);
  });

  test("a string starting with '=' becomes a formula unless the cell is formatted '@'", async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      sheet.getRange('D1').values = [['=HYPERLINK("http://x","y")']];
      const safe = sheet.getRange('D2');
      safe.numberFormat = [['@']];
      safe.values = [['=HYPERLINK("http://x","y")']];
      sheet.getRange('D3').values = [['00123']];
      sheet.getRange('D4').values = [['2026-11-28']];
      await ctx.sync();
    });
    expect(d.workbook.formula('Suppliers!D1')).toBe('=HYPERLINK("http://x","y")');
    expect(d.workbook.formula('Suppliers!D2')).toBeNull();
    expect(d.workbook.value('Suppliers!D2')).toBe('=HYPERLINK("http://x","y")');
    expect(d.workbook.value('Suppliers!D3')).toBe(123);
    expect(typeof d.workbook.value('Suppliers!D4')).toBe('number');
  });

  test('values must match the range shape; null entries are refused; strict mode refuses a single value for a whole range', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      sheet.getRange('D1:D2').values = [['only one']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      (sheet.getRange('D1:E2') as unknown as { values: unknown }).values = 'all';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringMatching(/not an allowed write shape/) });
      (sheet.getRange('D1:E2') as unknown as { numberFormat: unknown }).numberFormat = '@';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      (sheet.getRange('D1:E2') as unknown as { formulas: unknown }).formulas = '=1';
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      sheet.getRange('F1:F2').values = [['a'], [null as unknown as string]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      // The 1×1 number format users report Excel applies to every cell, and full 2-D arrays.
      sheet.getRange('D1:E2').numberFormat = [['@']];
      sheet.getRange('D1:E2').values = [['a', 'b'], ['c', 'd']];
      await ctx.sync();
    });
    expect(d.workbook.values('Suppliers!D1:E2')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(d.workbook.numberFormat('Suppliers!E2')).toBe('@');
  });

  test('outside strict mode a single value fills every cell, as the reference pages describe', async () => {
    d = setup(undefined, { strictWriteShapes: false });
    await Excel.run(async (ctx: Ctx) => {
      (ctx.workbook.worksheets.getItem('Suppliers').getRange('D1:E2') as unknown as { values: unknown }).values = 'all';
      await ctx.sync();
    });
    expect(d.workbook.values('Suppliers!D1:E2')).toEqual([['all', 'all'], ['all', 'all']]);
  });

  test('getItemOrNullObject reports isNullObject only after sync', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('Other');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('worksheets: add, duplicate names, veryHidden, delete, position, active sheet', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const s = ctx.workbook.worksheets.add('CtA Provenance');
      s.visibility = 'VeryHidden';
      await ctx.sync();
      ctx.workbook.worksheets.add('other');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/position');
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(sheets.items.map((x) => [x.name, x.visibility, x.position])).toEqual([
        ['Suppliers', 'Visible', 0],
        ['Other', 'Visible', 1],
        ['CtA Provenance', 'VeryHidden', 2],
      ]);
      expect(active.name).toBe('Suppliers');
      ctx.workbook.worksheets.getItem('Other').delete();
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Suppliers').delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(d.workbook.sheetNames()).toEqual(['Suppliers', 'CtA Provenance']);
    expect(d.workbook.visibility('CtA Provenance')).toBe('VeryHidden');
  });

  test('Range.insert(Right) really shifts cells right, and refuses to split a table', async () => {
    const wb = createWorkbook({
      sheets: [
        {
          name: 'S',
          cells: [
            ['Name', 'City', '', 'User note'],
            ['Acme', 'Kashgar', '', 'keep me'],
          ],
        },
      ],
    });
    d = installExcelDouble(wb);
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('C1:D2').insert('Right');
      await ctx.sync();
    });
    expect(wb.value('S!F2')).toBe('keep me');
    expect(wb.value('S!D2')).toBeNull();
    wb.addTable(wb.sheet('S'), { top: 0, left: 5, bottom: 1, right: 5 }, 'T');
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('C2:D2').insert('Right');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  test('tables: the table holding the selection, column add, header/body ranges', async () => {
    const wb = createWorkbook({
      sheets: [{ name: 'S', cells: [['Name', 'City', 'Mine'], ['Acme', 'Hotan', 'x'], ['Beta', 'Aksu', 'y']], tables: [{ name: 'Suppliers', address: 'A1:B3' }] }],
      selection: 'S!B2',
    });
    d = installExcelDouble(wb);
    await Excel.run(async (ctx: Ctx) => {
      const tables = ctx.workbook.getSelectedRange().getTables(false).load('items/name');
      await ctx.sync();
      expect(tables.items.map((t) => t.name)).toEqual(['Suppliers']);
      const t = tables.items[0];
      t.columns.add(undefined, undefined, 'CtA Status');
      const body = t.getDataBodyRange().load('address');
      const header = t.getHeaderRowRange().load('values');
      await ctx.sync();
      expect(body.address).toBe('S!A2:C3');
      expect(header.values).toEqual([['Name', 'City', 'CtA Status']]);
    });
    expect(wb.value('S!D2')).toBe('x');
  });

  test('conditional formats, data validation, AutoFilter, charts and settings are recorded', async () => {
    d = setup([['Name', 'Status'], ['A', 'Review'], ['B', 'No link found']]);
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      const cf = sheet.getRange('B2:B3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$B2="Review"';
      cf.custom.format.fill.color = '#FFF2CC';
      const text = sheet.getRange('B2:B3').conditionalFormats.add('ContainsText');
      text.textComparison.rule = { operator: 'Contains', text: 'Review' };
      const dv = sheet.getRange('C2:C3').dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: 'Confirmed,False positive' } };
      sheet.autoFilter.apply(sheet.getRange('A1:B3'), 1, { filterOn: 'Values', values: ['Review'] });
      const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:B3'), 'Columns');
      chart.title.text = 'Counts';
      ctx.workbook.settings.add('k', '{"a":1}');
      await ctx.sync();
      const setting = ctx.workbook.settings.getItemOrNullObject('k').load('value');
      await ctx.sync();
      expect(setting.value).toBe('{"a":1}');
    });
    expect(d.workbook.conditionalFormats('Suppliers').map((c) => c.rule)).toEqual([{ operator: 'Contains', text: 'Review' }, { formula: '=$B2="Review"' }]);
    expect(d.workbook.validations('Suppliers')).toEqual([
      { range: 'C2:C3', rule: { list: { inCellDropDown: true, source: 'Confirmed,False positive' } }, ignoreBlanks: true },
    ]);
    expect(d.workbook.autoFilter('Suppliers')?.range).toBe('A1:B3');
    expect(d.workbook.hiddenRows('Suppliers')).toEqual([3]);
    expect(d.workbook.charts('Suppliers')[0]).toMatchObject({ type: 'BarClustered', title: 'Counts', source: 'Suppliers!A1:B3' });
  });

  test('requirement sets: isSetSupported follows the configuration and newer APIs are refused', async () => {
    d = setup(undefined, { requirementSets: { ExcelApi: '1.8' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await Excel.run(async (ctx: Ctx) => {
      expect(() => ctx.application.suspendScreenUpdatingUntilNextSync()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test('cell edit mode: a run without delayForCellEdit fails, with it the batch goes through', async () => {
    d = setup();
    d.workbook.cellEditMode = true;
    await expect(
      Excel.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem('Suppliers').getRange('D1').values = [['x']];
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await Excel.run({ delayForCellEdit: true }, async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Suppliers').getRange('D1').values = [['x']];
    });
    expect(d.workbook.value('Suppliers!D1')).toBe('x');
    expect(d.stats.runOptions).toEqual([{}, { delayForCellEdit: true }]);
  });

  test('current region and used range', async () => {
    d = setup([['Title'], [], ['Name', 'City'], ['A', 'B'], ['C', 'D'], [], ['', '', '', 'far']]);
    d.workbook.select('Suppliers!B4');
    await Excel.run(async (ctx: Ctx) => {
      const region = ctx.workbook.getSelectedRange().getSurroundingRegion().load('address');
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load('address');
      await ctx.sync();
      expect(region.address).toBe('Suppliers!A3:B5');
      expect(used.address).toBe('Suppliers!A1:D7');
    });
  });
});

// What real workbooks are built of, and the error code Excel raises for each, at sync as Excel does.
describe('Excel double: workbook structure', () => {
  let d: InstalledDouble;
  afterEach(() => d?.uninstall());

  const base = (): SheetSpec => ({
    name: 'S',
    cells: [
      ['Name', 'City', 'Note'],
      ['Acme', 'Hotan', 'x'],
      ['Beta', 'Aksu', 'y'],
      ['Gamma', 'Hanoi', 'z'],
    ],
  });

  /** Queues `queue` (which must not throw), then expects the sync to reject with `code` and leave S!D1:D4 empty. */
  async function rejectsAtSync(queue: (sheet: Excel.Worksheet, ctx: Ctx) => void, code: string): Promise<void> {
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      expect(() => queue(sheet, ctx)).not.toThrow();
      await expect(ctx.sync()).rejects.toMatchObject({ code });
    });
  }

  test('a protected sheet: writes, formats, inserts and filters fail with AccessDenied at sync; reading works', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), protected: true }] }));
    await rejectsAtSync((s) => (s.getRange('D1').values = [['CtA Status']]), 'AccessDenied');
    await rejectsAtSync((s) => (s.getRange('D1').numberFormat = [['@']]), 'AccessDenied');
    await rejectsAtSync((s) => s.getRange('C1:C4').insert('Right'), 'AccessDenied');
    await rejectsAtSync((s) => s.autoFilter.apply(s.getRange('A1:C4')), 'AccessDenied');
    await rejectsAtSync((s) => s.getRange('D2:D4').conditionalFormats.add('Custom'), 'AccessDenied');
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      const protection = sheet.protection.load('protected');
      const values = sheet.getRange('A1:C2').load('values');
      await ctx.sync();
      expect(protection.protected).toBe(true);
      expect(values.values[1]).toEqual(['Acme', 'Hotan', 'x']);
    });
    expect(d.workbook.value('S!D1')).toBeNull();
  });

  test('a protected workbook structure: adding or deleting sheets fails with AccessDenied at sync', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [base(), { name: 'Other' }], structureProtected: true }));
    await rejectsAtSync((_s, ctx) => ctx.workbook.worksheets.add('CtA Summary'), 'AccessDenied');
    await rejectsAtSync((_s, ctx) => ctx.workbook.worksheets.getItem('Other').delete(), 'AccessDenied');
    await Excel.run(async (ctx: Ctx) => {
      const protection = ctx.workbook.protection.load('protected');
      ctx.workbook.worksheets.getItem('S').getRange('D1').values = [['cells are still writable']];
      await ctx.sync();
      expect(protection.protected).toBe(true);
    });
    expect(d.workbook.sheetNames()).toEqual(['S', 'Other']);
  });

  test('merged cells: a write over part of them, an insert that splits them, a table growing over them fail with MergedRangeConflict', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), merged: ['D1:E1', 'F2:F3'] }] }));
    await rejectsAtSync((s) => (s.getRange('D1').values = [['CtA Status']]), 'MergedRangeConflict');
    await rejectsAtSync((s) => (s.getRange('D1:D4').values = [['a'], ['b'], ['c'], ['d']]), 'MergedRangeConflict');
    // Rows 3–4 shift right, F2:F3 has one row in and one out.
    await rejectsAtSync((s) => s.getRange('D3:D4').insert('Right'), 'MergedRangeConflict');
    // The insertion column cuts D1:E1 in two.
    await rejectsAtSync((s) => s.getRange('E1:E4').insert('Right'), 'MergedRangeConflict');
    await Excel.run(async (ctx: Ctx) => {
      // Whole merged areas move with an insertion over all their rows; a write over the whole area is allowed.
      ctx.workbook.worksheets.getItem('S').getRange('D1:D4').insert('Right');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('E1:F1').values = [['whole', '']];
      await ctx.sync();
    });
    expect(d.workbook.sheet('S').merged.map((m) => [m.left, m.right])).toEqual([
      [4, 5],
      [6, 6],
    ]);
    const table = installExcelDouble(createWorkbook({ sheets: [{ ...base(), tables: [{ name: 'T', address: 'A1:C4' }], merged: ['D2:D3'] }] }));
    d.uninstall();
    d = table;
    await rejectsAtSync((_s, ctx) => ctx.workbook.tables.getItem('T').columns.add(null as unknown as number, undefined, 'CtA Status'), 'MergedRangeConflict');
  });

  test('getMergedAreasOrNullObject (ExcelApi 1.13) reports only areas whose top-left cell is in the range, as Excel does', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), merged: ['B1:D1', 'E3:F4'] }] }), { requirementSets: { ExcelApi: '1.13' } });
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      const all = sheet.getRange('A1:F4').getMergedAreasOrNullObject().load('address,areaCount');
      const partial = sheet.getRange('C1:F4').getMergedAreasOrNullObject().load('address');
      const none = sheet.getRange('A2:A4').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(all.address).toBe('S!B1:D1, S!E3:F4');
      expect(all.areaCount).toBe(2);
      expect(partial.address).toBe('S!E3:F4');
      expect(none.isNullObject).toBe(true);
    });
    d.setRequirementSets({ ExcelApi: '1.12' });
    await Excel.run(async (ctx: Ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  test('a PivotTable: a write into it, or an insert that moves part of it, fails with PivotTableRangeConflict', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), pivots: [{ name: 'Spend', address: 'E3:F8' }] }] }));
    await rejectsAtSync((s) => (s.getRange('E3:E4').values = [['a'], ['b']]), 'PivotTableRangeConflict');
    await rejectsAtSync((s) => s.getRange('D1:D4').insert('Right'), 'PivotTableRangeConflict');
    await Excel.run(async (ctx: Ctx) => {
      const pivots = ctx.workbook.worksheets.getItem('S').pivotTables.load('items/name');
      await ctx.sync();
      const range = pivots.items[0].layout.getRange().load('address');
      await ctx.sync();
      expect([pivots.items[0].name, range.address]).toEqual(['Spend', 'S!E3:F8']);
    });
  });

  test('an array formula: an insert that would change part of it fails with InsertDeleteConflict', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), arrayFormulas: ['E2:E6'] }] }));
    await rejectsAtSync((s) => s.getRange('D1:D4').insert('Right'), 'InsertDeleteConflict');
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('D1:D8').insert('Right');
      await ctx.sync();
    });
    expect(d.workbook.sheet('S').arrayFormulas).toEqual([{ top: 1, left: 5, bottom: 5, right: 5 }]);
  });

  test('a filtered range: an insert over rows the filter hides fails with FilteredRangeConflict', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [{ ...base(), filter: { address: 'A1:C4', column: 1, values: ['Hotan'] } }] }));
    expect(d.workbook.hiddenRows('S')).toEqual([3, 4]);
    await rejectsAtSync((s) => s.getRange('D1:D4').insert('Right'), 'FilteredRangeConflict');
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('S').autoFilter.clearCriteria();
      ctx.workbook.worksheets.getItem('S').getRange('D1:D4').insert('Right');
      await ctx.sync();
    });
  });

  test('a table with a totals row: the data body stops above it; showTotals and showHeaders load', async () => {
    const cells = [['Name', 'Spend'], ['Acme', 10], ['Beta', 20], ['Total', 30]];
    d = installExcelDouble(createWorkbook({ sheets: [{ name: 'S', cells, tables: [{ name: 'T', address: 'A1:B4', showTotals: true }] }] }));
    await Excel.run(async (ctx: Ctx) => {
      const tables = ctx.workbook.worksheets.getItem('S').tables.load('items/name,items/showTotals,items/showHeaders');
      await ctx.sync();
      const body = tables.items[0].getDataBodyRange().load('address');
      const totals = tables.items[0].getTotalRowRange().load('values');
      await ctx.sync();
      expect([tables.items[0].showTotals, tables.items[0].showHeaders]).toEqual([true, true]);
      expect(body.address).toBe('S!A2:B3');
      expect(totals.values).toEqual([['Total', 30]]);
    });
  });

  test('settings: more than the host holds in all fails with InvalidArgument at sync and keeps what was there', async () => {
    d = setup([['Name']], { settingsLimitBytes: 1_000 });
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.settings.add('small', 'x'.repeat(500));
      await ctx.sync();
      ctx.workbook.settings.add('big', 'x'.repeat(600));
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect([...d.workbook.settings.keys()]).toEqual(['small']);
  });

  test('Excel on the web may answer an oversize request with GeneralException; nothing is applied', async () => {
    d = setup([['Name']], { requestLimitBytes: 5_000, oversizeRequestAnswer: 'GeneralException' });
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem('Suppliers').getRange('B1:B500').values = Array.from({ length: 500 }, (_, i) => [`value ${i}`]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    expect(d.workbook.value('Suppliers!B1')).toBeNull();
  });

  test('a user who navigates: handlers registered at sync hear of selection changes and sheet activations', async () => {
    d = installExcelDouble(createWorkbook({ sheets: [base(), { name: 'Other' }], selection: 'S!A2' }));
    const heard: unknown[] = [];
    await Excel.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.onSelectionChanged.add(async (e) => void heard.push(e));
      ctx.workbook.worksheets.onActivated.add(async (e) => void heard.push(e));
      d.workbook.select('S!B3');
      await new Promise((r) => setTimeout(r, 5));
      expect(heard).toEqual([]); // not registered before the sync
      await ctx.sync();
    });
    const ids = Object.fromEntries(d.workbook.sheets.map((s) => [s.name, s.id]));
    d.workbook.select('S!C2:C3');
    d.workbook.activate('Other');
    expect(heard).toEqual([]); // events arrive after the current task
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([
      { type: 'WorksheetSelectionChanged', worksheetId: ids.S, address: 'C2:C3' },
      { type: 'WorksheetActivated', worksheetId: ids.Other },
      { type: 'WorksheetSelectionChanged', worksheetId: ids.Other, address: 'A1' },
    ]);
  });
});
