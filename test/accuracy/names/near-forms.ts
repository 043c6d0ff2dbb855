// Near forms: a listed name as a buyer may write it that is not the same name — one letter of its
// brand word mistyped, a branch added, the place it opens with left out (Latin or Chinese). Not strong,
// but never missed: each must bring at least a Review finding naming its entry.
import { isPinyinWord } from '../../../src/domain/chinese';
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { describeRow, entryOutcome, listedNames, sameNamedEntries, type ListedName } from './listed';
import { hasHan } from './variants';
import { groupsOfList } from './groups';
import { chinaPlacesZh, classify, words } from './words';

interface Near {
  listed: ListedName;
  text: string;
  kind: string;
}

/** Two letters in the middle of the name's longest brand word swapped, when the result is no Pinyin word (then it would be another name). */
function typo(name: string): string | null {
  const brand = words(name)
    .filter((w) => (classify(w) === 'brand' || classify(w) === 'pinyin') && w.length >= 6)
    .sort((a, b) => b.length - a.length)[0];
  if (!brand) return null;
  const at = Math.floor(brand.length / 2);
  const swapped = brand.slice(0, at) + brand[at + 1] + brand[at] + brand.slice(at + 2);
  if (swapped === brand || isPinyinWord(swapped)) return null;
  const re = new RegExp(brand, 'i');
  return re.test(name) ? name.replace(re, (m) => (m[0] === m[0].toUpperCase() ? swapped[0].toUpperCase() + swapped.slice(1) : swapped)) : null;
}

function branch(name: string): string | null {
  return hasHan(name) ? `${name}上海分公司` : `${name}, Shanghai Branch`;
}

/** The name without the place it opens with, when a distinctive word remains (Zhongtai Chemical, 中泰化学). */
function placeDropped(name: string): string | null {
  if (hasHan(name)) {
    const core = name.replace(/[^\u3400-\u9fff]/g, '');
    const place = chinaPlacesZh().find((z) => core.startsWith(z) && core.length - z.length >= 4);
    return place ? name.slice(name.indexOf(place) + place.length) : null;
  }
  const ws = words(name);
  if (ws.length < 3 || classify(ws[0]) !== 'place' || !ws.slice(1).some((w) => ['pinyin', 'brand'].includes(classify(w)))) return null;
  return name.replace(/^\S+\s+/, '');
}

async function run(): Promise<CaseResult[]> {
  // Without its place, "Esquel Textile" is as near to Changji, Guangdong and Turpan Esquel Textile: an
  // entry of the same group counts (groups as the oracle finds them, groups.ts).
  const groupOf = new Map<string, Set<string>>();
  for (const g of groupsOfList()) for (const e of g.entries) groupOf.set(e.id, new Set([...(groupOf.get(e.id) ?? []), ...g.entries.map((x) => x.id)]));
  const cases: Near[] = [];
  for (const listed of listedNames(BUILT_IN_LIST)) {
    for (const [kind, make] of [
      ['typo', typo],
      ['branch', branch],
      ['place dropped', placeDropped],
    ] as const) {
      const text = make(listed.text);
      if (text && text !== listed.text) cases.push({ listed, text, kind });
    }
  }
  const results = await screenRows({ header: ['Supplier Name', 'Country'], rows: cases.map((c) => [c.text, null]) });
  return cases.map((c, i) => {
    const ids = sameNamedEntries(BUILT_IN_LIST, c.listed.text);
    ids.add(c.listed.entry.id);
    if (c.kind === 'place dropped') for (const id of groupOf.get(c.listed.entry.id) ?? []) ids.add(id);
    const outcome = entryOutcome(results[i], BUILT_IN_LIST.id, ids);
    return { id: `${c.kind}: "${c.text}" → ${c.listed.entry.id}`, outcome, pass: outcome !== 'none', detail: outcome === 'none' ? describeRow(results[i]) : undefined };
  });
}

export const nearFormGenerator: Generator = {
  suite: 'names',
  name: 'near forms: typo, branch, place dropped',
  description: 'Every listed name with one letter of its longest brand word mistyped (when that spells no Pinyin word), with a Shanghai branch added, or without the place it opens with → at least a Review finding naming its entry.',
  required: 1,
  run,
};
