import { EntityIndex } from '../../../src/domain/matchers/entities';
import { BUILT_IN_LIST } from '../../../src/domain/lists';

const index = new EntityIndex([BUILT_IN_LIST]);

function best(name: string) {
  return index.match(name)[0];
}

describe('entity matching against the UFLPA Entity List', () => {
  it.each([
    'Hoshine Silicon Industry (Shanshan) Co., Ltd',
    'HOSHINE SILICON INDUSTRY (SHANSHAN) CO LTD',
    'Xinjiang Zhongtai Chemical Co Ltd',
    '新疆中泰化學股份有限公司',
    '东莞绿洲鞋业有限公司',
    'Hefei Bitland Information Technology Co., Ltd.',
  ])('strong match: %s', (name) => {
    const m = best(name);
    expect(m?.strong).toBe(true);
    expect(m?.explanation.length).toBeGreaterThan(10);
  });

  it.each(['Camel', 'Daqo', 'Camel Outdoor Products Co., Ltd.', 'Daqo New Energy Corp'])('a shared common word is at most a weak match: %s', (name) => {
    const m = best(name);
    expect(m === undefined || m.strong === false).toBe(true);
  });

  it('gives no match to unrelated suppliers', () => {
    for (const name of ['Sunrise Knitwear (Ningbo) Co., Ltd.', 'Green Valley Food Co., Ltd.', 'Shenzhen Lianxin Electronics Co., Ltd.', 'Saigon Garment JSC']) {
      expect(index.match(name).filter((m) => m.strong)).toEqual([]);
    }
  });

  it('tolerates a one-letter misspelling as a weak (review) match', () => {
    const m = best('Hoshien Silicon Industry (Shanshan) Co., Ltd');
    expect(m?.entry.name).toMatch(/Hoshine/);
    expect(m?.strong).toBe(false);
    expect(m?.explanation).toMatch(/spelling differs/);
  });
});

describe('entity mentions inside an inputs cell', () => {
  it('finds a listed producer named among other words, but not a common word alone', () => {
    expect(index.match('Polysilicon from Xinjiang GCL', 'mention').find((m) => m.strong)?.entry.name).toMatch(/GCL/);
    expect(index.match('Polysilicon from Xinjiang', 'mention').filter((m) => m.strong)).toEqual([]);
    expect(index.match('Camel leather', 'mention').filter((m) => m.strong)).toEqual([]);
  });
});

describe('across scripts', () => {
  it('meets a Chinese-script supplier with an English-only entry through Pinyin', () => {
    const { EntityIndex: Index } = jest.requireActual('../../../src/domain/matchers/entities');
    const list = { id: 't', name: 'Test list', version: '1', source: 't', builtIn: false, entries: [{ id: 'a', name: 'Kunlun Guangming Fangzhi Co., Ltd.', aliases: [], namesZh: [], category: 'A.1', coversSubsidiaries: false, regionLocated: false }] };
    const m = new Index([list]).match('昆仑光明纺织有限公司')[0];
    expect(m?.entry.id).toBe('a');
    expect(m?.explanation).toMatch(/Pinyin/);
  });
});

describe('the order of matches', () => {
  const entry = (id: string, name: string) => ({ id, name, aliases: [], namesZh: [], category: 'A.1' as const, coversSubsidiaries: false, regionLocated: false });
  const list = { id: 't', name: 'Test list', version: '1', source: 't', builtIn: false, entries: [entry('lower', 'hongda textile'), entry('upper', 'Hongda Textile'), entry('other', 'Hongda Weaving Textile')] };

  it('puts the best score first and breaks ties by name in character-code order, whatever the machine language', () => {
    const found = new EntityIndex([list]).match('Hongda Textile Co., Ltd.');
    expect(found.map((m) => m.entry.id)).toEqual(['upper', 'lower', 'other']);
    expect(found[0].score).toBe(found[1].score);
    expect(found[1].score).toBeGreaterThan(found[2].score);
    // A collator (the machine's language) puts lower case first: the order would then depend on it.
    expect('hongda textile'.localeCompare('Hongda Textile', 'en')).toBeLessThan(0);
  });
});
