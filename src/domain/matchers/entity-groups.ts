// Listed groups, found in the lists themselves (issue #14, rule 3): a distinctive word that several
// entries of one list share (Huafu, Esquel, Zijin, Ninestar), or that an entry listed with its
// subsidiaries holds (Hoshine, Hesheng, 合盛), marks a group. Words of one entry that are the same brand
// in two scripts are one group (华孚 and Huafu by Pinyin; Esquel and 溢达 when the entry has one of each).
// A word shared by more than GROUP_MAX entries is a common brand word, not a group; and in a list of
// more than SHARING_LIST_MAX entries names share brand words by chance (a registry of tens of thousands
// of Chinese companies holds each common Pinyin brand many times), so there only the entries listed with
// their subsidiaries mark groups.
import { isDistinctive, type NameForm } from './entity-names';

/** Most entries a group word may mark (a group listed with all its subsidiaries runs to a few dozen). */
export const GROUP_MAX = 30;
/** Largest list in which a word shared by entries marks a group. */
export const SHARING_LIST_MAX = 2_000;

export interface Group {
  /** The words that mark it: 'l:' + a Latin word, 'h:' + a Chinese brand. */
  keys: string[];
  list: number;
  /** Entry numbers in its list. */
  entries: number[];
  coversSubsidiaries: boolean;
  /** Trade chains of its entries' names. */
  chains: string[];
  /** Neighbouring words of its entries' names, one of them a group word ("huafu textile", "华孚 纺织"). */
  pairs: Set<string>;
}

export interface GroupSource {
  /** Per entry, the forms of its names. */
  forms: NameForm[][];
  coversSubsidiaries: boolean[];
  chains: string[][];
}

/** The Pinyin of a Chinese name's word k. */
export function segPinyin(f: NameForm, k: number): string {
  return f.syllables.slice(f.segStart[k], f.segStart[k + 1]).join('');
}

/** The distinctive words of a form, as group keys. */
export function distinctiveKeys(f: NameForm): string[] {
  const keys: string[] = [];
  f.words.forEach((w, i) => isDistinctive(f.classes[i]) && keys.push(`l:${w}`));
  f.segs.forEach((s, k) => f.segClasses[k] === 'han' && keys.push(`h:${s}`));
  return keys;
}

/** The groups of one list. */
export function groupsOf(list: number, source: GroupSource): Group[] {
  const holders = new Map<string, Set<number>>();
  // In a big list only entries listed with their subsidiaries mark groups: the others are not read.
  const big = source.forms.length > SHARING_LIST_MAX;
  const entryKeys = source.forms.map((forms, e) => {
    const keys = new Set(big && !source.coversSubsidiaries[e] ? [] : forms.flatMap(distinctiveKeys));
    for (const k of keys) (holders.get(k) ?? holders.set(k, new Set()).get(k)!).add(e);
    return keys;
  });
  // Union-find over keys: the same brand in two scripts, within one entry.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  source.forms.forEach((forms, e) => {
    const han = [...entryKeys[e]].filter((k) => k.startsWith('h:'));
    const shared = [...entryKeys[e]].filter((k) => k.startsWith('l:') && holders.get(k)!.size >= 2);
    for (const f of forms) f.segs.forEach((s, k) => f.segClasses[k] === 'han' && entryKeys[e].has(`l:${segPinyin(f, k)}`) && union(`h:${s}`, `l:${segPinyin(f, k)}`));
    if (han.length === 1 && shared.length === 1) union(han[0], shared[0]);
  });
  const components = new Map<string, string[]>();
  for (const k of holders.keys()) (components.get(find(k)) ?? components.set(find(k), []).get(find(k))!).push(k);
  const groups: Group[] = [];
  for (const keys of components.values()) {
    const entries = [...new Set(keys.flatMap((k) => [...holders.get(k)!]))].sort((a, b) => a - b);
    const covers = entries.some((e) => source.coversSubsidiaries[e]);
    const shared = entries.length >= 2 && source.forms.length <= SHARING_LIST_MAX;
    if (entries.length > GROUP_MAX || !(shared || covers)) continue;
    const mine = new Set(keys);
    const pairs = new Set<string>();
    for (const e of entries) {
      for (const f of source.forms[e]) {
        for (let i = 0; i + 1 < f.words.length; i++) if (mine.has(`l:${f.words[i]}`) || mine.has(`l:${f.words[i + 1]}`)) pairs.add(`${f.words[i]} ${f.words[i + 1]}`);
        for (let k = 0; k + 1 < f.segs.length; k++) if (mine.has(`h:${f.segs[k]}`) || mine.has(`h:${f.segs[k + 1]}`)) pairs.add(`${f.segs[k]} ${f.segs[k + 1]}`);
      }
    }
    groups.push({ keys: keys.sort(), list, entries, coversSubsidiaries: covers, chains: [...new Set(entries.flatMap((e) => source.chains[e]))].sort(), pairs });
  }
  return groups;
}

/** A pair of neighbouring words of the query that a group's names hold too (the group's word order), or null. */
export function sharedPair(q: NameForm, g: Group): string | null {
  for (let i = 0; i + 1 < q.words.length; i++) {
    const p = `${q.words[i]} ${q.words[i + 1]}`;
    if (g.pairs.has(p)) return p;
  }
  for (let k = 0; k + 1 < q.segs.length; k++) {
    const p = `${q.segs[k]} ${q.segs[k + 1]}`;
    if (g.pairs.has(p)) return p;
  }
  return null;
}

/** The group's marking words for a reader: its Latin words and Chinese brands. */
export function groupWords(g: Group): string[] {
  return g.keys.map((k) => k.slice(2));
}
