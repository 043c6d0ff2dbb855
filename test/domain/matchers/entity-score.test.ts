// The one scorer: equal names are strong; otherwise the words aligned, weighed by class, and rule 2 of
// issue #14 (a shared common word is not a match). The score's explanation is its arithmetic: the
// words it lists and their weights add up to the sums it shows, and the sums give the score.
import { formOf } from '../../../src/domain/matchers/entity-names';
import { blankEvidence, explain, HELD_BELOW, scorePair, STRONG, WEAK, type Evidence, type Mode, type PairScore } from '../../../src/domain/matchers/entity-score';
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import { generateGrids, nameQueries, syntheticList } from '../../../bench/generate';
import { CLASS_WEIGHT } from '../../../src/domain/matchers/entity-names';

const listed = [...BUILT_IN_LIST.entries, ...syntheticList(200, 11).entries].flatMap((e) => [e.name, ...e.aliases, ...e.namesZh]);
const forms = listed.map((t) => formOf(t, 0, 0)).filter((f) => f.words.length || f.han);

function score(query: string, entry: string, mode: Mode = 'name'): PairScore & { ev: Evidence } {
  const ev = blankEvidence();
  const out = scorePair(formOf(query, -1, -1), formOf(entry, 0, 0), mode, { path: null, score: 0, strong: false }, ev);
  return { ...out, ev };
}

describe('rule 1: an equal name is strong whatever its words weigh', () => {
  test('every listed name against itself', () => {
    for (const f of forms) {
      const out = scorePair(formOf(f.display, -1, -1), f, 'name', { path: null, score: 0, strong: false });
      expect({ name: f.display, out }).toEqual({ name: f.display, out: { path: 'equal', score: 1, strong: true } });
    }
    expect(forms.length).toBeGreaterThan(500);
  });

  test.each([
    ['Western Gold', 'Western Gold Co., Ltd.'],
    ['XINJIANG ENERGY GROUP CO LTD', 'Xinjiang Energy (Group) Co., Ltd.'],
    ['Camel', 'Camel Group Co., Ltd.'],
    ['Hoshine Silicon Ind. (Shanshan) Co., Ltd.', 'Hoshine Silicon Industry (Shanshan) Co., Ltd'],
    ['HuafuFashion', 'Huafu Fashion Co., Ltd.'],
    ['華孚時尚股份有限公司', '华孚时尚股份有限公司'],
    ['Qipilang', '七匹狼'],
  ])('%s = %s', (q, e) => expect(score(q, e)).toMatchObject({ path: 'equal', score: 1, strong: true }));

  test('a Pinyin spelling of two syllables only is not equal (今创 is jinchuang, and so are other names)', () => {
    expect(score('Jinchuang', '今创集团').strong).toBe(false);
  });
});

describe('rule 2: a shared common word is not a match', () => {
  test.each([
    ['Inner Mongolia Jiarui Dairy Co., Ltd.', 'Inner Mongolia Qileyuan Food Co., Ltd.', 'place'],
    ['Meghna Textile Ltd.', 'Nanjing Synergy Textiles Co., Ltd.', 'trade'],
    ['DB-Tex Ltd', 'Xinjiang Tianshan Wool Tex Stock Co. Ltd', 'short'],
    ['KTK Stationery (Shenyang) Co., Ltd.', 'KTK Group', 'short'],
    ['Zhejiang Zhongtai Furniture Co., Ltd.', 'Xinjiang Zhongtai Chemical Co., Ltd.', 'Pinyin'],
    ['浙江中泰家具有限公司', '新疆中泰化学股份有限公司', 'Chinese brand'],
    ['Jiaxing Sunshine Garment Co.Ltd.', 'Century Sunshine Group Holdings, Ltd.', 'other distinctive word absent'],
    ['Guizhou Donghai Clothing Co. Ltd.', 'Donghai JA Solar Technology Co., Ltd.', 'Pinyin'],
    ['Zhejiang Hesheng Garment Co.', 'Hesheng Silicon Industry (Shanshan) Co.', 'Pinyin'],
    ['Ningbo Ninghai Hengda Shoes', 'Ninghai Huafu Textile Co., Ltd.', 'Pinyin (a county name)'],
    ['Zhejiang Huafu Textile Co., Ltd.', 'Ninghai Huafu Textile Co., Ltd.', 'other distinctive word absent (the group rule may still apply)'],
    ['新疆隆锦包装有限公司', '新疆金宝矿业有限责任公司', 'place'],
  ])('%s against %s (%s): held below WEAK', (q, e) => {
    const s = score(q, e);
    expect(s.score).toBeLessThan(WEAK);
    expect(s.strong).toBe(false);
  });

  test.each([
    ['Huafu Textiles Co., Ltd.', 'Aksu Huafu Textiles Co., Ltd.'],
    ['Zhonghe Co., Ltd.', 'Xinjiang Zhonghe Co., Ltd.'],
    ['Esquel Shoes Ltd.', 'Esquel Group'],
    ['Xinjiang Bayi Iron and Steel Co., Ltd.', 'Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.'],
    ['Hoshien Silicon Industry (Shanshan) Co., Ltd', 'Hoshine Silicon Industry (Shanshan) Co., Ltd'],
    ['中泰化学', '新疆中泰化学股份有限公司'],
  ])('%s against %s: more than one common word, or a brand word the listed name holds alone: a weak match', (q, e) => {
    const s = score(q, e);
    expect(s.score).toBeGreaterThanOrEqual(WEAK);
    expect(s.strong).toBe(false);
  });

  test('a held score says why, and stays just below WEAK', () => {
    const s = score('Zhejiang Zhongtai Furniture Co., Ltd.', 'Xinjiang Zhongtai Chemical Co., Ltd.');
    expect(s.score).toBe(HELD_BELOW);
    expect(explain(s.ev)).toMatch(/held below 0.55: the one word it shares is a Pinyin or Chinese brand word that many companies use/);
  });
});

