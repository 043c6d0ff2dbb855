import { SNIFF_ROWS, detectTable, roleFromHeader } from '../../src/domain/columns';
import type { CellValue } from '../../src/domain/types';

describe('header roles', () => {
  it.each([
    ['Vendor', 'supplierName'],
    ['Ctry', 'country'],
    ['供应商名称', 'supplierName'],
    ['Raw Material & Origin', 'inputOrigin'],
    ['State labour programme?', 'labourTransfer'],
    ['Operations in Uyghur Region (Y/N)', 'regionOperations'],
    ['Parent Company', 'parent'],
    ['统一社会信用代码', 'registrationCode'],
    ['Supplier ID', 'supplierId'],
    ['Province / State', 'province'],
    ['CBP Status', 'cbpStatus'],
    ['Zip', 'postalCode'],
    ['Tel.', 'phone'],
    ['Subsidiaries / other sites', 'otherSites'],
    ['备注', 'notes'],
    ['Comments', 'notes'],
    ['Other information', 'notes'],
    ['Latitude', 'latitude'],
    ['lat', 'latitude'],
    ['纬度', 'latitude'],
    ['Longitude', 'longitude'],
    ['lng', 'longitude'],
    ['Lon', 'longitude'],
    ['经度', 'longitude'],
    ['GPS coordinates', 'coordinates'],
    ['Lat/Long', 'coordinates'],
    ['Geolocation', 'coordinates'],
    ['经纬度', 'coordinates'],
    ['坐标', 'coordinates'],
    ['Annual Spend (USD)', null],
  ])('%s → %s', (header, role) => {
    expect(roleFromHeader(header)).toBe(role);
  });
});

describe('table detection', () => {
  const rows: CellValue[][] = [
    ['FY2026 supplier master', null, null, null],
    [null, null, null, null],
    [null, 'Vendor', 'Ctry', 'Col3'],
    [null, 'A Co', 'China', '830011'],
    [null, 'B Co', 'China', '200031'],
    [null, 'C Co', 'Vietnam', '700000'],
    [null, null, null, null],
    [null, null, null, null],
    [null, 'Totals', null, null],
  ];
  const layout = detectTable({ sheetName: 'S', top: 1, left: 1, rows })!;

  it('finds the header below title and blank rows and stops at the blank gap', () => {
    expect(layout).toMatchObject({ headerRow: 3, firstDataRow: 4, lastDataRow: 6, firstColumn: 2, lastColumn: 4 });
  });

  it('sniffs a column whose header says little from its cells, with a confidence and a reason', () => {
    const col = layout.columns.find((c) => c.header === 'Col3')!;
    expect(col.role).toBe('postalCode');
    expect(col.confidence).toBeGreaterThan(0);
    expect(col.reason).toMatch(/look like postalCode/);
  });

  it('sniffs the first data rows only: the roles the pane shows from its first 1,000 rows are the roles of the whole table', () => {
    // An unlabelled column of countries for the first 600 rows, then free notes: 20% countries in all.
    const long: CellValue[][] = [['Vendor', 'City', 'Col2']];
    for (let i = 0; i < 3000; i++) long.push([`Acme ${i} Ltd`, 'Shanghai', i < 600 ? 'China' : `note ${i}`]);
    const whole = detectTable({ sheetName: 'S', top: 1, left: 1, rows: long })!;
    const firstLook = detectTable({ sheetName: 'S', top: 1, left: 1, rows: long.slice(0, 1000) })!;
    expect(firstLook.columns.find((c) => c.header === 'Col2')!.role).toBe('country');
    expect(whole.columns).toEqual(firstLook.columns);
    expect(whole.lastDataRow).toBe(3001);
    expect(SNIFF_ROWS).toBeLessThan(1000 - 50); // room for title rows above the header in the pane's first look
  });

  it('lets the user override a role by header text', () => {
    const overridden = detectTable({ sheetName: 'S', top: 1, left: 1, rows }, { Col3: null, Ctry: 'province' })!;
    expect(overridden.columns.find((c) => c.header === 'Col3')!.role).toBeNull();
    expect(overridden.columns.find((c) => c.header === 'Ctry')).toMatchObject({ role: 'province', reason: 'set by the user' });
  });

  it('returns null for a sheet without a supplier table', () => {
    expect(detectTable({ sheetName: 'S', top: 1, left: 1, rows: [[1, 2], [3, 4]] })).toBeNull();
    expect(detectTable({ sheetName: 'S', top: 1, left: 1, rows: [] })).toBeNull();
  });

  it('recognises its own output columns from an earlier run and keeps them out of the roles', () => {
    const again = detectTable({ sheetName: 'S', top: 1, left: 1, rows: [['Supplier', 'City', 'CtA Status', 'Reviewer Decision'], ['A', 'Korla', 'Disengage now', 'Confirmed']] })!;
    expect(again.lastColumn).toBe(2);
    expect(again.existingOutput).toEqual({ 'CtA Status': 3, 'Reviewer Decision': 4 });
  });
});

describe('coordinate columns', () => {
  it('maps the published facility lists\' lat/lng columns and a "lat, lon" column found by its cells', () => {
    const rows: CellValue[][] = [
      ['country', 'name', 'address', 'sector', 'lat', 'lng', 'Pin'],
      ['CHINA', 'A Co', 'Urumqi', 'Apparel', 43.8256, 87.6168, '43.8256, 87.6168'],
      ['CHINA', 'B Co', 'Yangzhou', 'Apparel', 32.374594, 119.411436, '32.374594, 119.411436'],
    ];
    const layout = detectTable({ sheetName: 'S', top: 1, left: 1, rows })!;
    const role = (h: string) => layout.columns.find((c) => c.header === h)?.role;
    expect([role('lat'), role('lng'), role('Pin')]).toEqual(['latitude', 'longitude', 'coordinates']);
  });
});
