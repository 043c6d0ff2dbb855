// How alike a supplier's name and a listed name are: one scorer, which decides and, when asked,
// records what it decided on (the words that counted, those that weighed little and why, the sums).
//
//   1. Equal names are strong, whatever their words weigh: the same words once case, punctuation,
//      spacing, full-width forms, traditional characters, legal forms and abbreviations are set aside,
//      the same Chinese name, or a Latin name spelling a listed Chinese name's Pinyin (3 syllables or more).
//   2. Otherwise the names' words are aligned one to one (Latin with Latin, a Chinese name's words with
//      Chinese, or Latin words spelled by a Chinese name's Pinyin), each word weighing by its class
//      (entity-names.ts), and the score is the weight aligned on both sides over the weight of both:
//      (Sq + Se) / (Wq + We); for a mention (an inputs cell), the share of the listed name it holds, Se / We.
//   3. Rule 2 of issue #14: a name sharing only common words (places, trades, short tokens), or one
//      distinctive word while the listed name's other distinctive words are absent, or one Pinyin word
//      while adding words of its own, is held below WEAK: it is not a match.
import {
  CLASS_LABEL,
  CLASS_WEIGHT,
  editDistanceAtMostOne,
  isDistinctive,
  misspellingAllowed,
  pinyinSpan,
  type NameForm,
  type WordClass,
} from './entity-names';

export const STRONG = 0.9;
export const WEAK = 0.55;
/** Where rule 2 holds a score: below WEAK, so no finding. */
export const HELD_BELOW = WEAK - 0.01;
/** A word one letter off weighs this share of its weight. */
export const FUZZY_FACTOR = 0.8;
export const TYPO_MIN_LENGTH = 6;
/** Characters a Chinese name needs to count as inside another (shorter ones count only when equal). */
export const HAN_INSIDE_MIN = 4;
/** Syllables a Latin name must spell to equal a listed Chinese name by its Pinyin alone. */
export const PINYIN_EQUAL_MIN = 3;

export type Mode = 'name' | 'mention';
export type Path = 'equal' | 'latin' | 'han' | 'contains' | 'pinyin';

export interface PairScore {
  path: Path | null;
  score: number;
  strong: boolean;
}

export interface EvidenceWord {
  text: string;
  cls: WordClass;
}

/** An entry word aligned with the query's word: the same, one letter off, spelled by Pinyin, or the same trade in the other script. */
export interface AlignedWord extends EvidenceWord {
  query: string;
  /** trade: an English rendering of a Chinese trade word (textile: 纺织). */
  how: 'same' | 'spelling' | 'pinyin' | 'trade';
  weight: number;
}

/** What a score rests on (scorePair fills it when given one). */
export interface Evidence {
  path: Path;
  score: number;
  strong: boolean;
  /** equal: how the names are equal; contains: which holds which. */
  note?: string;
  aligned: AlignedWord[];
  /** Words of the listed name the query lacks, and words of the query the listed name lacks. */
  missing: EvidenceWord[];
  extra: EvidenceWord[];
  /** Legal-form words set aside, on either side. */
  legal: string[];
  sums?: { sq: number; se: number; wq: number; we: number; mode: Mode; raw: number };
  /** Why the score is held below WEAK (rule 2). */
  held?: string;
}

/** Counts of one alignment, reused from pair to pair (scoring is synchronous and never re-entered). */
const t = {
  sq: 0,
  se: 0,
  wq: 0,
  we: 0,
  /** Distinctive and common entry words aligned; distinctive entry words missing. */
  d: 0,
  c: 0,
  m: 0,
  /** Query words not aligned, and how many of them are distinctive. */
  x: 0,
  xd: 0,
  fuzzy: 0,
  /** Short tokens of the entry (GCL, KTK) aligned and missing: they identify an entry in a mention. */
  sa: 0,
  sm: 0,
  entryUnits: 0,
  alignedEntry: 0,
  /** The one shared distinctive word is a brand word (not Pinyin), met word for word. */
  coined: false,
};

