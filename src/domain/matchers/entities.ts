// Entity matcher: supplier, parent and input names against screening lists. Legal-form words are
// ignored, common words weigh little, Chinese names meet English entries through Pinyin, and every
// score comes with the features that made it. Candidates come from an inverted index (by distinctive
// token, Pinyin word, Chinese bigram, and one-letter deletions for typos), never from a full scan.
import chinaPlaceWords from '../../data/china-place-words.json';
import { signals } from '../../data';
import { toPinyinSyllables } from '../chinese';
import { normalizeText, wordTokens } from '../normalize';
import type { ScreeningEntry, ScreeningList } from '../lists';

const HAN = /[\u3400-\u9fff]/;
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
const GENERIC = new Set([...signals.genericNameWords, ...chinaPlaceWords.words, ...TRADE_WORDS]);
// Orders names as String.prototype.localeCompare does (the same default collation), without
// building a collator on every comparison.
const COLLATOR = new Intl.Collator();
export const STRONG = 0.9;
export const WEAK = 0.55;

interface NameForm {
  entry: number;
  list: number;
  display: string;
  tokens: string[];
  /** Tokens incl. legal form, for the full-name equality that single-word names need. */
  fullKey: string;
  han: string;
  /** Pinyin syllables of the Chinese form. */
  syllables: string[];
  /** pinyinWords(syllables), computed once when first needed. */
  words?: Map<string, [number, number]>;
}

function wordsOf(form: NameForm): Map<string, [number, number]> {
  form.words ??= pinyinWords(form.syllables);
  return form.words;
}

/**
 * Longest posting list a blocking key may have and still select candidates. A key shared by more
 * names than this (a common brand word, an industry word in Pinyin, a city bigram in a list of tens of
 * thousands of Chinese companies) says nothing about which company is meant: like a stop word, it is
 * skipped, so a query examines a bounded number of candidates whatever the size of the lists. Strong
 * matches never depend on it: exact keys (same Chinese name, same set of words, same Pinyin letters)
 * are looked up directly. The built-in list's longest posting list is far below this.
 */
export const MAX_POSTING = 16;
/** Name-mode queries with more common words than this look up the exact word-set key without them only. */
const MAX_GENERIC_SUBSET = 6;
/** Match results kept per index (names repeat down a column: inputs, parents, origins). */
const MEMO_SIZE = 20_000;

export interface EntityMatch {
  list: ScreeningList;
  entry: ScreeningEntry;
  score: number;
  strong: boolean;
  /** One line: which features made the score. */
  explanation: string;
  matchedName: string;
}

function hanCore(norm: string): string {
  if (!HAN.test(norm)) return '';
  let s = norm.replace(/[^\u3400-\u9fff]/g, '');
  for (const w of HAN_NOISE) if (s.includes(w)) s = s.split(w).join('');
  return s;
}

function latinTokens(norm: string): { core: string[]; full: string } {
  const all = wordTokens(norm.replace(/[\u3400-\u9fff]+/g, ' '));
  return { core: all.filter((t) => !LATIN_NOISE.has(t)), full: all.join(' ') };
}

function formOf(text: string, entry: number, list: number, norm = normalizeText(text)): NameForm {
  const han = hanCore(norm);
  const { core, full } = latinTokens(norm);
  return { entry, list, display: text, tokens: core, fullKey: full, han, syllables: han ? toPinyinSyllables(han) : [] };
}

function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

/** One insertion, deletion, substitution or swap of neighbouring letters apart (Damerau). */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let k = 0; k < a.length && diff.length <= 2; k++) if (a[k] !== b[k]) diff.push(k);
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return true;
  }
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Words spelled by consecutive Pinyin syllables (up to four): 东莞绿洲 → dong, dongguan, dongguanlu, … */
function pinyinWords(syllables: string[]): Map<string, [number, number]> {
  const words = new Map<string, [number, number]>();
  for (let i = 0; i < syllables.length; i++) {
    let w = '';
    for (let j = i; j < Math.min(syllables.length, i + 4); j++) {
      w += syllables[j];
      if (!words.has(w)) words.set(w, [i, j]);
    }
  }
  return words;
}

export class EntityIndex {
  private forms: NameForm[] = [];
  private byToken = new Map<string, number[]>();
  private byDeletion = new Map<string, number[]>();
  private byBigram = new Map<string, number[]>();
  /** Exact keys: Chinese core name; sorted set of words; letters of the Latin words or of the Pinyin. */
  private byHan = new Map<string, number[]>();
  private byWordSet = new Map<string, number[]>();
  private byLetters = new Map<string, number[]>();
  private generic: Set<string>;
  private memo = new Map<string, EntityMatch[]>();
  private nearWords = new Map<string, { forms: number[]; skipped: boolean }>();

