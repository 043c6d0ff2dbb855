// The forms of a name the entity matcher compares: Latin words without legal form, the Chinese core
// name and its Pinyin syllables; and the spelling helpers its keys are made of (typo deletions, Pinyin
// words, edit distance one).
import chinaPlaceWords from '../../data/china-place-words.json';
import { signals } from '../../data';
import { hanOnly, hasHan, isPinyinWord, toPinyinSyllables, withoutHan } from '../chinese';
import { normalizeText, wordTokens } from '../normalize';

const HAN_NOISE = [...signals.legalFormNoise.zh].sort((a, b) => b.length - a.length);
const LATIN_NOISE = new Set(signals.legalFormNoise.en.flatMap((w) => wordTokens(normalizeText(w))));
// Trade words that name what a company does, not which company it is (beyond the data file's list).
const TRADE_WORDS = (
  'shoe shoes footwear leather bag bags toy toys packaging package paper plastic plastics rubber glass ceramic ceramics ' +
  'furniture home household hardware tools tool parts part components component auto automotive motor machine ' +
  'optical optics semiconductor battery batteries lithium software network communication communications medical ' +
  'pharmaceutical health hair accessories accessory jewelry jewellery sports sportswear knitwear shirts shirt socks ' +
  'yarn fabric fabrics fiber fibre silk down feather bedding towel towels decor craft crafts gifts printing dyeing ' +
  'sugar tomato tomatoes dairy seafood fishery fish canned juice fruit fruits vegetable vegetables nuts dates ' +
  'company enterprise firm works mill mills plant center centre office store shop trading co ltd'
).split(' ');
export const GENERIC_WORDS: ReadonlySet<string> = new Set([...signals.genericNameWords, ...chinaPlaceWords.words, ...TRADE_WORDS]);

/** Weight of a word that names no particular company (common, short, a place or trade). */
export const COMMON_WEIGHT = 0.15;

export interface NameForm {
  entry: number;
  list: number;
  display: string;
  tokens: string[];
  /** Each token's id in the index that made the form (-1: a query word no listed name has), compared instead of text. */
  ids: number[];
  /** Weight of each token for the index that made the form: 1, or COMMON_WEIGHT for a common word. */
  weights: number[];
  /** Sum of weights, in token order. */
  weightSum: number;
  /** Tokens incl. legal form, for the full-name equality that single-word names need. */
  fullKey: string;
  han: string;
  /** Pinyin syllables of the Chinese form. */
  syllables: string[];
  /** Bit i: tokens[i] is a Pinyin word (isPinyinWord), for the first PINYIN_BITS tokens (pinyinToken). */
  pinyinBits: number;
}

const PINYIN_BITS = 31;

/** Whether a form's word is a Pinyin word: from its bits, or worked out past them. */
export function pinyinToken(form: NameForm, i: number): boolean {
  return i < PINYIN_BITS ? ((form.pinyinBits >>> i) & 1) === 1 : isPinyinWord(form.tokens[i]);
}

/**
 * Two words one edit apart are one word misspelt, unless both are Pinyin: then each spells its own
 * syllables, so they are two Chinese names (丰永 fengyong, 恒永 hengyong), not one name misspelt.
 */
export function misspellingAllowed(aPinyin: boolean, bPinyin: boolean): boolean {
  return !(aPinyin && bPinyin);
}

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
  for (const w of HAN_NOISE) if (s.includes(w)) s = s.split(w).join('');
  return s;
}

function latinTokens(norm: string): { core: string[]; full: string } {
  const all = wordTokens(withoutHan(norm));
  return { core: all.filter((t) => !LATIN_NOISE.has(t)), full: all.join(' ') };
}

export function formOf(text: string, entry: number, list: number, norm = normalizeName(text)): NameForm {
  const han = hanCore(norm);
  const { core, full } = latinTokens(norm);
  let pinyinBits = 0;
  for (let i = 0; i < Math.min(core.length, PINYIN_BITS); i++) if (isPinyinWord(core[i])) pinyinBits |= 1 << i;
  return { entry, list, display: text, tokens: core, ids: [], weights: [], weightSum: 0, fullKey: full, han, syllables: han ? toPinyinSyllables(han) : [], pinyinBits };
}

/** Sets a form's token ids and weights from the index's words and its idea of a common word. */
export function weigh(form: NameForm, isGeneric: (t: string) => boolean, idOf: (t: string) => number): void {
  // Arrays made at their exact size: push() from empty reserves 17 slots, ~300 bytes a name in a big index.
  form.ids = form.tokens.map(idOf);
  form.weights = form.tokens.map((t) => (isGeneric(t) ? COMMON_WEIGHT : 1));
  let sum = 0;
  for (const w of form.weights) sum += w;
  form.weightSum = sum;
}

export function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
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

/** Most syllables a Pinyin word may span (东莞绿洲 spells dong, dongguan, dongguanlu, dongguanluzhou). */
export const PINYIN_WORD_SYLLABLES = 4;

/**
 * Where a Latin word is spelled by consecutive Pinyin syllables (up to PINYIN_WORD_SYLLABLES), the
 * first place from the left: start * PINYIN_WORD_SYLLABLES + (count - 1); -1 when nowhere.
 * Walks the syllables in place (no table of every window per name).
 */
export function pinyinSpan(syllables: string[], word: string): number {
  for (let i = 0; i < syllables.length; i++) {
    let pos = 0;
    for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < syllables.length; n++) {
      const s = syllables[i + n];
      if (!word.startsWith(s, pos)) break;
      pos += s.length;
      if (pos === word.length) return i * PINYIN_WORD_SYLLABLES + n;
    }
  }
  return -1;
}

/** The sorted set of a name's words: the key of the word-set index. */
export function wordSetKey(tokens: string[]): string {
  return [...new Set(tokens)].sort().join(' ');
}
