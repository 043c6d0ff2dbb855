// Merges a copy of the official UFLPA Entity List (a saved DHS page or an OpenSanctions simple CSV,
// parsed by the domain's list readers) into the entries built from the research tables. Used by
// scripts/build-data.ts when scripts/data/uflpa-official.json exists (written by `npm run data:uflpa`).
//
// - An entry the file names keeps its id and its sources; what the file adds (aliases, former names,
//   sections, an earlier date, a new name) is merged in and named in its source.
// - An entity the file names that no entry has becomes a new entry, with the file as its source.
// - An entry the file does not name is removed from the list as of the file's date (kept, for review),
//   unless it was sourced outside a copy of the list (a research addition with a confidence word): the
//   file is then no evidence either way, and the entry is left as it is and reported.
import type { EntityEntry, UflpaSection } from '../../src/data/schemas';
import { hasHan } from '../../src/domain/chinese';
import { namedInRegion } from '../../src/domain/dhs-page';
import { nameKey } from '../../src/domain/lists';
import { normalizeText, wordTokens } from '../../src/domain/normalize';
import { sortSections } from '../../src/domain/uflpa-sections';

/** An entity as a copy of the official list names it. */
export interface OfficialEntity {
  name: string;
  aliases: string[];
  formerNames: string[];
  namesZh: string[];
  sections: UflpaSection[];
  /** Effective date of its listing (the earliest, when listed under several sections). */
  dateAdded: string;
  coversSubsidiaries: boolean;
}

/** scripts/data/uflpa-official.json: the last official copy imported. */
export interface OfficialSnapshot {
  /** File name of the copy, as the maintainer gave it. */
  file: string;
  kind: 'DHS page' | 'OpenSanctions CSV';
  /** Latest listing action the copy shows (YYYY-MM-DD). */
  date: string;
  entities: OfficialEntity[];
}

export interface MergeReport {
  added: string[];
  renamed: { from: string; to: string }[];
  dropped: string[];
  updated: { name: string; what: string[] }[];
  /** Research additions (and entries newer than the file) the file does not name: left as they are. */
  notNamed: string[];
  /** Entries whose English name is the project's reading, matched on its words: check them. */
  byWords: { entry: string; file: string }[];
}

const uniq = <T>(a: T[]): T[] => [...new Set(a)];

function keysOf(names: string[]): string[] {
  return names.map(nameKey).filter(Boolean);
}

function entryNames(e: EntityEntry): string[] {
  return [e.name, ...e.aliases, ...(e.formerNames ?? []), ...e.namesZh];
}

function officialNames(o: OfficialEntity): string[] {
  return [o.name, ...o.aliases, ...o.formerNames, ...o.namesZh];
}

