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

  // Issue #14, rule 1: "Camel" is "Camel Group Co., Ltd." without its legal form, so a strong match
  // (this test said "at most weak" before: a one-word listed name was never strong without its legal form).
  it.each(['Camel', 'CAMEL GROUP', 'Camel Co., Ltd.'])('a distinctive word equal to a one-word listed name is strong: %s', (name) => {
    expect(best(name)).toMatchObject({ strong: true, entry: { id: 'camel-group' } });
  });

  it.each(['Daqo', 'Camel Outdoor Products Co., Ltd.', 'Daqo New Energy Corp'])('a name sharing a distinctive word and more is at most a weak match: %s', (name) => {
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
    // Xinjiang GCL is listed as Xinjiang Goens since 2026-08-03: its GCL names are former names, still matched.
    expect(index.match('Polysilicon from Xinjiang GCL', 'mention').find((m) => m.strong)?.entry.formerNames?.join()).toMatch(/GCL/);
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

describe('misspellings of Pinyin names', () => {
  const entry = (id: string, name: string, namesZh: string[] = []) => ({ id, name, aliases: [], namesZh, category: 'A.1' as const, coversSubsidiaries: false, regionLocated: false });
  const list = (entries: ReturnType<typeof entry>[]) => ({ id: 't', name: 'Test list', version: '1', source: 't', builtIn: false, entries });

  it('reads two Pinyin names one letter apart as two names, not one misspelt', () => {
    const index = new EntityIndex([list([entry('h', 'Tianjin Hengyong Logistics Ltd.'), entry('f', 'Fengyang Software Co., Ltd.')])]);
    expect(index.match('Fengyong Apparel (Hangzhou) Co., Ltd')).toEqual([]);
  });

  it('still reads a misspelling that spells no Pinyin as the listed name', () => {
    const index = new EntityIndex([list([entry('z', 'Zhongtai Chemical Co., Ltd.'), entry('h', 'Huayuan Textile Co., Ltd.')])]);
    // zhongtia and huayian are not Pinyin (a syllable starting with a vowel inside a word needs an apostrophe).
    expect(index.match('Zhongtia Chemical Co., Ltd.')[0]?.entry.id).toBe('z');
    expect(index.match('Huayian Textile Co., Ltd.')[0]?.entry.id).toBe('h');
    expect(index.match('Huayian Textile Co., Ltd.')[0]?.explanation).toMatch(/spelling differs/);
  });

  it('finds the Latin names holding a brand word that many Chinese names spell', () => {
    // Twenty Chinese names read "lianchang ...": a posting list too long to take were they filed with the Latin names.
    const chinese = Array.from({ length: 20 }, (_, i) => entry(`c${i}`, `Entry ${i}`, [`联昌${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'金木水火土'[i % 5]}厂`]));
    const index = new EntityIndex([list([...chinese, entry('l', 'Lianchang Packaging (Ningbo) Ltd.')])]);
    expect(index.match('Lianchang Packaging (Quanzhou) Company Limited').map((m) => m.entry.id)).toContain('l');
  });
});

describe('issue #14: listed names, proven', () => {
  // Each of these came back "No link found" before: their words recur across a listed group's names and
  // had become "common" from the list's own statistics, and a name of common words was never looked up.
  it.each(['Huafu Fashion Co., Ltd.', 'Esquel Group', 'Zijin Mining Group Co., Ltd.', 'Hebei Tomato Industry Co., Ltd.', 'HUAFU FASHION CO LTD', 'Huafu Fashion'])(
    'an equal name is strong whatever its words weigh: %s',
    (name) => {
      const m = best(name);
      expect(m?.strong).toBe(true);
      expect(m?.entry.name.toLowerCase()).toContain(name.toLowerCase().split(' ')[0]);
    },
  );

  it('finds the groups in the list itself: shared brand words and entries listed with their subsidiaries, across scripts', () => {
    const groups = index.groupList().map((g) => g.words);
    for (const words of [['huafu', '华孚'], ['esquel', 'yida', '溢达'], ['zijin', '紫金'], ['ninestar', '纳思达'], ['hoshine'], ['hesheng', '合盛'], ['zhongtai', '中泰']]) {
      expect(groups.some((g) => words.every((w) => g.includes(w)))).toBe(true);
    }
    // A word of one entry that does not cover its subsidiaries is no group word.
    expect(groups.some((g) => g.includes('haolin'))).toBe(false);
  });

  it('a name holding a group word, whose names are not alike, brings the group as a lead below WEAK', () => {
    const lead = index.match('Korla Zijin Trading Co., Ltd.').find((m) => m.kind === 'group');
    expect(lead).toMatchObject({ strong: false, group: { words: ['zijin'], entries: 3 } });
    expect(lead!.score).toBeLessThan(0.55);
    expect(lead!.explanation).toMatch(/holds "zijin", a word of a listed group \(3 entries\)/);
    // A brand word of one entry only brings no lead.
    expect(index.match('Zhejiang Haolin Furniture Co., Ltd.')).toEqual([]);
  });

  it('a branch of a listed company is that company', () => {
    for (const name of ['Huafu Fashion Co., Ltd., Shanghai Branch', '纳思达股份有限公司上海分公司']) expect(best(name)?.strong).toBe(true);
    // The listed Xinye branch is not its parent company.
    expect(index.match('China Cotton Group Henan Logistics Park Co., Ltd.').find((m) => m.strong)).toBeUndefined();
  });

  it('a Latin name meets a Chinese-only entry through Pinyin and the English of its trade word', () => {
    const entry = (id: string, namesZh: string[]) => ({ id, name: namesZh[0], aliases: [], namesZh, category: 'A.4' as const, coversSubsidiaries: false, regionLocated: false });
    const idx = new EntityIndex([{ id: 't', name: 'T', version: '1', source: 't', builtIn: false, entries: [entry('qq', ['洽洽食品']), entry('sw', ['福建七匹狼'])] }]);
    expect(idx.match('Qiaqia Food Co., Ltd.')[0]).toMatchObject({ strong: true, entry: { id: 'qq' } });
    expect(idx.match('Qiaqia Food Co., Ltd.')[0].explanation).toMatch(/"qiaqia" spells 洽洽.*"food" renders 食品/);
    expect(idx.match('Fujian Qipilang')[0]).toMatchObject({ strong: true, entry: { id: 'sw' } });
  });
});
