// The one test of "Han" the domain uses (the tables themselves are tested in chinese-tables.test.ts).
import { hanOnly, hasHan, toSimplified, withoutHan } from '../../src/domain/chinese';

describe('Han characters', () => {
  it.each([
    ['新疆', true],
    ['㐀', true], // CJK Extension A
    ['\uf900', true], // a compatibility ideograph
    ['Urumqi 830000', false],
    ['ア', false], // katakana
    ['한국', false], // hangul
    ['', false],
  ])('hasHan(%j) is %s', (text, expected) => {
    expect(hasHan(text)).toBe(expected);
  });

  it('hanOnly keeps the Han characters and drops the rest', () => {
    expect(hanOnly('ACME 新疆 (Group) 有限公司')).toBe('新疆有限公司');
    expect(hanOnly('Acme')).toBe('');
  });

  it('withoutHan puts one space where each run of Han characters stood', () => {
    expect(withoutHan('acme新疆group有限公司')).toBe('acme group ');
    expect(withoutHan('acme')).toBe('acme');
  });

  it('toSimplified maps traditional characters and leaves others', () => {
    expect(toSimplified('烏魯木齊 Co')).toBe('乌鲁木齐 Co');
  });
});
