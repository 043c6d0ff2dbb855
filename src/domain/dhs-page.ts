// The DHS "UFLPA Entity List" page, saved from a browser, as a screening list: one table per section
// (i)–(v) under a heading naming it, columns "Name of Entity" (or "Entity Name") and "Effective Date".
// A name cell carries aliases, former names and the reach of the listing in words:
//   X (including one alias: Y) and subsidiaries · X (also known as Y; Z) · X (formerly known as Y)
//   X and its subordinate and affiliated entities · X and its eight Zhuhai-based subsidiaries, which include A, B, and C
// A page that cannot be read whole is refused with one line naming the problem: nothing is imported.
import { hasHan } from './chinese';
import { htmlTables, type HtmlTable } from './html-tables';
import { ListFormatError, nameKey, type ScreeningEntry, type ScreeningList } from './lists';
import { normalizeText } from './normalize';
import { categoryOfSections, lastSectionIn, sectionLabel, sortSections, type UflpaSectionId } from './uflpa-sections';

export interface ListedName {
  name: string;
  aliases: string[];
  formerNames: string[];
  /** The listing extends to the entity's subsidiaries or affiliates ("and subsidiaries"). */
  coversSubsidiaries: boolean;
  /** Subsidiaries the cell names ("and its subsidiary Y", "… which include A, B, and C"): listed too. */
  subsidiaries: string[];
}

const COUNT = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)';
const ALIAS_OPENER = new RegExp(
  `^\\s*(?:(also known as|a\\.?k\\.?a\\.?|alias(?:es)?:|(?:including|and) ${COUNT} alias(?:es)?:?)|(formerly known as|f\\.?k\\.?a\\.?))\\s*`,
  'i',
);
const REACH_ALL = /,?\s+and\s+(?:its\s+|all\s+)?(?:subsidiaries|subordinate\s+and\s+affiliated\s+entities|affiliates)\.?\s*$/i;
const REACH_NAMED = /,?\s+and\s+its\s+(?:[\w-]+\s+){0,2}subsidiar(?:y|ies)(?:,?\s*which\s+include|\s*:)?\s+(.+)$/i;
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** A comma that separates names, not the one inside "Co., Ltd." or before "Inc.". */
const NAME_COMMA = /,(?!\s*(?:ltd|limited|inc|llc|co|corp|plc)\b)\s*(?:and\s+)?/i;

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .replace(/^and\s+/i, '')
    .trim();

/** Split a list of names: on semicolons; when `expected` says more, on separating commas or "and". */
function splitNames(text: string, expected?: number): string[] {
  const bySemicolon = text.split(/\s*;\s*/).map(tidy).filter(Boolean);
  if (bySemicolon.length > 1 || !expected || expected === 1) return bySemicolon;
  for (const separator of [NAME_COMMA, /\s+and\s+/i]) {
    const parts = text.split(separator).map(tidy).filter(Boolean);
    if (parts.length === expected) return parts;
  }
  return bySemicolon;
}

