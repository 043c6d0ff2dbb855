// Parts of the generated company names that are not on the list: trades unrelated to every listed
// entity, provinces, filler brand words, foreign countries. Each pool is filtered at run time against
// every word and Chinese character of the built-in list, so a decoy shares only the word it is built on.
import { brand, Rng } from '../../../bench/generate';
import { toPinyinSyllables } from '../../../src/domain/chinese';
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import { classify, words } from './words';
import { hasHan } from './variants';
import { listedNames } from './listed';

export interface Trade {
  en: string;
  product: string;
  zh: string;
}

/** Trades no listed entity is in: a decoy in one of them is in an unrelated sector. */
const UNRELATED_TRADES: Trade[] = [
  { en: 'Furniture', product: 'wooden furniture', zh: '家具' },
  { en: 'Toys', product: 'plastic toys', zh: '玩具' },
  { en: 'Packaging', product: 'corrugated cartons', zh: '包装' },
  { en: 'Auto Parts', product: 'brake pads', zh: '汽车配件' },
  { en: 'Ceramics', product: 'porcelain tableware', zh: '陶瓷' },
  { en: 'Stationery', product: 'notebooks', zh: '文具' },
  { en: 'Eyewear', product: 'sunglasses', zh: '眼镜' },
  { en: 'Cosmetics', product: 'lipstick', zh: '化妆品' },
  { en: 'Bicycle', product: 'bicycles', zh: '自行车' },
  { en: 'Umbrella', product: 'umbrellas', zh: '雨伞' },
  { en: 'Lighting', product: 'LED lamps', zh: '照明' },
  { en: 'Kitchenware', product: 'cookware', zh: '厨具' },
  { en: 'Pet Supplies', product: 'pet beds', zh: '宠物' },
];

/** Provinces with a city in them, for decoys in China: [province, city, Chinese province]. */
const PROVINCES: [string, string, string][] = [
  ['Zhejiang', 'Wenzhou', '浙江'],
  ['Jiangxi', 'Nanchang', '江西'],
  ['Guangxi', 'Nanning', '广西'],
  ['Yunnan', 'Kunming', '云南'],
  ['Guizhou', 'Guiyang', '贵州'],
  ['Hainan', 'Haikou', '海南'],
  ['Shaanxi', "Xi'an", '陕西'],
  ['Jilin', 'Changchun', '吉林'],
  ['Liaoning', 'Shenyang', '辽宁'],
  ['Fujian', 'Quanzhou', '福建'],
  ['Jiangsu', 'Suzhou', '江苏'],
  ['Guangdong', 'Foshan', '广东'],
];

/** Suppliers outside China: [country, city, legal form]. */
export const ABROAD: [string, string, string][] = [
  ['Vietnam', 'Ho Chi Minh City', 'JSC'],
  ['Bangladesh', 'Gazipur', 'Ltd.'],
  ['India', 'Tiruppur', 'Pvt. Ltd.'],
  ['Turkey', 'Denizli', 'A.S.'],
  ['Pakistan', 'Faisalabad', '(Pvt) Ltd'],
  ['Cambodia', 'Phnom Penh', 'Co., Ltd.'],
  ['Mexico', 'Puebla', 'S.A. de C.V.'],
  ['Italy', 'Prato', 'Srl'],
  ['United States', 'Charlotte', 'Inc.'],
];

const WESTERN_FILLERS = ['Meghna', 'Padma', 'Karnaphuli', 'Mekong', 'Marmara', 'Kaveri', 'Narmada', 'Tisza', 'Douro', 'Sava', 'Rhone', 'Elbe'];

export interface DecoyParts {
  trades: Trade[];
  provinces: [string, string, string][];
  /** Chinese brand words (two characters) and their Pinyin, none of whose characters or syllables a listed name holds. */
  fillers: { zh: string; pinyin: string }[];
  western: string[];
  /** Every word of every listed Latin name, and every word a listed Chinese name's syllables spell. */
  listedWords: Set<string>;
}

let parts: DecoyParts | null = null;

export function decoyParts(): DecoyParts {
  if (parts) return parts;
  const names = listedNames(BUILT_IN_LIST);
  const listedWords = new Set<string>();
  const listedChars = new Set<string>();
  const hanNames: string[] = [];
  const syllableRuns: string[] = [];
  for (const n of names) {
    for (const w of words(n.text)) listedWords.add(w);
    if (hasHan(n.text)) {
      for (const ch of n.text) listedChars.add(ch);
      hanNames.push(n.text);
      syllableRuns.push(toPinyinSyllables(n.text.replace(/[^\u3400-\u9fff]/g, '')).join(''));
    }
  }
  const spelled = (w: string) => syllableRuns.some((run) => run.includes(w));
  const free = (text: string) => words(text).every((w) => !listedWords.has(w) && !spelled(w));
  const rng = new Rng(1414);
  const fillers: DecoyParts['fillers'] = [];
  const seen = new Set<string>();
  for (let guard = 0; fillers.length < 40 && guard < 5000; guard++) {
    const zh = brand(rng).slice(0, 2);
    if (seen.has(zh) || [...zh].some((c) => listedChars.has(c))) continue;
    seen.add(zh);
    const syl = toPinyinSyllables(zh);
    const pinyin = syl.join('');
    if (pinyin.length < 5 || !free(pinyin) || classify(pinyin) !== 'pinyin') continue;
    fillers.push({ zh, pinyin: pinyin[0].toUpperCase() + pinyin.slice(1) });
  }
  parts = {
    trades: UNRELATED_TRADES.filter((t) => free(t.en) && free(t.product) && !hanNames.some((n) => n.includes(t.zh))),
    provinces: PROVINCES.filter(([p, c, zh]) => free(`${p} ${c}`) && !hanNames.some((n) => n.includes(zh))),
    fillers,
    western: WESTERN_FILLERS.filter(free),
    listedWords,
  };
  return parts;
}
