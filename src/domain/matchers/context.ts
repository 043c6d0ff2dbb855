// What a row says about where the supplier is: China, elsewhere, or unknown; and whether its cells name
// a Chinese province other than the Region.
import { cellsOf, type RowView } from '../cells';
import { hasHan } from '../chinese';
import { wordTokens } from '../normalize';

/**
 * China as buyers write it (normalised: lower case, simplified). Hong Kong, Macau and Taiwan are not
 * China for the country rules ("Hong Kong, China" included): their own rules and codes apply.
 */
const CHINA =
  /^(china|cn|chn|prc|p\.?\s?r\.?\s?c\.?|p\.?\s?r\.?\s?(of\s)?china|prc china|(the )?people'?s republic of china|china,? people'?s republic( of)?|mainland china|china,? mainland|china \(mainland\)|中国|中华人民共和国|中国大陆|大陆|中国内地)$/;

// Mainland provinces, municipalities and autonomous regions other than the Uyghur Region, in pinyin and
// Chinese (GB/T 2260 province list). Used to tell that "Urumqi Road" in a Shanghai row is a street.
const OTHER_PROVINCES_ZH = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏',
];
const OTHER_PROVINCES_LATIN = [
  'beijing', 'tianjin', 'hebei', 'shanxi', 'inner mongolia', 'nei mongol', 'neimenggu', 'liaoning', 'jilin', 'heilongjiang',
  'shanghai', 'jiangsu', 'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong',
  'guangxi', 'hainan', 'chongqing', 'sichuan', 'guizhou', 'yunnan', 'tibet', 'xizang', 'shaanxi', 'gansu', 'qinghai', 'ningxia',
];
const OTHER_PROVINCE_LATIN_RE = new RegExp(`^(${OTHER_PROVINCES_LATIN.join('|')})( province| sheng| shi| municipality| city)?$`);

// A province name inside a cell, not followed by a street word (北京路 and "Beijing Road" are streets in
// many cities, the Region's included) nor a character that makes it part of a longer name.
const PROVINCE_IN_HAN = new RegExp(`(${OTHER_PROVINCES_ZH.join('|')})(?!(中|东|西|南|北)?(路|街|大街|道|巷|里|大厦|广场|饭店|宾馆|酒店|商城|市场|花园|小区|新村|援疆|村))`, 'g');
const LATIN_STREET = new Set(['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lu', 'jie', 'lane', 'alley', 'plaza', 'building', 'bldg', 'tower', 'mansion', 'hotel', 'aid', 'restaurant', 'middle', 'north', 'south', 'east', 'west']);
const PROVINCE_TOKENS_BY_FIRST = new Map<string, string[][]>();
for (const p of OTHER_PROVINCES_LATIN) {
  const tokens = p.split(' ');
  PROVINCE_TOKENS_BY_FIRST.set(tokens[0], [...(PROVINCE_TOKENS_BY_FIRST.get(tokens[0]) ?? []), tokens]);
}

export type CountryKind = 'china' | 'other' | 'unknown';

export interface RowContext {
  country: CountryKind;
  /** The province or city column names a Chinese province other than the Region (before place names are known). */
  otherProvince: boolean;
  /** Any cell of the row is written in Chinese script. */
  hanText: boolean;
}

/** A province or city cell that starts with a province other than the Region (广东省, "Guangdong Province"). */
export function isOtherProvince(norm: string): boolean {
  if (OTHER_PROVINCE_LATIN_RE.test(norm)) return true;
  return provinceMentions(norm).some((m) => m.at === 0);
}

export interface ProvinceMention {
  name: string;
  /** Where: a character index in Chinese text, a word index (wordTokens) in Latin text. */
  at: number;
  han: boolean;
}

/** Every province other than the Region named in a normalised cell, not as a street (北京南路, "Beijing Road"). */
export function provinceMentions(norm: string): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  if (hasHan(norm)) for (const m of norm.matchAll(PROVINCE_IN_HAN)) out.push({ name: m[1], at: m.index, han: true });
  const tokens = wordTokens(norm);
  for (let i = 0; i < tokens.length; i++) {
    for (const p of PROVINCE_TOKENS_BY_FIRST.get(tokens[i]) ?? []) {
      if (p.every((t, k) => tokens[i + k] === t) && !LATIN_STREET.has(tokens[i + p.length] ?? '')) out.push({ name: p.join(' '), at: i, han: false });
    }
  }
  return out;
}

export function isChinaCountry(norm: string): boolean {
  return CHINA.test(norm.replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim());
}

export function rowContext(view: RowView): RowContext {
  const countries = cellsOf(view, 'country');
  let country: CountryKind = 'unknown';
  for (const c of countries) {
    if (isChinaCountry(c.norm) || /xinjiang|新疆|xuar/.test(c.norm)) country = 'china';
    else if (country === 'unknown') country = 'other';
  }
  const otherProvince = cellsOf(view, 'province', 'city').some((c) => isOtherProvince(c.norm));
  const hanText = view.cells.some((c) => hasHan(c.raw));
  if (country === 'unknown' && (otherProvince || hanText)) country = 'china';
  return { country, otherProvince, hanText };
}
