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