function reset(): void {
  t.sq = t.se = t.wq = t.we = 0;
  t.d = t.c = t.m = t.x = t.xd = t.fuzzy = t.sa = t.sm = t.entryUnits = t.alignedEntry = 0;
  t.coined = false;
}

let usedBuffer: Uint8Array = new Uint8Array(64);
let coveredBuffer: Uint8Array = new Uint8Array(64);
let alignedBuffer: Uint8Array = new Uint8Array(64);

function cleared(buffer: Uint8Array, n: number): Uint8Array {
  if (buffer.length < n) return new Uint8Array(Math.max(n, 2 * buffer.length));
  buffer.fill(0, 0, n);
  return buffer;
}

/**
 * The score of a query name against a listed name, its path and strength, into `out`; with `ev`, the
 * evidence of the path chosen. Paths are tried in the order equal, Latin, Chinese, Pinyin; the first of
 * the highest scores is kept.
 */
export function scorePair(q: NameForm, f: NameForm, mode: Mode, out: PairScore, ev: Evidence | null = null): PairScore {
  out.path = null;
  out.score = 0;
  out.strong = false;
  const equal = equalNames(q, f);
  if (equal) {
    out.path = 'equal';
    out.score = 1;
    out.strong = true;
    if (ev) Object.assign(ev, blankEvidence('equal'), { score: 1, strong: true, note: equal, legal: [...new Set([...q.legal, ...f.legal])] });
    return out;
  }
  const probe: Evidence | null = ev ? blankEvidence('latin') : null;
  if (q.words.length > 0 && f.words.length > 0) {
    latinAlign(q, f, probe);
    settle('latin', mode, out, ev, probe);
  }
  if (q.han && f.han) {
    if (probe) Object.assign(probe, blankEvidence('contains'));
    if (contains(q, f, out, probe)) keep(ev, probe);
    if (probe) Object.assign(probe, blankEvidence('han'));
    segmentAlign(q, f, probe);
    settle('han', mode, out, ev, probe);
  }
  if (q.words.length > 0 && !q.han && f.segs.length > 0) {
    if (probe) Object.assign(probe, blankEvidence('pinyin'));
    pinyinAlign(q, f, true, probe);
    settle('pinyin', mode, out, ev, probe);
  }
  if (q.segs.length > 0 && f.words.length > 0 && !f.han) {
    if (probe) Object.assign(probe, blankEvidence('pinyin'));
    pinyinAlign(f, q, false, probe);
    settle('pinyin', mode, out, ev, probe);
  }
  if (ev && out.path === null) Object.assign(ev, blankEvidence('latin'));
  return out;
}

/** How two names are equal once everything that does not tell companies apart is set aside; null when they are not. */
function equalNames(q: NameForm, f: NameForm): string | null {
  if (q.latinKey && (q.latinKey === f.latinKey || q.rawKey === f.rawKey)) return 'same name once case, punctuation, spacing, abbreviations and legal form are set aside';
  if (q.han.length >= 2 && q.han === f.han) return 'same Chinese name once legal form is set aside';
  if ((q.branchLatinKey && (q.branchLatinKey === f.latinKey || q.branchRawKey === f.rawKey)) || (q.branchHan.length >= 2 && q.branchHan === f.han)) return 'a branch of the listed name (the same company)';
  if (q.latinKey && !q.han && f.syllables.length >= PINYIN_EQUAL_MIN && (q.rawKey === f.pinyinKey || q.latinKey === f.pinyinKey)) return `spells the Pinyin of the listed Chinese name (${f.syllables.join(' ')})`;
  if (f.latinKey && !f.han && q.syllables.length >= PINYIN_EQUAL_MIN && (q.pinyinKey === f.rawKey || q.pinyinKey === f.latinKey)) return `its Pinyin (${q.syllables.join(' ')}) spells the listed name`;
  return null;
}

