// Entity matcher: supplier, parent and input names against screening lists. Candidates come from an
// index — exact keys first (a name equal to a listed one is always found, whatever its words), then the
// name's words, the words a Chinese name's Pinyin spells, runs of four Chinese characters and one-letter
// deletions for typos — never from a full scan. How often the lists use a word only chooses candidates
// (a word on more than MAX_POSTING names is skipped like a stop word); it never changes a score. Each
// candidate is scored once by entity-score.ts, which also explains the score when a match is shown.
// A name holding a word of a listed group (entity-groups.ts) brings the group as a lead, which
// list-findings.ts keeps only with the group's context.
import type { ScreeningEntry, ScreeningList } from '../lists';
import { isPinyinWord } from '../chinese';
import { runAtOnce, runBreathing, type Steps } from '../steps';
import { deletions, formOf, isDistinctive, misspellingAllowed, normalizeName, tradeChains, wordSetKey, type NameForm } from './entity-names';
import { blankEvidence, explain, HAN_INSIDE_MIN, scorePair, WEAK, type Mode, type PairScore } from './entity-score';
import { groupsOf, groupWords, segPinyin, sharedPair, type Group } from './entity-groups';
import { KeyFilter } from './key-filter';

export { STRONG, WEAK } from './entity-score';

/**
 * Longest posting list a word may have and still select candidates. A word on more names than this (a
 * common brand word, a city or a trade in a list of tens of thousands of Chinese companies) says nothing
 * about which company is meant: like a stop word, it is skipped, so a query examines a bounded number of
 * candidates whatever the size of the lists. Equal names never depend on it: their keys are looked up
 * directly. The built-in list's distinctive words are far below it.
 */
export const MAX_POSTING = 16;
/** Names indexed between two pauses of build(): about 10 ms. */
const BUILD_SLICE = 200;
/** Characters in a run of a Chinese name: as many as a name inside another needs. */
const HAN_RUN = HAN_INSIDE_MIN;
/** Match results kept per index (names repeat down a column: inputs, parents, origins). */
const MEMO_SIZE = 20_000;
/** Keys from which the index filters lookups (KeyFilter); below, the maps are probed directly. */
const FILTER_MIN_KEYS = 20_000;
/** Shortest Pinyin spelling of part of a Chinese name's word that is indexed (shorter ones find too much). */
const PINYIN_KEY_MIN = 4;

export interface GroupInfo {
  /** The words that mark the group (huafu, 华孚). */
  words: string[];
  /** How many entries of its list it has, and whether one is listed with its subsidiaries. */
  entries: number;
  coversSubsidiaries: boolean;
  /** The name's neighbouring words that the group's names hold too (word order), or null. */
  order: string | null;
}

export interface EntityMatch {
  list: ScreeningList;
  entry: ScreeningEntry;
  score: number;
  strong: boolean;
  /** 'name': the names are alike; 'group': the name holds a word of a listed group, its names are not alike. */
  kind: 'name' | 'group';
  /** One line: what made the score. */
  explanation: string;
  matchedName: string;
  /** Trade chains of the entry's names, or of its group's when its own name says none. */
  chains: readonly string[];
  /** The listed entity is in China (the built-in list, a Chinese name, a Chinese place in its name). */
  inChina: boolean;
  /** The entry's group, when it is in one. */
  group: GroupInfo | null;
}

/** A candidate of --explain: every name scored, whatever its score. */
export interface ScoredName {
  list: ScreeningList;
  entry: ScreeningEntry;
  matchedName: string;
  score: number;
  strong: boolean;
  explanation: string;
}

