// Place matcher: names of the Region's divisions in every script, with the known traps (streets named
// after Region places in other cities, same-named places abroad, product names, denials) excluded.
import { places, type Place } from '../../data';
import { excerpt, type RowCell } from '../cells';
import { hasHan } from '../chinese';
import { normalizeText, wordTokens } from '../normalize';
import type { Category, Confidence, Finding, Role } from '../types';
import type { RowContext } from './context';

type Ambiguity = 'low' | 'med' | 'high';
type Script = 'zh' | 'latin' | 'ug' | 'cyr';

interface PlaceName {
  place: Place;
  text: string;
  script: Script;
  ambiguity: Ambiguity;
}

export interface PlaceHit {
  cell: RowCell;
  name: PlaceName;
  /** Position of the hit in the cell's normalised text (characters for Chinese, tokens otherwise). */
  at: number;
  /** The hit is an origin claim on a product (新疆棉, "Xinjiang cotton"). */
  originClaim: boolean;
}

const ZH_SUFFIX = /(自治区|自治州|自治县|地区|市|县|区|州|师)$/;
const LATIN_SUFFIX_WORDS = new Set(['prefecture', 'county', 'city', 'district', 'autonomous', 'region', 'division']);
const UG_GENERIC = new Set(['كونا شەھەر', 'يېڭىشەھەر', 'باي'].map(normalizeText));
const NEVER_LATIN = new Set(['yiwu']); // 伊吾 in pinyin is also Yiwu, Zhejiang (义乌), a major trading city.
const MIN_HAN_BASE = 2;

