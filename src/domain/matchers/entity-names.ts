// The forms of a name the entity matcher compares. Latin words lose their legal form (Co., Ltd, Group)
// and take their canonical spelling (Ind. = Industrial = Industry, plurals folded); a Chinese name loses
// its legal form (有限公司, 集团) and is cut into words: the places it opens with, trade words, and the
// brand between (新疆|中泰|化学). Each word has a class — place, trade, short token, Pinyin word, other
// brand word, Chinese brand — that says how much it tells one company from another; the class comes from
// what the word is (data tables, Pinyin spelling, length), never from how often the lists use it.
// Also here: the equality keys (a name equal to a listed one once all that is set aside) and the trades
// a text names (for weighing a weak match against the row).
import chinaPlaceWords from '../../data/china-place-words.json';
import { places, signals } from '../../data';
import { hanOnly, hasHan, isPinyinWord, toPinyinSyllables, withoutHan } from '../chinese';
import { normalizeText, wordTokens } from '../normalize';

export type WordClass = 'place' | 'trade' | 'short' | 'pinyin' | 'brand' | 'han';

/** How much a word of each class weighs in a score: places, trades and short tokens tell little apart. */
export const CLASS_WEIGHT: Readonly<Record<WordClass, number>> = { place: 0.2, trade: 0.2, short: 0.5, pinyin: 1, brand: 1, han: 1 };

/** In words, for explanations. */
export const CLASS_LABEL: Readonly<Record<WordClass, string>> = {
  place: 'place word',
  trade: 'trade word',
  short: 'short token',
  pinyin: 'Pinyin word',
  brand: 'brand word',
  han: 'Chinese brand',
};

export function isDistinctive(c: WordClass): boolean {
  return c === 'pinyin' || c === 'brand' || c === 'han';
}

const HAN_LEGAL = [...signals.legalFormNoise.zh].sort((a, b) => b.length - a.length);
const LATIN_LEGAL = new Set(signals.legalFormNoise.en.flatMap((w) => wordTokens(normalizeText(w))));

/** Variant → canonical content word (Ind. → industry, Intl → international). */
const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(signals.nameAbbreviations)) for (const v of variants) CANONICAL.set(v, canonical);

/** A word's canonical form: the abbreviation table, then a plural folded (textiles → textile, industries → industry). */
export function canonicalWord(word: string): string {
  const c = CANONICAL.get(word);
  if (c) return c;
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length >= 5 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    const singular = word.slice(0, -1);
    return CANONICAL.get(singular) ?? singular;
  }
  return word;
}

const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => wordTokens(normalizeText(p)));

const TRADE_WORDS = new Set<string>();
for (const w of [...wordsOf(signals.genericNameWords), ...signals.tradeFamilies.flatMap((f) => wordsOf(f.en)), ...Object.keys(signals.nameAbbreviations)]) {
  if (!hasHan(w)) TRADE_WORDS.add(canonicalWord(w));
}