export class EntityIndex {
  private forms: NameForm[] = [];
  /** Forms by equality key: canonical words run together, letters as written, Chinese name, Pinyin letters, sorted word set. */
  private byLatinKey = new Map<string, number[]>();
  private byRawKey = new Map<string, number[]>();
  private byHanKey = new Map<string, number[]>();
  private byPinyinKey = new Map<string, number[]>();
  private bySetKey = new Map<string, number[]>();
  /** Names by their distinctive Latin words, and by their common ones (places, trades, short tokens). */
  private byWord = new Map<string, number[]>();
  private byCommonWord = new Map<string, number[]>();
  /** Chinese names by the words their Pinyin spells (a word of theirs, or part of one of four letters or more). */
  private byPinyin = new Map<string, number[]>();
  /** Chinese names by their brands, and by their common words. */
  private bySeg = new Map<string, number[]>();
  private byCommonSeg = new Map<string, number[]>();
  /** Names by the one-letter deletions of their distinctive words of typo length: words that are not Pinyin, then those that are. */
  private byDeletion = new Map<string, number[]>();
  private byPinyinDeletion = new Map<string, number[]>();
  /**
   * Chinese names of HAN_RUN characters or more by their first HAN_RUN characters, and by every run of
   * HAN_RUN characters they hold: a listed name inside the query's starts with one of the query's runs,
   * and one holding the query's holds the query's first run.
   */
  private byHanStart = new Map<string, number[]>();
  private byHanRun = new Map<string, number[]>();
  /**
   * The keys of the maps a query's own keys are looked up in: most such keys are in no map, and are
   * turned away here without probing maps of 100,000 keys and more, which do not stay in the cache.
   */
  private keys: KeyFilter | null = null;
  private groups: Group[] = [];
  private groupsByKey = new Map<string, number[]>();
  /** Per list, per entry: its group (index into groups) or -1, its trade chains, whether it is in China. */
  private entryGroup: number[][] = [];
  private entryChains: string[][][] = [];
  private entryInChina: boolean[][] = [];
  private ranks: number[][] = [];
  private memo = new Map<string, EntityMatch[]>();
  private nearWords = new Map<string, number[]>();
  /** Candidate sets without a Set per query: a form is in the current set when its stamp is the query's. */
  private stamps!: Uint32Array;
  private stamp = 0;
  private scratch: PairScore = { path: null, score: 0, strong: false };
  private scored = 0;

  /** Built at once (the command line and tests; a host's UI uses build()). */
  constructor(lists: ScreeningList[]);
  constructor(lists: ScreeningList[], later: 'steps');
  constructor(
    private readonly lists: ScreeningList[],
    later?: 'steps',
  ) {
    if (!later) runAtOnce(this.buildSteps());
  }

  /** The index built with a breath every BUILD_SLICE names: a list of 50,000 entries takes seconds to index, which must not hold a task pane's thread in one piece. */
  static async build(lists: ScreeningList[], breathe: () => Promise<void>): Promise<EntityIndex> {
    const index = new EntityIndex(lists, 'steps');
    await runBreathing(index.buildSteps(), breathe);
    return index;
  }

  private *buildSteps(): Steps<void> {
    let done = 0;
    for (let li = 0; li < this.lists.length; li++) {
      const list = this.lists[li];
      const formsByEntry: NameForm[][] = [];
      const chains: string[][] = [];
      const inChina: boolean[] = [];
      for (let ei = 0; ei < list.entries.length; ei++) {
        const entry = list.entries[ei];
        const mine: NameForm[] = [];
        const entryChains = new Set<string>();
        for (const text of entryNames(entry)) {
          const norm = normalizeName(text);
          const form = formOf(text, ei, li, norm);
          tradeChains(norm, entryChains);
          if (form.words.length === 0 && !form.han) continue;
          this.indexForm(form, this.forms.length);
          this.forms.push(form);
          mine.push(form);
          if (++done % BUILD_SLICE === 0) yield;
        }
        formsByEntry.push(mine);
        chains.push([...entryChains].sort());
        inChina.push(list.builtIn || mine.some((f) => f.han !== '' || f.classes.includes('place')));
      }
      yield;
      const first = this.groups.length;
      const groupOf = new Array<number>(list.entries.length).fill(-1);
      for (const g of groupsOf(li, { forms: formsByEntry, coversSubsidiaries: list.entries.map((e) => e.coversSubsidiaries), chains })) {
        const gi = this.groups.length;
        this.groups.push(g);
        for (const e of g.entries) if (groupOf[e] < 0 || this.groups[groupOf[e]].entries.length < g.entries.length) groupOf[e] = gi;
        for (const key of g.keys) push(this.groupsByKey, key.slice(2), gi);
        // A Chinese group word is found by its Pinyin too (a Latin name holding huafu finds 华孚).
        for (const e of g.entries)
          for (const f of formsByEntry[e]) f.segs.forEach((s, k) => g.keys.includes(`h:${s}`) && push(this.groupsByKey, segPinyin(f, k), gi));
      }
      this.entryGroup.push(groupOf);
      this.entryChains.push(chains.map((c, e) => (c.length > 0 || groupOf[e] < 0 ? c : this.groups[groupOf[e]].chains)));
      this.entryInChina.push(inChina);
      if (this.groups.length > first) yield;
    }
    yield;
    const filtered = [this.byLatinKey, this.byRawKey, this.byHanKey, this.byPinyinKey, this.bySetKey, this.byWord, this.byCommonWord, this.byPinyin, this.bySeg, this.byCommonSeg, this.byHanStart, this.byHanRun, this.byDeletion, this.byPinyinDeletion];
    const count = filtered.reduce((n, map) => n + map.size, 0);
    // Small maps stay in the cache: probing them costs less than hashing a key for the filter.
    this.keys = count >= FILTER_MIN_KEYS ? new KeyFilter(count) : null;
    let added = 0;
    for (const map of this.keys ? filtered : []) {
      for (const key of map.keys()) {
        this.keys!.add(key);
        if (++added % (20 * BUILD_SLICE) === 0) yield;
      }
    }
    yield;
    this.stamps = new Uint32Array(this.forms.length);
    this.ranks = nameRanks(this.lists);
  }

