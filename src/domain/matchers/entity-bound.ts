// scoreBound and fullScore (entity-score.ts) over a packed copy of the listed names: word ids, syllable
// ids and weight sums in typed arrays. A big list's candidates are scattered over a heap of name objects;
// bounding and scoring them from one record and one block each, without reading the objects, is what
// keeps a 50,000-entry list cheap. Same paths, same arithmetic in the same order, the same rules
// (tokenStrong, settlePinyin): the results equal the scalar ones (test/domain/matchers/entity-score.test.ts).
import { COMMON_WEIGHT, editDistanceAtMostOne, misspellingAllowed, PINYIN_WORD_SYLLABLES, pinyinSpan, pinyinToken, type NameForm } from './entity-names';
import {
  charMask,
  COMMON_ONLY_CAP,
  cover,
  FUZZY_FACTOR,
  HAN_INSIDE_MIN,
  hanValue,
  hasTypoPartner,
  mayBeOneEdit,
  pinyinCoverBound,
  scoreHan,
  settlePinyin,
  tokenRaw,
  tokenStrong,
  TYPO_MIN_LENGTH,
  type Mode,
  type PathScore,
  type TokenAlignment,
} from './entity-score';

export class PackedForms {
  /**
   * One record of RECORD numbers per form, so a candidate's bound starts from one cache line: where its
   * words and syllables are, its weight sum, and a sketch of its Chinese name (its length and a bit per
   * character) that rules out most Chinese comparisons without reading the name.
   */
  private readonly records: Float64Array;
  /**
   * Each form's words, then its syllables, side by side: a word is WORD numbers (its id, its charMask,
   * its length and whether it is common), a syllable one (its first letter and its id). A candidate is
   * bounded from its record and this one block: reading a word id, then that word's facts from tables
   * indexed by id, was a chain of cache misses per word in a big list.
   */
  private readonly data: Int32Array;
  private readonly syllableText: string[] = [];
  private readonly idText: string[];
  /** The query whose sketches (Chinese-name bits, word letter masks) are below: a query is bounded against many forms. */
  private sketched: NameForm | null = null;
  private queryHanBits = 0;
  private queryMasks: number[] = [];
  /** Query words already aligned (tokens) or syllables covered (Pinyin), per score. */
  private marks = new Uint8Array(64);
  private readonly alignment: TokenAlignment = { aligned: 0, entryWords: 0, fuzzy: 0, distinctiveExact: 0, allDistinctiveShared: false, extraDistinctive: false };

  constructor(
    private readonly forms: NameForm[],
    wordIds: ReadonlyMap<string, number>,
    /** Per list, per entry: NAME_RANK (nameRanks()). */
    nameRanks: number[][],
  ) {
    const n = forms.length;
    this.records = new Float64Array(n * RECORD);
    let size = 0;
    for (const f of forms) size += f.tokens.length * WORD + f.syllables.length;
    this.data = new Int32Array(size);
    this.idText = new Array<string>(wordIds.size);
    for (const [t, id] of wordIds) this.idText[id] = t;
    const syllableId = new Map<string, number>();
    let at = 0;
    forms.forEach((f, i) => {
      const r = i * RECORD;
      this.records[r + TOKEN_FROM] = at;
      f.ids.forEach((id, j) => {
        const t = f.tokens[j];
        this.data[at + WORD_ID] = id;
        this.data[at + WORD_MASK] = charMask(t);
        this.data[at + WORD_SHAPE] = (Math.min(t.length, 0xffff) << 2) | (pinyinToken(f, j) ? PINYIN : 0) | (f.weights[j] === 1 ? 0 : COMMON);
        at += WORD;
      });
      this.records[r + TOKEN_TO] = at;
      for (const s of f.syllables) {
        let id = syllableId.get(s);
        if (id === undefined) {
          syllableId.set(s, (id = this.syllableText.length));
          this.syllableText.push(s);
        }
        this.data[at++] = (s.charCodeAt(0) << 16) | id;
      }
      this.records[r + SYLLABLE_TO] = at;
      this.records[r + WEIGHT_SUM] = f.weightSum;
      this.records[r + HAN_LENGTH] = f.han.length;
      this.records[r + HAN_BITS] = charMask(f.han);
      this.records[r + ENTRY_KEY] = f.list * ENTRY_SPAN + f.entry;
      this.records[r + NAME_RANK] = nameRanks[f.list][f.entry];
    });
  }

