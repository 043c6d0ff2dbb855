import { isChinaCountry, isOtherProvince, provinceMentions, rowContext } from '../../../src/domain/matchers/context';
import { normalizeText } from '../../../src/domain/normalize';
import { cell } from './row-cell';

describe('countries as buyers write them', () => {
  it.each(['China', 'P.R. China', 'P. R. China', 'PR China', 'PRC', 'P.R.C.', 'CN', 'CHN', 'Mainland China', 'China (Mainland)', 'China, mainland', "People's Republic of China", 'The People’s Republic of China', '中国', '中國', '中华人民共和国', '中国大陆'])(
    '%s is China',
    (c) => expect(isChinaCountry(normalizeText(c))).toBe(true),
  );
  it.each(['Hong Kong', 'Hong Kong, China', 'HK', 'Macau', '澳门', 'Taiwan', 'Taiwan, China', 'Chinese Taipei', '台湾', '中国香港', 'Kazakhstan'])('%s is not China', (c) =>
    expect(isChinaCountry(normalizeText(c))).toBe(false),
  );
  it('reads the row: a Hong Kong country is another country, a Chinese-script row with no country is China', () => {
    expect(rowContext({ sheetName: 'S', row: 2, cells: [cell('country', 'Hong Kong, China')] }).country).toBe('other');
    expect(rowContext({ sheetName: 'S', row: 2, cells: [cell('address', '广州市天河区')] }).country).toBe('china');
  });
});

describe('provinces named in a cell', () => {
  it('finds provinces, not streets named after them', () => {
    expect(provinceMentions(normalizeText('广东省云浮市新兴县人民路8号')).map((m) => m.name)).toEqual(['广东']);
    expect(provinceMentions(normalizeText('8 Renmin Road, Baicheng, Jilin')).map((m) => m.name)).toEqual(['jilin']);
    expect(provinceMentions(normalizeText('乌鲁木齐市北京南路38号'))).toEqual([]);
    expect(provinceMentions(normalizeText('88 Beijing Road, Urumqi'))).toEqual([]);
    expect(provinceMentions(normalizeText('上海援疆产业园, 喀什'))).toEqual([]);
    expect(provinceMentions(normalizeText('Inner Mongolia Xuanda Food')).map((m) => m.name)).toEqual(['inner mongolia']);
  });
  it('a province or city column names another province when it starts with one', () => {
    expect(isOtherProvince(normalizeText('Guangdong Province'))).toBe(true);
    expect(isOtherProvince(normalizeText('广东深圳'))).toBe(true);
    expect(isOtherProvince(normalizeText('Xinjiang'))).toBe(false);
  });
});
