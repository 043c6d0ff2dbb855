// The checks made before writing, on their own: which merged cells and PivotTables Excel would refuse.
import { parseAreas } from '../../src/excel/inspect-targets';
import { sheetConflict, type Obstacle, type SheetStructure } from '../../src/excel/structure-check';
import { sheetWrite } from './fixtures';

const block = (top: number, left: number, bottom: number, right: number) => ({ sheetName: 'Suppliers', top, left, bottom, right });
const merged = (top: number, left: number, bottom: number, right: number): Obstacle => ({ kind: 'merged', block: block(top, left, bottom, right) });
const structure = (over: Partial<SheetStructure> = {}): SheetStructure => ({ protected: false, filtered: false, obstacles: [], table: null, ...over });

describe('an insertion (rows 1–11, from column G)', () => {
  const sheet = sheetWrite({ rows: 10, insert: { column: 7, count: 10 } });

  test('merged cells wholly inside the rows and right of the column move with them: no conflict', () => {
    expect(sheetConflict(sheet, structure({ obstacles: [merged(2, 20, 3, 21)] }))).toBeNull();
  });

  test('merged cells reaching below the rows, or cut by the column, would be split', () => {
    expect(sheetConflict(sheet, structure({ obstacles: [merged(10, 20, 14, 20)] }))).toMatch(/^The merged cells T10:T14 on 'Suppliers' would be split/);
    expect(sheetConflict(sheet, structure({ obstacles: [merged(2, 6, 2, 7)] }))).toMatch(/^The merged cells F2:G2 on 'Suppliers' would be split/);
  });

  test('merged cells left of the column or outside the rows are not in the way', () => {
    expect(sheetConflict(sheet, structure({ obstacles: [merged(2, 2, 3, 3), merged(20, 7, 21, 9)] }))).toBeNull();
  });

  test('a PivotTable the insertion column cuts', () => {
    const pivot: Obstacle = { kind: 'pivot', name: 'Spend', block: block(1, 5, 8, 9) };
    expect(sheetConflict(sheet, structure({ obstacles: [pivot] }))).toMatch(/^The PivotTable 'Spend' on 'Suppliers' \(E1:I8\) would be split by the result columns inserted beside the table\. Move the PivotTable away/);
  });

  test('a filter only matters when columns are inserted', () => {
    expect(sheetConflict(sheet, structure({ filtered: true }))).toMatch(/^'Suppliers' is filtered/);
    expect(sheetConflict(sheetWrite({ rows: 10 }), structure({ filtered: true }))).toBeNull();
  });
});

describe('an Excel table growing by its new columns (G onwards, table rows 1–12 with a totals row)', () => {
  const sheet = sheetWrite({ rows: 10, isTable: true });
  const table = { lastColumn: 6, bottom: 12 };

  test('merged cells where the table would grow, even in its totals row', () => {
    expect(sheetConflict(sheet, structure({ table, obstacles: [merged(12, 8, 12, 9)] }))).toMatch(/^The merged cells H12:I12 on 'Suppliers' are where the table's result columns would go\./);
  });

  test('merged cells far right of the new columns do not matter', () => {
    expect(sheetConflict(sheet, structure({ table, obstacles: [merged(2, 30, 3, 31)] }))).toBeNull();
  });
});

test('columns from an earlier run are written where they are: merged cells among their data rows are in the way', () => {
  const sheet = sheetWrite({ rows: 10, existing: true });
  expect(sheetConflict(sheet, structure({ obstacles: [merged(5, 7, 6, 7)] }))).toMatch(/^The merged cells G5:G6 on 'Suppliers' are where the results would be written\./);
  // Their header row is not written again.
  expect(sheetConflict(sheet, structure({ obstacles: [merged(1, 7, 1, 8)] }))).toBeNull();
});

test('RangeAreas addresses: several blocks, quoted sheet names with commas', () => {
  expect(parseAreas("'Tier 2, Asia'!A1:B2, 'Tier 2, Asia'!D4")).toEqual([
    { sheetName: 'Tier 2, Asia', top: 1, left: 1, bottom: 2, right: 2 },
    { sheetName: 'Tier 2, Asia', top: 4, left: 4, bottom: 4, right: 4 },
  ]);
});
