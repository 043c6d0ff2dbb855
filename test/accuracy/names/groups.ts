// Groups: a brand word that several entries of the built-in list share (Huafu, Esquel, Zijin, ...), or
// that an entry listed with its subsidiaries holds (Hoshine/Hesheng), put in a new company's name with
// the group's context — its trade, or a Region place — must bring at least a Review finding naming an
// entry of the group (issue #14, rule 3). The group words are found here from the data, independently
// of the matcher: brand words (Pinyin or other, not places, trades or short tokens) of two entries or
// more, and those of entries covering subsidiaries; in Chinese, the brand after the leading place (of two
// entries or more, or of an entry covering subsidiaries whose Latin name spells it).
import { toPinyinSyllables } from '../../../src/domain/chinese';
import { BUILT_IN_LIST, type ScreeningEntry } from '../../../src/domain/lists';
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { decoyParts } from './decoy-parts';
import { describeRow, entryOutcome, listedNames } from './listed';
import { hasHan } from './variants';
import { chinaPlacesZh, classify, SECTOR_WORDS, words } from './words';

interface Group {
  word: string;
  zh: boolean;
  entries: ScreeningEntry[];
  /** A sector word of the group's names (English, or the Chinese trade after the brand). */
  sector: string | null;
}

const HAN_LEGAL = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;

function chineseBrand(text: string, placesZh: string[]): { brand: string; rest: string } | null {
  let core = text.replace(/[^\u3400-\u9fff]/g, '');
  while (HAN_LEGAL.test(core)) core = core.replace(HAN_LEGAL, '');
  for (let again = true; again; ) {
    const found = placesZh.find((z) => core.startsWith(z) && core.length > z.length + 1);
    again = !!found;
    if (found) core = core.slice(found.length);
  }
  if (core.length < 2 || placesZh.includes(core.slice(0, 2))) return null;
  const rest = core.slice(2);
  return { brand: core.slice(0, 2), rest: placesZh.find((z) => rest.startsWith(z)) ? '' : rest };
}

export function groupsOfList(): Group[] {
  const placesZh = chinaPlacesZh();
  const latin = new Map<string, Set<ScreeningEntry>>();
  const han = new Map<string, Set<ScreeningEntry>>();
  const hanRest = new Map<string, string>();
  for (const n of listedNames(BUILT_IN_LIST)) {
    if (hasHan(n.text)) {
      const b = chineseBrand(n.text, placesZh);
      if (!b) continue;
      han.set(b.brand, (han.get(b.brand) ?? new Set()).add(n.entry));
      if (b.rest && !hanRest.has(b.brand)) hanRest.set(b.brand, b.rest);
      continue;
    }
    for (const w of words(n.text)) {
      const c = classify(w);
      if (c === 'pinyin' || c === 'brand') latin.set(w, (latin.get(w) ?? new Set()).add(n.entry));
    }
  }
  const groups: Group[] = [];
  for (const [word, entries] of latin) {
    const list = [...entries];
    if (list.length < 2 && !list.some((e) => e.coversSubsidiaries)) continue;
    const sector = list.flatMap((e) => [e.name, ...e.aliases].flatMap(words)).find((w) => SECTOR_WORDS.has(w)) ?? null;
    groups.push({ word, zh: false, entries: list, sector });
  }
  for (const [word, entries] of han) {
    const list = [...entries];
    // One entry covering subsidiaries: its Chinese brand, when one of its Latin names spells it (合盛 Hesheng).
    const spelled = (e: ScreeningEntry) => [e.name, ...e.aliases].some((n) => words(n).includes(toPinyinSyllables(word).join('')));
    if (list.length < 2 && !list.some((e) => e.coversSubsidiaries && spelled(e))) continue;
    groups.push({ word, zh: true, entries: list, sector: hanRest.get(word) ?? null });
  }
  return groups;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Region places that no listed name holds. */
const REGION_PLACES = ['Korla', 'Kuqa', 'Aral', 'Yining', 'Shihezi', 'Tumxuk'];

async function run(): Promise<CaseResult[]> {
  const p = decoyParts();
  const region = REGION_PLACES.filter((r) => !p.listedWords.has(r.toLowerCase()));
  const cases: { text: string; country: string; product: string; group: Group; context: string }[] = [];
  groupsOfList().forEach((g, i) => {
    const [province, , provinceZh] = p.provinces[i % p.provinces.length];
    if (g.zh) {
      if (g.sector) cases.push({ text: `${provinceZh}${g.word}${g.sector}有限公司`, country: 'China', product: '', group: g, context: `sector ${g.sector}` });
      cases.push({ text: `新疆${g.word}贸易有限公司`, country: 'China', product: '', group: g, context: 'Region place' });
      return;
    }
    if (g.sector) cases.push({ text: `${province} ${cap(g.word)} ${cap(g.sector)} Co., Ltd.`, country: 'China', product: g.sector, group: g, context: `sector ${g.sector}` });
    cases.push({ text: `${region[i % region.length]} ${cap(g.word)} Trading Co., Ltd.`, country: 'China', product: '', group: g, context: 'Region place' });
  });
  const rows: CellValue[][] = cases.map((c) => [c.text, c.country, c.product]);
  const results = await screenRows({ header: ['Supplier Name', 'Country', 'Products'], rows });
  return cases.map((c, i) => {
    const outcome = entryOutcome(results[i], BUILT_IN_LIST.id, new Set(c.group.entries.map((e) => e.id)));
    return {
      id: `group "${c.group.word}" (${c.group.entries.map((e) => e.id).join(', ')}), ${c.context}: "${c.text}"`,
      outcome,
      pass: outcome !== 'none',
      detail: outcome !== 'none' ? undefined : describeRow(results[i]),
    };
  });
}

export const groupGenerator: Generator = {
  suite: 'names',
  name: 'groups: group word with context',
  description:
    'A brand word shared by several listed entries or held by an entry listed with its subsidiaries, in a new name with the group\'s trade or a Region place ("Zhejiang Huafu Textile Co., Ltd.", "Korla Zijin Trading Co., Ltd.") → at least a Review finding naming an entry of the group.',
  required: 1,
  run,
};