describe('properties over generated supplier names and the listed names', () => {
  const queries = nameQueries(generateGrids(60, 21)).flat();
  const sample = forms.filter((_, i) => i % 4 === 0);

  test('the explanation is the arithmetic: its words and weights add up to its sums, and the sums give the score', () => {
    let checked = 0;
    let held = 0;
    for (const q of queries) {
      const qf = formOf(q.text, -1, -1);
      for (const f of sample) {
        const ev = blankEvidence();
        const out = scorePair(qf, f, q.mode, { path: null, score: 0, strong: false }, ev);
        if (!ev.sums || out.path === 'equal' || out.path === 'contains') continue;
        checked++;
        const { sq, se, wq, we, raw } = ev.sums;
        // Entry side: every word of the listed name is either aligned (with its weight) or missing.
        const entryWeight = ev.aligned.reduce((n, w) => n + CLASS_WEIGHT[w.cls], 0) + ev.missing.reduce((n, w) => n + CLASS_WEIGHT[w.cls], 0);
        expect(entryWeight).toBeCloseTo(we, 6);
        expect(ev.aligned.reduce((n, w) => n + w.weight, 0)).toBeCloseTo(se, 6);
        expect(raw).toBeCloseTo(q.mode === 'mention' ? se / we : (sq + se) / (wq + we), 9);
        expect(out.score).toBe(ev.held ? Math.min(raw, HELD_BELOW) : raw);
        if (ev.held) held++;
        const text = explain(ev);
        const shown = /(?:score \(([\d.]+) \+ ([\d.]+)\) \/ \(([\d.]+) \+ ([\d.]+)\)|share of the listed name held ([\d.]+) \/ ([\d.]+)) = ([\d.]+)/.exec(text);
        expect(shown).not.toBeNull();
        const [, a, b, c, d, e, g, r] = shown!;
        const value = a !== undefined ? (Number(a) + Number(b)) / (Number(c) + Number(d)) : Number(e) / Number(g);
        expect(Math.abs(value - Number(r))).toBeLessThan(0.02);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(held).toBeGreaterThan(20);
  });

  test('legal form never changes a score, and an extra brand word never raises one or makes it strong', () => {
    let compared = 0;
    for (const q of queries.filter((x) => x.mode === 'name')) {
      const plain = formOf(q.text, -1, -1);
      const legal = formOf(`${q.text} Group Co., Ltd.`, -1, -1);
      const extra = formOf(`${q.text} Zorbex`, -1, -1);
      for (const f of sample) {
        const a = scorePair(plain, f, 'name', { path: null, score: 0, strong: false });
        if (a.path === null) continue;
        compared++;
        const b = scorePair(legal, f, 'name', { path: null, score: 0, strong: false });
        expect({ q: q.text, f: f.display, b }).toEqual({ q: q.text, f: f.display, b: a });
        const c = scorePair(extra, f, 'name', { path: null, score: 0, strong: false });
        expect(c.score).toBeLessThanOrEqual(a.score);
        expect(c.strong && c.path !== 'equal').toBe(false);
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  test('strong needs STRONG or an equal name', () => {
    for (const q of queries) {
      const qf = formOf(q.text, -1, -1);
      for (const f of sample) {
        const out = scorePair(qf, f, q.mode, { path: null, score: 0, strong: false });
        if (out.strong && q.mode === 'name') expect(out.path === 'equal' || out.score >= STRONG).toBe(true);
      }
    }
  });
});

describe('mentions (an inputs cell)', () => {
  test('name an entry when they hold every word that identifies it, and two of its words', () => {
    expect(score('Polysilicon from Xinjiang GCL', 'Xinjiang GCL New Energy Material Technology Co., Ltd.', 'mention').strong).toBe(true);
    expect(score('Polysilicon from Xinjiang', 'Xinjiang GCL New Energy Material Technology Co., Ltd.', 'mention').strong).toBe(false);
    expect(score('Camel leather', 'Camel Group Co., Ltd.', 'mention').strong).toBe(false);
    expect(score('cotton from Xinjiang Zhongtai', 'Xinjiang Zhongtai Chemical Co., Ltd.', 'mention').strong).toBe(true);
  });
});