/** An evidence record for scorePair to fill. */
export function blankEvidence(path: Path = 'latin'): Evidence {
  return { path, score: 0, strong: false, note: undefined, aligned: [], missing: [], extra: [], legal: [], sums: undefined, held: undefined };
}

function keep(ev: Evidence | null, probe: Evidence | null): void {
  if (ev && probe) Object.assign(ev, probe, { aligned: probe.aligned.slice(), missing: probe.missing.slice(), extra: probe.extra.slice(), legal: probe.legal.slice() });
}

/** The Chinese name holding the listed one (or held in it), four characters or more: a weak match, never held by rule 2. */
function contains(q: NameForm, f: NameForm, out: PairScore, ev: Evidence | null): boolean {
  let score = 0;
  let note = '';
  if (f.han.length >= HAN_INSIDE_MIN && q.han.includes(f.han)) {
    score = 0.8;
    note = `the Chinese name holds the listed name ${f.han}`;
  } else if (q.han.length >= HAN_INSIDE_MIN && f.han.includes(q.han)) {
    score = 0.75;
    note = `the Chinese name is part of the listed name ${f.han}`;
  }
  if (score === 0 || (out.path !== null && score <= out.score)) return false;
  out.path = 'contains';
  out.score = score;
  out.strong = false;
  if (ev) Object.assign(ev, { score, strong: false, note });
  return true;
}

function record(ev: Evidence | null, list: 'missing' | 'extra', text: string, cls: WordClass): void {
  ev?.[list].push({ text, cls });
}

/** Counts an entry word of the alignment: aligned or missing, by class. */
function tallyEntry(cls: WordClass, aligned: boolean): void {
  if (aligned) {
    t.alignedEntry++;
    if (isDistinctive(cls)) t.d++;
    else t.c++;
    if (cls === 'short') t.sa++;
  } else if (isDistinctive(cls)) t.m++;
  else if (cls === 'short') t.sm++;
}

/** Latin words one to one: the same canonical word, or for a distinctive word of typo length one edit apart. */
function latinAlign(q: NameForm, f: NameForm, ev: Evidence | null): void {
  reset();
  const used = (usedBuffer = cleared(usedBuffer, q.words.length));
  t.wq = q.weightSum;
  t.we = f.weightSum;
  t.entryUnits = f.words.length;
  let sharedClass: WordClass | null = null;
  for (let j = 0; j < f.words.length; j++) {
    const word = f.words[j];
    const cls = f.classes[j];
    let k = -1;
    for (let i = 0; i < q.words.length; i++) {
      if (!used[i] && q.words[i] === word) {
        k = i;
        break;
      }
    }
    let factor = 1;
    if (k < 0 && (cls === 'brand' || cls === 'pinyin') && word.length >= TYPO_MIN_LENGTH) {
      for (let i = 0; i < q.words.length; i++) {
        const w = q.words[i];
        if (!used[i] && w.length >= TYPO_MIN_LENGTH && misspellingAllowed(f.pinyin[j], q.pinyin[i]) && editDistanceAtMostOne(w, word)) {
          k = i;
          factor = FUZZY_FACTOR;
          break;
        }
      }
    }
    tallyEntry(cls, k >= 0);
    if (k < 0) {
      record(ev, 'missing', word, cls);
      continue;
    }
    used[k] = 1;
    const weight = CLASS_WEIGHT[cls];
    t.se += weight * factor;
    t.sq += CLASS_WEIGHT[q.classes[k]] * factor;
    if (factor < 1) t.fuzzy++;
    if (isDistinctive(cls)) sharedClass = cls;
    ev?.aligned.push({ text: word, cls, query: q.words[k], how: factor < 1 ? 'spelling' : 'same', weight: weight * factor });
  }
  t.coined = t.d === 1 && sharedClass === 'brand';
  for (let i = 0; i < q.words.length; i++) {
    if (used[i]) continue;
    t.x++;
    if (isDistinctive(q.classes[i])) t.xd++;
    record(ev, 'extra', q.words[i], q.classes[i]);
  }
  if (ev) ev.legal = [...new Set([...q.legal, ...f.legal])];
}

