// How alike a query name and a listed name are, in three steps of rising cost:
//   scoreBound  an upper bound from the words the two share, without aligning them (no edit distance,
//               no allocation): most candidates a big list brings are rejected here;
//   fullScore   the score: words aligned one to one, typos, Pinyin spans covered, the strong rules;
//   scoreDetail the features behind the score, for the matches kept (explain() puts them into words).
// All three take the same paths in the same order, so the bound never rejects what the score keeps.
import { editDistanceAtMostOne, misspellingAllowed, pinyinSpan, pinyinToken, PINYIN_WORD_SYLLABLES, type NameForm } from './entity-names';

export const STRONG = 0.9;
export const WEAK = 0.55;
/** The score of a path that shares only common words: below WEAK whatever the arithmetic says. */
export const COMMON_ONLY_CAP = WEAK - 0.01;
export const FUZZY_FACTOR = 0.8;
export const TYPO_MIN_LENGTH = 6;

export type Mode = 'name' | 'mention';
export type Path = 'han' | 'tokens' | 'pinyin-query' | 'pinyin-entry';

/** A candidate's score and what made it; explain() puts it into words for the matches kept. */
export interface Scored {
  kind: 'han-same' | 'han-contains' | 'han-part' | 'tokens' | 'pinyin';
  score: number;
  strong: boolean;
  /** han-*: the listed Chinese core name; pinyin: the label of the reading. */
  text?: string;
  /** tokens: pairs (entry word, query spelling or null); pinyin: the words spelled. */
  parts?: (string | null)[];
  entryTokens?: string[];
  commonOnly?: boolean;
  fuzzy?: boolean;
  syllables?: string[];
}

/** The result of fullScore, reused from call to call: the best path, its score and strength. */
export interface PathScore {
  path: Path | null;
  score: number;
  strong: boolean;
}

/** Characters a Chinese name needs to count as inside another (shorter ones count only when equal). */
export const HAN_INSIDE_MIN = 4;

/** hanScore's score without its features. */
export function hanValue(q: NameForm, f: NameForm): number {
  if (!q.han || !f.han) return 0;
  if (q.han === f.han) return 1;
  if (f.han.length >= HAN_INSIDE_MIN && q.han.includes(f.han)) return 0.8;
  if (q.han.length >= HAN_INSIDE_MIN && f.han.includes(q.han)) return 0.75;
  return 0;
}

function hanScore(q: NameForm, f: NameForm): Scored | null {
  if (!q.han || !f.han) return null;
  if (q.han === f.han) return { kind: 'han-same', score: 1, strong: q.han.length >= 3, text: f.han };
  if (f.han.length >= HAN_INSIDE_MIN && q.han.includes(f.han)) return { kind: 'han-contains', score: 0.8, strong: false, text: f.han };
  if (q.han.length >= HAN_INSIDE_MIN && f.han.includes(q.han)) return { kind: 'han-part', score: 0.75, strong: false, text: f.han };
  return null;
}

const hasTokens = (q: NameForm, f: NameForm) => q.tokens.length > 0 && f.tokens.length > 0;
const pinyinOfQuery = (q: NameForm, f: NameForm) => q.syllables.length > 0 && f.tokens.length > 0 && !f.han;
const pinyinOfEntry = (q: NameForm, f: NameForm) => f.syllables.length > 0 && q.tokens.length > 0 && !q.han;

/**
 * At least the score fullScore gives. Per path: the weight of the entry's words found among the query's
 * (a distinctive word of typo length counted as a typo when the query has a word that could be one edit
 * from it), or of the Latin words that are Pinyin words of the Chinese name with the syllables they span.
 */
export function scoreBound(q: NameForm, f: NameForm, mode: Mode): number {
  let best = hanValue(q, f);
  if (hasTokens(q, f)) best = Math.max(best, tokenBound(q, f, mode));
  if (pinyinOfQuery(q, f)) best = Math.max(best, pinyinBound(q, f));
  if (pinyinOfEntry(q, f)) best = Math.max(best, pinyinBound(f, q));
  return best;
}

function tokenBound(q: NameForm, f: NameForm, mode: Mode): number {
  const masks = q.tokens.map(charMask);
  let shared = 0;
  let distinctive = false;
  for (let j = 0; j < f.tokens.length; j++) {
    const t = f.tokens[j];
    const w = f.weights[j];
    if (q.ids.includes(f.ids[j])) {
      shared += w;
      if (w === 1) distinctive = true;
    } else if (w === 1 && t.length >= TYPO_MIN_LENGTH && hasTypoPartner(q, masks, t.length, charMask(t), pinyinToken(f, j))) {
      shared += FUZZY_FACTOR;
      distinctive = true;
    }
  }
  if (!distinctive) return COMMON_ONLY_CAP;
  return tokenRaw(mode, shared, f.weightSum, q.weightSum);
}

