import type { RowCell } from '../../../src/domain/cells';
import { originStated } from '../../../src/domain/matchers/sectors';
import { cell } from './row-cell';

const view = (...cells: RowCell[]) => ({ sheetName: 'S', row: 2, cells });

describe('input origin: stated or missing', () => {
  it.each(['US cotton', 'Australia', '原料产地：澳大利亚', 'Cotton from Brazil (BCI certified)', 'Xinjiang'])('origin column "%s" is stated', (o) => {
    expect(originStated(view(cell('inputOrigin', o)))).toBe(true);
  });
  it.each(['unknown', 'TBC', 'N/A', 'n/a', '-', '?', '不详', '未知', 'to be confirmed'])('origin column "%s" is missing', (o) => {
    expect(originStated(view(cell('inputOrigin', o)))).toBe(false);
  });
  it.each([
    ['notes', 'Input origin: US cotton, traceable', true],
    ['notes', '原料产地：澳大利亚', true],
    ['inputs', 'Cotton yarn, country of origin India', true],
    ['notes', 'Origin: unknown', false],
    ['notes', 'Original design by the buyer', false],
    ['notes', 'Long-standing supplier', false],
  ] as const)('%s "%s" → %s', (role, text, stated) => {
    expect(originStated(view(cell(role, text)))).toBe(stated);
  });
});