  /** The place of the form's entry's name in character-code order: equal scores are ordered by it. */
  nameRank(fi: number): number {
    return this.records[fi * RECORD + NAME_RANK];
  }

  /** A number per listed entry (list and entry): the names of one entry share it. */
  entryKey(fi: number): number {
    return this.records[fi * RECORD + ENTRY_KEY];
  }

  listOf(key: number): number {
    return Math.floor(key / ENTRY_SPAN);
  }

  entryOf(key: number): number {
    return key % ENTRY_SPAN;
  }

  /** fullScore(query, forms[fi], mode, out); the form's object is read only for its Chinese name or full name. */
  score(q: NameForm, fi: number, mode: Mode, out: PathScore): PathScore {
    const r = fi * RECORD;
    const records = this.records;
    const hanLength = records[r + HAN_LENGTH];
    const from = records[r + TOKEN_FROM];
    const to = records[r + TOKEN_TO];
    const sFrom = to; // a form's syllables follow its words
    const sTo = records[r + SYLLABLE_TO];
    if (this.sketched !== q) this.sketch(q);
    out.path = null;
    out.score = 0;
    out.strong = false;
    if (q.han && hanLength > 0 && this.mayShareHan(q, hanLength, records[r + HAN_BITS])) scoreHan(q, this.forms[fi], out);
    if (q.tokens.length > 0 && to > from) this.tokenScore(q, fi, from, to, records[r + WEIGHT_SUM], mode, out);
    if (q.syllables.length > 0 && to > from && hanLength === 0) this.queryPinyinScore(q, from, to, records[r + WEIGHT_SUM], out);
    if (sTo > sFrom && q.tokens.length > 0 && !q.han) this.entryPinyinScore(q, sFrom, sTo, out);
    return out;
  }

  private clearedMarks(n: number): Uint8Array {
    if (this.marks.length < n) this.marks = new Uint8Array(Math.max(n, 2 * this.marks.length));
    else this.marks.fill(0, 0, n);
    return this.marks;
  }

  /** tokenScore: each entry word aligned with the first unused query word that is the same, or else one edit from it. */
  private tokenScore(q: NameForm, fi: number, from: number, to: number, weightSum: number, mode: Mode, out: PathScore): void {
    const data = this.data;
    const qt = q.tokens;
    const qIds = q.ids;
    const masks = this.queryMasks;
    const used = this.clearedMarks(qt.length);
    let aligned = 0;
    let shared = 0;
    let distinctiveExact = 0;
    let fuzzy = 0;
    for (let k = from; k < to; k += WORD) {
      const id = data[k + WORD_ID];
      const shape = data[k + WORD_SHAPE];
      const w = shape & COMMON ? COMMON_WEIGHT : 1;
      let at = -1;
      for (let i = 0; i < qt.length; i++) {
        if (!used[i] && qIds[i] === id) {
          at = i;
          break;
        }
      }
      let factor = 1;
      if (at < 0 && shape >> 2 >= TYPO_MIN_LENGTH && w === 1) {
        const length = shape >> 2;
        const pinyin = (shape & PINYIN) !== 0;
        const mask = data[k + WORD_MASK];
        for (let i = 0; i < qt.length; i++) {
          // hasTypoPartner's test first: the word's text is read only for a query word that could be one edit away.
          if (used[i] || !mayBeOneEdit(qt[i], masks[i], length, mask) || !misspellingAllowed(pinyin, pinyinToken(q, i))) continue;
          if (editDistanceAtMostOne(qt[i], this.idText[id])) {
            at = i;
            break;
          }
        }
        factor = FUZZY_FACTOR;
      }
      if (at < 0) continue;
      used[at] = 1;
      aligned++;
      shared += w * factor;
      if (factor < 1) fuzzy++;
      else if (w === 1) distinctiveExact++;
    }
    const raw = tokenRaw(mode, shared, weightSum, q.weightSum);
    const score = distinctiveExact + fuzzy === 0 ? Math.min(raw, COMMON_ONLY_CAP) : raw;
    if (score <= out.score && out.path !== null) return;
    const a = this.alignment;
    a.aligned = aligned;
    a.entryWords = (to - from) / WORD;
    a.fuzzy = fuzzy;
    a.distinctiveExact = distinctiveExact;
    if (mode === 'mention') {
      a.allDistinctiveShared = true;
      for (let k = from; k < to; k += WORD) if (!(data[k + WORD_SHAPE] & COMMON) && !qIds.includes(data[k + WORD_ID])) a.allDistinctiveShared = false;
    } else {
      a.extraDistinctive = false;
      for (let i = 0; i < qt.length; i++) if (!used[i] && q.weights[i] === 1) a.extraDistinctive = true;
    }
    const strong = tokenStrong(mode, raw, a, () => q.fullKey === this.forms[fi].fullKey);
    if (out.path === null || score > out.score) {
      out.path = 'tokens';
      out.score = score;
      out.strong = strong;
    }
  }

