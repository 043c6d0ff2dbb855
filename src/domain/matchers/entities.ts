// Entity matcher: supplier, parent and input names against screening lists. Legal-form words are
// ignored, common words weigh little, Chinese names meet English entries through Pinyin, and every
// score comes with the features that made it. Candidates come from an inverted index (by distinctive
// word, Pinyin word, run of four Chinese characters, and one-letter deletions for typos), never from a
// full scan; each candidate is first bounded cheaply and fully scored only when it could reach WEAK
// (entity-names.ts: the forms compared; entity-score.ts: the scores; entity-bound.ts: bound and score
// over packed records; key-filter.ts: the filter in front of the maps a query's own keys are looked up in).
import type { ScreeningEntry, ScreeningList } from '../lists';
import { deletions, formOf, GENERIC_WORDS, misspellingAllowed, normalizeName, PINYIN_WORD_SYLLABLES, pinyinToken, weigh, wordSetKey, type NameForm } from './entity-names';
import { isPinyinWord } from '../chinese';
import { nameRanks, PackedForms } from './entity-bound';
import { KeyFilter } from './key-filter';
import { runAtOnce, runBreathing, type Steps } from '../steps';
import { explain, HAN_INSIDE_MIN, scoreDetail, WEAK, type Mode, type Path, type PathScore } from './entity-score';

export { STRONG, WEAK } from './entity-score';

/**
 * Longest posting list a blocking key may have and still select candidates. A key shared by more
 * names than this (a common brand word, an industry word in Pinyin, a city and trade in a list of tens of
 * thousands of Chinese companies) says nothing about which company is meant: like a stop word, it is
 * skipped, so a query examines a bounded number of candidates whatever the size of the lists. Strong
 * matches never depend on it: exact keys (same Chinese name, same set of words, same Pinyin letters)
 * are looked up directly. The built-in list's longest posting list is far below this.
 */
export const MAX_POSTING = 16;
/** Name-mode queries with more common words than this look up the exact word-set key without them only. */
const MAX_GENERIC_SUBSET = 6;
/** Listed entries (first pass) or names (second pass) indexed between two pauses of build(): about 10 ms. */
const BUILD_SLICE = 200;
/** Characters in a run of a Chinese name (byHanStart, byHanRun): as many as a name inside another needs. */
const HAN_RUN = HAN_INSIDE_MIN;
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

export class EntityIndex {
  private forms: NameForm[] = [];
  /** Names by their distinctive Latin words. */
  private byToken = new Map<string, number[]>();
  /**
   * Chinese names by the words their Pinyin spells (东莞绿洲: dongguan, guanlu, lvzhou...): a Latin word
   * finds the Chinese names it may be read from. Apart from byToken, so a brand word that many Chinese
   * names spell does not make the Latin names holding it a posting list too long to take.
   */
  private byPinyinWord = new Map<string, number[]>();
  /** Names by the one-letter deletions of their words of typo length: the words that are not Pinyin, then those that are. */
  private byDeletion = new Map<string, number[]>();
  private byPinyinDeletion = new Map<string, number[]>();
  /**
   * Chinese names of HAN_RUN characters or more by their first HAN_RUN characters, and by every run of
   * HAN_RUN characters they hold: a listed name inside the query's starts with one of the query's runs,
   * and one holding the query's holds the query's first run (hanValue: equal, or one inside the other).
   */
  private byHanStart = new Map<string, number[]>();
  private byHanRun = new Map<string, number[]>();
  /** Exact keys: Chinese core name; set of words (below); letters of the Latin words or of the Pinyin. */
  private byHan = new Map<string, number[]>();
  /**
   * Names by their sorted distinctive words, then by their set of common words: the XOR of the words'
   * codes, so a query can look up each subset of its common words without making a key string.
   */
  private byWordSet = new Map<string, Map<number, WordSetGroup[]>>();
  private commonIds = new Map<string, number>();
  /** An id per word of a listed name: scoring compares ids, not text. */
  private tokenIds = new Map<string, number>();
  /** Common word ids of the current query: marked with its stamp. */
  private commonMarks = new Uint32Array(0);
  private byLetters = new Map<string, number[]>();
  /**
   * The keys of the maps looked up with keys a query makes (Pinyin words, runs of Chinese characters,
   * exact keys): most such keys are in no map, and are turned away here without a probe.
   */
  private keys!: KeyFilter;
  private generic!: Set<string>;
  private memo = new Map<string, EntityMatch[]>();
  private nearWords = new Map<string, NearWord>();
  /** Candidate sets without a Set per query: a form is in the current set when its stamp is the query's. */
  private stamps!: Uint32Array;
  private stamp = 0;
  private scratch: PathScore = { path: null, score: 0, strong: false };
  private fullScores = 0;
  private packed!: PackedForms;
  private source!: MatchSource;
  private readonly isGenericWord = (t: string) => this.isGeneric(t);
  private readonly queryWordId = (t: string) => this.tokenIds.get(t) ?? -1;