/** Distinctive words of a Latin name (legal forms dropped), for the words fallback. */
function words(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** An entry whose every word the official name has (or the reverse), two words at least; or its Chinese name inside the file's. */
function sameByWords(e: EntityEntry, o: OfficialEntity): boolean {
  const ew = words(e.name);
  const ow = words(o.name);
  const within = (a: string[], b: string[]) => a.length >= 2 && a.every((w) => b.includes(w));
  if (within(ew, ow) || within(ow, ew)) return true;
  const oz = o.namesZh.map(normalizeText);
  return e.namesZh.some((z) => z.length >= 4 && oz.some((x) => x.includes(normalizeText(z))));
}

function slug(name: string, taken: Set<string>): string {
  const tokens = wordTokens(normalizeText(name)).filter((t) => /^[a-z0-9]+$/.test(t));
  while (tokens.length > 1 && ['co', 'ltd', 'limited', 'inc', 'corp'].includes(tokens[tokens.length - 1])) tokens.pop();
  const base = tokens.join('-') || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function mergeOfficial(entries: EntityEntry[], snapshot: OfficialSnapshot): { entries: EntityEntry[]; report: MergeReport } {
  const report: MergeReport = { added: [], renamed: [], dropped: [], updated: [], notNamed: [], byWords: [] };
  const out = entries.map((e) => ({ ...e }));
  const claimed = new Set<number>();
  const byKey = new Map<string, number[]>();
  out.forEach((e, i) => {
    for (const k of keysOf(entryNames(e))) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const taken = new Set(out.map((e) => e.id));
  const where = `${snapshot.file} (${snapshot.kind} of ${snapshot.date})`;

  const find = (o: OfficialEntity): number => {
    const own = nameKey(o.name);
    const candidates = uniq(keysOf(officialNames(o)).flatMap((k) => byKey.get(k) ?? [])).filter((i) => !claimed.has(i));
    const exact = candidates.find((i) => nameKey(out[i].name) === own);
    if (exact !== undefined) return exact;
    if (candidates.length) return candidates[0];
    // Only an English name that is the project's reading may differ from the listed one.
    const near = out.map((e, i) => i).filter((i) => !claimed.has(i) && !out[i].removed && out[i].englishConfirmed === false && sameByWords(out[i], o));
    if (near.length === 1) {
      report.byWords.push({ entry: out[near[0]].name, file: o.name });
      return near[0];
    }
    return -1;
  };

  for (const o of snapshot.entities) {
    const i = find(o);
    if (i < 0) {
      const sections = sortSections(o.sections) as UflpaSection[];
      const entry: EntityEntry = {
        id: slug(o.name, taken),
        name: o.name,
        aliases: uniq(o.aliases.filter((a) => !hasHan(a) && a !== o.name)),
        namesZh: uniq(o.namesZh),
        sections,
        dateAdded: o.dateAdded,
        frCitation: `listed effective ${o.dateAdded} per ${where}`,
        coversSubsidiaries: o.coversSubsidiaries,
        regionLocated: namedInRegion(o.name, sections),
        uncertain: false,
        source: `${where}: the official list as imported by npm run data:uflpa`,
      };
      if (o.formerNames.length) entry.formerNames = uniq(o.formerNames);
      if (sections.length === 0) entry.confidence = 'medium';
      out.push(entry);
      report.added.push(o.name);
      continue;
    }
    claimed.add(i);
    const e = out[i];
    const what: string[] = [];
    let former = [...(e.formerNames ?? [])];
    let aliases = [...e.aliases];
    if (nameKey(o.name) !== nameKey(e.name)) {
      const listedBefore = e.englishConfirmed !== false;
      if (listedBefore && !keysOf(o.aliases).includes(nameKey(e.name))) former.unshift(e.name);
      else if (listedBefore) aliases.push(e.name);
      report.renamed.push({ from: e.name, to: o.name });
      what.push(`name ${o.name}${listedBefore ? '' : ' (the English name, confirmed)'}`);
      e.name = o.name;
      delete e.englishConfirmed;
    }
    const known = new Set(keysOf([e.name, ...former]));
    const newFormer = o.formerNames.filter((f) => !hasHan(f) && !known.has(nameKey(f)));
    if (newFormer.length) {
      former = uniq([...former, ...newFormer]);
      what.push(`former names ${newFormer.join('; ')}`);
    }
    const formerKeys = new Set(keysOf(former));
    aliases = uniq(aliases.filter((a) => !formerKeys.has(nameKey(a))));
    const knownKeys = new Set(keysOf([e.name, ...aliases, ...former]));
    const newAliases = o.aliases.filter((a) => !hasHan(a) && !knownKeys.has(nameKey(a)));
    if (newAliases.length) what.push(`aliases ${newAliases.join('; ')}`);
    e.aliases = uniq([...aliases, ...newAliases]);
    if (former.length) e.formerNames = former;
    const zhKeys = new Set(keysOf(e.namesZh));
    const newZh = o.namesZh.filter((z) => !zhKeys.has(nameKey(z)));
    if (newZh.length) {
      e.namesZh = uniq([...e.namesZh, ...newZh]);
      what.push(`Chinese names ${newZh.join('; ')}`);
    }
    const sections = sortSections(uniq([...e.sections, ...o.sections])) as UflpaSection[];
    if (sections.length !== e.sections.length) {
      what.push(`sections (${sections.join(', ')})`);
      e.sections = sections;
    }
    if (o.dateAdded < e.dateAdded) {
      what.push(`listed since ${o.dateAdded}`);
      e.dateAdded = o.dateAdded;
    }
    if (o.coversSubsidiaries && !e.coversSubsidiaries) {
      what.push('listing covers subsidiaries');
      e.coversSubsidiaries = true;
    }
    if (e.removed) {
      what.push('listed again');
      delete e.removed;
    }
    if (e.confidence) {
      what.push('listing confirmed');
      delete e.confidence;
    }
    if (what.length) {
      e.source = `${e.source} | ${what.join('; ')}: ${where}`;
      report.updated.push({ name: e.name, what });
    }
  }

  out.forEach((e, i) => {
    if (claimed.has(i) || i >= entries.length || e.removed) return;
    // Sourced outside a copy of the list, or listed after the copy's date: the copy is no evidence.
    if (e.confidence || e.dateAdded > snapshot.date) {
      report.notNamed.push(e.name);
      return;
    }
    e.removed = snapshot.date;
    e.source = `${e.source} | not named in ${where}: removed from the list as of that date`;
    report.dropped.push(e.name);
  });
  return { entries: out, report };
}
