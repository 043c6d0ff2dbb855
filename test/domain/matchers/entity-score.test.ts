// The bound that lets a big list reject most candidates before scoring them must never be below the
// score: otherwise a match would be lost. Checked over listed names against generated supplier names,
// misspellings, Chinese names and mentions.
import { nameRanks, PackedForms } from '../../../src/domain/matchers/entity-bound';
import { formOf, weigh, type NameForm } from '../../../src/domain/matchers/entity-names';
import { fullScore, hanValue, scoreBound, WEAK, type Mode, type PathScore } from '../../../src/domain/matchers/entity-score';
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import { generateGrids, nameQueries, syntheticList } from '../../../bench/generate';

const COMMON = new Set(['co', 'ltd', 'textile', 'textiles', 'garment', 'apparel', 'cotton', 'group', 'xinjiang', 'urumqi', 'shanghai', 'industrial', 'from']);
const isGeneric = (t: string) => COMMON.has(t) || t.length <= 2;

function misspell(name: string, i: number): string {
  const words = name.split(' ');
  const w = words[0];
  if (w.length >= 6) words[0] = i % 2 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w.slice(0, 3) + w.slice(4);
  return words.join(' ');
}

/** A Chinese name's core as Latin words of two syllables each ("suzhou fengyong wuliu"). */
function pinyinWords(zh: string): string {
  const syllables = formOf(zh, -1, -1).syllables;
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  return words.join(' ');
}

describe('scoreBound', () => {
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    if (!ids.has(t)) ids.set(t, ids.size);
    return ids.get(t)!;
  };
  const synthetic = syntheticList(250, 11).entries;
  // Entries listed by the Pinyin of their Chinese name only (no legal form): the Pinyin paths' strong matches.
  const byPinyin = synthetic.filter((e) => e.namesZh.length).slice(0, 40).map((e) => ({ ...e, name: pinyinWords(e.namesZh[0]), aliases: [], namesZh: [] }));
  const listed = synthetic.concat(BUILT_IN_LIST.entries, byPinyin);
  const forms: NameForm[] = listed.flatMap((e, ei) => [e.name, ...e.aliases, ...e.namesZh].map((t) => formOf(t, ei, 0))).filter((f) => f.tokens.length || f.han);
  for (const f of forms) weigh(f, isGeneric, idOf);
  const packed = new PackedForms(forms, ids, nameRanks([{ entries: listed }]));

  const queries: [string, Mode][] = [
    ...nameQueries(generateGrids(100, 5)).flat().map((q) => [q.text, q.mode] as [string, Mode]),
    ...listed.filter((_, i) => i % 4 === 0).flatMap((e, i) => [
      [e.name, 'name'],
      [misspell(e.name, i), 'name'],
      [e.namesZh[0] ?? e.name, 'name'],
      // Part of the listed Chinese name (without its city), and the listed name after another city.
      [e.namesZh[0]?.slice(2) ?? e.name, 'name'],
      [e.namesZh[0] ? `上海${e.namesZh[0]}` : e.name, 'name'],
      [`cotton from ${e.name.split(' ').slice(0, 2).join(' ')} and others`, 'mention'],
    ] as [string, Mode][]),
    ...byPinyin.flatMap((e, i) => [[synthetic.find((s) => s.id === e.id)!.namesZh[0], 'name'], [i % 2 ? e.name : misspell(e.name, i), 'name']] as [string, Mode][]),
  ];

  test('is at least the score, and the packed copy gives the same bound and the same score', () => {
    const out: PathScore = { path: null, score: 0, strong: false };
    const packedOut: PathScore = { path: null, score: 0, strong: false };
    const strongBy = new Map<string, number>();
    let reachable = 0;
    let rejected = 0;
    // Pairs per relation of the Chinese names (same, listed name inside the query's, query's inside the listed).
    const han = new Map<number, number>();
    for (const [text, mode] of queries) {
      const q = formOf(text, -1, -1);
      if (!q.tokens.length && !q.han) continue;
      weigh(q, isGeneric, (t) => ids.get(t) ?? -1);
      forms.forEach((f, fi) => {
        const bound = scoreBound(q, f, mode);
        const score = fullScore(q, f, mode, out).score;
        if (bound < score) throw new Error(`bound ${bound} < score ${score}: "${text}" vs "${f.display}"`);
        if (packed.bound(q, fi, mode) !== bound) throw new Error(`packed bound differs: "${text}" vs "${f.display}"`);
        packed.score(q, fi, mode, packedOut);
        if (packedOut.path !== out.path || packedOut.score !== score || packedOut.strong !== out.strong) {
          throw new Error(`packed score differs: "${text}" vs "${f.display}": ${JSON.stringify(packedOut)} vs ${JSON.stringify(out)}`);
        }
        if (out.strong) strongBy.set(`${mode} ${out.path}`, (strongBy.get(`${mode} ${out.path}`) ?? 0) + 1);
        const h = hanValue(q, f);
        if (h > 0) han.set(h, (han.get(h) ?? 0) + 1);
        if (score >= WEAK) reachable++;
        else if (bound < WEAK && bound > 0) rejected++;
      });
    }
    // The check means something: many pairs reach WEAK, and many that share words are rejected unscored.
    expect(reachable).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
    for (const relation of [1, 0.8, 0.75]) expect(han.get(relation) ?? 0).toBeGreaterThan(20);
    // Strong matches by every path and mode, so the packed copy's strong rule is compared where it says yes.
    for (const kind of ['name tokens', 'mention tokens', 'name han', 'name pinyin-query', 'name pinyin-entry']) expect(strongBy.get(kind) ?? 0).toBeGreaterThan(5);
  });
});