/**
 * Whether one of the query's words (with `masks`, their charMask) could be one edit from a word of typo
 * length with this length and letter mask, and count as its misspelling (misspellingAllowed; `pinyin`:
 * the word is a Pinyin word). One edit changes the length by at most one, and each word has at
 * most one letter the other lacks.
 */
export function hasTypoPartner(q: NameForm, masks: ArrayLike<number>, length: number, mask: number, pinyin: boolean): boolean {
  const tokens = q.tokens;
  for (let i = 0; i < tokens.length; i++) if (mayBeOneEdit(tokens[i], masks[i], length, mask) && misspellingAllowed(pinyin, pinyinToken(q, i))) return true;
  return false;
}

/** Whether a word of typo length (with its charMask) could be one edit from a word with this length and mask. */
export function mayBeOneEdit(word: string, wordMask: number, length: number, mask: number): boolean {
  if (word.length < TYPO_MIN_LENGTH || Math.abs(word.length - length) > 1) return false;
  return atMostOneBit(wordMask & ~mask) && atMostOneBit(mask & ~wordMask);
}

/** A bit per character of a text (by its code's last five bits): a text inside another has no bit the other lacks. */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function atMostOneBit(x: number): boolean {
  return (x & (x - 1)) === 0;
}

function pinyinBound(chinese: NameForm, latin: NameForm): number {
  let shared = 0;
  let distinctive = false;
  let spanned = 0;
  for (let j = 0; j < latin.tokens.length; j++) {
    const span = pinyinSpan(chinese.syllables, latin.tokens[j]);
    if (span < 0) continue;
    shared += latin.weights[j];
    spanned += (span % PINYIN_WORD_SYLLABLES) + 1;
    if (latin.weights[j] === 1) distinctive = true;
  }
  return pinyinCoverBound(shared, latin.weightSum, distinctive, spanned, chinese.syllables.length);
}

/**
 * pinyinScore's harmonic mean with the Chinese name's cover at its most: the syllables the spelled
 * words span, counted as if none overlapped.
 */
export function pinyinCoverBound(shared: number, weightSum: number, distinctive: boolean, spanned: number, syllables: number): number {
  if (!distinctive) return COMMON_ONLY_CAP;
  const cover = shared / weightSum;
  const nameCover = Math.min(spanned, syllables) / syllables;
  return (2 * cover * nameCover) / (cover + nameCover);
}

/**
 * The score: the first of the highest scores in the order han, tokens, Pinyin of the query, Pinyin of
 * the entry. Writes into `out` (no allocation).
 */
export function fullScore(q: NameForm, f: NameForm, mode: Mode, out: PathScore): PathScore {
  out.path = null;
  out.score = 0;
  out.strong = false;
  scoreHan(q, f, out);
  if (hasTokens(q, f)) tokenScore(q, f, mode, out, null);
  if (pinyinOfQuery(q, f)) pinyinScore(q, f, 'pinyin-query', out, null);
  if (pinyinOfEntry(q, f)) pinyinScore(f, q, 'pinyin-entry', out, null);
  return out;
}

/** The Chinese-name path of fullScore: the first path tried, so it sets `out` when the names relate. */
export function scoreHan(q: NameForm, f: NameForm, out: PathScore): void {
  const han = hanScore(q, f);
  if (!han) return;
  out.path = 'han';
  out.score = han.score;
  out.strong = han.strong;
}

/** The features behind fullScore's result for the path it chose. */
export function scoreDetail(q: NameForm, f: NameForm, mode: Mode, chosen: PathScore): Scored {
  const probe: PathScore = { path: null, score: -1, strong: false };
  switch (chosen.path) {
    case 'han':
      return hanScore(q, f)!;
    case 'tokens':
      return tokenScore(q, f, mode, probe, []) as Scored;
    case 'pinyin-query':
      return pinyinScore(q, f, 'pinyin-query', probe, []) as Scored;
    case 'pinyin-entry':
      return pinyinScore(f, q, 'pinyin-entry', probe, []) as Scored;
    default:
      throw new Error('scoreDetail: no path was scored');
  }
}

// One buffer for the query words already aligned (scoring is synchronous and never re-entered).
let usedBuffer: Uint8Array = new Uint8Array(64);
let coveredBuffer: Uint8Array = new Uint8Array(64);

