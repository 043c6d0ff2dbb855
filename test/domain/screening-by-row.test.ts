import { prepareScreening, screenWorkbook, type ScreenWorkbookInput } from '../../src/domain/engine';
import { columnValues } from '../../src/domain/write-plan';
import type { CellValue } from '../../src/domain/types';

const HEADER = ['Supplier Name', 'Country', 'City', 'Street Address', 'Product', 'Reviewer Decision'];
const ROWS: CellValue[][] = [
  ['Hetian Taida Apparel', 'China', 'Hotan', '', 'garments', ''],
  ['Acme Buttons', 'Italy', 'Milan', 'Via Roma 1', 'buttons', ''],
  [null, null, null, null, null, null],
  ['Shanghai Textiles', 'China', 'Shanghai', '88 Urumqi Road', 'cotton yarn', 'False positive'],
  ['Polysilicon Co', 'China', 'Shihezi', '', 'polysilicon', ''],
];

function input(): ScreenWorkbookInput {
  const grid = { sheetName: 'S', top: 1, left: 1, rows: [HEADER, ...ROWS] };
  return { targets: [{ grid }], sheetNames: ['S'], provenance: null, settings: { usImporter: true }, today: '2026-11-28' };
}

describe('screening row by row', () => {
  it('gives the same plan as screening the whole workbook at once', async () => {
    const whole = await screenWorkbook(input());
    const screening = await prepareScreening(input());
    const sheet = screening.sheets[0];
    const layout = screening.layouts[0];
    const rows: (string | null)[][] = [];
    for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(columnValues(sheet, screening.screenRow(0, r)?.rendered ?? null));
    const { summary, provenance } = screening.finish();
    const expected = whole.plan.sheets[0];
    for (let c = 0; c < sheet.columns.length; c++) expect(rows.map((v) => v[c])).toEqual(expected.columns[c].values);
    expect({ ...sheet, columns: sheet.columns.map(({ values: _v, ...rest }) => rest) }).toEqual({ ...expected, columns: expected.columns.map(({ values: _v, ...rest }) => rest) });
    expect(summary).toEqual(whole.plan.summary);
    expect(provenance).toEqual(whole.plan.provenance);
  });

  it('leaves reviewer columns and blank rows alone, and counts only screened rows in the summary', async () => {
    const screening = await prepareScreening(input());
    const sheet = screening.sheets[0];
    const blank = screening.screenRow(0, 4);
    expect(blank).toBeNull();
    expect(columnValues(sheet, blank?.rendered ?? null).every((v) => v === null)).toBe(true);
    const first = screening.screenRow(0, 2);
    const values = columnValues(sheet, first?.rendered ?? null);
    const decision = sheet.columns.findIndex((c) => c.header === 'Reviewer Decision');
    expect(values[decision]).toBeNull();
    expect(values[sheet.columns.findIndex((c) => c.header === 'CtA Status')]).toBe(first?.result.status);
    const { summary } = screening.finish();
    expect(summary.rows[2][0]).toMatch(/^1 supplier rows/);
  });
});