  /** Built at once (the command line and tests; a host's UI uses build()). */
  constructor(lists: ScreeningList[]);
  constructor(lists: ScreeningList[], later: 'steps');
  constructor(
    private readonly lists: ScreeningList[],
    later?: 'steps',
  ) {
    if (!later) runAtOnce(this.buildSteps());
  }

  /**
   * The index built with a breath every BUILD_SLICE names: a list of 50,000 entries takes seconds to
   * index, which must not hold a task pane's thread in one piece.
   */
  static async build(lists: ScreeningList[], breathe: () => Promise<void>): Promise<EntityIndex> {
    const index = new EntityIndex(lists, 'steps');
    await runBreathing(index.buildSteps(), breathe);
    return index;
  }

  /** Builds the index, pausing (yield) every BUILD_SLICE entries, then names, then 20 × BUILD_SLICE filtered keys. */
  private *buildSteps(): Steps<void> {
    const lists = this.lists;
    const df = new Map<string, number>();
    let done = 0;
    for (let li = 0; li < lists.length; li++) {
      const entries = lists[li].entries;
      for (let ei = 0; ei < entries.length; ei++) {
        const entry = entries[ei];
        for (const text of [entry.name, ...entry.aliases, ...(entry.formerNames ?? []), ...entry.namesZh]) {
          const form = formOf(text, ei, li);
          if (form.tokens.length === 0 && !form.han) continue;
          this.forms.push(form);
          form.tokens.forEach((t, i) => {
            if (form.tokens.indexOf(t) === i) df.set(t, (df.get(t) ?? 0) + 1);
          });
        }
        if (++done % BUILD_SLICE === 0) yield;
      }
    }
    const frequent = Math.max(5, this.forms.length * 0.02);
    this.generic = new Set(GENERIC_WORDS);
    for (const [t, n] of df) if (n >= frequent) this.generic.add(t);
    const idOf = (t: string) => {
      let id = this.tokenIds.get(t);
      if (id === undefined) this.tokenIds.set(t, (id = this.tokenIds.size));
      return id;
    };
    for (let fi = 0; fi < this.forms.length; fi++) {
      this.indexForm(this.forms[fi], fi, idOf);
      if ((fi + 1) % BUILD_SLICE === 0) yield;
    }
    yield;
    const filtered = [this.byHan, this.byLetters, this.byWordSet, this.byToken, this.byHanStart, this.byHanRun];
    this.keys = new KeyFilter(filtered.reduce((n, map) => n + map.size, 0));
    let keys = 0;
    for (const map of filtered) {
      for (const key of map.keys()) {
        this.keys.add(key);
        if (++keys % (20 * BUILD_SLICE) === 0) yield;
      }
    }
    this.stamps = new Uint32Array(this.forms.length);
    const ranks = nameRanks(lists);
    yield;
    this.packed = new PackedForms(this.forms, this.tokenIds, ranks);
    this.source = { lists: this.lists, forms: this.forms, packed: this.packed, queryForm: (name) => this.queryForm(name) };
    this.commonMarks = new Uint32Array(this.commonIds.size);
  }

  private indexForm(form: NameForm, fi: number, idOf: (t: string) => number): void {
    weigh(form, this.isGenericWord, idOf);
    // push() keeps a form once per key, so repeated words need no set here.
    form.tokens.forEach((t, i) => {
      if (form.weights[i] !== 1) return;
      push(this.byToken, t, fi);
      if (t.length >= 6) for (const d of deletions(t)) push(pinyinToken(form, i) ? this.byPinyinDeletion : this.byDeletion, d, fi);
    });
    const syl = form.syllables;
    forEachPinyinWord(syl, (w) => {
      if (w.length >= 4 && !this.isGeneric(w)) push(this.byPinyinWord, w, fi);
    });
    if (form.han.length >= HAN_RUN) {
      push(this.byHanStart, form.han.slice(0, HAN_RUN), fi);
      for (let i = 0; i + HAN_RUN <= form.han.length; i++) push(this.byHanRun, form.han.slice(i, i + HAN_RUN), fi);
    }
    if (form.han.length >= 2) push(this.byHan, form.han, fi);
    if (form.tokens.length) {
      this.addWordSet(form, fi);
      push(this.byLetters, form.tokens.join(''), fi);
    }
    if (syl.length) push(this.byLetters, syl.join(''), fi);
  }