  /** map.get(key), for a map whose keys are in the filter. */
  private lookup(map: Map<string, number[]>, key: string): number[] | undefined {
    return !this.keys || this.keys.mayHave(key) ? map.get(key) : undefined;
  }

  private indexForm(form: NameForm, fi: number): void {
    if (form.latinKey) push(this.byLatinKey, form.latinKey, fi);
    if (form.rawKey) push(this.byRawKey, form.rawKey, fi);
    if (form.han.length >= 2) push(this.byHanKey, form.han, fi);
    if (form.pinyinKey) push(this.byPinyinKey, form.pinyinKey, fi);
    if (form.words.length > 1) push(this.bySetKey, wordSetKey(form.words), fi);
    for (let i = 0; i < form.words.length; i++) {
      const w = form.words[i];
      const cls = form.classes[i];
      push(isDistinctive(cls) ? this.byWord : this.byCommonWord, w, fi);
      if ((cls === 'brand' || cls === 'pinyin') && w.length >= 6) for (const d of deletions(w)) push(form.pinyin[i] ? this.byPinyinDeletion : this.byDeletion, d, fi);
    }
    form.segs.forEach((s, k) => {
      push(isDistinctive(form.segClasses[k]) ? this.bySeg : this.byCommonSeg, s, fi);
      const from = form.segStart[k];
      const to = form.segStart[k + 1];
      for (let i = from; i < to; i++) {
        let w = '';
        for (let j = i; j < to; j++) {
          w += form.syllables[j];
          if (w.length >= PINYIN_KEY_MIN || (i === from && j === to - 1)) push(this.byPinyin, w, fi);
        }
      }
    });
    const han = form.han;
    if (han.length >= HAN_RUN) {
      push(this.byHanStart, han.slice(0, HAN_RUN), fi);
      for (let i = 0; i + HAN_RUN <= han.length; i++) push(this.byHanRun, han.slice(i, i + HAN_RUN), fi);
    }
  }

  /** The longest posting list of any word-like key (test/perf: the built-in list's distinctive words stay within MAX_POSTING). */
  get longestPosting(): number {
    let n = 0;
    for (const map of [this.byWord, this.byCommonWord, this.byPinyin, this.bySeg, this.byCommonSeg, this.byDeletion, this.byPinyinDeletion, this.byHanStart, this.byHanRun]) for (const postings of map.values()) n = Math.max(n, postings.length);
    return n;
  }

  /** Posting-list lengths of the built-in list's distinctive words (test/perf). */
  distinctivePostings(): number[] {
    const out: number[] = [];
    for (const f of this.forms) f.words.forEach((w, i) => isDistinctive(f.classes[i]) && out.push(this.byWord.get(w)?.length ?? 0));
    return out;
  }

  /** How many names a query examines: the size of its candidate set. */
  candidateCount(name: string, mode: Mode = 'name'): number {
    const query = formOf(name, -1, -1);
    return query.words.length || query.han ? this.candidates(query, mode).length : 0;
  }

  /** How many pairs the query scores (each candidate once: test/perf guards this). */
  fullScoreCount(name: string, mode: Mode = 'name'): number {
    const before = this.scored;
    this.matchUncached(name, mode);
    return this.scored - before;
  }

  get size(): number {
    return this.forms.length;
  }

