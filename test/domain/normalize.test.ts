import { normalizeText, wordTokens } from '../../src/domain/normalize';
import { toPinyinSyllables } from '../../src/domain/chinese';

describe('normalizeText', () => {
  it.each([
    ['Ürümqi', 'urumqi'],
    ['ＵＲＵＭＱＩ', 'urumqi'],
    ['Xin\u200bji\u202eang', 'xinjiang'],
    ['Xinjiаng' /* Cyrillic а */, 'xinjiang'],
    ['Kaşgar', 'kashgar'],
    ['新疆維吾爾自治區', '新疆维吾尔自治区'],
    ['Урумчи', 'урумчи'],
    ['  two\tspaces\n', 'two spaces'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('drops apostrophes inside words when tokenising', () => {
    expect(wordTokens(normalizeText("Ala'er City"))).toEqual(['alaer', 'city']);
  });

  it('romanises Chinese names, with place-name readings pinyin-pro would get wrong', () => {
    expect(toPinyinSyllables('东莞绿洲')).toEqual(['dong', 'guan', 'lu', 'zhou']);
  });
});
