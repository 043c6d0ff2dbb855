// Chinese script helpers: traditional → simplified by character, and Han → toneless Pinyin with the
// word readings that differ from the characters' (重庆 chong qing, 厦门 xia men). The tables are made
// from opencc-js and pinyin-pro by scripts/build-chinese-tables.ts, which is why the task pane does
// not ship those libraries; test/domain/chinese-tables.test.ts holds the tables to them.
import tablesJson from '../data/chinese-tables.json';
import { places } from '../data';

/** The characters of a reading code: printable ASCII without `"` and `\`, so the JSON needs no escapes. */
export const CODE_ALPHABET = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
/** The syllable of a code point pinyin-pro has no reading for. */
export const NO_READING = '-';

// Han characters of the Basic Multilingual Plane: CJK Extension A, the unified ideographs and the
// compatibility ideographs. The one definition of "Han" for the domain (hasHan, hanOnly, withoutHan).
const HAN_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff';
const HAN = new RegExp(`[${HAN_CLASS}]`);
const HAN_RUN = new RegExp(`[${HAN_CLASS}]+`, 'g');
const NOT_HAN = new RegExp(`[^${HAN_CLASS}]+`, 'g');
const HAN_OR_ASTRAL = new RegExp(`[${HAN_CLASS}]|[\\ud840-\\ud8bf][\\udc00-\\udfff]`, 'g');

interface Tables {
  first: number;
  /** Reading of code point first + i, '' when there is none. */
  bmp: string[];
  astral: Map<string, string>;
  /** Word readings of the generated tables. */
  words: Map<string, string[]>;
  /** The same, with the Region's place names read as the gazetteer romanises them (placeReadingFixes). */
  namesWords: Map<string, string[]>;
  longestWord: number;
  t2s: Map<string, string>;
}

let decoded: Tables | null = null;

/** The numbers of a field written by numberCodes() in scripts/build-chinese-tables.ts (base 45, last digit from the second 45). */
function readNumbers(field: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const c of field) {
    const d = CODE_ALPHABET.indexOf(c);
    n = n * 45 + (d % 45);
    if (d < 45) continue;
    out.push(n);
    n = 0;
  }
  return out;
}

/** Running sums: the numbers of a field of gaps or changes, made absolute again. */
function runningSums(numbers: number[]): number[] {
  let sum = 0;
  return numbers.map((n) => (sum += n));
}

/** Unpacks src/data/chinese-tables.json (layout in scripts/build-chinese-tables.ts), once, when first needed. */
function tables(): Tables {
  if (decoded) return decoded;
  const t = tablesJson;
  const syllables = t.syllables.split(' ').map((s) => (s === NO_READING ? '' : s));
  const kept: string[] = [];
  for (let i = 0; i < t.members.length; i++) {
    const bits = CODE_ALPHABET.indexOf(t.members[i]);
    for (let b = 0; b < 6; b++) if (bits & (1 << b)) kept.push(String.fromCharCode(t.first + i * 6 + b));
  }
  for (const cp of runningSums(readNumbers(t.astral))) kept.push(String.fromCodePoint(cp));
  const base = CODE_ALPHABET.length;
  const bmp: string[] = [];
  const astral = new Map<string, string>();
  for (let i = 0, k = 0; i < t.codes.length; i++, k++) {
    const d = CODE_ALPHABET.indexOf(t.codes[i]);
    const reading = syllables[d < t.single ? d : t.single + (d - t.single) * base + CODE_ALPHABET.indexOf(t.codes[++i])];
    if (kept[k].length > 1) astral.set(kept[k], reading);
    else bmp[kept[k].charCodeAt(0) - t.first] = reading;
  }
  const t2s = new Map<string, string>();
  const from = runningSums(readNumbers(t.t2sFrom));
  const to = runningSums(readNumbers(t.t2sTo).map((z) => (z % 2 ? -(z + 1) / 2 : z / 2)));
  from.forEach((cp, i) => t2s.set(String.fromCodePoint(cp), kept[to[i]]));
  decoded = { first: t.first, bmp, astral, words: new Map(), namesWords: new Map(), longestWord: 0, t2s };
  for (const entry of t.words.split('|')) {
    const [word, reading] = entry.split(':');
    addWord(decoded.words, decoded, word, reading);
  }
  const fixes = placeReadingFixes(decoded);
  decoded.namesWords = new Map(decoded.words);
  for (const [word, reading] of fixes) addWord(decoded.namesWords, decoded, word, reading);
  return decoded;
}

/**
 * Place names the tables read wrong (喀什 is Kashi, not ka shen), read as the gazetteer romanises them.
 * They are part of the tables from the start: were they added later (when the place index is first
 * built), names read before and after would differ, and an index built first would miss matches.
 */
