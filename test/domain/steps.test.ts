// Long domain work pauses between slices, so that a host can breathe: building an entity index for a
// big list and parsing a big watchlist. Breathing must change nothing but when the work runs.
import { parseListTable, parseWatchlist } from '../../src/domain/list-import';
import { BUILT_IN_LIST } from '../../src/domain/lists';
import { EntityIndex } from '../../src/domain/matchers/entities';
import { generateGrids, nameQueries, syntheticList } from '../../bench/generate';

describe('work in slices', () => {
  const list = syntheticList(3_000, 5);

  test('an index built with breaths pauses every few hundred names and matches exactly as one built at once', async () => {
    let breaths = 0;
    const sliced = await EntityIndex.build([BUILT_IN_LIST, list], async () => {
      breaths++;
    });
    const whole = new EntityIndex([BUILT_IN_LIST, list]);
    expect(sliced.size).toBe(whole.size);
    // One pause per 200 names (forms), and one after each list's groups.
    expect(breaths).toBeGreaterThanOrEqual(Math.floor(whole.size / 200));
    const queries = nameQueries(generateGrids(300, 9)).flat();
    const show = (index: EntityIndex, q: (typeof queries)[number]) => index.match(q.text, q.mode).map((m) => `${m.entry.id} ${m.score} ${m.strong} ${m.explanation}`);
    let matched = 0;
    for (const q of queries) {
      const a = show(sliced, q);
      expect(a).toEqual(show(whole, q));
      matched += a.length;
    }
    expect(matched).toBeGreaterThan(50);
  });

  test('a watchlist parsed with breaths pauses every 250 rows and gives the same list', async () => {
    const rows = [['Name', 'Aliases', 'Category'], ...list.entries.map((e) => [e.name, [...e.aliases, ...e.namesZh].join('; '), e.category ?? ''])];
    let breaths = 0;
    const sliced = await parseWatchlist({ rows }, async () => {
      breaths++;
    });
    expect(sliced).toEqual(parseListTable(rows, 'CtA Watchlist', 'in this workbook'));
    expect(sliced.entries).toHaveLength(list.entries.length);
    expect(breaths).toBeGreaterThanOrEqual(Math.floor(list.entries.length / 250));
  });
});