/** The text of the parenthesis opening at `open`, and where it ends; null when it never closes. */
function balanced(text: string, open: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** One name cell as DHS writes it. */
export function parseListedName(cell: string): ListedName {
  let text = cell.replace(/\s+/g, ' ').trim();
  const aliases: string[] = [];
  const formerNames: string[] = [];
  // Parentheses that open with "also known as", "including N aliases:" or "formerly known as"; others
  // ("Hoshine Silicon Industry (Shanshan) Co., Ltd") are part of the name.
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const opener = ALIAS_OPENER.exec(text.slice(at + 1));
    if (!opener) continue;
    const group = balanced(text, at);
    if (!group) continue;
    const body = group.inner.slice(opener[0].length);
    // "(including two aliases: A; and B; and formerly known as C)"
    const [aliasPart, ...formerParts] = body.split(/;?\s*(?:and\s+)?formerly known as\s+/i);
    const count = /(\w+) alias/i.exec(opener[1] ?? '')?.[1]?.toLowerCase();
    const expected = count ? (COUNT_WORDS[count] ?? Number(count)) : undefined;
    (opener[2] ? formerNames : aliases).push(...splitNames(aliasPart, opener[2] ? undefined : expected));
    for (const f of formerParts) formerNames.push(...splitNames(f));
    text = `${text.slice(0, at)} ${text.slice(group.end)}`.replace(/\s+/g, ' ').trim();
    at = -1;
  }
  let coversSubsidiaries = false;
  let subsidiaries: string[] = [];
  const named = REACH_NAMED.exec(text);
  if (named) {
    const declared = /its\s+(\w+)\s/i.exec(named[0])?.[1]?.toLowerCase();
    subsidiaries = splitNames(named[1], declared && COUNT_WORDS[declared] ? COUNT_WORDS[declared] : 99);
    text = text.slice(0, named.index);
  } else if (REACH_ALL.test(text)) {
    coversSubsidiaries = true;
    text = text.replace(REACH_ALL, '');
  }
  return { name: tidy(text), aliases, formerNames, coversSubsidiaries, subsidiaries };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for a month's name or its abbreviation ("Aug", "Sept"); 0 otherwise. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}

/** "August 3, 2026", "Aug. 3, 2026", "3 August 2026", "8/3/2026", "2026-08-03" → "2026-08-03"; null otherwise. */
export function parseEffectiveDate(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  let m: RegExpExecArray | null;
  let ymd: [number, number, number];
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) ymd = [+m[1], +m[2], +m[3]];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) ymd = [+m[3], +m[1], +m[2]];
  else if ((m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t))) ymd = [+m[3], monthOf(m[1]), +m[2]];
  else if ((m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(t))) ymd = [+m[3], monthOf(m[2]), +m[1]];
  else return null;
  const [y, mo, d] = ymd;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return mo >= 1 && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const NAME_HEADERS = ['name of entity', 'entity name', 'name of the entity', 'entity', 'name'];
const DATE_HEADERS = ['effective date', 'date added', 'date of listing', 'effective'];

const header = (cell: string) => normalizeText(cell).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();

function columnsOf(table: HtmlTable): { name: number; date: number; headerRow: number } | null {
  for (let r = 0; r < Math.min(table.rows.length, 3); r++) {
    const cells = table.rows[r].cells.map(header);
    const name = cells.findIndex((c) => NAME_HEADERS.includes(c));
    if (name >= 0) return { name, date: cells.findIndex((c) => DATE_HEADERS.includes(c)), headerRow: r };
  }
  return null;
}

/** The region test a copy of the list allows: section (i) is "entities in Xinjiang", or the name says so. */
export function namedInRegion(name: string, sections: readonly UflpaSectionId[] = []): boolean {
  return sections.includes('i') || /^(?:xinjiang|新疆)/i.test(name.trim());
}

