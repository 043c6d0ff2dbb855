// scoreBound (entity-score.ts) over a packed copy of the listed names: word ids, syllable ids and weight
// sums in typed arrays. A big list's candidates are scattered over a heap of name objects; bounding them
// from a few contiguous arrays, without reading the objects, is what keeps a 50,000-entry list cheap.
// Same paths, same arithmetic in the same order: the value equals scoreBound's
// (test/domain/matchers/entity-score.test.ts).
import { COMMON_WEIGHT, PINYIN_WORD_SYLLABLES, pinyinSpan, type NameForm } from './entity-names';
import { charMask, COMMON_ONLY_CAP, FUZZY_FACTOR, hanValue, hasTypoPartner, pinyinCoverBound, TYPO_MIN_LENGTH, type Mode } from './entity-score';

export class PackedForms {
  /**
   * One record of RECORD numbers per form, so a candidate's bound starts from one cache line: where its
   * words and syllables are, its weight sum, and a sketch of its Chinese name (its length and a bit per
   * character) that rules out most Chinese comparisons without reading the name.
   */
  private readonly records: Float64Array;
  private readonly ids: Int32Array;
  /** Syllables: ids into syllableText. */
  private readonly syllableIds: Uint16Array;
  private readonly syllableText: string[] = [];
  /** First letter of each syllable (char code): most words are rejected on it without reading the text. */
  private readonly syllableFirst: Uint16Array;
  /** Per word id: common (1) or distinctive (0), its length, its charMask, and its text. */
  private readonly idCommon: Uint8Array;
  private readonly idLength: Uint16Array;
  private readonly idMask: Int32Array;
  private readonly idText: string[];
  /** The query whose sketches (Chinese-name bits, word letter masks) are below: a query is bounded against many forms. */
  private sketched: NameForm | null = null;
  private queryHanBits = 0;
  private queryMasks: number[] = [];

  constructor(
    private readonly forms: NameForm[],
    wordIds: ReadonlyMap<string, number>,
  ) {
    const n = forms.length;
    this.records = new Float64Array(n * RECORD);
    let tokens = 0;
    let syllables = 0;
    for (const f of forms) {
      tokens += f.tokens.length;
      syllables += f.syllables.length;
    }
    this.ids = new Int32Array(tokens);
    this.syllableIds = new Uint16Array(syllables);
    this.syllableFirst = new Uint16Array(syllables);
    this.idCommon = new Uint8Array(wordIds.size);
    this.idLength = new Uint16Array(wordIds.size);
    this.idMask = new Int32Array(wordIds.size);
    this.idText = new Array<string>(wordIds.size);
    for (const [t, id] of wordIds) {
      this.idText[id] = t;
      this.idLength[id] = Math.min(t.length, 0xffff);
      this.idMask[id] = charMask(t);
    }
    const syllableId = new Map<string, number>();
    tokens = 0;
    syllables = 0;
    forms.forEach((f, i) => {
      const r = i * RECORD;
      this.records[r + TOKEN_FROM] = tokens;
      f.ids.forEach((id, j) => {
        this.ids[tokens++] = id;
        this.idCommon[id] = f.weights[j] === 1 ? 0 : 1;
      });
      this.records[r + TOKEN_TO] = tokens;
      this.records[r + SYLLABLE_FROM] = syllables;
      for (const s of f.syllables) {
        let id = syllableId.get(s);
        if (id === undefined) {
          syllableId.set(s, (id = this.syllableText.length));
          this.syllableText.push(s);
        }
        this.syllableFirst[syllables] = s.charCodeAt(0);
        this.syllableIds[syllables++] = id;
      }
      this.records[r + SYLLABLE_TO] = syllables;
      this.records[r + WEIGHT_SUM] = f.weightSum;
      this.records[r + HAN_LENGTH] = f.han.length;
      this.records[r + HAN_BITS] = charMask(f.han);
    });
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
    const sFrom = records[r + SYLLABLE_FROM];
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
    if (length < qLength) return length >= 4 && (bits & ~qBits) === 0;
    return qLength >= 4 && (qBits & ~bits) === 0;
  }

  private sketch(q: NameForm): void {
    this.sketched = q;
    this.queryHanBits = charMask(q.han);
    this.queryMasks = q.tokens.map(charMask);
  }

  private weight(id: number): number {
    return this.idCommon[id] ? COMMON_WEIGHT : 1;
  }

  private tokenBound(q: NameForm, from: number, to: number, weightSum: number, mode: Mode): number {
    let shared = 0;
    let distinctive = false;
    for (let k = from; k < to; k++) {
      const id = this.ids[k];
      const w = this.weight(id);
      if (q.ids.includes(id)) {
        shared += w;
        if (w === 1) distinctive = true;
      } else if (w === 1 && this.idLength[id] >= TYPO_MIN_LENGTH && hasTypoPartner(q.tokens, this.queryMasks, this.idLength[id], this.idMask[id])) {
        shared += FUZZY_FACTOR;
        distinctive = true;
      }
    }
    if (!distinctive) return COMMON_ONLY_CAP;
    return mode === 'mention' ? shared / weightSum : (2 * shared) / (weightSum + q.weightSum);
  }

  /** The entry's Latin words spelled by the Pinyin of the query's Chinese name. */
  private queryPinyinBound(q: NameForm, from: number, to: number, weightSum: number): number {
    let shared = 0;
    let distinctive = false;
    let spanned = 0;
    for (let k = from; k < to; k++) {
      const id = this.ids[k];
      const span = pinyinSpan(q.syllables, this.idText[id]);
      if (span < 0) continue;
      shared += this.weight(id);
      spanned += (span % PINYIN_WORD_SYLLABLES) + 1;
      if (!this.idCommon[id]) distinctive = true;
    }
    return pinyinCoverBound(shared, weightSum, distinctive, spanned, q.syllables.length);
  }

  /** The query's Latin words spelled by the Pinyin of the entry's Chinese name. */
  private entryPinyinBound(q: NameForm, from: number, to: number): number {
    let shared = 0;
    let distinctive = false;
    let spanned = 0;
    for (let j = 0; j < q.tokens.length; j++) {
      const span = this.spelledSpan(from, to, q.tokens[j]);
      if (span === 0) continue;
      shared += q.weights[j];
      spanned += span;
      if (q.weights[j] === 1) distinctive = true;
    }
    return pinyinCoverBound(shared, q.weightSum, distinctive, spanned, to - from);
  }

  /** How many syllables pinyinSpan(syllables, word) spans over the packed syllables from..to; 0 when none. */
  private spelledSpan(from: number, to: number, word: string): number {
    const first = word.charCodeAt(0);
    for (let i = from; i < to; i++) {
      if (this.syllableFirst[i] !== first) continue;
      let pos = 0;
      for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < to; n++) {
        const s = this.syllableText[this.syllableIds[i + n]];
        if (!word.startsWith(s, pos)) break;
        pos += s.length;
        if (pos === word.length) return n + 1;
      }
    }
    return 0;
  }
}

// The fields of a form's record.
const TOKEN_FROM = 0;
const TOKEN_TO = 1;
const SYLLABLE_FROM = 2;
const SYLLABLE_TO = 3;
const WEIGHT_SUM = 4;
const HAN_LENGTH = 5;
const HAN_BITS = 6;
const RECORD = 8;