  constructor(private readonly lists: ScreeningList[]) {
    const df = new Map<string, number>();
    lists.forEach((list, li) =>
      list.entries.forEach((entry, ei) => {
        for (const text of [entry.name, ...entry.aliases, ...entry.namesZh]) {
          const form = formOf(text, ei, li);
          if (form.tokens.length === 0 && !form.han) continue;
          this.forms.push(form);
          for (const t of new Set(form.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
        }
      }),
    );
    const frequent = Math.max(5, this.forms.length * 0.02);
    this.generic = new Set([...GENERIC, ...[...df].filter(([, n]) => n >= frequent).map(([t]) => t)]);
    this.forms.forEach((form, fi) => {
      for (const t of new Set(form.tokens)) {
        if (this.isGeneric(t)) continue;
        push(this.byToken, t, fi);
        if (t.length >= 6) for (const d of deletions(t)) push(this.byDeletion, d, fi);
      }
      for (const w of pinyinWords(form.syllables).keys()) if (w.length >= 4 && !this.isGeneric(w)) push(this.byToken, w, fi);
      for (let i = 0; i + 2 <= form.han.length; i++) push(this.byBigram, form.han.slice(i, i + 2), fi);
      if (form.han.length >= 2) push(this.byHan, form.han, fi);
      if (form.tokens.length) {
        push(this.byWordSet, wordSetKey(form.tokens), fi);
        push(this.byLetters, form.tokens.join(''), fi);
      }
      if (form.syllables.length) push(this.byLetters, form.syllables.join(''), fi);
    });
  }

  /** The longest posting list of any blocking key (test/perf: the built-in list's stays within MAX_POSTING). */
  get longestPosting(): number {
    let n = 0;
    for (const map of [this.byToken, this.byDeletion, this.byBigram]) for (const postings of map.values()) n = Math.max(n, postings.length);
    return n;
  }

  /** How many names a query examines (scores): the size of its candidate set. */
  candidateCount(name: string): number {
    const query = formOf(name, -1, -1);
    if (query.tokens.length === 0 && !query.han) return 0;
    return this.candidates(query).size;
  }

  get size(): number {
    return this.forms.length;
  }

  isGeneric(token: string): boolean {
    return this.generic.has(token) || token.length <= 2;
  }

  private weight(token: string): number {
    return this.isGeneric(token) ? 0.15 : 1;
  }

  /**
   * The names a word selects: its own posting list and, for words of six letters or more, those one
   * deletion away (typos), in lookup order. Kept per word (words recur across names), so a big index is
   * probed once per word, not twice per letter.
   */
  private tokenCandidates(t: string): { forms: number[]; skipped: boolean } {
    let near = this.nearWords.get(t);
    if (near) return near;
    const forms: number[] = [];
    let skipped = false;
    const seen = new Set<number>();
    const add = (postings: number[] | undefined) => {
      if (!postings) return;
      if (postings.length > MAX_POSTING) skipped = true;
      else for (const fi of postings) if (!seen.has(fi)) seen.add(fi) && forms.push(fi);
    };
    add(this.byToken.get(t));
    if (t.length >= 6) {
      add(this.byDeletion.get(t));
      for (const d of deletions(t)) {
        add(this.byToken.get(d));
        add(this.byDeletion.get(d));
      }
    }
    near = { forms, skipped };
    if (this.nearWords.size >= MEMO_SIZE) this.nearWords.clear();
    this.nearWords.set(t, near);
    return near;
  }

  private candidates(query: NameForm): Set<number> {
    const out = new Set<number>();
    let skipped = false;
    for (const t of query.tokens) {
      if (this.isGeneric(t)) continue;
      const near = this.tokenCandidates(t);
      if (near.skipped) skipped = true;
      for (const fi of near.forms) out.add(fi);
    }
    for (const w of wordsOf(query).keys()) if (this.addCapped(out, this.byToken.get(w))) skipped = true;
    const seenBigram = new Set<string>();
    for (let i = 0; i + 2 <= query.han.length; i++) {
      const bg = query.han.slice(i, i + 2);
      if (seenBigram.has(bg)) continue;
      seenBigram.add(bg);
      if (this.addCapped(out, this.byBigram.get(bg))) skipped = true;
    }
    // When a key was skipped, exact keys (whatever their length) bring back every strong match it held.
    // Without a skipped key they add nothing the keys above have not found.
    if (!skipped) return out;
    if (query.han.length >= 2) this.addAll(out, this.byHan.get(query.han));
    if (query.tokens.length) {
      // Word sets: the query's distinctive words with any subset of its common ones, in sorted order.
      const words = [...new Set(query.tokens)].sort();
      const always: boolean[] = [];
      const optional: number[] = [];
      for (let i = 0; i < words.length; i++) {
        const generic = this.isGeneric(words[i]);
        always.push(!generic);
        if (generic && optional.length < MAX_GENERIC_SUBSET) optional.push(i);
      }
      if (always.includes(true)) {
        for (let mask = 0; mask < 1 << optional.length; mask++) {
          const picked: string[] = [];
          for (let i = 0, o = 0; i < words.length; i++) {
            if (always[i]) picked.push(words[i]);
            else if (optional[o] === i) {
              if (mask & (1 << o)) picked.push(words[i]);
              o++;
            }
          }
          this.addAll(out, this.byWordSet.get(picked.join(' ')));
        }
      }
      this.addAll(out, this.byLetters.get(query.tokens.join('')));
    }
    if (query.syllables.length) this.addAll(out, this.byLetters.get(query.syllables.join('')));
    return out;
  }

  /** Adds a posting list within MAX_POSTING to the candidates; true when the list was skipped as too long. */
  private addCapped(out: Set<number>, postings: number[] | undefined): boolean {
    if (!postings) return false;
    if (postings.length > MAX_POSTING) return true;
    for (const fi of postings) out.add(fi);
    return false;
  }

  private addAll(out: Set<number>, postings: number[] | undefined): void {
    if (postings) for (const fi of postings) out.add(fi);
  }

  /**
   * The best match per entry, best first; only matches at or above the weak threshold.
   * 'name': the text is a company name and must be that entry. 'mention': the text (an inputs cell)
   * may name an entry among other words ("Polysilicon from Xinjiang GCL").
   */
  match(name: string, mode: 'name' | 'mention' = 'name', norm?: string): EntityMatch[] {
    const key = `${mode}\u0000${name}`;
    let found = this.memo.get(key);
    if (!found) {
      found = this.matchUncached(name, mode, norm);
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(key, found);
    }
    return found.slice();
  }

  private matchUncached(name: string, mode: 'name' | 'mention', norm?: string): EntityMatch[] {
    const query = formOf(name, -1, -1, norm ?? normalizeText(name));
    if (query.tokens.length === 0 && !query.han) return [];
    const best = new Map<string, EntityMatch>();
    for (const fi of this.candidates(query)) {
      const form = this.forms[fi];
      const scored = this.score(query, form, mode);
      if (!scored || scored.score < WEAK) continue;
      const list = this.lists[form.list];
      const entry = list.entries[form.entry];
      const key = `${list.id}:${entry.id}`;
      const prev = best.get(key);
      if (!prev || scored.score > prev.score) {
        best.set(key, new Match(list, entry, round(scored.score), scored.strong, scored, form.display));
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || COLLATOR.compare(a.entry.name, b.entry.name));
  }

  // Scoring runs for every candidate, so it is written without closures or intermediate strings: the
  // explanation is only put into words (explain) for the matches kept.
  private score(q: NameForm, f: NameForm, mode: 'name' | 'mention'): Scored | null {
    let best: Scored | null = null;
    if (q.han && f.han) {
      if (q.han === f.han) best = { kind: 'han-same', score: 1, strong: q.han.length >= 3, text: f.han };
      else if (f.han.length >= 4 && q.han.includes(f.han)) best = { kind: 'han-contains', score: 0.8, strong: false, text: f.han };
      else if (q.han.length >= 4 && f.han.includes(q.han)) best = { kind: 'han-part', score: 0.75, strong: false, text: f.han };
    }
    // Keep the first of the highest scores, in the order han, tokens, Pinyin of the query, Pinyin of the entry.
    if (q.tokens.length && f.tokens.length) {
      const r = this.tokenScore(q.tokens, f.tokens, q.fullKey === f.fullKey, mode);
      if (!best || r.score > best.score) best = r;
    }
    if (q.syllables.length && f.tokens.length && !f.han) {
      const r = this.crossScript(q, f.tokens, 'Pinyin of the Chinese name');
      if (!best || r.score > best.score) best = r;
    }
    if (f.syllables.length && q.tokens.length && !q.han) {
      const r = this.crossScript(f, q.tokens, 'name read as Pinyin of the listed Chinese name');
      if (!best || r.score > best.score) best = r;
    }
    return best;
  }

  private tokenScore(q: string[], f: string[], sameFullName: boolean, mode: 'name' | 'mention'): Scored {
    const used = new Uint8Array(q.length);
    let usedCount = 0;
    let shared = 0;
    let distinctiveExact = 0;
    let fuzzy = 0;
    const parts: (string | null)[] = []; // entry word, then the query's spelling when it differs
    for (const t of f) {
      let k = -1;
      for (let i = 0; i < q.length; i++) {
        if (!used[i] && q[i] === t) {
          k = i;
          break;
        }
      }
      let factor = 1;
      if (k < 0 && t.length >= 6 && !this.isGeneric(t)) {
        for (let i = 0; i < q.length; i++) {
          if (!used[i] && q[i].length >= 6 && editDistanceAtMostOne(q[i], t)) {
            k = i;
            break;
          }
        }
        factor = 0.8;
      }
      if (k < 0) continue;
      used[k] = 1;
      usedCount++;
      shared += this.weight(t) * factor;
      if (factor < 1) {
        fuzzy++;
        parts.push(t, q[k]);
      } else {
        if (!this.isGeneric(t)) distinctiveExact++;
        parts.push(t, null);
      }
    }
    let wf = 0;
    for (const t of f) wf += this.weight(t);
    let wq = 0;
    for (const t of q) wq += this.weight(t);
    // A mention is scored by how much of the entry's name the text holds; a name, by how alike the two are.
    const score = mode === 'mention' ? shared / wf : (2 * shared) / (wf + wq);
    let strong: boolean;
    if (mode === 'mention') {
      let distinctiveCovered = true;
      for (const t of f) if (!this.isGeneric(t) && !q.includes(t)) distinctiveCovered = false;
      strong = distinctiveCovered && distinctiveExact >= 1 && usedCount >= 2 && fuzzy === 0 && score >= 0.5;
    } else {
      const allEntryTokens = usedCount === f.length && fuzzy === 0;
      let noExtraDistinctive = true;
      for (let i = 0; i < q.length; i++) if (!used[i] && !this.isGeneric(q[i])) noExtraDistinctive = false;
      const enoughWords = distinctiveExact >= 2 || (f.length >= 2 && distinctiveExact >= 1) || sameFullName;
      strong = score >= STRONG && allEntryTokens && noExtraDistinctive && enoughWords && distinctiveExact >= 1;
    }
    return {
      kind: 'tokens',
      score: distinctiveExact + fuzzy === 0 ? Math.min(score, WEAK - 0.01) : score,
      strong,
      parts,
      entryTokens: f,
      commonOnly: distinctiveExact + fuzzy === 0,
      fuzzy: fuzzy > 0,
    };
  }

  private crossScript(chinese: NameForm, tokens: string[], label: string): Scored {
    const syllables = chinese.syllables;
    const words = wordsOf(chinese);
    const covered = new Set<number>();
    let shared = 0;
    let distinctive = 0;
    const parts: string[] = [];
    for (const t of tokens) {
      const span = words.get(t);
      if (!span) continue;
      for (let i = span[0]; i <= span[1]; i++) covered.add(i);
      shared += this.weight(t);
      if (!this.isGeneric(t)) distinctive++;
      parts.push(t);
    }
    let wt = 0;
    for (const t of tokens) wt += this.weight(t);
    const entryCover = wt ? shared / wt : 0;
    const nameCover = covered.size / syllables.length;
    const score = entryCover + nameCover ? (2 * entryCover * nameCover) / (entryCover + nameCover) : 0;
    const strong = entryCover === 1 && nameCover === 1 && distinctive >= 1 && tokens.length >= 2;
    return { kind: 'pinyin', score: distinctive === 0 ? Math.min(score, WEAK - 0.01) : score, strong, parts, syllables, text: label };
  }
}

/** A candidate's score and what made it; explain() puts it into words for the matches kept. */
interface Scored {
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

/** An EntityMatch whose explanation is put into words when first read (most matches are never shown). */
class Match implements EntityMatch {
  private words: string | null = null;

  constructor(
    readonly list: ScreeningList,
    readonly entry: ScreeningEntry,
    readonly score: number,
    readonly strong: boolean,
    private readonly scored: Scored,
    readonly matchedName: string,
  ) {}

  get explanation(): string {
    this.words ??= explain(this.scored);
    return this.words;
  }
}

function explain(s: Scored): string {
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

/** The sorted set of a name's words: the key of byWordSet. */
function wordSetKey(tokens: string[]): string {
  return [...new Set(tokens)].sort().join(' ');
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
