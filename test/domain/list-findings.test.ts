// A name match that is not strong is weighed against the row (issue #14, rule 2), and a group word
// brings a Review finding only with the group's context (rule 3). Screened through the engine.
import { screenRows } from '../accuracy/screen-rows';
import { groupContext, type NameContext } from '../../src/domain/list-findings';
import type { EntityMatch } from '../../src/domain/matchers/entities';
import type { CellValue, Finding } from '../../src/domain/types';

async function listFindingsOf(rows: CellValue[][]): Promise<Finding[][]> {
  const results = await screenRows({ header: ['Supplier Name', 'Country', 'Products', 'Parent Company'], rows });
  return results.map((r) => (r?.findings ?? []).filter((f) => f.listRef));
}

describe('a weak name match weighed against the row', () => {
  test('a country other than China keeps it below Review; Hong Kong and Macau count as China', async () => {
    const [none, vietnam, hk, macau, china] = await listFindingsOf([
      ['Esquel Asia Ltd.', null, null, null],
      ['Esquel Asia Ltd.', 'Vietnam', null, null],
      ['Esquel Asia Ltd.', 'Hong Kong', null, null],
      ['Esquel Asia Ltd.', 'Macau SAR', null, null],
      ['Esquel Asia Ltd.', 'China', null, null],
    ]);
    for (const f of [none, hk, macau, china]) expect(f.map((x) => [x.listRef!.entryId, x.confidence])).toEqual([['esquel-group', 'medium']]);
    expect(vietnam).toEqual([]);
  });

  test('an unrelated trade keeps it below Review, a related one does not', async () => {
    const [stationery, unstated, electronics] = await listFindingsOf([
      ['Pantum Co., Ltd.', 'China', 'notebooks and pens', null],
      ['Pantum Co., Ltd.', 'China', null, null],
      ['Pantum Co., Ltd.', 'China', 'laser printers', null],
    ]);
    expect(stationery).toEqual([]);
    expect(unstated.map((f) => f.listRef!.entryId)).toEqual(['zhuhai-pantum-electronics']);
    expect(electronics.map((f) => f.listRef!.entryId)).toEqual(['zhuhai-pantum-electronics']);
  });

  test('a strong match is never held back', async () => {
    const [[f]] = await listFindingsOf([['Zhuhai Pantum Electronics Co., Ltd.', 'Vietnam', 'notebooks', null]]);
    expect(f).toMatchObject({ confidence: 'high', listedSupplier: true, listRef: { entryId: 'zhuhai-pantum-electronics' } });
  });
});

describe('a group word brings Review (A.2) only with the group’s context', () => {
  test('a Region place, or the group’s trade, in the row', async () => {
    const [region, trade, none, abroad] = await listFindingsOf([
      ['Korla Zijin Trading Co., Ltd.', 'China', null, null],
      ['Zijin Trading Co., Ltd.', 'China', 'copper concentrate', null],
      ['Zijin Trading Co., Ltd.', 'China', 'plastic toys', null],
      ['Korla Zijin Trading Co., Ltd.', 'Kazakhstan', null, null],
    ]);
    for (const f of [region, trade]) {
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ category: 'A.2', confidence: 'medium' });
      expect(f[0].detail).toMatch(/may belong to the listed group .*zijin.*confirm ownership/);
      expect(['xinjiang-zijin-zinc-industry', 'zijin-mining-group', 'xinjiang-zijin-nonferrous-metals']).toContain(f[0].listRef!.entryId);
    }
    expect(region[0].detail).toMatch(/Region place/);
    expect(trade[0].detail).toMatch(/group's trade \(metals\)/);
    expect(none).toEqual([]);
    expect(abroad).toEqual([]);
  });

  test('Chinese names too: 新疆华孚贸易 holds 华孚 with a Region place', async () => {
    const [[f]] = await listFindingsOf([['新疆华孚贸易有限公司', null, null, null]]);
    expect(f).toMatchObject({ category: 'A.2' });
    expect(f.detail).toMatch(/华孚/);
  });

  test('the group’s word order counts as context', () => {
    const lead = { kind: 'group', chains: ['textiles'], group: { words: ['huafu'], entries: 4, coversSubsidiaries: true, order: 'huafu textile' } } as unknown as EntityMatch;
    const row: NameContext = { country: 'unknown', countryText: '', chains: new Set(), regionPlace: false };
    expect(groupContext(lead, row)).toMatch(/word order .*huafu textile/);
    expect(groupContext({ ...lead, group: { ...lead.group!, order: null } } as EntityMatch, row)).toBeNull();
  });

  test('a parent company resembling a listed group is an A.2 finding', async () => {
    const [f] = await listFindingsOf([['Sunny Garments Ltd.', 'Bangladesh', 'T-shirts', 'Esquel Group']]);
    expect(f.map((x) => [x.category, x.listRef!.entryId, x.confidence])).toEqual([['A.2', 'esquel-group', 'medium']]);
  });
});