/** A Chinese name's words with the listed Chinese name's, one to one, the same words. */
function segmentAlign(q: NameForm, f: NameForm, ev: Evidence | null): void {
  reset();
  const used = (usedBuffer = cleared(usedBuffer, q.segs.length));
  t.wq = q.segWeightSum;
  t.we = f.segWeightSum;
  t.entryUnits = f.segs.length;
  for (let j = 0; j < f.segs.length; j++) {
    const cls = f.segClasses[j];
    let k = -1;
    for (let i = 0; i < q.segs.length; i++) {
      if (!used[i] && q.segs[i] === f.segs[j]) {
        k = i;
        break;
      }
    }
    tallyEntry(cls, k >= 0);
    if (k < 0) {
      record(ev, 'missing', f.segs[j], cls);
      continue;
    }
    used[k] = 1;
    t.se += CLASS_WEIGHT[cls];
    t.sq += CLASS_WEIGHT[q.segClasses[k]];
    ev?.aligned.push({ text: f.segs[j], cls, query: q.segs[k], how: 'same', weight: CLASS_WEIGHT[cls] });
  }
  for (let i = 0; i < q.segs.length; i++) {
    if (used[i]) continue;
    t.x++;
    if (isDistinctive(q.segClasses[i])) t.xd++;
    record(ev, 'extra', q.segs[i], q.segClasses[i]);
  }
}

/**
 * Latin words spelled by a Chinese name's Pinyin (a word spelled inside one of its words, or across
 * whole words), then trade words left over matched with a Chinese trade word of the same trade
 * (textile ~ 纺织). `latinIsQuery`: whether the Latin name is the query's.
 */
function pinyinAlign(latin: NameForm, chinese: NameForm, latinIsQuery: boolean, ev: Evidence | null): void {
  reset();
  const covered = (coveredBuffer = cleared(coveredBuffer, chinese.syllables.length));
  const spelled = (usedBuffer = cleared(usedBuffer, latin.words.length));
  for (let i = 0; i < latin.words.length; i++) {
    const span = pinyinSpan(chinese.syllables, chinese.segStart, covered, latin.words[i]);
    if (span < 0) continue;
    const from = span >> 3;
    for (let s = from; s < from + (span & 7); s++) covered[s] = 1;
    spelled[i] = 1;
  }
  const segAligned = (alignedBuffer = cleared(alignedBuffer, chinese.segs.length));
  const spelledBy = (k: number) => latin.words.filter((w, i) => spelled[i] && inSeg(chinese, k, w)).join(' ');
  for (let k = 0; k < chinese.segs.length; k++) {
    const from = chinese.segStart[k];
    const to = chinese.segStart[k + 1];
    let all = to > from;
    for (let s = from; s < to && all; s++) if (!covered[s]) all = false;
    if (all) segAligned[k] = 1;
  }
  // Trade words left over: a Chinese trade word and its English rendering (纺织 textile, 有色金属 nonferrous metals).
  for (let k = 0; k < chinese.segs.length; k++) {
    const renderings = chinese.segRenderings[k];
    if (segAligned[k] || !renderings) continue;
    for (const r of renderings) {
      const at = renderedAt(latin, spelled, r);
      if (at < 0) continue;
      for (let i = at; i < at + r.length; i++) spelled[i] = 2;
      segAligned[k] = 2;
      break;
    }
  }
  // Tally: the entry's side is the listed name's (Chinese words or Latin words).
  const units = latinIsQuery
    ? { entryN: chinese.segs.length, queryN: latin.words.length, entryCls: chinese.segClasses, queryCls: latin.classes, entryOk: segAligned, queryOk: spelled }
    : { entryN: latin.words.length, queryN: chinese.segs.length, entryCls: latin.classes, queryCls: chinese.segClasses, entryOk: spelled, queryOk: segAligned };
  t.entryUnits = units.entryN;
  for (let j = 0; j < units.entryN; j++) {
    const cls = units.entryCls[j];
    t.we += CLASS_WEIGHT[cls];
    const text = latinIsQuery ? chinese.segs[j] : latin.words[j];
    tallyEntry(cls, units.entryOk[j] !== 0);
    if (!units.entryOk[j]) {
      record(ev, 'missing', text, cls);
      continue;
    }
    t.se += CLASS_WEIGHT[cls];
    if (ev) {
      const how = units.entryOk[j] === 2 ? 'trade' : 'pinyin';
      const query = latinIsQuery
        ? how === 'trade'
          ? renderingOf(chinese, j, latin, spelled)
          : spelledBy(j)
        : chinese.segs.filter((s, k) => segAligned[k] && (how === 'trade' ? segAligned[k] === 2 && (chinese.segRenderings[k] ?? []).some((r) => r.includes(text)) : inSeg(chinese, k, text))).join('');
      ev.aligned.push({ text, cls, query, how, weight: CLASS_WEIGHT[cls] });
    }
  }
  for (let i = 0; i < units.queryN; i++) {
    const cls = units.queryCls[i];
    t.wq += CLASS_WEIGHT[cls];
    if (units.queryOk[i]) t.sq += CLASS_WEIGHT[cls];
    else {
      t.x++;
      if (isDistinctive(cls)) t.xd++;
      record(ev, 'extra', latinIsQuery ? latin.words[i] : chinese.segs[i], cls);
    }
  }
  if (ev) ev.legal = [...latin.legal];
}

