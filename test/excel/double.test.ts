// Proves the Excel double is strict where Office.js is: loads, syncs, payload limits, faults, coercion.
import { createWorkbook, installExcelDouble, InstalledDouble } from '../support/excel-double';

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

  test('values must match the range shape; a single value fills every cell; null entries are refused', async () => {
    d = setup();
    await Excel.run(async (ctx: Ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Suppliers');
      sheet.getRange('D1:D2').values = [['only one']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      (sheet.getRange('D1:E2') as unknown as { values: unknown }).values = 'all';
      await ctx.sync();
      sheet.getRange('F1:F2').values = [['a'], [null as unknown as string]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
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
