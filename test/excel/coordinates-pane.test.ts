// The pane's path for coordinates and free text (issue #15): the Office gateway on the Excel double
// detects latitude/longitude and comments columns (the roles the pane's drop-downs list, with their
// labels) and screens them as the command line does.
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { ROLE_OPTIONS, roleLabel } from '../../src/taskpane/role-labels';
import { createWorkbook, installExcelDouble, type InstalledDouble } from '../support/excel-double';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

describe('coordinates and free text in the pane', () => {
  it('offers the new roles by name, detects them and writes their evidence', async () => {
    expect(ROLE_OPTIONS).toEqual(expect.arrayContaining(['latitude', 'longitude', 'coordinates']));
    expect(roleLabel('latitude')).toMatch(/Latitude/);

    const wb = createWorkbook({
      sheets: [
        {
          name: 'Sites',
          cells: [
            ['Facility name', 'Country', 'Latitude', 'Longitude', 'Comments'],
            ['Brightfield Spinning', 'China', 43.8256, 87.6168, null],
            ['Brightfield Dyeing', 'China', 200, 87.6, null],
            ['Brightfield Sewing', 'China', null, null, 'Second plant in Kashgar'],
          ],
        },
      ],
      selection: 'Sites!A2',
    });
    installed = installExcelDouble(wb);
    const g = createOfficeGateway({ today: () => '2026-12-08' });
    const table = await g.detectTable();
    expect(table.columns.map((c) => c.role)).toEqual(['supplierName', 'country', 'latitude', 'longitude', 'notes']);

    await g.screen({ table, overrides: {}, settings: { usImporter: false }, onProgress: () => undefined, signal: new AbortController().signal });
    const header = wb.values('Sites!A1:Z1')[0];
    const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const [status, evidence] = [col('CtA Status'), col('CtA Evidence')];
    expect(wb.values(`Sites!${status}2:${status}4`).map((r) => r[0])).toEqual(['Disengage now', 'No link found', 'Review']);
    expect(String(wb.values(`Sites!${evidence}2`)[0][0])).toMatch(/lie inside the Uyghur Region/);
    expect(String(wb.values(`Sites!${evidence}3`)[0][0])).toMatch(/Note: .*out of range/);
  });
});