// Words after a place name that make it a street, a building or a product variety rather than a place.
const ZH_STREET_AFTER = /^(中路|北路|南路|东路|西路|路|大街|街|道(?!班)|巷|社区|小区|新村|居委会|大厦|酒店|饭店|餐厅|宾馆|广场)/;
const ZH_VARIETY_AFTER = /^(瓜|玉|枣|梨|香梨|苹果|啤酒|葡萄|菜|大盘鸡|烤肉|拌面|风味)/;
const ZH_ORIGIN_AFTER = /^(长绒棉|棉|番茄|红枣|多晶硅|硅|铝|羊毛)/;
const ZH_ORIGIN_BEFORE = /(产自|来自|源自|原产于?|产地[:：]?|采购自|进口自)$/;
const LATIN_ORIGIN_BEFORE = /\b(from|origin|originat\w*|sourced|grown|made|produced|mined|harvested|spun)( in| from| of)?[:\s]*$/;
const ADMIN_SUFFIX_TOKENS = new Set(['diqu', 'shi', 'xian', 'qu', 'zhou', 'prefecture', 'county', 'city', 'district', 'zizhizhou', 'zizhixian']);
const LATIN_STREET_AFTER = new Set(['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lu', 'jie', 'lane', 'ln', 'boulevard', 'blvd', 'alley', 'hutong', 'dajie', 'plaza', 'restaurant', 'cuisine']);
const LATIN_DIRECTION = new Set(['middle', 'north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'zhong', 'bei', 'nan', 'dong', 'xi', 'central']);
const LATIN_VARIETY_AFTER = new Set(['melon', 'melons', 'jade', 'beer', 'apple', 'apples', 'pear', 'pears', 'raisin', 'raisins']);
const LATIN_ORIGIN_AFTER = new Set(['cotton', 'tomato', 'tomatoes', 'polysilicon', 'silicon', 'aluminium', 'aluminum', 'wool', 'dates', 'jujube', 'jujubes']);

const DENIAL_LATIN = /\b(no|not|never|without|free of|excluding|exclude|excludes|non|none|zero|deny|denies|denied|nor)\b(?![.\s]*\d)/;
const DENIAL_ZH = /(不涉|无|非|未|没有|不在|否认|不含|不使用|不采购|禁止)/;

/** latin: names by their tokens joined with spaces; longestFrom: most tokens of a name starting with a token. */
let index: { latin: Map<string, PlaceName[]>; longestFrom: Map<string, number>; zh: Map<string, PlaceName[]> } | null = null;

function lowerAmbiguity(a: Ambiguity): Ambiguity {
  return a === 'high' ? 'med' : 'low';
}

function buildIndex() {
  const latin = new Map<string, PlaceName[]>();
  const zh = new Map<string, PlaceName[]>();
  const add = (map: Map<string, PlaceName[]>, key: string, name: PlaceName) => {
    const list = map.get(key) ?? [];
    if (!list.some((n) => n.place.id === name.place.id && n.text === name.text)) list.push(name);
    map.set(key, list);
  };
  for (const place of places) {
    const regionLevel = place.level === 'region';
    const zhNames = new Set([place.nameZh, place.baseZh, ...place.names.zhSimplified, ...place.names.zhTraditional].map(normalizeText));
    for (const text of zhNames) {
      if (Array.from(text).length < MIN_HAN_BASE) continue;
      const full = text === normalizeText(place.nameZh) && ZH_SUFFIX.test(text) && text !== normalizeText(place.baseZh);
      let ambiguity: Ambiguity = full
        ? (['新市区', '东山区'].includes(text) || place.ambiguity.zh === 'high' ? 'med' : 'low')
        : place.ambiguity.zh;
      if (regionLevel && place.id !== 'xpcc' && text === '新疆') ambiguity = 'low'; // street and food uses are excluded by suffix rules
      if (Array.from(text).length === 2 && /[市州]$/.test(text) && ambiguity === 'low') ambiguity = 'med'; // 乌市, 巴州 …
      if (/兵团|^农.{1,3}师/.test(text)) ambiguity = 'low'; // 兵团第八师, 农八师: only the XPCC is named so
      add(zh, text[0], { place, text, script: 'zh', ambiguity });
    }
    const otherScripts: [Script, string[]][] = [
      ['latin', place.names.latin],
      ['ug', place.names.uyghurArabic],
      ['cyr', place.names.cyrillic],
    ];
    for (const [script, names] of otherScripts) {
      for (const raw of names) {
        const tokens = wordTokens(normalizeText(raw));
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        if (NEVER_LATIN.has(key)) continue;
        if (script === 'ug' && UG_GENERIC.has(key)) continue;
        let ambiguity: Ambiguity = script === 'ug' ? 'low' : place.ambiguity.latin;
        if (regionLevel) ambiguity = 'low';
        if (tokens.length > 1 && tokens.some((t) => LATIN_SUFFIX_WORDS.has(t))) ambiguity = lowerAmbiguity(ambiguity);
        if (/\b(xpcc|bingtuan|bingtuen)\b|production and construction|agricultural division/.test(key)) ambiguity = 'low';
        // An exonym or official romanisation (Kashgar, Ghulja, Qeshqer) is safer than the bare Pinyin (Kashi, Yili).
        const pinyin = normalizeText(place.names.latin[0] ?? '').replace(/['\s]/g, '');
        if (script === 'latin' && ambiguity === 'high' && key.length >= 6 && key.replace(/ /g, '') !== pinyin) ambiguity = 'med';
        if (key.replace(/ /g, '').length <= 4 && !regionLevel) ambiguity = 'high';
        if (script === 'ug' && key.length <= 3) ambiguity = 'med';
        add(latin, key, { place, text: key, script, ambiguity });
      }
    }
  }
  for (const list of zh.values()) list.sort((a, b) => b.text.length - a.text.length);
  const longestFrom = new Map<string, number>();
  for (const key of latin.keys()) {
    const tokens = key.split(' ');
    longestFrom.set(tokens[0], Math.max(longestFrom.get(tokens[0]) ?? 1, tokens.length));
  }
  return { latin, longestFrom, zh };
}

/** Build the place index now (hosts call this between UI breaths rather than inside the first row). */
export function warmPlaceIndex(): void {
  placeIndex();
}

function placeIndex() {
  index ??= buildIndex();
  return index;
}

function deniedBefore(text: string, at: number, han: boolean): boolean {
  const before = text.slice(0, at);
  const clause = before.split(/[.;!?。；！？\n](?!\s*\d)/).pop() ?? '';
  return han ? DENIAL_ZH.test(clause.slice(-12)) || DENIAL_LATIN.test(clause) : DENIAL_LATIN.test(clause) || DENIAL_ZH.test(clause);
}

function scanHan(cell: RowCell, hits: PlaceHit[]) {
  const { zh } = placeIndex();
  const text = cell.norm;
  for (let i = 0; i < text.length; ) {
    const candidates = zh.get(text[i]);
    const name = candidates?.find((n) => text.startsWith(n.text, i));
    if (!name) {
      i++;
      continue;
    }
    const after = text.slice(i + name.text.length);
    const end = i + name.text.length;
    const street = ZH_STREET_AFTER.test(after) && !(after.startsWith('街道') && ZH_SUFFIX.test(name.text));
    if (!street && !ZH_VARIETY_AFTER.test(after) && !deniedBefore(text, i, true)) {
      hits.push({ cell, name, at: i, originClaim: ZH_ORIGIN_AFTER.test(after) || ZH_ORIGIN_BEFORE.test(text.slice(Math.max(0, i - 6), i)) });
    }
    i = end;
  }
}

function scanTokens(cell: RowCell, hits: PlaceHit[]) {
  const { latin, longestFrom } = placeIndex();
  const spaced = cell.norm.replace(/['’ʼ`´‘]/g, '');
  const tokens = wordTokens(cell.norm);
  if (tokens.length === 0) return;
  // Also try runs of tokens written together ("wulumuqishi", "XinjiangUrumqi" split by case is lost after lower-casing).
  for (let i = 0; i < tokens.length; ) {
    let matched: { name: PlaceName; len: number } | null = null;
    // Only as many tokens as the longest name that starts with this one (most tokens start none).
    for (let n = Math.min(longestFrom.get(tokens[i]) ?? 1, tokens.length - i); n >= 1 && !matched; n--) {
      const list = latin.get(n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' '));
      if (list) matched = { name: list[0], len: n };
    }
    if (!matched) {
      const bare = tokens[i].replace(/(zizhizhou|zizhixian|zizhiqu|diqu|shi|xian|qu|zhou)$/, '');
      const list = bare !== tokens[i] && bare.length >= 4 ? latin.get(bare) : undefined;
      if (list) matched = { name: list[0], len: 1 };
    }
    if (!matched) {
      i++;
      continue;
    }
    const next = tokens[i + matched.len];
    const next2 = tokens[i + matched.len + 1];
    const street =
      (next !== undefined && LATIN_STREET_AFTER.has(next)) ||
      (next !== undefined && LATIN_DIRECTION.has(next) && next2 !== undefined && LATIN_STREET_AFTER.has(next2)) ||
      (matched.name.place.level === 'region' && (next === 'county' || next === 'xian'));
    const variety = next !== undefined && LATIN_VARIETY_AFTER.has(next);
    const charAt = approximateCharOffset(spaced, tokens, i);
    if (!street && !variety && !deniedBefore(spaced, charAt, false)) {
      const originClaim = (next !== undefined && LATIN_ORIGIN_AFTER.has(next)) || LATIN_ORIGIN_BEFORE.test(spaced.slice(Math.max(0, charAt - 24), charAt));
      // "Kashi Diqu", "Aksu City": an administrative word after the name makes it a Chinese division.
      const name = next !== undefined && ADMIN_SUFFIX_TOKENS.has(next) && matched.name.ambiguity !== 'low' ? { ...matched.name, ambiguity: lowerAmbiguity(matched.name.ambiguity) } : matched.name;
      hits.push({ cell, name, at: i, originClaim });
    }
    i += matched.len;
  }
}

function approximateCharOffset(text: string, tokens: string[], tokenIndex: number): number {
  let pos = 0;
  for (let k = 0; k <= tokenIndex; k++) {
    const found = text.indexOf(tokens[k], pos);
    if (found < 0) return pos;
    pos = k === tokenIndex ? found : found + tokens[k].length;
  }
  return pos;
}

/** Hits by normalised cell text (the scan reads nothing else): city, province and country cells repeat down a column. */
const memo = new Map<string, PlaceHit[]>();
const MEMO_SIZE = 20_000;

/** Every Region place named in a cell, traps excluded; confidence is decided later with the row context. */
export function findPlaces(cell: RowCell): PlaceHit[] {
  let found = memo.get(cell.norm);
  if (!found) {
    found = [];
    if (hasHan(cell.norm)) scanHan(cell, found);
    if (/[\p{Script=Latin}\p{Script=Arabic}\p{Script=Cyrillic}]/u.test(cell.norm)) scanTokens(cell, found);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(cell.norm, found);
  }
  const hits: PlaceHit[] = [];
  for (const h of found) hits.push({ cell, name: h.name, at: h.at, originClaim: h.originClaim });
  return hits;
}

// ---- from hits to findings ----

const LOCATION_ROLES: Role[] = ['address', 'city', 'province', 'postalCode', 'country'];
const GROUP_ROLES: Role[] = ['parent', 'otherSites', 'regionOperations'];
const INPUT_ROLES: Role[] = ['inputs', 'inputOrigin', 'product'];
export const PLACE_ROLES: Role[] = [...LOCATION_ROLES, ...GROUP_ROLES, ...INPUT_ROLES, 'supplierName', 'notes'];

function categoryFor(role: Role): Category {
  if (GROUP_ROLES.includes(role)) return 'A.2';
  if (INPUT_ROLES.includes(role)) return 'A.4';
  return 'A.1';
}

function levelWord(place: Place): string {
  switch (place.level) {
    case 'region':
      return 'region';
    case 'prefecture':
      return 'prefecture';
    case 'county':
      return 'county';
    case 'xpcc_city':
      return 'XPCC city';
    case 'xpcc_division':
      return 'XPCC division';
  }
}

export function describePlace(place: Place): string {
  const code = /^\d/.test(place.id) ? ` ${place.id}` : '';
  if (place.level === 'region') return `${place.label} (${place.id === 'xpcc' ? 'XPCC' : 'Uyghur Region'})`;
  return `${place.label}, ${place.parentLabel} (${levelWord(place)}${code})`;
}

function nameStartsWith(hit: PlaceHit): boolean {
  if (hit.name.script === 'zh') {
    const text = hit.cell.norm;
    return hit.at === 0 || /[(（]$/.test(text.slice(0, hit.at));
  }
  if (hit.at === 0) return true;
  const before = hit.cell.norm.replace(/['’ʼ`´‘]/g, '');
  const tokenText = wordTokens(hit.cell.norm).slice(0, hit.at).join(' ');
  return tokenText.length > 0 && /\(\s*$/.test(before.slice(0, approximateCharOffset(before, wordTokens(hit.cell.norm), hit.at)));
}

function confidenceOf(amb: Ambiguity, china: boolean, regionSignal: boolean): Confidence | null {
  if (amb === 'low') return 'high';
  if (amb === 'med') return china || regionSignal ? 'high' : 'medium';
  return regionSignal ? 'high' : china ? 'medium' : null;
}

/**
 * Turn the place hits of a row into findings. `codeSignal` is true when a postal, phone or registration
 * code of the Region was found in the row: it is independent evidence that lifts ambiguous names.
 */
export function placeFindings(hits: PlaceHit[], ctx: RowContext, codeSignal: boolean, transferNotes: boolean): Finding[] {
  const kept = hits.filter((h) => {
    const role = h.cell.role;
    if (role === 'notes' && transferNotes) return false; // the labour-transfer finding covers it
    if (role === 'supplierName' && !nameStartsWith(h)) return false;
    // Another country is stated: only an unmistakable Region name survives, and only as a conflict to review.
    if (ctx.country === 'other' && (LOCATION_ROLES.includes(role) || role === 'supplierName')) return h.name.script !== 'latin' || h.name.ambiguity === 'low';
    if (ctx.otherProvince && role === 'address') return false;
    return true;
  });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const h of kept) {
    const others = kept.filter((o) => o !== h && o.name.place.id !== h.name.place.id && o.name.ambiguity !== 'high');
    const regionSignal = codeSignal || others.length > 0 || (h.cell.role === 'province' && h.name.place.level === 'region');
    let confidence = confidenceOf(h.name.ambiguity, ctx.country === 'china', regionSignal);
    if (!confidence) continue;
    if (h.cell.role === 'notes' && confidence === 'high') confidence = 'medium';
    const conflict = ctx.country === 'other' && (LOCATION_ROLES.includes(h.cell.role) || h.cell.role === 'supplierName');
    if (conflict) confidence = 'medium';
    const category = h.originClaim && !INPUT_ROLES.includes(h.cell.role) && h.cell.role !== 'supplierName' ? 'A.4' : categoryFor(h.cell.role);
    const key = `${category}|place|${h.name.place.id}`;
    if (seen.has(`${key}|${h.cell.address}`)) continue;
    seen.add(`${key}|${h.cell.address}`);
    findings.push({
      category,
      risk: false,
      confidence,
      matcher: 'place',
      column: h.cell.header,
      cell: h.cell.address,
      matched: originalText(h),
      detail: `= ${describePlace(h.name.place)}${scriptNote(h)}${conflict ? ' (the country column names another country: check which is right)' : ''}`,
      key,
    });
  }
  return findings;
}

function scriptNote(h: PlaceHit): string {
  const note = { zh: '', latin: '', ug: ' [Uyghur script]', cyr: ' [Cyrillic]' }[h.name.script];
  return h.originClaim ? `${note}, named as the origin of a product` : note;
}

/** The matched words as the user wrote them where they can be found, else the normalised form. */
function originalText(h: PlaceHit): string {
  const raw = h.cell.raw;
  const target = h.name.text;
  const lower = raw.toLowerCase();
  const i = lower.indexOf(target);
  if (i >= 0) return raw.slice(i, i + target.length);
  const loose = new RegExp(target.split(' ').map((t) => t.split('').join("['’ʼ\\-\\s]?")).join('[\\s\\-]*'), 'i');
  const m = loose.exec(raw.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  return m ? raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').slice(m.index, m.index + m[0].length) : excerpt(target);
}
