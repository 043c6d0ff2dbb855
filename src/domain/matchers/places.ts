// Place matcher: names of the Region's divisions in every script, with the known traps (streets named
// after Region places in other cities, product names, denials) excluded. Whether a name counts is
// decided per spelling (places.json `ambiguous`) and by the row: see placeFindings.
import { places, regionTowns, type Place } from '../../data';
import { hasHan, toPinyinSyllables } from '../chinese';
import { excerpt, type RowCell } from '../cells';
import { normalizeText, wordTokens } from '../normalize';
import type { Category, Confidence, Finding, Role } from '../types';
import type { RowContext } from './context';
import { deniedBefore } from './denial';

type Script = 'zh' | 'latin' | 'ug' | 'cyr';

interface PlaceName {
  /** The place named, or for a township the county-level place it lies in. */
  place: Place;
  text: string;
  script: Script;
  /** Why this spelling can mean something else (places.json, region-towns.json), or null when it cannot. */
  ambiguous: string | null;
  /** A township of `place` (region-towns.json), by its Chinese name. */
  town?: string;
  /**
   * A township spelling so common elsewhere that alone it says nothing: shared with more than
   * TOWN_SHARED_MAX divisions elsewhere (城关镇, 新华街道), or the end of longer names there (南路街道 in
   * 解放南路街道). It only supports other Region evidence.
   */
  supportOnly?: boolean;
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
const MIN_HAN_BASE = 2;

// Words after a place name that make it a street, a building or a product variety rather than a place.
const ZH_STREET_AFTER = /^(中路|北路|南路|东路|西路|路|大街|街|道(?!班)|巷|社区|小区|新村|居委会|大厦|酒店|饭店|餐厅|宾馆|广场)/;
const ZH_VARIETY_AFTER = /^(瓜|玉|枣|梨|香梨|苹果|啤酒|葡萄|菜|大盘鸡|烤肉|拌面|风味)/;
const ZH_ORIGIN_AFTER = /^(长绒棉|棉|番茄|红枣|多晶硅|硅|铝|羊毛)/;
const ZH_ORIGIN_BEFORE = /(产自|来自|源自|原产于?|产地[:：]?|采购自|进口自)$/;
const LATIN_ORIGIN_BEFORE = /\b(from|origin|originat\w*|sourced|grown|made|produced|mined|harvested|spun)( in| from| of)?[:\s]*$/;
const LATIN_STREET_AFTER = new Set(['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lu', 'jie', 'lane', 'ln', 'boulevard', 'blvd', 'alley', 'hutong', 'dajie', 'plaza', 'restaurant', 'cuisine']);
const LATIN_DIRECTION = new Set(['middle', 'north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'zhong', 'bei', 'nan', 'dong', 'xi', 'central']);
const LATIN_VARIETY_AFTER = new Set(['melon', 'melons', 'jade', 'beer', 'apple', 'apples', 'pear', 'pears', 'raisin', 'raisins']);
const LATIN_ORIGIN_AFTER = new Set(['cotton', 'tomato', 'tomatoes', 'polysilicon', 'silicon', 'aluminium', 'aluminum', 'wool', 'dates', 'jujube', 'jujubes']);

const byId = new Map(places.map((p) => [p.id, p]));

/** latin: names by their tokens joined with spaces; longestFrom: most tokens of a name starting with a token. */
let index: { latin: Map<string, PlaceName[]>; longestFrom: Map<string, number>; zh: Map<string, PlaceName[]> } | null = null;

function buildIndex() {
  const latin = new Map<string, PlaceName[]>();
  const zh = new Map<string, PlaceName[]>();
  const add = (map: Map<string, PlaceName[]>, key: string, name: PlaceName) => {
    const list = map.get(key) ?? [];
    if (!list.some((n) => n.place.id === name.place.id && n.text === name.text)) list.push(name);
    map.set(key, list);
  };
  for (const place of places) {
    // The data rates spellings as written; the index compares them normalised (烏魯木齊 = 乌鲁木齐).
    const reasons = new Map<string, string>();
    for (const [text, why] of Object.entries(place.ambiguous)) {
      const key = /[\u3400-\u9fff]/.test(text) ? normalizeText(text) : wordTokens(normalizeText(text)).join(' ');
      if (!reasons.has(key)) reasons.set(key, why);
    }
    const zhNames = new Set([place.nameZh, place.baseZh, ...place.names.zhSimplified, ...place.names.zhTraditional].map(normalizeText));
    for (const text of zhNames) {
      if (Array.from(text).length < MIN_HAN_BASE) continue;
      add(zh, text[0], { place, text, script: 'zh', ambiguous: reasons.get(text) ?? null });
    }
    const otherScripts: [Script, string[]][] = [
      ['latin', place.names.latin],
      ['ug', place.names.uyghurArabic],
      ['cyr', place.names.cyrillic],
    ];
    for (const [script, names] of otherScripts) {
      for (const raw of names) {
        const key = wordTokens(normalizeText(raw)).join(' ');
        if (key) add(latin, key, { place, text: key, script, ambiguous: reasons.get(key) ?? null });
      }
    }
  }
  addTowns(zh, latin, add);
  for (const list of zh.values()) list.sort((a, b) => b.text.length - a.text.length);
  const longestFrom = new Map<string, number>();
  for (const key of latin.keys()) {
    const tokens = key.split(' ');
    longestFrom.set(tokens[0], Math.max(longestFrom.get(tokens[0]) ?? 1, tokens.length));
  }
  return { latin, longestFrom, zh };
}

/** Latin words for a township by its Chinese suffix, written after its Pinyin. */
const TOWN_WORDS: [RegExp, string[]][] = [
  [/街道$/, ['subdistrict', 'jiedao']],
  [/民族乡$|乡$/, ['township', 'xiang']],
  [/镇$/, ['town', 'zhen']],
];
/** A township's bare Pinyin stands alone only when no division elsewhere shares it and it is this long. */
const TOWN_BARE_MIN = 6;
/** A township name shared with at most this many divisions elsewhere is ambiguous (Review alone); more, support only. */
export const TOWN_SHARED_MAX = 2;

/**
 * Townships (issue #15, item 3): the Chinese name, and the Pinyin with its township word ("Banfanggou
 * Town", "Banfanggouzhen"), bare when unique. A name shared with a few divisions elsewhere is ambiguous
 * (Review alone); one shared widely, or ending longer names elsewhere, only supports other Region
 * evidence (placeFindings).
 */
function addTowns(zh: Map<string, PlaceName[]>, latin: Map<string, PlaceName[]>, add: (map: Map<string, PlaceName[]>, key: string, name: PlaceName) => void) {
  for (const [county, entries] of Object.entries(regionTowns.counties)) {
    const place = byId.get(county);
    if (!place) continue;
    for (const entry of entries) {
      const [town, sharedZh = '0', sharedPinyin = '0', tails = '0'] = entry.split('|');
      const shared = (n: string, what: string) => (Number(n) > 0 ? `${n} division${n === '1' ? '' : 's'} elsewhere in China ${what} (NBS 2023)` : null);
      // NBS names are simplified Chinese already: normalizeText would leave them as they are.
      const zhAmbiguous = shared(sharedZh, 'share the name') ?? shared(tails, 'end with the name (解放南路街道 ends with 南路街道)');
      const zhSupportOnly = Number(sharedZh) > TOWN_SHARED_MAX || Number(tails) > 0;
      add(zh, town[0], { place, text: town, script: 'zh', ambiguous: zhAmbiguous, town, supportOnly: zhSupportOnly });
      const kind = TOWN_WORDS.find(([re]) => re.test(town));
      if (!kind) continue;
      const py = toPinyinSyllables(town.replace(kind[0], '')).join('');
      const ambiguous = shared(sharedPinyin, 'share the Pinyin');
      const supportOnly = Number(sharedPinyin) > TOWN_SHARED_MAX;
      for (const word of kind[1]) add(latin, `${py} ${word}`, { place, text: `${py} ${word}`, script: 'latin', ambiguous, town, supportOnly });
      add(latin, `${py}${kind[1][1]}`, { place, text: `${py}${kind[1][1]}`, script: 'latin', ambiguous, town, supportOnly });
      // Bare, only when no Region place is already spelt so (玛纳斯镇's "Manasi" is Manas County's Pinyin).
      if (!ambiguous && py.length >= TOWN_BARE_MIN && !latin.has(py)) add(latin, py, { place, text: py, script: 'latin', ambiguous: null, town });
    }
  }
}

/** Build the place index now (hosts call this between UI breaths rather than inside the first row). */
export function warmPlaceIndex(): void {
  placeIndex();
}

function placeIndex() {
  index ??= buildIndex();
  return index;
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
    if (!street && !ZH_VARIETY_AFTER.test(after) && !deniedBefore(text, i)) {
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
    if (!street && !variety && !deniedBefore(spaced, charAt)) {
      const originClaim = (next !== undefined && LATIN_ORIGIN_AFTER.has(next)) || LATIN_ORIGIN_BEFORE.test(spaced.slice(Math.max(0, charAt - 24), charAt));
      hits.push({ cell, name: matched.name, at: i, originClaim });
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

/** What the rest of the row says about where the supplier is, besides the place names themselves. */
export interface RowEvidence {
  /** A Region postal, phone or registration code, or coordinates inside the Region, was found in the row. */
  regionCode: boolean;
  /** The row's province or city column, a postal or phone code, or the coordinates place it elsewhere: in words. */
  elsewhere: string | null;
  /** Another Chinese province is named anywhere in the row's location cells or its name (not as a street). */
  otherProvinceNamed: string | null;
}

/** `inner` lies in `outer` (Shufu County in Kashgar Prefecture, a township in its county); the Region level is left out: it contains all. */
function contains(outer: PlaceName, inner: PlaceName): boolean {
  if (outer.town || outer.place.level === 'region') return false;
  if (inner.town && inner.place.id === outer.place.id) return true;
  for (let p = byId.get(inner.place.parentId ?? ''); p && p.level !== 'region'; p = byId.get(p.parentId ?? '')) if (p.id === outer.place.id) return true;
  return false;
}

function related(a: PlaceName, b: PlaceName): boolean {
  return contains(a, b) || contains(b, a);
}

/**
 * Turn the place hits of a row into findings (issue #15, "the row decides"). For the supplier's own
 * location (address, city, province, name, notes: A.1):
 * - an unambiguous spelling: high with country China or blank; medium when the row's own columns, codes or
 *   coordinates place it elsewhere (check which is right); the Region's own name in a city or address cell
 *   of a row in another province is a same-named place below province level (新绛 "Xinjiang County");
 * - an ambiguous spelling: medium; high with other Region evidence (an unambiguous name, a Region code,
 *   coordinates inside, or a place that contains it or that it contains: Shufu … Kashi); nothing when
 *   anything in the row places it elsewhere (a province named anywhere, a postal or phone code, coordinates);
 * - a township spelling shared widely elsewhere (supportOnly): only beside other Region evidence; any
 *   township: nothing when the row names another province (many are named after streets: 解放南路街道);
 * - free text (notes): medium at most, and an ambiguous spelling only with other Region evidence;
 * - a country other than China: never high; only unambiguous names survive, as a conflict to review.
 * A group's site or an input's origin (A.2, A.4) is not where the supplier is: the row's location does
 * not contradict it, and an ambiguous name there is high once the country is China.
 */
export function placeFindings(hits: PlaceHit[], ctx: RowContext, evidence: RowEvidence, transferNotes: boolean): Finding[] {
  const otherCountry = ctx.country === 'other';
  const kept = hits.filter((h) => {
    if (h.cell.role === 'notes' && transferNotes) return false; // the labour-transfer finding covers it
    if (otherCountry) return !h.name.ambiguous;
    return true;
  });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const h of kept) {
    const role = h.cell.role;
    const category = h.originClaim && !INPUT_ROLES.includes(role) && role !== 'supplierName' ? 'A.4' : categoryFor(role);
    const ownSite = category === 'A.1';
    const freeText = role === 'notes';
    const confirmed = kept.some((o) => o !== h && (!o.name.ambiguous || related(o.name, h.name)));
    const regionSignal = evidence.regionCode || confirmed || (!ownSite && ctx.country === 'china');
    let confidence: Confidence;
    let conflict = '';
    if (h.name.ambiguous) {
      if (h.name.supportOnly && !evidence.regionCode && !confirmed) continue; // a township name shared widely only supports
      if (ownSite && (evidence.elsewhere || evidence.otherProvinceNamed)) continue;
      if (freeText && !regionSignal) continue;
      confidence = regionSignal ? 'high' : 'medium';
    } else if (otherCountry && ownSite) {
      confidence = 'medium';
      conflict = ' (the country column names another country: check which is right)';
    } else if ((h.name.town || (h.name.place.level === 'region' && (role === 'city' || role === 'address'))) && ownSite && (evidence.elsewhere || evidence.otherProvinceNamed)) {
      continue; // a township (many are named after streets: 解放南路街道), or the Region's own name, in a row in another province
    } else if (ownSite && evidence.elsewhere) {
      confidence = 'medium';
      conflict = ` (the row also places the supplier elsewhere: ${evidence.elsewhere}; check which is right)`;
    } else {
      confidence = 'high';
    }
    if (freeText && confidence === 'high') confidence = 'medium';
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
      detail: `= ${h.name.town ? `${h.name.town} (township), ` : ''}${describePlace(h.name.place)}${scriptNote(h)}${ambiguityNote(h, confidence)}${conflict}`,
      key,
    });
  }
  return findings;
}

function ambiguityNote(h: PlaceHit, confidence: Confidence): string {
  if (!h.name.ambiguous) return '';
  return confidence === 'high' ? '; the name alone is ambiguous, other Region evidence in the row confirms it' : `; the name alone is ambiguous (${h.name.ambiguous})`;
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
