// Traps that name a Region place without placing the supplier there: streets named after Region places
// in other cities, product and variety names, and denials in notes. None may give Disengage.
import type { CellValue, RowResult } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { a1Outcome, describe, spellings } from './oracle';

const HEADER = ['Supplier Name', 'Street Address', 'City', 'Province', 'Country', 'Product', 'Notes'];
type Cells = Partial<Record<(typeof HEADER)[number], string>>;

function row(cells: Cells): CellValue[] {
  return HEADER.map((h) => cells[h] ?? (h === 'Supplier Name' ? 'Brightfield Textile Co., Ltd.' : null));
}

const DISENGAGE = new Set(['Disengage now', 'Disengage']);

function trapGenerator(name: string, description: string, build: () => { id: string; cells: Cells }[], pass: (r: RowResult | null) => boolean): Generator {
  return {
    suite: 'places',
    name,
    description,
    negative: true,
    required: 1,
    async run(): Promise<CaseResult[]> {
      const cases = build();
      const results = await screenRows({ header: HEADER, rows: cases.map((c) => row(c.cells)) });
      return cases.map((c, i) => {
        const ok = pass(results[i]);
        return { id: c.id, outcome: a1Outcome(results[i]), pass: ok, detail: ok ? undefined : describe(results[i]) };
      });
    },
  };
}

const OTHER_CITIES = [
  { zh: '上海市', province: '上海', latin: 'Shanghai', latinProvince: 'Shanghai' },
  { zh: '青岛市', province: '山东', latin: 'Qingdao', latinProvince: 'Shandong' },
  { zh: '天津市', province: '天津', latin: 'Tianjin', latinProvince: 'Tianjin' },
];

/** Prefecture- and county-level places and the Region itself: the names streets are given. */
function streetSpellings() {
  return spellings().filter((s) => !s.place.historical && s.place.level !== 'xpcc_division' && (s.script === 'zh' || s.script === 'latin') && s.text.length <= 14);
}

export const streetGenerator = trapGenerator(
  'traps: streets named after Region places',
  'Every Chinese and Latin spelling of the Region and its prefectures, counties and XPCC cities as a street (路, 北路, 街; Road, Street) in Shanghai, Qingdao or Tianjin, with that city and its province, country China. Expected: no A.1 high finding.',
  () => {
    const out: { id: string; cells: Cells }[] = [];
    spellingsLoop: for (const [i, s] of streetSpellings().entries()) {
      const city = OTHER_CITIES[i % OTHER_CITIES.length];
      if (s.script === 'zh') {
        if (/[市县区州师]$/.test(s.text) || /自治/.test(s.text)) continue spellingsLoop;
        for (const street of ['路', '北路', '街']) out.push({ id: `${city.zh}${s.text}${street}`, cells: { 'Street Address': `${city.zh}${s.text}${street}88号`, City: city.zh, Province: city.province, Country: '中国' } });
      } else {
        for (const street of ['Road', 'Street']) out.push({ id: `${s.text} ${street}, ${city.latin}`, cells: { 'Street Address': `88 ${s.text} ${street}`, City: city.latin, Province: city.latinProvince, Country: 'China' } });
      }
    }
    return out;
  },
  (r) => a1Outcome(r) !== 'strong',
);

/** Product and variety names that carry a Region place name without placing a facility there (research/xuar-signals.md §6). */
const PRODUCTS = [
  '哈密瓜', 'Hami melon', 'Hami melons', '和田玉', '和田玉手镯', 'Hotan jade', 'Hetian jade', 'Khotan jade bangles', '乌苏啤酒', 'Wusu beer',
  '新疆大盘鸡', '新疆菜', 'Xinjiang cuisine', '库尔勒香梨', 'Korla pears', '吐鲁番葡萄干', 'Turpan raisins', '阿克苏苹果', 'Aksu apples',
  '若羌红枣', '精河枸杞', '新疆棉', 'Xinjiang cotton', '新疆长绒棉', 'Xinjiang long-staple cotton', '伽师瓜', '英吉沙小刀',
];

export const productGenerator = trapGenerator(
  'traps: products named after Region places',
  'Product and variety names holding a Region place (哈密瓜, Hami melon, 和田玉, Wusu beer, Xinjiang cotton …) in the product column and as the company name, for a supplier in Jiangsu, country China. Expected: no A.1 high finding (an origin claim is A.4, not a facility).',
  () =>
    PRODUCTS.flatMap((p) => [
      { id: `product "${p}"`, cells: { Product: p, Province: 'Jiangsu', Country: 'China' } },
      { id: `name "${p} Trading Co."`, cells: { 'Supplier Name': /\p{Script=Han}/u.test(p) ? `${p}贸易有限公司` : `${p} Trading Co., Ltd.`, Province: 'Jiangsu', Country: 'China' } },
    ]),
  (r) => a1Outcome(r) !== 'strong',
);

const DENIALS_LATIN = [
  'No operations in {X}', 'We do not source from {X}', 'Supplier has never had a facility in {X}', 'No {X} cotton is used', 'Free of {X} cotton',
  'Confirmed: no mill in {X}', 'None of our inputs come from {X}', 'Without any {X} content', 'Does not buy from {X}', 'Zero sourcing from {X}',
];
const DENIALS_ZH = ['不涉及{X}', '承诺不涉及{X}业务', '未在{X}设厂', '不使用{X}棉', '无{X}工厂', '从未在{X}采购', '否认在{X}有业务', '没有{X}原料', '非{X}产', '不采购{X}的原料'];

export const denialGenerator = trapGenerator(
  'traps: denials in notes',
  'Denials ("No operations in {X}", "We do not source from {X}", 不涉及{X}, 未在{X}设厂 …) in the notes of a supplier in Jiangsu, country China, for every unambiguous Chinese and Latin spelling of the Region and its prefectures. Expected: no finding and no Disengage.',
  () => {
    const chosen = spellings().filter((s) => !s.ambiguous && !s.place.historical && (s.place.level === 'region' || s.place.level === 'prefecture'));
    return chosen.flatMap((s, i) => {
      const list = s.script === 'zh' ? DENIALS_ZH : s.script === 'latin' ? DENIALS_LATIN : [];
      const phrase = list[i % Math.max(1, list.length)];
      if (!phrase) return [];
      const other = list[(i + 3) % list.length];
      return [phrase, other].map((p) => ({ id: `notes "${p.replace('{X}', s.text)}"`, cells: { Notes: p.replace('{X}', s.text), Province: 'Jiangsu', Country: 'China' } }));
    });
  },
  (r) => !!r && r.findings.length === 0 && !DISENGAGE.has(r.status),
);