  /** pinyinScore of the entry's Latin words against the query's Chinese name. */
  private queryPinyinScore(q: NameForm, from: number, to: number, weightSum: number, out: PathScore): void {
    const data = this.data;
    const syllables = q.syllables;
    const covered = this.clearedMarks(syllables.length);
    let coveredCount = 0;
    let shared = 0;
    let distinctive = 0;
    for (let k = from; k < to; k += WORD) {
      const span = pinyinSpan(syllables, this.idText[data[k + WORD_ID]]);
      if (span < 0) continue;
      coveredCount += cover(covered, span);
      const common = data[k + WORD_SHAPE] & COMMON;
      shared += common ? COMMON_WEIGHT : 1;
      if (!common) distinctive++;
    }
    settlePinyin(out, 'pinyin-query', shared, weightSum, distinctive, coveredCount, syllables.length, (to - from) / WORD);
  }

  /** pinyinScore of the query's Latin words against the entry's Chinese name (its packed syllables). */
  private entryPinyinScore(q: NameForm, from: number, to: number, out: PathScore): void {
    const covered = this.clearedMarks(to - from);
    let coveredCount = 0;
    let shared = 0;
    let distinctive = 0;
    for (let j = 0; j < q.tokens.length; j++) {
      const span = this.spelledAt(from, to, q.tokens[j]);
      if (span < 0) continue;
      coveredCount += cover(covered, span);
      shared += q.weights[j];
      if (q.weights[j] === 1) distinctive++;
    }
    settlePinyin(out, 'pinyin-entry', shared, q.weightSum, distinctive, coveredCount, to - from, q.tokens.length);
  }

  /** scoreBound(query, forms[fi], mode). */
  bound(q: NameForm, fi: number, mode: Mode): number {
    const r = fi * RECORD;
    const records = this.records;
    const hanLength = records[r + HAN_LENGTH];
    const from = records[r + TOKEN_FROM];
    const to = records[r + TOKEN_TO];
    const weightSum = records[r + WEIGHT_SUM];
    if (this.sketched !== q) this.sketch(q);
    let best = q.han && hanLength > 0 && this.mayShareHan(q, hanLength, records[r + HAN_BITS]) ? hanValue(q, this.forms[fi]) : 0;
    if (q.tokens.length > 0 && to > from) best = Math.max(best, this.tokenBound(q, from, to, weightSum, mode));
    if (q.syllables.length > 0 && to > from && hanLength === 0) best = Math.max(best, this.queryPinyinBound(q, from, to, weightSum));
    const sFrom = to; // a form's syllables follow its words
    const sTo = records[r + SYLLABLE_TO];
    if (sTo > sFrom && q.tokens.length > 0 && !q.han) best = Math.max(best, this.entryPinyinBound(q, sFrom, sTo));
    return best;
  }

  /**
   * False when hanValue is surely 0: the names are neither equal nor one inside the other (a name
   * inside another has no character the other lacks).
   */
  private mayShareHan(q: NameForm, length: number, bits: number): boolean {
    const qBits = this.queryHanBits;
    const qLength = q.han.length;
    if (length === qLength) return bits === qBits;
    if (length < qLength) return length >= HAN_INSIDE_MIN && (bits & ~qBits) === 0;
    return qLength >= HAN_INSIDE_MIN && (qBits & ~bits) === 0;
  }

  private sketch(q: NameForm): void {
    this.sketched = q;
    this.queryHanBits = charMask(q.han);
    this.queryMasks = q.tokens.map(charMask);
  }