  /** The groups found in the lists: their words and entries (tests, --explain). */
  groupList(): { list: ScreeningList; words: string[]; entries: ScreeningEntry[]; coversSubsidiaries: boolean }[] {
    return this.groups.map((g) => ({ list: this.lists[g.list], words: groupWords(g), entries: g.entries.map((e) => this.lists[g.list].entries[e]), coversSubsidiaries: g.coversSubsidiaries }));
  }

  private near(t: string): number[] {
    let found = this.nearWords.get(t);
    if (found) return found;
    found = [];
    const seen = new Set<number>();
    const add = (postings: number[] | undefined) => {
      if (!postings || postings.length > MAX_POSTING) return;
      for (const fi of postings) {
        if (seen.has(fi)) continue;
        seen.add(fi);
        found!.push(fi);
      }
    };
    add(this.lookup(this.byWord, t));
    add(this.lookup(this.byPinyin, t));
    if (t.length >= 6) {
      const pinyin = isPinyinWord(t);
      const neighbours = pinyin ? [this.byDeletion] : [this.byDeletion, this.byPinyinDeletion];
      for (const map of neighbours) add(map.get(t));
      for (const d of deletions(t)) {
        if (misspellingAllowed(pinyin, isPinyinWord(d))) add(this.lookup(this.byWord, d));
        for (const map of neighbours) add(map.get(d));
      }
    }
    if (this.nearWords.size >= MEMO_SIZE) this.nearWords.clear();
    this.nearWords.set(t, found);
    return found;
  }

  /**
   * The query's candidates, each once, in the order the keys found them. A name's common words (places,
   * trades, short tokens) select candidates only when it has no distinctive word: with one, a listed name
   * sharing only common words with it scores below WEAK whatever they are (entity-score.ts). A mention
   * (free text) looks up every word.
   */
  private candidates(q: NameForm, mode: Mode): number[] {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const out: number[] = [];
    // Equal names, whatever their words: the same letters, the same Chinese name, Pinyin spelling them.
    if (q.latinKey) {
      this.addAll(out, this.lookup(this.byLatinKey, q.latinKey));
      this.addAll(out, this.lookup(this.byPinyinKey, q.latinKey));
      this.addAll(out, this.lookup(this.byRawKey, q.rawKey));
      this.addAll(out, this.lookup(this.byPinyinKey, q.rawKey));
      if (q.words.length > 1) this.addAll(out, this.lookup(this.bySetKey, wordSetKey(q.words)));
    }
    if (q.han.length >= 2) this.addAll(out, this.lookup(this.byHanKey, q.han));
    if (q.pinyinKey) {
      this.addAll(out, this.lookup(this.byRawKey, q.pinyinKey));
      this.addAll(out, this.lookup(this.byLatinKey, q.pinyinKey));
    }
    if (q.branchLatinKey) {
      this.addAll(out, this.lookup(this.byLatinKey, q.branchLatinKey));
      this.addAll(out, this.lookup(this.byRawKey, q.branchRawKey));
    }
    if (q.branchHan.length >= 2) this.addAll(out, this.lookup(this.byHanKey, q.branchHan));
    let common = mode === 'mention';
    if (!common) {
      common = true;
      for (const c of q.classes) if (isDistinctive(c)) common = false;
      for (const c of q.segClasses) if (isDistinctive(c)) common = false;
    }
    for (let i = 0; i < q.words.length; i++) {
      const w = q.words[i];
      if (isDistinctive(q.classes[i])) this.addAll(out, this.near(w));
      else if (common) {
        this.addCapped(out, this.lookup(this.byCommonWord, w));
        this.addCapped(out, this.lookup(this.byPinyin, w));
      }
    }
    for (let k = 0; k < q.segs.length; k++) {
      if (isDistinctive(q.segClasses[k])) {
        this.addCapped(out, this.lookup(this.bySeg, q.segs[k]));
        this.addCapped(out, this.lookup(this.byWord, segPinyin(q, k)));
      } else if (common) this.addCapped(out, this.lookup(this.byCommonSeg, q.segs[k]));
    }
    const han = q.han;
    if (han.length >= HAN_RUN) {
      for (let i = 0; i + HAN_RUN <= han.length; i++) {
        const run = han.slice(i, i + HAN_RUN);
        if (han.indexOf(run) < i) continue;
        this.addCapped(out, this.lookup(this.byHanStart, run));
      }
      this.addCapped(out, this.lookup(this.byHanRun, han.slice(0, HAN_RUN)));
    }
    return out;
  }

