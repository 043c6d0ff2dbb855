// What the name generators read from the lists and from a screened row: every name of every entry
// (read at run time, so entries added to the built-in list are covered without a change here), and
// how a row's list findings relate to the entries a case is about.
import type { ScreeningEntry, ScreeningList } from '../../../src/domain/lists';
import type { Finding, RowResult } from '../../../src/domain/types';
import type { Outcome } from '../types';

export type NameKind = 'name' | 'alias' | 'former name' | 'Chinese name';

export interface ListedName {
  entry: ScreeningEntry;
  text: string;
  kind: NameKind;
}

/** String lists an entry may carry beyond name/aliases/namesZh (former names of a renamed entry), by a key like theirs. */
function otherNameLists(entry: ScreeningEntry): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!/former|previous|renamed|othernames/i.test(key) || !Array.isArray(value)) continue;
    for (const v of value) if (typeof v === 'string' && v.trim()) out.push(v);
  }
  return out;
}

/** Every name, alias, former name and Chinese name of every entry, each once per entry. */
export function listedNames(list: ScreeningList): ListedName[] {
  const out: ListedName[] = [];
  for (const entry of list.entries) {
    const seen = new Set<string>();
    const add = (text: string, kind: NameKind) => {
      if (!text.trim() || seen.has(text)) return;
      seen.add(text);
      out.push({ entry, text, kind });
    };
    add(entry.name, 'name');
    for (const a of entry.aliases) add(a, 'alias');
    for (const a of otherNameLists(entry)) add(a, 'former name');
    for (const z of entry.namesZh) add(z, 'Chinese name');
  }
  return out;
}

/**
 * Whether a match of this text to the entry is for review only, by what the list says of the listing:
 * removed from the list, a listing resting on one secondary source, or a listing seen only under its
 * Chinese name matched through the project's English reading.
 */
export function reviewOnly(entry: ScreeningEntry, text: string): boolean {
  return !!entry.removed || entry.listingConfidence === 'low' || (entry.englishConfirmed === false && !/[\u3400-\u9fff]/.test(text));
}

/** A crude fold for telling whether two listed names are the same text (the oracle's, not the matcher's). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Entries of the list with a name that folds to the same text (a case about one of them may cite any). */
export function sameNamedEntries(list: ScreeningList, text: string): Set<string> {
  const key = fold(text);
  return new Set(listedNames(list).filter((n) => fold(n.text) === key).map((n) => n.entry.id));
}

export function listFindings(r: RowResult | null): Finding[] {
  return (r?.findings ?? []).filter((f) => f.listRef);
}

/** How strongly the row's list findings name one of the entries: high confidence = strong. */
export function entryOutcome(r: RowResult | null, listId: string, entryIds: Set<string>): Outcome {
  const mine = listFindings(r).filter((f) => f.listRef!.listId === listId && entryIds.has(f.listRef!.entryId));
  if (mine.some((f) => f.confidence === 'high')) return 'strong';
  return mine.length > 0 ? 'weak' : 'none';
}

/** The strongest list finding of the row, whatever entry. */
export function anyListOutcome(r: RowResult | null): Outcome {
  const found = listFindings(r);
  if (found.some((f) => f.confidence === 'high')) return 'strong';
  return found.length > 0 ? 'weak' : 'none';
}

/** One line on what the row's list findings say (for a failed case). */
export function describeRow(r: RowResult | null): string {
  if (!r) return 'row not screened';
  const found = listFindings(r);
  if (found.length === 0) return `${r.status}, no list finding`;
  return `${r.status}: ${found.map((f) => `${f.category} ${f.confidence} "${f.listRef!.entryName}" (${f.detail.slice(0, 160)})`).join('; ')}`;
}
