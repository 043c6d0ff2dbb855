import { canonicalWord, editDistanceAtMostOne, formOf, normalizeName, pinyinSpan, PINYIN_WORD_SYLLABLES, tradeChains } from '../../../src/domain/matchers/entity-names';
import { normalizeText } from '../../../src/domain/normalize';
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import { generateGrids, nameCells, syntheticList } from '../../../bench/generate';

describe('normalizeName: normalizeText with a shortcut for plain ASCII', () => {
  test('gives what normalizeText gives, on listed names, generated cells and edge cases', () => {
    const texts = [
      ...BUILT_IN_LIST.entries.flatMap((e) => [e.name, ...e.aliases, ...e.namesZh]),
      ...syntheticList(2_000).entries.flatMap((e) => [e.name, ...e.aliases, ...e.namesZh]),
      ...nameCells(generateGrids(500, 3)),
      '  Hoshine   SILICON  ',
      'Tab\tseparated\nlines',
      'Ürümqi Ştar Co.',
      'Hoshіne (Cyrillic і)',
      'Ｆｕｌｌｗｉｄｔｈ',
      'zero\u200bwidth',
      '',
    ];
    expect(texts.filter((t) => /^[\x20-\x7e]*$/.test(t)).length).toBeGreaterThan(1_000);
    for (const t of texts) expect({ t, n: normalizeName(t) }).toEqual({ t, n: normalizeText(t) });
  });
});

