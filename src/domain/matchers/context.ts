// What a row says about where the supplier is: China, elsewhere, or unknown; and whether its own
// province or city column names a Chinese province other than the Region.
import { cellsOf, type RowView } from '../cells';
import { hasHan } from '../chinese';

const CHINA = /^(china|cn|chn|prc|p\.?\s?r\.?\s?c\.?|(the )?people'?s republic of china|mainland china|china mainland|中国|中华人民共和国|中国大陆|大陆)$/;

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

export type CountryKind = 'china' | 'other' | 'unknown';

export interface RowContext {
  country: CountryKind;
  /** The province or city column names a Chinese province other than the Region. */
  otherProvince: boolean;
  /** Any cell of the row is written in Chinese script. */
  hanText: boolean;
}

function isOtherProvince(norm: string): boolean {
  if (OTHER_PROVINCE_LATIN_RE.test(norm)) return true;
  return OTHER_PROVINCES_ZH.some((p) => norm.startsWith(p));
}

export function isChinaCountry(norm: string): boolean {
  return CHINA.test(norm.replace(/[.,]/g, (m) => (m === '.' ? '.' : '')).trim());
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