/** Region place names of one word in the gazetteer's Latin forms (Aksu, Hotan, Shanshan, Urumqi). */
const REGION_WORDS = new Set<string>(['xinjiang', 'xuar', 'uyghur', 'uighur']);
/** The Corps is an organisation as well as a place: its names stay brand words in a name (XPCC is a listed entity). */
const CORPS_NAMES = new Set(['xpcc', 'bingtuan', 'bingtuen']);
for (const p of places) {
  for (const l of p.names.latin) {
    const w = normalizeText(l).replace(/['’]/g, '');
    if (/^[a-z]{3,}$/.test(w) && !CORPS_NAMES.has(w)) REGION_WORDS.add(w);
  }
}

/** A Region place in a name's words. */
export function isRegionWord(word: string): boolean {
  return REGION_WORDS.has(word);
}

interface PlaceTables {
  latin: Set<string>;
  zh: Map<string, string[]>;
}

let placeTables: PlaceTables | null = null;

/**
 * Romanised province, prefecture and Region place names, and Chinese place names by first character,
 * longest first. County names outside the Region are not places here: many are brand words too (紫金
 * Zijin, 东方, 宁海 Ninghai), and a lone Pinyin word makes no match anyway. Made on first use from the
 * Chinese tables.
 */
function placeWords(): PlaceTables {
  if (placeTables) return placeTables;
  const latin = new Set<string>(['china', 'chinese', 'county', 'city', 'district', 'province', 'prefecture', 'region', 'autonomous', 'inner', 'mongolia', 'hong', 'kong', 'macau', 'macao']);
  const zhNames: string[] = ['中国', '中华', '内蒙古'];
  for (const name of chinaPlaceWords.prefectures) {
    latin.add(toPinyinSyllables(name).join(''));
    zhNames.push(name);
  }
  for (const w of REGION_WORDS) latin.add(w);
  for (const p of places) for (const zh of p.names.zhSimplified) if (zh.length >= 2) zhNames.push(zh);
  const zh = new Map<string, string[]>();
  for (const name of new Set(zhNames)) zh.set(name[0], [...(zh.get(name[0]) ?? []), name]);
  for (const list of zh.values()) list.sort((a, b) => b.length - a.length);
  placeTables = { latin, zh };
  return placeTables;
}

/** Chinese trade words of two characters or more, longest first by first character (one character would cut brands: 中纺, 天棉). */
const TRADE_ZH = new Map<string, string[]>();
for (const w of [...signals.genericNameWords, ...signals.tradeFamilies.flatMap((f) => f.zh)]) {
  if (!hasHan(w) || w.length < 2 || ['新疆', '中国', '中华', '天山'].includes(w)) continue;
  const list = TRADE_ZH.get(w[0]) ?? [];
  if (!list.includes(w)) list.push(w);
  TRADE_ZH.set(w[0], list);
}
for (const list of TRADE_ZH.values()) list.sort((a, b) => b.length - a.length);

/** Suffixes of Chinese place names, read with the name they follow (保定市, 南陵县). */
const PLACE_SUFFIX = ['维吾尔自治区', '自治区', '自治州', '自治县', '地区', '省', '市', '县', '区', '州', '盟', '旗', '镇'];

export interface NameForm {
  /** Entry and list numbers in the index that made the form (-1 for a query). */
  entry: number;
  list: number;
  display: string;
  /** Latin words without legal form, canonical. */
  words: string[];
  classes: WordClass[];
  /** Whether each word is spelled wholly by Pinyin syllables (whatever its class: a county's name is both). */
  pinyin: boolean[];
  /** Sum of the words' class weights. */
  weightSum: number;
  /** Latin legal-form words that were set aside (for the explanation). */
  legal: string[];
  /** Chinese name without legal form. */
  han: string;
  /** Its words: places, trades and brands, in order. */
  segs: string[];
  segClasses: WordClass[];
  segWeightSum: number;
  /** Pinyin syllables of the Chinese name; segment i spans segStart[i] .. segStart[i + 1] - 1. */
  syllables: string[];
  segStart: number[];
  /** The English renderings of each Chinese trade word (null for the others): 纺织 is textile, 有色金属 nonferrous metals. */
  segRenderings: (readonly (readonly string[])[] | null)[];
  /** For a branch ("…, Shanghai Branch", …上海分公司): the keys of the name without its branch; '' otherwise. */
  branchLatinKey: string;
  branchRawKey: string;
  branchHan: string;
  /** Equality keys ('' when none): canonical words run together, the words as written run together, the Chinese name, its Pinyin run together. */
  latinKey: string;
  rawKey: string;
  pinyinKey: string;
}

// Shared empty parts of a name without Chinese (never written to).
const NONE: string[] = [];
const ZERO: number[] = [0];
const NO_SEGMENTS: { segs: string[]; classes: WordClass[] } = { segs: [], classes: [] };
const NONE_RENDERED: null[] = [];

// Printable ASCII without any character normalizeText would change but case and spacing.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * normalizeText, with a shortcut for printable ASCII (most Latin names): on those every step but
 * lower case and spacing is the identity (test/domain/matchers/entity-names.test.ts holds the two equal).
 */
export function normalizeName(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return normalizeText(text);
}

function hanCore(norm: string): string {
  if (!hasHan(norm)) return '';
  let s = hanOnly(norm);
  for (const w of HAN_LEGAL) if (s.includes(w)) s = s.split(w).join('');
  return s;
}

function longestAt(table: Map<string, string[]>, s: string, i: number, maxLength = s.length): string {
  const list = table.get(s[i]);
  if (list) for (const w of list) if (w.length <= maxLength && s.startsWith(w, i)) return w;
  return '';
}

/** A place name at i (of at most maxLength characters), with the suffix that follows it; '' when none. */
function placeAt(s: string, i: number, maxLength = s.length): string {
  const name = longestAt(placeWords().zh, s, i, maxLength);
  if (!name) return '';
  const at = i + name.length;
  const suffix = PLACE_SUFFIX.find((x) => s.startsWith(x, at) && !name.endsWith(x));
  return suffix ? name + suffix : name;
}


/**
 * A Chinese name's words: the places it opens with (and one it ends with: 合盛硅业鄯善), trade words,
 * and the brands between them.
 */
export function segmentHan(core: string): { segs: string[]; classes: WordClass[] } {
  const segs: string[] = [];
  const classes: WordClass[] = [];
  let brand = '';
  const flush = () => {
    if (!brand) return;
    segs.push(brand);
    classes.push(brand.length >= 2 ? 'han' : 'short');
    brand = '';
  };
  let i = 0;
  // The places a name opens with, each leaving something after it.
  for (let place = placeAt(core, i, core.length - i - 1); place && place.length < core.length - i; place = placeAt(core, i, core.length - i - 1)) {
    segs.push(place);
    classes.push('place');
    i += place.length;
  }
  while (i < core.length) {
    const trade = longestAt(TRADE_ZH, core, i);
    const place = trade ? '' : placeAt(core, i);
    if (trade || (place && i + place.length === core.length && (brand || segs.length > 0))) {
      flush();
      segs.push(trade || place);
      classes.push(trade ? 'trade' : 'place');
      i += (trade || place).length;
      continue;
    }
    brand += core[i++];
  }
  flush();
  return { segs, classes };
}

/** The class of each Latin word. */
function classify(words: string[], pinyin: boolean[]): WordClass[] {
  const places = placeWords().latin;
  const out: WordClass[] = [];
  words.forEach((w, i) => {
    if (places.has(w)) out.push('place');
    else if (TRADE_WORDS.has(w)) out.push('trade');
    else if (w.length <= 3) out.push('short');
    else if (pinyin[i]) out.push('pinyin');
    else out.push('brand');
  });
  return out;
}

/** Legal forms buyers run into the word before them ("EsquelGroup", "KingherbsLimited"). */
const GLUED_LEGAL = /^([a-z0-9]{3,}?)(group|limited|corporation|company|holdings|holding|incorporated)$/;

const GLUED_ENDINGS = ['group', 'limited', 'corporation', 'company', 'holdings', 'holding', 'incorporated'];

function unglued(tokens: string[]): string[] {
  if (!tokens.some((t) => t.length > 7 && GLUED_ENDINGS.some((e) => t.endsWith(e)))) return tokens;
  return tokens.flatMap((t) => {
    const m = GLUED_LEGAL.exec(t);
    return m && !LATIN_LEGAL.has(t) ? [m[1], m[2]] : [t];
  });
}

export function formOf(text: string, entry: number, list: number, norm = normalizeName(text)): NameForm {
  const han = hanCore(norm);
  const tokens = unglued(wordTokens(han ? withoutHan(norm) : norm));
  const raw: string[] = [];
  const words: string[] = [];
  let legal: string[] = NONE;
  for (const t of tokens) {
    if (LATIN_LEGAL.has(t)) (legal === NONE ? (legal = []) : legal).push(t);
    else {
      raw.push(t);
      words.push(canonicalWord(t));
    }
  }
  const pinyin = words.map(isPinyinWord);
  const classes = classify(words, pinyin);
  let weightSum = 0;
  for (const c of classes) weightSum += CLASS_WEIGHT[c];
  const { segs, classes: segClasses } = han ? segmentHan(han) : NO_SEGMENTS;
  const syllables: string[] = han ? [] : NONE;
  const segStart: number[] = han ? [] : ZERO;
  let segWeightSum = 0;
  segs.forEach((s, i) => {
    segStart.push(syllables.length);
    for (const syl of toPinyinSyllables(s)) syllables.push(syl);
    segWeightSum += CLASS_WEIGHT[segClasses[i]];
  });
  if (han) segStart.push(syllables.length);
  const segRenderings = han ? segClasses.map((c, i) => (c === 'trade' ? (RENDERINGS.get(segs[i]) ?? null) : null)) : NONE_RENDERED;
  const branch = branchOf(norm, words, raw, classes, segs, segClasses);
  return {
    entry,
    list,
    display: text,
    words,
    classes,
    pinyin,
    weightSum,
    legal,
    han,
    segs,
    segClasses,
    segWeightSum,
    syllables,
    segStart,
    segRenderings,
    ...branch,
    latinKey: words.join(''),
    rawKey: raw.join(''),
    pinyinKey: syllables.join(''),
  };
}

/** Trade terms by chain: single English words by word, phrases, and Chinese words by first character. */
const TRADE_BY_WORD = new Map<string, string[]>();
const TRADE_PHRASES: { phrase: string; chain: string }[] = [];
const TRADE_BY_HAN = new Map<string, { word: string; chain: string }[]>();
for (const f of signals.tradeFamilies) {
  for (const w of f.en) {
    if (w.includes(' ')) TRADE_PHRASES.push({ phrase: ` ${w} `, chain: f.chain });
    else {
      const c = canonicalWord(w);
      const chains = TRADE_BY_WORD.get(c) ?? [];
      if (!chains.includes(f.chain)) chains.push(f.chain);
      TRADE_BY_WORD.set(c, chains);
    }
  }
  for (const w of f.zh) TRADE_BY_HAN.set(w[0], [...(TRADE_BY_HAN.get(w[0]) ?? []), { word: w, chain: f.chain }]);
}

/** Chinese trade word → its English renderings as canonical words ("nonferrous metals" → [nonferrous, metal]). */
const RENDERINGS = new Map<string, string[][]>();
for (const [zh, phrases] of Object.entries(signals.nameTranslations)) {
  const seen = new Set<string>();
  const list: string[][] = [];
  for (const p of phrases) {
    const ws = wordTokens(normalizeText(p)).filter((w) => !LATIN_LEGAL.has(w)).map(canonicalWord);
    if (ws.length > 0 && !seen.has(ws.join(' '))) {
      seen.add(ws.join(' '));
      list.push(ws);
    }
  }
  RENDERINGS.set(zh, list.sort((a, b) => b.length - a.length));
}

const BRANCH_ZH = /分公司|分厂|办事处|分部|分店/;

/** The keys of a branch's name without the branch: "Huafu Fashion Co., Ltd., Shanghai Branch" → Huafu Fashion; 纳思达…上海分公司 → 纳思达. */
function branchOf(norm: string, words: string[], raw: string[], classes: WordClass[], segs: string[], segClasses: WordClass[]) {
  const out = { branchLatinKey: '', branchRawKey: '', branchHan: '' };
  const at = words.lastIndexOf('branch');
  if (at > 0) {
    // The branch's place: one place word before "branch" (two for Inner Mongolia, Hong Kong).
    let from = at;
    if (classes[at - 1] === 'place') from = at - 1;
    if (from >= 2 && classes[from - 1] === 'place' && ['inner', 'hong'].includes(words[from - 1])) from--;
    const keep = (_: string, i: number) => i < from || i > at;
    out.branchLatinKey = words.filter(keep).join('');
    out.branchRawKey = raw.filter(keep).join('');
  }
  if (segs.length > 1 && BRANCH_ZH.test(norm) && segClasses[segs.length - 1] === 'place') out.branchHan = segs.slice(0, -1).join('');
  return out;
}

/** The trade chains a normalised text names (English words whole, Chinese words inside). */
export function tradeChains(norm: string, into: Set<string> = new Set()): Set<string> {
  if (!norm) return into;
  for (const w of wordTokens(norm)) for (const c of TRADE_BY_WORD.get(canonicalWord(w)) ?? []) into.add(c);
  if (TRADE_PHRASES.length > 0 && norm.includes(' ')) for (const p of TRADE_PHRASES) if (` ${norm} `.includes(p.phrase)) into.add(p.chain);
  if (hasHan(norm)) {
    for (let i = 0; i < norm.length; i++) for (const t of TRADE_BY_HAN.get(norm[i]) ?? []) if (norm.startsWith(t.word, i)) into.add(t.chain);
  }
  return into;
}

export function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

/**
 * Two words one edit apart are one word misspelt, unless both are Pinyin: then each spells its own
 * syllables, so they are two Chinese names (丰永 fengyong, 恒永 hengyong), not one name misspelt.
 */
export function misspellingAllowed(aPinyin: boolean, bPinyin: boolean): boolean {
  return !(aPinyin && bPinyin);
}

/**
 * One insertion, deletion, substitution or swap of neighbouring letters apart (Damerau). Strips the
 * common start and end; what is left must be one letter against at most one, or two letters swapped.
 */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  const shorter = la < lb ? la : lb;
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = la;
  let endB = lb;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a.charCodeAt(start) === b.charCodeAt(start + 1) && a.charCodeAt(start + 1) === b.charCodeAt(start);
}

/** Most syllables a Latin word may spell (绿叶硕子岛 is five). */
export const PINYIN_WORD_SYLLABLES = 6;

/**
 * Where a Latin word is spelled by consecutive syllables of a Chinese name without crossing into a
 * word of it partly (a word may span whole words: huafushishang = 华孚|时尚, not jinbao = 锦|包装):
 * the first such place from the left whose syllables are not yet covered, as start * 8 + count;
 * -1 when nowhere.
 */
export function pinyinSpan(syllables: readonly string[], segStart: readonly number[], covered: Uint8Array | null, word: string): number {
  for (let i = 0; i < syllables.length; i++) {
    if (covered?.[i]) continue;
    let pos = 0;
    for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < syllables.length; n++) {
      const s = syllables[i + n];
      if (covered?.[i + n] || !word.startsWith(s, pos)) break;
      pos += s.length;
      if (pos === word.length) {
        if (spanRespectsWords(segStart, i, i + n + 1)) return i * 8 + n + 1;
        break;
      }
    }
  }
  return -1;
}

/** Syllables from..to-1 lie inside one word, or cover whole words. */
function spanRespectsWords(segStart: readonly number[], from: number, to: number): boolean {
  let seg = 0;
  while (segStart[seg + 1] <= from) seg++;
  if (to <= segStart[seg + 1]) return true; // inside one word
  if (segStart[seg] !== from) return false;
  let end = seg + 1;
  while (segStart[end] < to) end++;
  return segStart[end] === to;
}

/** The sorted set of a name's words: a key that finds the same words in another order. */
export function wordSetKey(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  const sorted = words.slice().sort();
  let key = sorted[0];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) key += ` ${sorted[i]}`;
  return key;
}