export function entrySlug(name: string): string {
  return normalizeText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

interface PageRow {
  listed: ListedName;
  section: UflpaSectionId;
  date: string;
}

/** The rows of every entity table, in page order; throws ListFormatError naming the first problem. */
export function readDhsRows(html: string): PageRow[] {
  const tables = htmlTables(html);
  const entityTables = tables.map((t) => ({ table: t, columns: columnsOf(t) })).filter((t) => t.columns !== null);
  if (entityTables.length === 0) {
    throw new ListFormatError('the page has no UFLPA Entity List table (a table with a "Name of Entity" or "Entity Name" column): save the DHS "UFLPA Entity List" page itself');
  }
  const rows: PageRow[] = [];
  entityTables.forEach(({ table, columns }, n) => {
    const section = lastSectionIn(`${table.before}\n${table.caption}`);
    const where = section ? `the section (${section}) table` : `entity table ${n + 1}`;
    if (!section) throw new ListFormatError(`${where} has no heading naming its UFLPA section (i)–(v)`);
    if (table.unclosed) throw new ListFormatError(`${where} is cut off (the page ends inside it): save the whole page again`);
    const { name, date, headerRow } = columns!;
    if (date < 0) throw new ListFormatError(`${where} has no "Effective Date" column`);
    for (let r = headerRow + 1; r < table.rows.length; r++) {
      const cells = table.rows[r].cells.map((c) => c.replace(/\s+/g, ' ').trim());
      if (cells.every((c) => c === '')) continue;
      const at = `${where}, row ${r - headerRow}`;
      if (cells.length <= Math.max(name, date)) throw new ListFormatError(`${at} has ${cells.length} cell(s): expected a name and an effective date`);
      if (!cells[name]) throw new ListFormatError(`${at} has no entity name`);
      const effective = parseEffectiveDate(cells[date]);
      if (!effective) throw new ListFormatError(`${at}: "${cells[date]}" is not a date (expected e.g. "August 3, 2026")`);
      const listed = parseListedName(cells[name]);
      if (!listed.name) throw new ListFormatError(`${at}: no entity name in "${cells[name]}"`);
      rows.push({ listed, section, date: effective });
      for (const sub of listed.subsidiaries) rows.push({ listed: { name: sub, aliases: [], formerNames: [], coversSubsidiaries: false, subsidiaries: [] }, section, date: effective });
    }
  });
  return rows;
}

const uniq = (a: string[]) => [...new Set(a)];

/** Rows of the same entity (one per section it is listed under) made one entry. */
export function entriesOfRows(rows: PageRow[]): ScreeningEntry[] {
  const byKey = new Map<string, { names: ListedName; sections: UflpaSectionId[]; date: string }>();
  for (const { listed, section, date } of rows) {
    const key = nameKey(listed.name);
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, { names: { ...listed, aliases: [...listed.aliases], formerNames: [...listed.formerNames] }, sections: [section], date });
      continue;
    }
    had.names.aliases.push(...listed.aliases);
    had.names.formerNames.push(...listed.formerNames);
    had.names.coversSubsidiaries ||= listed.coversSubsidiaries;
    if (!had.sections.includes(section)) had.sections.push(section);
    if (date < had.date) had.date = date;
  }
  const ids = new Set<string>();
  return [...byKey.values()].map(({ names, sections, date }) => {
    const ordered = sortSections(sections);
    const all = uniq([...names.aliases, ...names.formerNames]);
    let id = entrySlug(names.name);
    for (let n = 2; ids.has(id); n++) id = `${entrySlug(names.name)}-${n}`;
    ids.add(id);
    const entry: ScreeningEntry = {
      id,
      name: names.name,
      aliases: uniq(names.aliases.filter((a) => !hasHan(a) && a !== names.name)),
      namesZh: all.filter(hasHan),
      category: categoryOfSections(ordered),
      section: sectionLabel(ordered),
      sections: ordered,
      dateAdded: date,
      coversSubsidiaries: names.coversSubsidiaries,
      regionLocated: namedInRegion(names.name, ordered),
    };
    const former = uniq(names.formerNames.filter((f) => !hasHan(f) && f !== names.name));
    if (former.length) entry.formerNames = former;
    return entry;
  });
}

/** A saved DHS page as a screening list named `label`. */
export function parseDhsPage(html: string, label: string): ScreeningList {
  const entries = entriesOfRows(readDhsRows(html));
  if (entries.length === 0) throw new ListFormatError('the page\u2019s UFLPA Entity List tables hold no entities');
  const latest = entries.reduce((d, e) => (e.dateAdded! > d ? e.dateAdded! : d), '');
  return {
    id: `list:${normalizeText(label).replace(/[^a-z0-9]+/g, '-')}`,
    name: label,
    version: latest,
    source: `${label} (DHS UFLPA Entity List page, saved)`,
    builtIn: false,
    entries,
    official: { latestAction: latest },
  };
}

/** True for text that is an HTML page rather than a CSV or pasted cells. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:\uFEFF)?\s*(?:<!doctype html|<html|<!--|<head|<body|<meta|<table)/i.test(text) || /<table[\s>]/i.test(text.slice(0, 200_000)) && /<\/t[dh]>/i.test(text);
}
