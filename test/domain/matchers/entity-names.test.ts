import { normalizeName, pinyinSpan, PINYIN_WORD_SYLLABLES } from '../../../src/domain/matchers/entity-names';
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