/** Where the words of a rendering stand in a row among the Latin name's words not yet aligned; -1 when nowhere. */
function renderedAt(latin: NameForm, aligned: Uint8Array, rendering: readonly string[]): number {
  for (let i = 0; i + rendering.length <= latin.words.length; i++) {
    let ok = true;
    for (let j = 0; j < rendering.length && ok; j++) ok = !aligned[i + j] && latin.words[i + j] === rendering[j];
    if (ok) return i;
  }
  return -1;
}

/** The Latin words that render the Chinese trade word k (for the explanation). */
function renderingOf(chinese: NameForm, k: number, latin: NameForm, aligned: Uint8Array): string {
  for (const r of chinese.segRenderings[k] ?? []) {
    for (let i = 0; i + r.length <= latin.words.length; i++) if (aligned[i] === 2 && r.every((w, j) => latin.words[i + j] === w)) return r.join(' ');
  }
  return '';
}

/** Whether a Latin word is spelled by syllables of the Chinese name's word k. */
function inSeg(chinese: NameForm, k: number, word: string): boolean {
  return chinese.syllables.slice(chinese.segStart[k], chinese.segStart[k + 1]).join('').includes(word) || word.includes(chinese.syllables.slice(chinese.segStart[k], chinese.segStart[k + 1]).join(''));
}

/** The score of the alignment just tallied, its strength and rule 2; into `out` when better. */
function settle(path: Path, mode: Mode, out: PairScore, ev: Evidence | null, probe: Evidence | null): void {
  const allEntry = t.alignedEntry === t.entryUnits;
  const raw = mode === 'mention' ? (t.we > 0 ? t.se / t.we : 0) : t.wq + t.we > 0 ? (t.sq + t.se) / (t.wq + t.we) : 0;
  let score = raw;
  // A mention names an entry when it holds every word that identifies it (distinctive words and short
  // tokens such as GCL), and two of its words or more.
  const strong =
    mode === 'mention'
      ? t.m === 0 && t.sm === 0 && t.fuzzy === 0 && t.d + t.sa >= 1 && t.alignedEntry >= 2
      : allEntry && t.fuzzy === 0 && t.xd === 0 && t.d >= 1 && t.entryUnits >= 2 && score >= STRONG;
  let held: string | undefined;
  if (mode === 'name' && !strong) {
    held = heldBy();
    if (held) score = Math.min(score, HELD_BELOW);
  }
  if (probe) {
    probe.score = score;
    probe.strong = strong;
    probe.held = held;
    probe.sums = { sq: t.sq, se: t.se, wq: t.wq, we: t.we, mode, raw };
  }
  if (out.path !== null && !(score > out.score || (score === out.score && strong && !out.strong))) return;
  out.path = path;
  out.score = score;
  out.strong = strong;
  keep(ev, probe);
}