describe('pinyinSpan: where a Latin word is spelled by consecutive syllables of a Chinese name', () => {
  // The reference: every window of up to PINYIN_WORD_SYLLABLES syllables that lies inside one word of
  // the name or covers whole words, the first from the left kept (start * 8 + count).
  function windows(syllables: string[], segStart: number[]): Map<string, number> {
    const seg = (i: number) => segStart.findIndex((s, k) => s <= i && i < segStart[k + 1]);
    const out = new Map<string, number>();
    for (let i = 0; i < syllables.length; i++) {
      let w = '';
      for (let n = 1; n <= PINYIN_WORD_SYLLABLES && i + n <= syllables.length; n++) {
        w += syllables[i + n - 1];
        const inside = seg(i) === seg(i + n - 1);
        const whole = segStart.includes(i) && segStart.includes(i + n);
        if ((inside || whole) && !out.has(w)) out.set(w, i * 8 + n);
      }
    }
    return out;
  }

  test('agrees with the table of windows, words of the name respected', () => {
    const names: [string[], number[]][] = [
      [['wu', 'lu', 'mu', 'qi', 'jin', 'heng', 'tai', 'su', 'jiao'], [0, 4, 5, 7, 9]],
      [['xi', 'an', 'xian', 'an'], [0, 2, 4]],
      [['dong', 'guan', 'lu', 'zhou', 'xie', 'ye'], [0, 2, 4, 6]],
      [['a', 'a', 'a', 'a', 'a'], [0, 5]],
      [['xin', 'jiang', 'long', 'jin', 'bao', 'zhuang'], [0, 2, 4, 6]],
    ];
    let found = 0;
    for (const [syllables, segStart] of names) {
      const table = windows(syllables, segStart);
      const probes = [...table.keys(), 'wulumuqijin', 'guanlu', 'xia', 'aaaaa', 'aaaa', 'zhouxieyex', 'q', 'jinbao', 'longjinbao'];
      for (const word of probes) {
        const span = pinyinSpan(syllables, segStart, null, word);
        expect({ word, span }).toEqual({ word, span: table.get(word) ?? -1 });
        if (span >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(40);
  });

  test('a word may not reach partly into another word of the name (隆锦|包装 does not spell "jinbao")', () => {
    const form = formOf('新疆隆锦包装有限公司', -1, -1);
    expect(form.segs).toEqual(['新疆', '隆锦', '包装']);
    expect(pinyinSpan(form.syllables, form.segStart, null, 'jinbao')).toBe(-1);
    expect(pinyinSpan(form.syllables, form.segStart, null, 'longjin')).toBe(2 * 8 + 2);
    expect(pinyinSpan(form.syllables, form.segStart, null, 'longjinbaozhuang')).toBe(2 * 8 + 4);
  });
});

describe('the words of a name and their classes', () => {
  const classes = (name: string) => {
    const f = formOf(name, -1, -1);
    return [...f.words.map((w, i) => `${w}:${f.classes[i]}`), ...f.segs.map((s, i) => `${s}:${f.segClasses[i]}`)].join(' ');
  };

  test.each([
    ['Hoshine Silicon Ind. (Shanshan) Co Ltd', 'hoshine:brand silicon:trade industry:trade shanshan:place'],
    // County names are no place words: many are brands too (紫金 is a county, Zijin Mining a company).
    ['Ninghai Huafu Textile Co., Ltd.', 'ninghai:pinyin huafu:pinyin textile:trade'],
    ['Zijin Mining Group Co., Ltd.', 'zijin:pinyin mining:trade'],
    ['Inner Mongolia Qileyuan Food Co., Ltd.', 'inner:place mongolia:place qileyuan:pinyin food:trade'],
    ['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'xinjiang:place gcl:short new:trade energy:trade material:trade technology:trade'],
    ['Zhuhai Pu-Tech Industrial Co., Ltd.', 'zhuhai:place pu:short technology:trade industry:trade'],
    ['EsquelGroup', 'esquel:brand'],
    ['新疆中泰化学股份有限公司', '新疆:place 中泰:han 化学:trade'],
    ['合盛硅业(鄯善)有限公司', '合盛:han 硅业:trade 鄯善:place'],
    ['宁海华孚纺织有限公司', '宁海华孚:han 纺织:trade'],
    ['东莞市绿洲鞋业有限公司', '东莞市:place 绿洲:han 鞋业:trade'],
    ['紫金矿业', '紫金:han 矿业:trade'],
    ['保定市绿叶硕子岛商贸有限公司', '保定市:place 绿叶硕子岛:han 商贸:trade'],
  ])('%s', (name, expected) => expect(classes(name)).toBe(expected));

  test('abbreviations and plurals read as one word', () => {
    for (const [a, b] of [
      ['Ind.', 'Industrial'],
      ['Inds', 'Industries'],
      ['Tech.', 'Technology'],
      ['Intl', 'International'],
      ['Mfg', 'Manufacturing'],
      ['Imp. & Exp.', 'Import and Export'],
      ['Textiles', 'Textile'],
      ['Biotech', 'Biotechnology'],
    ]) {
      expect(formOf(`Hoshine ${a}`, -1, -1).latinKey).toBe(formOf(`Hoshine ${b}`, -1, -1).latinKey);
    }
    expect(canonicalWord('oasis')).toBe('oasis');
    expect(canonicalWord('glass')).toBe('glass');
  });

  test('equality keys set aside case, punctuation, spacing, full-width letters, traditional characters and legal form', () => {
    const same = (a: string, b: string) => {
      const x = formOf(a, -1, -1);
      const y = formOf(b, -1, -1);
      return (x.latinKey !== '' && (x.latinKey === y.latinKey || x.rawKey === y.rawKey)) || (x.han !== '' && x.han === y.han);
    };
    expect(same('HUAFU FASHION CO LTD', 'Huafu Fashion Co., Ltd.')).toBe(true);
    expect(same('HuafuFashion', 'Huafu Fashion Company Limited')).toBe(true);
    expect(same('Ｈｕａｆｕ　Ｆａｓｈｉｏｎ', 'Huafu Fashion')).toBe(true);
    expect(same('Zhuhai PuTech Industrial', 'Zhuhai Pu-Tech Industrial Co., Ltd.')).toBe(true);
    expect(same('華孚時尚股份有限公司', '华孚时尚')).toBe(true);
    expect(same('Huafu Textile', 'Huafu Fashion')).toBe(false);
  });

  test('trade chains of a text: English words whole, Chinese words inside', () => {
    expect([...tradeChains('huafu color spinning')]).toEqual(['textiles']);
    expect([...tradeChains('wooden furniture')]).toEqual(['furniture']);
    expect([...tradeChains('东莞市绿洲鞋业')]).toEqual(['footwear']);
    expect(tradeChains('ninestar').size).toBe(0);
  });
});

/** Optimal string alignment distance (Damerau with adjacent swaps), the textbook table. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistanceAtMostOne: one insertion, deletion, substitution or swap of neighbours', () => {
  test('agrees with the alignment table on every pair of words of up to 5 letters over a 3-letter alphabet', () => {
    const words: string[] = [''];
    for (let n = 1; n <= 5; n++) for (let i = 0; i < 3 ** n; i++) words.push(i.toString(3).padStart(n, '0').replace(/[012]/g, (c) => 'abc'[Number(c)]));
    let near = 0;
    const wrong: string[] = [];
    for (const a of words) {
      for (const b of words) {
        const expected = osaDistance(a, b) <= 1;
        if (expected) near++;
        if (editDistanceAtMostOne(a, b) !== expected) wrong.push(`${a}/${b}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(near).toBeGreaterThan(5_000);
  });

  test('on company words', () => {
    expect(editDistanceAtMostOne('hoshine', 'hoshin')).toBe(true);
    expect(editDistanceAtMostOne('hoshine', 'hsohine')).toBe(true);
    expect(editDistanceAtMostOne('zhongtai', 'zhongtia')).toBe(true);
    expect(editDistanceAtMostOne('fengyong', 'hengyong')).toBe(true);
    expect(editDistanceAtMostOne('fengyong', 'fangyang')).toBe(false);
    expect(editDistanceAtMostOne('xinjiang', 'xinjaing')).toBe(true);
    expect(editDistanceAtMostOne('xinjiang', 'xinjiangg')).toBe(true);
    expect(editDistanceAtMostOne('xinjiang', 'jiangxin')).toBe(false);
  });
});