  private addWordSet(form: NameForm, fi: number): void {
    let distinctive: string[] | null = null;
    let common: number[] | null = null;
    form.tokens.forEach((t, i) => {
      if (form.weights[i] === 1) (distinctive ??= []).push(t);
      else {
        let id = this.commonIds.get(t);
        if (id === undefined) this.commonIds.set(t, (id = this.commonIds.size));
        if (!(common ??= []).includes(id)) common.push(id);
      }
    });
    if (!distinctive) return; // never looked up: a query needs a distinctive word
    const ids: number[] = common ?? [];
    const key = wordSetKey(distinctive);
    let byCommon = this.byWordSet.get(key);
    if (!byCommon) this.byWordSet.set(key, (byCommon = new Map()));
    const code = ids.reduce((x, id) => x ^ wordCode(id), 0);
    let groups = byCommon.get(code);
    if (!groups) byCommon.set(code, (groups = []));
    let group = groups.find((g) => g.common.length === ids.length && ids.every((id) => g.common.includes(id)));
    if (!group) groups.push((group = { common: ids, forms: [] }));
    group.forms.push(fi);
  }

  /** The longest posting list of any blocking key (test/perf: the built-in list's stays within MAX_POSTING). */
  get longestPosting(): number {
    let n = 0;
    for (const map of [this.byToken, this.byPinyinWord, this.byDeletion, this.byPinyinDeletion, this.byHanStart, this.byHanRun]) for (const postings of map.values()) n = Math.max(n, postings.length);
    return n;
  }

  /** How many names a query examines (bounds): the size of its candidate set. */
  candidateCount(name: string): number {
    const query = this.queryForm(name);
    return query ? this.candidates(query).length : 0;
  }

  /** How many candidates of a query pass the bound and are fully scored (test/perf guards this). */
  fullScoreCount(name: string, mode: Mode = 'name'): number {
    const before = this.fullScores;
    this.matchUncached(name, mode);
    return this.fullScores - before;
  }

  get size(): number {
    return this.forms.length;
  }

  isGeneric(token: string): boolean {
    return this.generic.has(token) || token.length <= 2;
  }

  private queryForm(name: string, norm?: string): NameForm | null {
    const query = formOf(name, -1, -1, norm ?? normalizeName(name));
    if (query.tokens.length === 0 && !query.han) return null;
    weigh(query, this.isGenericWord, this.queryWordId);
    return query;
  }

  /**
   * The names a word selects: those holding it, the Chinese names whose Pinyin spells it and, for words
   * of six letters or more, those holding a word one deletion away (typos) that may be its misspelling
   * (misspellingAllowed: for a Pinyin word, not another Pinyin word), in lookup order. Kept per word
   * (words recur across names), so a big index is probed once per word, not twice per letter.
   */
  private tokenCandidates(t: string): NearWord {
    let near = this.nearWords.get(t);
    if (near) return near;
    const forms: number[] = [];
    const seen = new Set<number>();
    const add = (postings: number[] | undefined): boolean => {
      if (!postings) return true;
      if (postings.length > MAX_POSTING) return false;
      for (const fi of postings) {
        if (seen.has(fi)) continue;
        seen.add(fi);
        forms.push(fi);
      }
      return true;
    };
    const ownTaken = add(this.byToken.get(t));
    const spelledTaken = add(this.byPinyinWord.get(t));
    if (t.length >= 6) {
      const pinyin = isPinyinWord(t);
      const neighbours = pinyin ? [this.byDeletion] : [this.byDeletion, this.byPinyinDeletion];
      for (const map of neighbours) add(map.get(t));
      for (const d of deletions(t)) {
        if (misspellingAllowed(pinyin, isPinyinWord(d))) add(this.byToken.get(d));
        for (const map of neighbours) add(map.get(d));
      }
    }
    near = { forms, ownTaken, spelledTaken };
    if (this.nearWords.size >= MEMO_SIZE) this.nearWords.clear();
    this.nearWords.set(t, near);
    return near;
  }