  private tokenBound(q: NameForm, from: number, to: number, weightSum: number, mode: Mode): number {
    const data = this.data;
    let shared = 0;
    let distinctive = false;
    for (let k = from; k < to; k += WORD) {
      const shape = data[k + WORD_SHAPE];
      const common = shape & COMMON;
      if (q.ids.includes(data[k + WORD_ID])) {
        shared += common ? COMMON_WEIGHT : 1;
        if (!common) distinctive = true;
      } else if (!common && shape >> 2 >= TYPO_MIN_LENGTH && hasTypoPartner(q, this.queryMasks, shape >> 2, data[k + WORD_MASK], (shape & PINYIN) !== 0)) {
        shared += FUZZY_FACTOR;
        distinctive = true;
      }
    }
    if (!distinctive) return COMMON_ONLY_CAP;
    return tokenRaw(mode, shared, weightSum, q.weightSum);
  }

  /** The entry's Latin words spelled by the Pinyin of the query's Chinese name. */
  private queryPinyinBound(q: NameForm, from: number, to: number, weightSum: number): number {
    const data = this.data;
    let shared = 0;
    let distinctive = false;
    let spanned = 0;
    for (let k = from; k < to; k += WORD) {
      const span = pinyinSpan(q.syllables, this.idText[data[k + WORD_ID]]);
      if (span < 0) continue;
      const common = data[k + WORD_SHAPE] & COMMON;
      shared += common ? COMMON_WEIGHT : 1;
      spanned += (span % PINYIN_WORD_SYLLABLES) + 1;
      if (!common) distinctive = true;
    }
    return pinyinCoverBound(shared, weightSum, distinctive, spanned, q.syllables.length);
  }

  /** The query's Latin words spelled by the Pinyin of the entry's Chinese name. */
  private entryPinyinBound(q: NameForm, from: number, to: number): number {
    let shared = 0;
    let distinctive = false;
    let spanned = 0;
    for (let j = 0; j < q.tokens.length; j++) {
      const span = this.spelledAt(from, to, q.tokens[j]);
      if (span < 0) continue;
      shared += q.weights[j];
      spanned += (span % PINYIN_WORD_SYLLABLES) + 1;
      if (q.weights[j] === 1) distinctive = true;
    }
    return pinyinCoverBound(shared, q.weightSum, distinctive, spanned, to - from);
  }

  /** pinyinSpan(syllables, word) over the packed syllables from..to. */
  private spelledAt(from: number, to: number, word: string): number {
    const data = this.data;
    const first = word.charCodeAt(0);
    for (let i = from; i < to; i++) {
      if (data[i] >>> 16 !== first) continue;
      let pos = 0;
      for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < to; n++) {
        const s = this.syllableText[data[i + n] & 0xffff];
        if (!word.startsWith(s, pos)) break;
        pos += s.length;
        if (pos === word.length) return (i - from) * PINYIN_WORD_SYLLABLES + n;
      }
    }
    return -1;
  }
}

/** Per list, per entry: the place of the entry's name among all the entries' names in character-code order. */
export function nameRanks(lists: readonly { entries: readonly { name: string }[] }[]): number[][] {
  const names = [...new Set(lists.flatMap((l) => l.entries.map((e) => e.name)))].sort(); // sort() compares code units
  const place = new Map(names.map((name, i) => [name, i]));
  return lists.map((l) => l.entries.map((e) => place.get(e.name)!));
}

// The fields of a form's record.
const TOKEN_FROM = 0;
const TOKEN_TO = 1;
/** The entry's name's place among all entries' names in character-code order (equal names, equal places). */
const NAME_RANK = 2;
const SYLLABLE_TO = 3;
const WEIGHT_SUM = 4;
const HAN_LENGTH = 5;
const HAN_BITS = 6;
/** list × ENTRY_SPAN + entry. */
const ENTRY_KEY = 7;
const RECORD = 8;
const ENTRY_SPAN = 2 ** 26;
// The numbers of a word in a form's block.
const WORD_ID = 0;
const WORD_MASK = 1;
/** Length << 2 | PINYIN | COMMON. */
const WORD_SHAPE = 2;
const COMMON = 1;
const PINYIN = 2;
const WORD = 3;


