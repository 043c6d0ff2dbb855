import { KeyFilter } from '../../../src/domain/matchers/key-filter';

// Keys shaped like the index's exact keys: Pinyin letters, Chinese names, sorted word sets.
function keys(n: number, seed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i % 3 === 0 ? `${seed}${i.toString(36)}hua` : i % 3 === 1 ? `华${seed}${i}纺织` : `${seed} ${i} textile`);
  return out;
}

describe('KeyFilter', () => {
  const held = keys(100_000, 'a');
  const filter = new KeyFilter(held.length);
  for (const k of held) filter.add(k);

  it('never turns away a key it was given', () => {
    expect(held.filter((k) => !filter.mayHave(k))).toEqual([]);
  });

  it('turns away nearly every key it was not given (about 1 in 70 gets through)', () => {
    const absent = keys(100_000, 'b');
    const through = absent.filter((k) => filter.mayHave(k)).length;
    expect(through).toBeLessThan(absent.length * 0.03);
  });

  it('turns away everything when given nothing', () => {
    const empty = new KeyFilter(0);
    expect(keys(1_000, 'c').some((k) => empty.mayHave(k))).toBe(false);
  });
});