  /** The query's candidates, each once, in the order the keys found them. */
  private candidates(query: NameForm): number[] {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const out: number[] = [];
    // Strong matches share whole words or spell whole names, so only a word's own names, the Chinese
    // names spelling it, and the Latin names a Chinese name's Pinyin words find can hold one: when one of
    // those lists is too long to take, exact keys bring its strong matches back. A typo neighbour's list
    // holds none, and neither does a run of Chinese characters (the same Chinese name is an exact key).
    let wordsSkipped = false;
    let spellingsSkipped = false;
    for (let i = 0; i < query.tokens.length; i++) {
      if (query.weights[i] !== 1) continue;
      const near = this.tokenCandidates(query.tokens[i]);
      if (!near.ownTaken || !near.spelledTaken) wordsSkipped = true;
      this.addAll(out, near.forms);
    }
    // The words a Chinese name's Pinyin spells find the Latin names holding them. byToken holds no common
    // word (words of two letters or fewer are common), so a common Pinyin word finds nothing, and the
    // shortest are not looked up.
    forEachPinyinWord(query.syllables, (w) => {
      if (w.length > 2 && this.addCapped(out, this.lookup(this.byToken, w))) spellingsSkipped = true;
    });
    const han = query.han;
    if (han.length >= 2) this.addAll(out, this.lookup(this.byHan, han));
    if (han.length >= HAN_RUN) {
      for (let i = 0; i + HAN_RUN <= han.length; i++) {
        const run = han.slice(i, i + HAN_RUN);
        if (han.indexOf(run) < i) continue; // seen
        this.addCapped(out, this.lookup(this.byHanStart, run));
      }
      this.addCapped(out, this.lookup(this.byHanRun, han.slice(0, HAN_RUN)));
    }
    if (wordsSkipped) {
      this.addSameWordSets(out, query);
      this.addAll(out, this.lookup(this.byLetters, query.tokens.join('')));
    }
    if (spellingsSkipped) this.addAll(out, this.lookup(this.byLetters, query.syllables.join('')));
    return out;
  }

  /**
   * Names whose set of words is the query's distinctive words plus any of its first MAX_GENERIC_SUBSET
   * common words (in sorted order): the same distinctive words, and no common word the query lacks.
   */
  private addSameWordSets(out: number[], query: NameForm): void {
    const tokens = query.tokens;
    let distinctive = 0;
    let common = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (query.weights[i] !== 1) common++;
      // Names holding a distinctive word whose posting list was taken are candidates already.
      else if (this.tokenCandidates(tokens[i]).ownTaken) return;
      else distinctive++;
    }
    if (distinctive === 0) return;
    const key = distinctive === 1 ? tokens[query.weights.indexOf(1)] : wordSetKey(tokens.filter((_, i) => query.weights[i] === 1));
    const byCommon = this.lookup(this.byWordSet, key);
    if (!byCommon) return;
    let optional = tokens;
    if (common > MAX_GENERIC_SUBSET) optional = [...new Set(tokens.filter((_, i) => query.weights[i] !== 1))].sort().slice(0, MAX_GENERIC_SUBSET);
    const ids: number[] = [];
    for (let i = 0; i < optional.length; i++) {
      const id = this.commonIds.get(optional[i]);
      if (id === undefined || this.commonMarks[id] === this.stamp) continue;
      this.commonMarks[id] = this.stamp;
      ids.push(id);
    }
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      let code = 0;
      for (let b = 0; b < ids.length; b++) if (mask & (1 << b)) code ^= wordCode(ids[b]);
      const groups = byCommon.get(code);
      if (!groups) continue;
      // Codes may collide: a group counts when each of its common words is the query's.
      for (const group of groups) if (group.common.every((id) => this.commonMarks[id] === this.stamp)) this.addAll(out, group.forms);
    }
  }

  /** map.get(key), for a map whose keys are in the filter. */
  private lookup<T>(map: Map<string, T>, key: string): T | undefined {
    return this.keys.mayHave(key) ? map.get(key) : undefined;
  }

  /** Adds a posting list within MAX_POSTING to the candidates; true when the list was skipped as too long. */
  private addCapped(out: number[], postings: number[] | undefined): boolean {
    if (!postings) return false;
    if (postings.length > MAX_POSTING) return true;
    this.addAll(out, postings);
    return false;
  }

  private addAll(out: number[], postings: number[] | undefined): void {
    if (postings) for (const fi of postings) this.add(out, fi);
  }

  private add(out: number[], fi: number): void {
    if (this.stamps[fi] === this.stamp) return;
    this.stamps[fi] = this.stamp;
    out.push(fi);
  }

  /**
   * The best match per entry, best first; only matches at or above the weak threshold.
   * 'name': the text is a company name and must be that entry. 'mention': the text (an inputs cell)
   * may name an entry among other words ("Polysilicon from Xinjiang GCL").
   */
  match(name: string, mode: Mode = 'name', norm?: string): EntityMatch[] {
    const key = `${mode}\u0000${name}`;
    let found = this.memo.get(key);
    if (!found) {
      found = this.matchUncached(name, mode, norm);
      if (this.memo.size >= MEMO_SIZE) this.memo.clear();
      this.memo.set(key, found);
    }
    return found.slice();
  }

  private matchUncached(name: string, mode: Mode, norm?: string): EntityMatch[] {
    const query = this.queryForm(name, norm);
    if (!query) return [];
    // Best match per entry, in the order first found (few per query: an array, not a Map).
    const best: Match[] = [];
    const packed = this.packed;
    for (const fi of this.candidates(query)) {
      if (packed.bound(query, fi, mode) < WEAK) continue;
      this.fullScores++;
      const scored = packed.score(query, fi, mode, this.scratch);
      if (scored.path === null || scored.score < WEAK) continue;
      const key = packed.entryKey(fi);
      let at = 0;
      while (at < best.length && best[at].entryKey !== key) at++;
      if (at === best.length || scored.score > best[at].score) best[at] = new Match(this.source, fi, key, packed.nameRank(fi), name, mode, scored.path, scored.strong, scored.score);
    }
    if (best.length > 1) best.sort(byScoreThenName);
    return best;
  }
}