function placeReadingFixes(t: Tables): [string, string][] {
  const readings = new Map<string, string>();
  for (const place of places) {
    if (place.level === 'region' || place.level === 'xpcc_division' || place.baseZh.length < 2) continue;
    const romanised = place.names.latin.find((l) => /^[a-z' ]+$/i.test(l));
    if (romanised) readings.set(place.baseZh, romanised.toLowerCase().replace(/'/g, ' '));
  }
  return [...readings].filter(([han, reading]) => syllablesOf(t, t.words, han).join('') !== reading.replace(/ /g, ''));
}

function addWord(map: Map<string, string[]>, t: Tables, word: string, reading: string): void {
  map.set(word, reading.split(' ').filter((s) => s.length > 0).map(foldReading));
  t.longestWord = Math.max(t.longestWord, Array.from(word).length);
}

/** ü and v are written u, as in the Latin names the syllables are compared with. */
function foldReading(s: string): string {
  return s.replace(/[üv]/g, 'u');
}

/**
 * A kept character's reading; a traditional one reads as its simplified form (as the matchers, which
 * simplify before they read, see it); any other character has none.
 */
function readingOf(t: Tables, ch: string): string {
  const reading = ch.length === 1 ? t.bmp[ch.charCodeAt(0) - t.first] : t.astral.get(ch);
  if (reading !== undefined) return reading;
  const simplified = t.t2s.get(ch);
  return simplified ? readingOf(t, simplified) : '';
}

/** The table's reading of one character (pinyin-pro's usual one), '' when it has none. */
export function readingOfChar(ch: string): string {
  return readingOf(tables(), ch);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The Han characters of a text, everything else dropped. */
export function hanOnly(text: string): string {
  return text.replace(NOT_HAN, '');
}

/** The text with each run of Han characters replaced by one space. */
export function withoutHan(text: string): string {
  return text.replace(HAN_RUN, ' ');
}

export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  const { t2s } = tables();
  return text.replace(HAN_OR_ASTRAL, (ch) => t2s.get(ch) ?? ch);
}

/**
 * Toneless Pinyin syllables of the Han characters, other characters dropped. Words are matched
 * longest first from the left; a character outside every word takes its usual reading.
 */
export function toPinyinSyllables(text: string): string[] {
  return hasHan(text) ? syllablesOf(tables(), tables().namesWords, text) : [];
}

/** toPinyinSyllables from the generated tables alone, without the place readings (tests hold these to pinyin-pro). */
export function tableSyllables(text: string): string[] {
  return hasHan(text) ? syllablesOf(tables(), tables().words, text) : [];
}

function syllablesOf(t: Tables, words: Map<string, string[]>, text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let matched = 0;
    for (let n = Math.min(t.longestWord, chars.length - i); n >= 2 && matched === 0; n--) {
      const reading = words.get(chars.slice(i, i + n).join(''));
      if (reading) {
        out.push(...reading);
        matched = n;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const reading = readingOf(t, chars[i]);
    if (reading) out.push(reading);
    i++;
  }
  return out;
}

/**
 * The tables' toneless syllables (ü written u, and the v spellings Latin names also use for lü and nü)
 * as a trie over the letters a-z: node × 26 + letter is the next node (0: none); TERMINAL marks a
 * syllable's end. Pinyin words are found by walking it, without cutting the word into pieces.
 */
interface SyllableTrie {
  next: Int32Array;
  terminal: Uint8Array;
}

let trie: SyllableTrie | null = null;

function syllableTrie(): SyllableTrie {
  if (trie) return trie;
  const syllables = [...tablesJson.syllables.split(' ').filter((s) => s !== NO_READING), 'lv', 'nv', 'lve', 'nve'];
  const size = syllables.reduce((n, s) => n + s.length, 1);
  const next = new Int32Array(size * 26);
  const terminal = new Uint8Array(size);
  let nodes = 1;
  for (const s of syllables) {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const slot = node * 26 + s.charCodeAt(i) - 97;
      if (!next[slot]) next[slot] = nodes++;
      node = next[slot];
    }
    terminal[node] = 1;
  }
  return (trie = { next, terminal });
}

/**
 * Whether a Latin word is spelled wholly by Pinyin syllables, as a Chinese name without apostrophes is
 * (fengyong, xinjiang). A syllable that starts with a vowel counts only at the start of the word, where
 * no apostrophe is needed (elsewhere one marks it: xi'an): so zhongtia, zhongtai misspelt, is not one.
 */
export function isPinyinWord(word: string): boolean {
  const { next, terminal } = syllableTrie();
  const n = word.length;
  if (n === 0 || n >= reachedBuffer.length) return false;
  const reached = reachedBuffer.fill(0, 0, n + 1);
  reached[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!reached[i]) continue;
    const c = word.charCodeAt(i);
    if (i > 0 && (c === 97 || c === 101 || c === 111)) continue; // a, e, o
    let node = 0;
    for (let j = i; j < n; j++) {
      const letter = word.charCodeAt(j) - 97;
      if (letter < 0 || letter > 25 || !(node = next[node * 26 + letter])) break;
      if (terminal[node]) reached[j + 1] = 1;
    }
  }
  return reached[n] === 1;
}

/** Which letters of the word isPinyinWord has reached a syllable boundary at (words are names' words: short). */
const reachedBuffer = new Uint8Array(128);
