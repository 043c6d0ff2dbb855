import { regionBoundary } from '../../../src/data';
import type { RowCell } from '../../../src/domain/cells';
import type { RowContext } from '../../../src/domain/matchers/context';
import { BORDER_BAND_KM, insideRegion, kmToBorder, pointVerdict, readPoint } from '../../../src/domain/matchers/coordinates';
import { cell } from './row-cell';

const china: RowContext = { country: 'china', otherProvince: false, hanText: false };
const view = (...cells: RowCell[]) => ({ sheetName: 'S', row: 2, cells });
const latLon = (lat: string, lon: string) => view(cell('latitude', lat, 'D2', 'Latitude'), cell('longitude', lon, 'E2', 'Longitude'));

// Town centres (Wikipedia/GeoNames coordinates, about 1 km).
describe('the Region outline', () => {
  it.each([
    ['Khorgos, Xinjiang', 44.2144, 80.4203, true],
    ['Hoxud, Xinjiang', 42.2686, 86.8631, true],
    ['Ürümqi', 43.8256, 87.6168, true],
    ['Dunhuang, Gansu', 40.1421, 94.6619, false],
    ['Mangnai (Huatugou), Qinghai', 38.2536, 90.8589, false],
    ['Shiquanhe, Ngari, Tibet', 32.5, 80.1, false],
    ['Zharkent, Kazakhstan', 44.1667, 80.0, false],
  ])('%s is %s', (_name, lat, lon, inside) => {
    expect(insideRegion(lat, lon)).toBe(inside);
    expect(kmToBorder(lat, lon)).toBeGreaterThan(BORDER_BAND_KM);
  });

  it('puts Alashankou, on the border crossing, within the border band', () => {
    expect(kmToBorder(45.1667, 82.5667)).toBeLessThan(BORDER_BAND_KM);
  });

  it('ships a small simplified outline with its source and tolerance', () => {
    expect(regionBoundary.sources.join(' ')).toMatch(/Natural Earth/);
    expect(regionBoundary.licence).toMatch(/public domain/);
    expect(regionBoundary.toleranceDeg).toBeGreaterThan(0);
    expect(regionBoundary.ringE4Deltas.length / 2).toBeLessThan(1500);
  });
});

describe('reading a row\'s point', () => {
  it('reads two columns, one "lat, lon" cell, hemisphere letters and a decimal comma', () => {
    for (const v of [latLon('43.8256', '87.6168'), view(cell('coordinates', '43.8256, 87.6168')), view(cell('coordinates', '43.8256 87.6168')), latLon('N 43.8256', '87,6168 E')]) {
      const r = readPoint(v);
      expect(r && 'point' in r && [r.point.lat, r.point.lon]).toEqual([43.8256, 87.6168]);
    }
  });

  it('gives A.1 high inside, medium on the border, nothing outside (which places the row elsewhere)', () => {
    expect(pointVerdict(readPoint(latLon('43.8256', '87.6168')), china).finding).toMatchObject({ confidence: 'high', category: 'A.1', matcher: 'coordinates', cell: 'D2' });
    expect(pointVerdict(readPoint(latLon('45.1667', '82.5667')), china).finding).toMatchObject({ confidence: 'medium' });
    const outside = pointVerdict(readPoint(latLon('22.7', '112.23')), china);
    expect([outside.finding, outside.note]).toEqual([null, null]);
    expect(outside.outside).toMatch(/outside the Region/);
  });

  it('gives a note and no finding for swapped or out-of-range values', () => {
    for (const [lat, lon, words] of [
      ['87.6168', '43.8256', /swapped/],
      ['80.4203', '44.2144', /swapped they lie inside/],
      ['123.4', '187.6', /out of range/],
      ['abc', '87.6', /not decimal degrees/],
    ] as const) {
      const v = pointVerdict(readPoint(latLon(lat, lon)), china);
      expect(v.finding).toBeNull();
      expect(v.outside).toBeNull();
      expect(v.note).toMatch(words);
    }
  });
});