/**
 * Best score first; equal scores by entry name in character-code order (the name's rank), which is the
 * same on every machine (a collator's order follows the machine's language, and the command line and the
 * add-in must pick the same best match) and reads no name.
 */
function byScoreThenName(a: Match, b: Match): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.nameRank - b.nameRank;
}

/** Calls `f` with each word spelled by consecutive syllables (a word spelled twice, twice). */
function forEachPinyinWord(syllables: string[], f: (word: string) => void): void {
  for (let i = 0; i < syllables.length; i++) {
    let w = '';
    for (let j = i; j < Math.min(syllables.length, i + PINYIN_WORD_SYLLABLES); j++) f((w += syllables[j]));
  }
}

/** A well-spread 30-bit code of a common word's id (a small integer, so Map keys stay fast). */
function wordCode(id: number): number {
  let h = Math.imul(id + 1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return (h ^ (h >>> 13)) & 0x3fffffff;
}

/** The names a query word selects (its own, the Chinese names spelling it, and its typo neighbours' posting lists). */
interface NearWord {
  forms: number[];
  /** The word's own posting list was taken (or it has none): its names are among `forms`. */
  ownTaken: boolean;
  /** The posting list of the Chinese names spelling it was taken (or there is none). */
  spelledTaken: boolean;
}

/** Names with the same distinctive words and the same common words (ids into commonIds). */
interface WordSetGroup {
  common: number[];
  forms: number[];
}

/** What a Match looks its parts up in: the index's lists, names and packed records, and its query forms. */
interface MatchSource {
  lists: ScreeningList[];
  forms: NameForm[];
  packed: PackedForms;
  queryForm(name: string): NameForm | null;
}

/**
 * An EntityMatch held as numbers: its entry, list and matched name are looked up when read, and its
 * explanation is worked out (from the query's form, made again) when first read. A big list brings
 * thousands of matches, kept in the memo; holding the query's form and the listed objects made each one
 * a small graph for the garbage collector to copy, and most matches are never shown.
 */
class Match implements EntityMatch {
  private words: string | null = null;
  readonly score: number;

  constructor(
    private readonly source: MatchSource,
    /** The matched name (a form of the index). */
    private readonly fi: number,
    /** The entry's number in the index (PackedForms.entryKey): the best match is kept per entry. */
    readonly entryKey: number,
    /** PackedForms.nameRank: equal scores are ordered by it. */
    readonly nameRank: number,
    private readonly name: string,
    private readonly mode: Mode,
    private readonly path: Path,
    readonly strong: boolean,
    score: number,
  ) {
    this.score = round(score);
  }

  get list(): ScreeningList {
    return this.source.lists[this.source.packed.listOf(this.entryKey)];
  }

  get entry(): ScreeningEntry {
    return this.list.entries[this.source.packed.entryOf(this.entryKey)];
  }

  get matchedName(): string {
    return this.source.forms[this.fi].display;
  }

  get explanation(): string {
    if (this.words === null) {
      const chosen: PathScore = { path: this.path, score: this.score, strong: this.strong };
      this.words = explain(scoreDetail(this.source.queryForm(this.name)!, this.source.forms[this.fi], this.mode, chosen));
    }
    return this.words;
  }
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
