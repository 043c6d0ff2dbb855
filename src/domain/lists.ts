// Screening lists as the matcher sees them: the built-in UFLPA Entity List and lists users import,
// and what a reader must be told about them (coverage, age, differences from the built-in list).
import { uflpaList, type EntityEntry } from '../data';
import { hasHan } from './chinese';
import { normalizeText, wordTokens } from './normalize';
import type { Category } from './types';
import { categoryOfSections, sectionLabel, type UflpaSectionId } from './uflpa-sections';

/** A list that cannot be read, in one plain line naming the problem (the row, the column, the table). */
export class ListFormatError extends Error {}

export interface ScreeningEntry {
  id: string;
  name: string;
  aliases: string[];
  namesZh: string[];
  /** Names the entity was listed under before (DHS "formerly known as"): matched like aliases. */
  formerNames?: string[];
  /** The Call to Action category a strong match establishes; null = a lead for review only. */
  category: Category | null;
  /** Short label of the list section, e.g. "XUAR production". */
  section?: string;
  /** UFLPA sections 2(d)(2)(B)(i)–(v) the entry is listed under, when the list says. */
  sections?: UflpaSectionId[];
  dateAdded?: string;
  coversSubsidiaries: boolean;
  regionLocated: boolean;
  /** false: the listing was seen only under its Chinese name; the English name is the project's reading. */
  englishConfirmed?: boolean;
  /** How firmly the listing itself is sourced, when the list says (research additions). */
  listingConfidence?: 'high' | 'medium' | 'low';
  /** YYYY-MM-DD the entity was removed from the list: kept, and matched for review only. */
  removed?: string;
}

/** What a copy of the official UFLPA Entity List knows of its own currency. */
export interface OfficialListFacts {
  /** YYYY-MM-DD of the latest listing action the copy covers. */
  latestAction: string;
  /** Size of the official list at that date, when known (the built-in list is incomplete). */
  officialCount?: number;
}

export interface ScreeningList {
  id: string;
  name: string;
  version: string;
  source: string;
  builtIn: boolean;
  entries: ScreeningEntry[];
  /** Set when the list is a copy of the UFLPA Entity List (built in, a DHS page, an OpenSanctions export). */
  official?: OfficialListFacts;
}

/** Where a current list comes from, in the words every host shows. */
export const UPDATE_ROUTE =
  'save the DHS "UFLPA Entity List" page (https://www.dhs.gov/uflpa-entity-list) from a browser, or download the OpenSanctions "simple CSV" export of the US DHS UFLPA Entity List, and add it as a list';

/** A list older than this (days from its latest listing action to the screening) gets a warning. */
export const STALE_AFTER_DAYS = 180;

function fromUflpa(e: EntityEntry): ScreeningEntry {
  const entry: ScreeningEntry = {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    namesZh: e.namesZh,
    category: categoryOfSections(e.sections),
    section: sectionLabel(e.sections),
    sections: e.sections,
    dateAdded: e.dateAdded,
    coversSubsidiaries: e.coversSubsidiaries,
    regionLocated: e.regionLocated,
  };
  if (e.formerNames?.length) entry.formerNames = e.formerNames;
  if (e.englishConfirmed === false) entry.englishConfirmed = false;
  if (e.confidence) entry.listingConfidence = e.confidence;
  if (e.removed) entry.removed = e.removed;
  return entry;
}

const builtInEntries = uflpaList.entries.map(fromUflpa);

export const BUILT_IN_LIST: ScreeningList = {
  id: 'uflpa',
  name: uflpaList.name,
  version: uflpaList.version,
  source: `${uflpaList.sources[0]} (built in; ${activeCount(builtInEntries)} of ${uflpaList.expectedCount} entities)`,
  builtIn: true,
  entries: builtInEntries,
  official: { latestAction: uflpaList.version, officialCount: uflpaList.expectedCount },
};

function activeCount(entries: readonly ScreeningEntry[]): number {
  return entries.filter((e) => !e.removed).length;
}