  private addCapped(out: number[], postings: number[] | undefined): void {
    if (postings && postings.length <= MAX_POSTING) this.addAll(out, postings);
  }

  private addAll(out: number[], postings: number[] | undefined): void {
    if (!postings) return;
    for (const fi of postings) {
      if (this.stamps[fi] === this.stamp) continue;
      this.stamps[fi] = this.stamp;
      out.push(fi);
    }
  }

  /**
   * The best match per entry, best first: the names scoring WEAK or more, then (for a name) the groups
   * whose words it holds while none of their entries' names is alike (kind 'group', below WEAK).
   * 'name': the text is a company name. 'mention': the text (an inputs cell) may name an entry among
   * other words ("Polysilicon from Xinjiang GCL").
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
    const q = formOf(name, -1, -1, norm ?? normalizeName(name));
    if (q.words.length === 0 && !q.han) return [];
    const best: Match[] = [];
    /** Per group, its best-scoring entry below WEAK: the entry a group lead names. */
    const below = new Map<number, { fi: number; score: number }>();
    for (const fi of this.candidates(q, mode)) {
      this.scored++;
      const s = scorePair(q, this.forms[fi], mode, this.scratch);
      const f = this.forms[fi];
      if (s.score < WEAK && !s.strong) {
        const gi = this.entryGroup[f.list][f.entry];
        if (gi >= 0 && s.score > (below.get(gi)?.score ?? -1)) below.set(gi, { fi, score: s.score });
        continue;
      }
      const at = best.findIndex((m) => m.listIndex === f.list && m.entryIndex === f.entry);
      if (at < 0 || s.score > best[at].score || (s.score === best[at].score && s.strong && !best[at].strong)) {
        const m = new Match(this, name, mode, fi, f.list, f.entry, s.score, s.strong, 'name', null);
        if (at < 0) best.push(m);
        else best[at] = m;
      }
    }
    if (mode === 'name') this.addGroupLeads(q, name, best, below);
    if (best.length > 1) best.sort(byScoreThenName);
    return best;
  }

  /** The groups whose words the name holds, when none of their entries is a match: leads below WEAK. */
  private addGroupLeads(q: NameForm, name: string, best: Match[], below: Map<number, { fi: number; score: number }>): void {
    // The query's words, Chinese brands and their Pinyin that are group words (a Latin word and a Chinese one never collide).
    let keys: string[] | null = null;
    for (const w of q.words) if (this.groupsByKey.has(w)) (keys ??= []).push(w);
    for (let k = 0; k < q.segs.length; k++) {
      const pinyin = segPinyin(q, k);
      if (this.groupsByKey.has(q.segs[k])) (keys ??= []).push(q.segs[k]);
      if (this.groupsByKey.has(pinyin)) (keys ??= []).push(pinyin);
    }
    if (!keys) return;
    const seen = new Set<number>();
    for (const key of keys as string[]) {
      for (const gi of this.groupsByKey.get(key)!) {
        if (seen.has(gi)) continue;
        seen.add(gi);
        const g = this.groups[gi];
        if (best.some((m) => m.listIndex === g.list && g.entries.includes(m.entryIndex))) continue;
        const lead = below.get(gi);
        const order = sharedPair(q, g);
        const words = groupWords(g).filter((w) => (keys as string[]).includes(w));
        const entry = lead ? this.forms[lead.fi].entry : (g.entries.find((e) => this.lists[g.list].entries[e].coversSubsidiaries) ?? g.entries[0]);
        const fi = lead?.fi ?? -1;
        best.push(new Match(this, name, 'name', fi, g.list, entry, lead?.score ?? 0, false, 'group', { gi, entry, words, order }));
      }
    }
  }

  /** Every candidate of a name with its score and explanation, below WEAK too (the --explain option). */
  explainName(name: string, mode: Mode = 'name'): ScoredName[] {
    const q = formOf(name, -1, -1);
    if (q.words.length === 0 && !q.han) return [];
    const out: ScoredName[] = [];
    for (const fi of this.candidates(q, mode)) {
      const ev = blankEvidence();
      const s = scorePair(q, this.forms[fi], mode, { path: null, score: 0, strong: false }, ev);
      const f = this.forms[fi];
      const list = this.lists[f.list];
      out.push({ list, entry: list.entries[f.entry], matchedName: f.display, score: round(s.score), strong: s.strong, explanation: explain(ev) });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** What a Match reads from the index. */
  facts(fi: number, list: number, entry: number) {
    const gi = this.entryGroup[list][entry];
    const g = gi >= 0 ? this.groups[gi] : null;
    return {
      list: this.lists[list],
      entry: this.lists[list].entries[entry],
      form: fi >= 0 ? this.forms[fi] : null,
      chains: this.entryChains[list][entry],
      inChina: this.entryInChina[list][entry],
      group: g,
      rank: this.ranks[list][entry],
    };
  }

  groupAt(gi: number): Group {
    return this.groups[gi];
  }

  /** The score's explanation, worked out again with evidence (only for the matches shown). */
  explainPair(name: string, mode: Mode, fi: number): string {
    const ev = blankEvidence();
    scorePair(formOf(name, -1, -1), this.forms[fi], mode, { path: null, score: 0, strong: false }, ev);
    return explain(ev);
  }
}

/** The names of an entry the matcher compares: name, aliases, former names (when the list has them), Chinese names. */
function entryNames(entry: ScreeningEntry): string[] {
  return [entry.name, ...entry.aliases, ...(entry.formerNames ?? []), ...entry.namesZh];
}

/**
 * Best score first; equal scores by entry name in character-code order (the name's rank), which is the
 * same on every machine (a collator's order follows the machine's language, and the command line and the
 * add-in must pick the same best match).
 */
function byScoreThenName(a: Match, b: Match): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.rank - b.rank;
}

