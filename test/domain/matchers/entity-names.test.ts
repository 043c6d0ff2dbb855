import { editDistanceAtMostOne, normalizeName, pinyinSpan, PINYIN_WORD_SYLLABLES } from '../../../src/domain/matchers/entity-names';
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

describe('pinyinSpan: where a Latin word is spelled by consecutive syllables', () => {
  // The table it replaces: every window of up to four syllables, the first from the left kept.
  function windows(syllables: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i < syllables.length; i++) {
      let w = '';
      for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < syllables.length; n++) {
        w += syllables[i + n];
        if (!out.has(w)) out.set(w, i * PINYIN_WORD_SYLLABLES + n);
      }
    }
    return out;
  }

  test('agrees with the table of windows for words in and out of the name', () => {
    const names = [
      ['wu', 'lu', 'mu', 'qi', 'jin', 'heng', 'tai', 'su', 'jiao'],
      ['xi', 'an', 'xian', 'an'],
      ['dong', 'guan', 'lu', 'zhou', 'xie', 'ye'],
      ['a', 'a', 'a', 'a', 'a'],
    ];
    let found = 0;
    for (const syllables of names) {
      const table = windows(syllables);
      const probes = [...table.keys(), 'wulumuqijin', 'guanlv', 'xia', 'aaaaa', 'aaaa', 'zhouxieyex', 'q'];
      for (const word of probes) {
        const span = pinyinSpan(syllables, word);
        expect({ word, span }).toEqual({ word, span: table.get(word) ?? -1 });
        if (span >= 0) found++;
      }
    }
    expect(found).toBeGreaterThan(40);
    expect(pinyinSpan(['dong', 'guan', 'lu', 'zhou'], 'dongguanluzhou')).toBe(3);
    expect(pinyinSpan(['dong', 'guan', 'lu', 'zhou', 'xie'], 'dongguanluzhouxie')).toBe(-1); // five syllables
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