/** "106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage." */
export function coverageLine(list: ScreeningList): string | null {
  const facts = list.official;
  if (!list.builtIn || !facts?.officialCount) return null;
  const n = activeCount(list.entries);
  if (n >= facts.officialCount) return `All ${facts.officialCount} entities listed as of ${facts.latestAction} are built in.`;
  return `${n} of the ${facts.officialCount} entities listed as of ${facts.latestAction} are built in: import the current list for full coverage.`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The warning for a copy of the UFLPA list whose latest listing action is over STALE_AFTER_DAYS before `today`. */
export function stalenessWarning(list: ScreeningList, today: string): string | null {
  const at = list.official?.latestAction;
  if (!at || !/^\d{4}-\d{2}-\d{2}$/.test(at) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return null;
  const days = daysBetween(at, today);
  if (!(days > STALE_AFTER_DAYS)) return null;
  return `Warning: the latest listing action in "${list.name}" is of ${at}, ${days} days before ${today}: entities listed or removed since are not screened. To update, ${UPDATE_ROUTE}.`;
}

const LEGAL_FORMS = new Set(['co', 'company', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'the', 'plc']);

/** A company name reduced for comparing two copies of a list: case, accents, punctuation and legal forms ignored. */
export function nameKey(name: string): string {
  const norm = normalizeText(name);
  if (hasHan(norm)) return norm.replace(/[\s\p{P}]/gu, '').replace(/(?:股份)?有限(?:责任)?公司$/u, '');
  return wordTokens(norm)
    .filter((t) => !LEGAL_FORMS.has(t))
    .join(' ');
}

/** Every name an entry is known by, as nameKey keys. */
export function entryKeys(e: ScreeningEntry): string[] {
  return [e.name, ...e.aliases, ...(e.formerNames ?? []), ...e.namesZh].map(nameKey).filter(Boolean);
}

/** Entries of `base` (not removed) that `other` does not name under any of their names. */
export function entriesMissingFrom(base: ScreeningList, other: ScreeningList): ScreeningEntry[] {
  const named = new Set(other.entries.flatMap(entryKeys));
  return base.entries.filter((e) => !e.removed && !entryKeys(e).some((k) => named.has(k)));
}

function differencesLine(builtIn: ScreeningList, imported: ScreeningList): string | null {
  const missing = entriesMissingFrom(builtIn, imported);
  if (missing.length === 0) return null;
  const names = missing.map((e) => e.name).join('; ');
  const count = missing.length === 1 ? '1 entity' : `${missing.length} entities`;
  return `"${imported.name}" does not name ${count} of the built-in list (perhaps under another name, or not yet listed there); the built-in entries stay in force: ${names}.`;
}

/**
 * What a reader must be told about each list in use, in order: the built-in list's coverage, a warning
 * when no copy of the UFLPA list in use is current, and for an imported copy the built-in entries it
 * lacks (they stay in force, so nothing is dropped silently).
 */
export function listNotes(lists: readonly ScreeningList[], today: string): string[][] {
  const official = lists.filter((l) => l.official);
  const current = official.some((l) => stalenessWarning(l, today) === null);
  const builtIn = lists.find((l) => l.builtIn);
  return lists.map((l) => {
    const notes: string[] = [];
    const coverage = coverageLine(l);
    if (coverage) notes.push(coverage);
    const stale = current ? null : stalenessWarning(l, today);
    if (stale) notes.push(stale);
    if (builtIn && l.official && !l.builtIn) {
      const diff = differencesLine(builtIn, l);
      if (diff) notes.push(diff);
    }
    return notes;
  });
}

const NO_CAVEATS: { leadOnly: boolean; notes: string[] } = Object.freeze({ leadOnly: false, notes: [] }) as { leadOnly: boolean; notes: string[] };

/** How a match of this entry must be qualified, and whether it can only be a lead (Review) at most. */
export function entryCaveats(list: ScreeningList, entry: ScreeningEntry, matchedName: string): { leadOnly: boolean; notes: string[] } {
  if (!entry.formerNames && entry.englishConfirmed !== false && !entry.listingConfidence && !entry.removed) return NO_CAVEATS;
  const notes: string[] = [];
  let leadOnly = false;
  // matchedName is the listed form the index matched, as written in the list.
  if (entry.formerNames?.includes(matchedName)) notes.push(`"${matchedName}" is a former name of "${entry.name}"`);
  if (entry.englishConfirmed === false) {
    const zh = entry.namesZh.join(', ');
    notes.push(`English form not confirmed: the listing was seen only under the Chinese name ${zh}`);
    if (!hasHan(matchedName)) leadOnly = true;
  }
  if (entry.listingConfidence === 'low') {
    notes.push('the listing rests on a single secondary source: confirm it on the DHS list');
    leadOnly = true;
  }
  if (entry.removed) {
    notes.push(`removed from the ${list.name} on ${entry.removed}`);
    leadOnly = true;
  }
  return { leadOnly, notes };
}