function cleared(buffer: Uint8Array, n: number): Uint8Array {
  if (buffer.length < n) return new Uint8Array(Math.max(n, 2 * buffer.length));
  buffer.fill(0, 0, n);
  return buffer;
}

/**
 * Aligns the entry's words with the query's, each query word used once: the same word, or for a
 * distinctive word of typo length one edit apart (weighing FUZZY_FACTOR). Updates `out` when better;
 * with `parts`, returns the Scored with the aligned words.
 */
function tokenScore(q: NameForm, f: NameForm, mode: Mode, out: PathScore, parts: (string | null)[] | null): Scored | null {
  const qt = q.tokens;
  const qIds = q.ids;
  const used = (usedBuffer = cleared(usedBuffer, qt.length));
  let usedCount = 0;
  let shared = 0;
  let distinctiveExact = 0;
  let fuzzy = 0;
  for (let j = 0; j < f.tokens.length; j++) {
    const t = f.tokens[j];
    const id = f.ids[j];
    const w = f.weights[j];
    let k = -1;
    for (let i = 0; i < qt.length; i++) {
      if (!used[i] && qIds[i] === id) {
        k = i;
        break;
      }
    }
    let factor = 1;
    if (k < 0 && t.length >= TYPO_MIN_LENGTH && w === 1) {
      const pinyin = pinyinToken(f, j);
      for (let i = 0; i < qt.length; i++) {
        if (!used[i] && qt[i].length >= TYPO_MIN_LENGTH && misspellingAllowed(pinyin, pinyinToken(q, i)) && editDistanceAtMostOne(qt[i], t)) {
          k = i;
          break;
        }
      }
      factor = FUZZY_FACTOR;
    }
    if (k < 0) continue;
    used[k] = 1;
    usedCount++;
    shared += w * factor;
    if (factor < 1) {
      fuzzy++;
      parts?.push(t, qt[k]);
    } else {
      if (w === 1) distinctiveExact++;
      parts?.push(t, null);
    }
  }
  const raw = tokenRaw(mode, shared, f.weightSum, q.weightSum);
  const commonOnly = distinctiveExact + fuzzy === 0;
  const score = commonOnly ? Math.min(raw, COMMON_ONLY_CAP) : raw;
  if (!parts && score <= out.score && out.path !== null) return null;
  const alignment = scratchAlignment;
  alignment.aligned = usedCount;
  alignment.entryWords = f.tokens.length;
  alignment.fuzzy = fuzzy;
  alignment.distinctiveExact = distinctiveExact;
  if (mode === 'mention') {
    alignment.allDistinctiveShared = true;
    for (let j = 0; j < f.tokens.length; j++) if (f.weights[j] === 1 && !qIds.includes(f.ids[j])) alignment.allDistinctiveShared = false;
  } else {
    alignment.extraDistinctive = false;
    for (let i = 0; i < qt.length; i++) if (!used[i] && q.weights[i] === 1) alignment.extraDistinctive = true;
  }
  const strong = tokenStrong(mode, raw, alignment, () => q.fullKey === f.fullKey);
  if (out.path === null || score > out.score) {
    out.path = 'tokens';
    out.score = score;
    out.strong = strong;
  }
  if (!parts) return null;
  return { kind: 'tokens', score, strong, parts, entryTokens: f.tokens, commonOnly, fuzzy: fuzzy > 0 };
}

/** The token path's score before the common-words cap: a mention by how much of the entry's name the text holds, a name by how alike the two are. */
export function tokenRaw(mode: Mode, shared: number, entryWeightSum: number, queryWeightSum: number): number {
  return mode === 'mention' ? shared / entryWeightSum : (2 * shared) / (entryWeightSum + queryWeightSum);
}

/** What the strong rule of the token path needs to know of an alignment (entity-bound.ts aligns packed names too). */
export interface TokenAlignment {
  /** Entry words aligned with a query word. */
  aligned: number;
  entryWords: number;
  fuzzy: number;
  distinctiveExact: number;
  /** Mention: every distinctive entry word is one of the query's. */
  allDistinctiveShared: boolean;
  /** Name: a distinctive query word was left unaligned. */
  extraDistinctive: boolean;
}

const scratchAlignment: TokenAlignment = { aligned: 0, entryWords: 0, fuzzy: 0, distinctiveExact: 0, allDistinctiveShared: false, extraDistinctive: false };

/**
 * Strong by words. A mention: every distinctive word of the entry, exactly, and two words or more. A
 * name: all the entry's words exactly, no distinctive word of its own, and enough words to tell (two
 * distinctive, or two words one distinctive, or the same full name with legal form).
 */