/** Rule 2: why a name that shares so little is not a match (undefined: it may be). */
function heldBy(): string | undefined {
  if (t.d >= 2) return undefined;
  if (t.d === 1) {
    if (t.m > 0 && t.c < 2) return 'it shares one distinctive word, and the listed name\'s other distinctive words are not in it';
    if (!t.coined && t.c === 0 && t.x > 0) return 'the one word it shares is a Pinyin or Chinese brand word that many companies use, and it adds words of its own';
    return undefined;
  }
  if (t.c >= 2 && t.alignedEntry === t.entryUnits) return undefined;
  return t.c === 0 ? 'no word in common' : 'it shares only place, trade or short words';
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

/** The evidence in words: what counted, what weighed little and why, the sums, and rule 2. */
export function explain(ev: Evidence): string {
  if (ev.path === 'equal') return `${ev.note}${ev.legal.length ? ` (legal form: ${ev.legal.join(' ')})` : ''}`;
  if (ev.path === 'contains') return ev.note ?? '';
  const mention = ev.sums?.mode === 'mention';
  const word = (w: AlignedWord) => {
    const how = w.how === 'spelling' ? `"${w.query}"≈"${w.text}", spelling differs` : w.how === 'pinyin' ? `"${w.query}" spells ${w.text}` : w.how === 'trade' ? `"${w.query}" renders ${w.text}` : `"${w.text}"`;
    return `${how} (${CLASS_LABEL[w.cls]}, ${fmt(w.weight)})`;
  };
  const little = (w: EvidenceWord) => `"${w.text}" (${CLASS_LABEL[w.cls]}, ${fmt(CLASS_WEIGHT[w.cls])})`;
  const parts: string[] = [];
  const counted = ev.aligned.filter((w) => isDistinctive(w.cls));
  const common = ev.aligned.filter((w) => !isDistinctive(w.cls));
  if (ev.path === 'pinyin') parts.push('read through Pinyin');
  if (mention) {
    // A mention is judged by the listed name's words it holds; the text's other words do not count.
    const identifying = ev.aligned.filter((w) => isDistinctive(w.cls) || w.cls === 'short');
    parts.push(identifying.length ? `names ${identifying.map(word).join(', ')}` : 'no word that identifies the listed name');
    const rest = ev.aligned.filter((w) => !identifying.includes(w));
    if (rest.length) parts.push(`with ${rest.map(word).join(', ')}`);
    if (ev.missing.length) parts.push(`not in the text: ${ev.missing.map(little).join(', ')}`);
  } else {
    parts.push(counted.length ? `counted: ${counted.map(word).join(', ')}` : 'no distinctive word in common');
    if (common.length) parts.push(`weighed little: ${common.map(word).join(', ')}`);
    if (ev.extra.length) parts.push(`not in the listed name: ${ev.extra.map(little).join(', ')}`);
    if (ev.missing.length) parts.push(`missing from it: ${ev.missing.map(little).join(', ')}`);
    if (ev.legal.length) parts.push(`legal form set aside: ${ev.legal.join(' ')}`);
  }
  const s = ev.sums;
  if (s) {
    if (mention) parts.push(`share of the listed name held ${fmt(s.se)} / ${fmt(s.we)} = ${fmt(s.raw)}`);
    else parts.push(`score (${fmt(s.sq)} + ${fmt(s.se)}) / (${fmt(s.wq)} + ${fmt(s.we)}) = ${fmt(s.raw)}`);
  }
  if (ev.held) parts.push(`held below ${WEAK}: ${ev.held}`);
  return parts.join('; ');
}