/** Per list, per entry: the place of the entry's name among all the entries' names in character-code order. */
export function nameRanks(lists: readonly { entries: readonly { name: string }[] }[]): number[][] {
  const names = [...new Set(lists.flatMap((l) => l.entries.map((e) => e.name)))].sort();
  const place = new Map(names.map((name, i) => [name, i]));
  return lists.map((l) => l.entries.map((e) => place.get(e.name)!));
}

interface LeadOf {
  gi: number;
  entry: number;
  words: string[];
  order: string | null;
}

/**
 * An EntityMatch held as numbers: entry, list and matched name are looked up when read, and the
 * explanation is worked out (scoring the pair again with evidence) when first read: a big list brings
 * thousands of matches, kept in the memo, and most are never shown.
 */
class Match implements EntityMatch {
  readonly score: number;
  readonly rank: number;
  private words: string | null = null;

  constructor(
    private readonly index: EntityIndex,
    private readonly name: string,
    private readonly mode: Mode,
    /** The listed name scored (-1: a group lead none of whose names was a candidate). */
    private readonly fi: number,
    readonly listIndex: number,
    readonly entryIndex: number,
    score: number,
    readonly strong: boolean,
    readonly kind: 'name' | 'group',
    private readonly lead: LeadOf | null,
  ) {
    this.score = round(score);
    this.rank = index.facts(fi, listIndex, entryIndex).rank;
  }

  private get facts() {
    return this.index.facts(this.fi, this.listIndex, this.entryIndex);
  }

  get list(): ScreeningList {
    return this.facts.list;
  }

  get entry(): ScreeningEntry {
    return this.facts.entry;
  }

  get matchedName(): string {
    return this.facts.form?.display ?? this.entry.name;
  }

  get chains(): readonly string[] {
    return this.facts.chains;
  }

  get inChina(): boolean {
    return this.facts.inChina;
  }

  get group(): GroupInfo | null {
    const g = this.lead ? this.index.groupAt(this.lead.gi) : this.facts.group;
    if (!g) return null;
    return { words: this.lead?.words ?? groupWords(g), entries: g.entries.length, coversSubsidiaries: g.coversSubsidiaries, order: this.lead?.order ?? null };
  }

  get explanation(): string {
    if (this.words !== null) return this.words;
    if (this.lead) {
      const g = this.index.groupAt(this.lead.gi);
      const closest = this.fi >= 0 ? `; closest name ${this.score.toFixed(2)}: ${this.index.explainPair(this.name, this.mode, this.fi)}` : '';
      this.words = `holds ${this.lead.words.map((w) => `"${w}"`).join(', ')}, a word of a listed group (${g.entries.length} ${g.entries.length === 1 ? 'entry' : 'entries'}${g.coversSubsidiaries ? ', listed with its subsidiaries' : ''})${closest}`;
    } else this.words = this.index.explainPair(this.name, this.mode, this.fi);
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