export function tokenStrong(mode: Mode, raw: number, a: TokenAlignment, sameFullName: () => boolean): boolean {
  if (mode === 'mention') return a.allDistinctiveShared && a.distinctiveExact >= 1 && a.aligned >= 2 && a.fuzzy === 0 && raw >= 0.5;
  const allEntryTokens = a.aligned === a.entryWords && a.fuzzy === 0;
  if (!(raw >= STRONG && allEntryTokens && !a.extraDistinctive && a.distinctiveExact >= 1)) return false;
  return a.distinctiveExact >= 2 || a.entryWords >= 2 || sameFullName();
}

/** The Pinyin path's score and strength from what was spelled, into `out` (path and all) when better. */
export function settlePinyin(out: PathScore, path: Path, shared: number, latinWeightSum: number, distinctive: number, covered: number, syllables: number, latinWords: number): PinyinOutcome {
  const entryCover = latinWeightSum ? shared / latinWeightSum : 0;
  const nameCover = covered / syllables;
  const raw = entryCover + nameCover ? (2 * entryCover * nameCover) / (entryCover + nameCover) : 0;
  const outcome = scratchOutcome;
  outcome.score = distinctive === 0 ? Math.min(raw, COMMON_ONLY_CAP) : raw;
  outcome.strong = entryCover === 1 && nameCover === 1 && distinctive >= 1 && latinWords >= 2;
  if (out.path === null || outcome.score > out.score) {
    out.path = path;
    out.score = outcome.score;
    out.strong = outcome.strong;
  }
  return outcome;
}

interface PinyinOutcome {
  score: number;
  strong: boolean;
}

const scratchOutcome: PinyinOutcome = { score: 0, strong: false };

/** Marks the syllables a span (pinyinSpan's number) covers; how many were not marked before. */
export function cover(covered: Uint8Array, span: number): number {
  const first = Math.floor(span / PINYIN_WORD_SYLLABLES);
  let added = 0;
  for (let i = first; i <= first + (span % PINYIN_WORD_SYLLABLES); i++) {
    if (covered[i]) continue;
    covered[i] = 1;
    added++;
  }
  return added;
}

/** Latin words of one name spelled by the Pinyin of the other's Chinese name: harmonic mean of both covers. */
function pinyinScore(chinese: NameForm, latin: NameForm, path: Path, out: PathScore, parts: string[] | null): Scored | null {
  const syllables = chinese.syllables;
  const covered = (coveredBuffer = cleared(coveredBuffer, syllables.length));
  let coveredCount = 0;
  let shared = 0;
  let distinctive = 0;
  for (let j = 0; j < latin.tokens.length; j++) {
    const t = latin.tokens[j];
    const span = pinyinSpan(syllables, t);
    if (span < 0) continue;
    coveredCount += cover(covered, span);
    shared += latin.weights[j];
    if (latin.weights[j] === 1) distinctive++;
    parts?.push(t);
  }
  const { score, strong } = settlePinyin(out, path, shared, latin.weightSum, distinctive, coveredCount, syllables.length, latin.tokens.length);
  if (!parts) return null;
  const text = path === 'pinyin-query' ? 'Pinyin of the Chinese name' : 'name read as Pinyin of the listed Chinese name';
  return { kind: 'pinyin', score, strong, parts, syllables, text };
}

export function explain(s: Scored): string {
  switch (s.kind) {
    case 'han-same':
      return `same Chinese name once legal form is removed (${s.text})`;
    case 'han-contains':
      return `Chinese name contains the listed name ${s.text}`;
    case 'han-part':
      return `Chinese name is part of the listed name ${s.text}`;
    case 'tokens': {
      const parts = s.parts ?? [];
      if (parts.length === 0) return 'no shared words';
      const shown: string[] = [];
      for (let i = 0; i < parts.length; i += 2) shown.push(parts[i + 1] === null ? `"${parts[i]}"` : `"${parts[i + 1]}"≈"${parts[i]}"`);
      return `shares ${shown.join(', ')} with "${(s.entryTokens ?? []).join(' ')}"${s.fuzzy ? ' (spelling differs)' : ''}${s.strong ? '' : s.commonOnly ? ' (common words only)' : ''}`;
    }
    case 'pinyin': {
      const parts = s.parts ?? [];
      return parts.length ? `${s.text} (${(s.syllables ?? []).join(' ')}) spells ${parts.map((t) => `"${t}"`).join(', ')}` : 'no shared words';
    }
  }
}
