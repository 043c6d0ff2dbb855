// scoreBound (entity-score.ts) over a packed copy of the listed names: word ids, syllable ids and weight
// sums in typed arrays. A big list's candidates are scattered over a heap of name objects; bounding them
// from a few contiguous arrays, without reading the objects, is what keeps a 50,000-entry list cheap.
// Same paths, same arithmetic in the same order: the value equals scoreBound's
// (test/domain/matchers/entity-score.test.ts).
import { COMMON_WEIGHT, PINYIN_WORD_SYLLABLES, pinyinSpan, type NameForm } from './entity-names';
import { COMMON_ONLY_CAP, FUZZY_FACTOR, hanValue, TYPO_MIN_LENGTH, type Mode } from './entity-score';

export class PackedForms {
  /** Tokens of form i: ids[tokenStart[i] .. tokenStart[i + 1]). */
  private readonly tokenStart: Uint32Array;
  private readonly ids: Int32Array;
  private readonly weightSum: Float64Array;
  private readonly hasHan: Uint8Array;
  /** Syllables of form i: syllableIds[syllableStart[i] .. syllableStart[i + 1]), ids into syllableText. */
  private readonly syllableStart: Uint32Array;
  private readonly syllableIds: Uint16Array;
  private readonly syllableText: string[] = [];
  /** First letter of each syllable (char code): most words are rejected on it without reading the text. */
  private readonly syllableFirst: Uint16Array;
  /** Per word id: common (1) or distinctive (0), its length, and its text. */
  private readonly idCommon: Uint8Array;
  private readonly idLength: Uint16Array;
  private readonly idText: string[];

  constructor(
    private readonly forms: NameForm[],
    wordIds: ReadonlyMap<string, number>,
  ) {
    const n = forms.length;
    this.tokenStart = new Uint32Array(n + 1);
    this.syllableStart = new Uint32Array(n + 1);
    this.weightSum = new Float64Array(n);
    this.hasHan = new Uint8Array(n);
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
    this.idText = new Array<string>(wordIds.size);
    for (const [t, id] of wordIds) {
      this.idText[id] = t;
      this.idLength[id] = Math.min(t.length, 0xffff);
    }
    const syllableId = new Map<string, number>();
    tokens = 0;
    syllables = 0;
    forms.forEach((f, i) => {
      this.tokenStart[i] = tokens;
      f.ids.forEach((id, j) => {
        this.ids[tokens++] = id;
        this.idCommon[id] = f.weights[j] === 1 ? 0 : 1;
      });
      this.weightSum[i] = f.weightSum;
      this.hasHan[i] = f.han ? 1 : 0;
      this.syllableStart[i] = syllables;
      for (const s of f.syllables) {
        let id = syllableId.get(s);
        if (id === undefined) {
          syllableId.set(s, (id = this.syllableText.length));
          this.syllableText.push(s);
        }
        this.syllableFirst[syllables] = s.charCodeAt(0);
        this.syllableIds[syllables++] = id;
      }
    });
    this.tokenStart[n] = tokens;
    this.syllableStart[n] = syllables;
  }

  /** scoreBound(query, forms[fi], mode). */
  bound(q: NameForm, fi: number, mode: Mode): number {
    const hasHan = this.hasHan[fi] === 1;
    let best = q.han && hasHan ? hanValue(q, this.forms[fi]) : 0;
    const from = this.tokenStart[fi];
    const to = this.tokenStart[fi + 1];
    if (q.tokens.length > 0 && to > from) best = Math.max(best, this.tokenBound(q, from, to, this.weightSum[fi], mode));
    if (q.syllables.length > 0 && to > from && !hasHan) best = Math.max(best, this.queryPinyinBound(q, from, to, this.weightSum[fi]));
    const sFrom = this.syllableStart[fi];
    const sTo = this.syllableStart[fi + 1];
    if (sTo > sFrom && q.tokens.length > 0 && !q.han) best = Math.max(best, this.entryPinyinBound(q, sFrom, sTo));
    return best;
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
      } else if (w === 1 && this.idLength[id] >= TYPO_MIN_LENGTH && hasWordOfAboutLength(q.tokens, this.idLength[id])) {
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
    for (let k = from; k < to; k++) {
      const id = this.ids[k];
      if (pinyinSpan(q.syllables, this.idText[id]) < 0) continue;
      shared += this.weight(id);
      if (!this.idCommon[id]) distinctive = true;
    }
    return coverBound(shared, weightSum, distinctive);
  }

  /** The query's Latin words spelled by the Pinyin of the entry's Chinese name. */
  private entryPinyinBound(q: NameForm, from: number, to: number): number {
    let shared = 0;
    let distinctive = false;
    for (let j = 0; j < q.tokens.length; j++) {
      if (!this.spells(from, to, q.tokens[j])) continue;
      shared += q.weights[j];
      if (q.weights[j] === 1) distinctive = true;
    }
    return coverBound(shared, q.weightSum, distinctive);
  }

  /** pinyinSpan(syllables, word) >= 0 over the packed syllables from..to. */
  private spells(from: number, to: number, word: string): boolean {
    const first = word.charCodeAt(0);
    for (let i = from; i < to; i++) {
      if (this.syllableFirst[i] !== first) continue;
      let pos = 0;
      for (let n = 0; n < PINYIN_WORD_SYLLABLES && i + n < to; n++) {
        const s = this.syllableText[this.syllableIds[i + n]];
        if (!word.startsWith(s, pos)) break;
        pos += s.length;
        if (pos === word.length) return true;
      }
    }
    return false;
  }
}

function coverBound(shared: number, weightSum: number, distinctive: boolean): number {
  if (!distinctive) return COMMON_ONLY_CAP;
  const cover = shared / weightSum;
  return (2 * cover) / (cover + 1);
}

function hasWordOfAboutLength(tokens: string[], length: number): boolean {
  for (const t of tokens) if (t.length >= TYPO_MIN_LENGTH && Math.abs(t.length - length) <= 1) return true;
  return false;
}
