// Coordinates and free text end to end through the command line: a small .xlsx written with ExcelJS,
// numbers as Excel stores them, screened by screenFile, read back from the written workbook.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { screenAndCollect } from '../support/screen-collect';

describe('command line: latitude/longitude columns, a coordinates cell and a comments column', () => {
  it('places points, notes bad values and reads free text, as the domain does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-coords-'));
    const input = join(dir, 'sites.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sites');
    ws.addRow(['Facility name', 'Country', 'City', '纬度', '经度', 'Comments']);
    ws.addRow(['Brightfield Spinning', 'China', null, 43.8256, 87.6168, null]); // Ürümqi
    ws.addRow(['Brightfield Weaving', 'China', 'Xinxing', 22.7, 112.23, null]); // Xinxing, Guangdong
    ws.addRow(['Brightfield Dyeing', 'China', null, 87.6168, 43.8256, null]); // swapped
    ws.addRow(['Brightfield Sewing', 'China', null, null, null, 'Second plant in Kashgar']);
    await wb.xlsx.writeFile(input);

    const output = join(dir, 'out.xlsx');
    const { result } = await screenAndCollect({ input, output, settings: { usImporter: false }, today: '2026-12-08' });
    const roles = result.layouts[0].columns.map((c) => c.role);
    expect(roles).toEqual(['supplierName', 'country', 'city', 'latitude', 'longitude', 'notes']);
    const rows = result.results[0];
    expect(rows.map((r) => r.status)).toEqual(['Disengage now', 'No link found', 'No link found', 'Review']);
    expect(rows[0].findings[0]).toMatchObject({ matcher: 'coordinates', cell: 'D2', confidence: 'high' });
    expect(rows[2].notes?.[0]).toMatch(/swapped/);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const sheet = back.getWorksheet('Sites')!;
    let evidence = 0;
    sheet.getRow(1).eachCell((c, col) => {
      if (c.value === 'CtA Evidence') evidence = col;
    });
    expect(String(sheet.getCell(2, evidence).value)).toMatch(/纬度 \(D2\): "43\.8256, 87\.6168" coordinates 43\.8256, 87\.6168 lie inside the Uyghur Region/);
    expect(String(sheet.getCell(4, evidence).value)).toMatch(/Note: .*swapped/);
    expect(String(sheet.getCell(5, evidence).value)).toMatch(/Comments \(F5\): "Kashgar"/);
  });
});
