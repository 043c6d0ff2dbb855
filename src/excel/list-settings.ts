// Screening lists the user imports in the pane, kept in the workbook (Office document settings, key
// 'cta.lists': a JSON array of the parsed ScreeningList objects) so they travel with the workbook and
// are never sent anywhere. Parsing happens here, in the pane's process, through the domain's
// parseListText (a saved DHS page, a CSV or pasted cells: the command line's parser too). The built-in
// UFLPA list and the workbook's 'CtA Watchlist' sheet are listed too.
import { ListFormatError, parseListText, parseWatchlist, WATCHLIST_SHEET } from '../domain/list-import';
import { BUILT_IN_LIST, coverageLine, listNotes, UPDATE_ROUTE, type OfficialListFacts, type ScreeningEntry, type ScreeningList } from '../domain/lists';
import { normalizeText } from '../domain/normalize';
import type { SheetGrid } from '../domain/types';
import { sortSections, type UflpaSectionId } from '../domain/uflpa-sections';
import type { AddListInput, ListInUse } from '../gateway/workbook-gateway';
import { parseAddress } from './a1';
import { utf8Length } from './payload';
import { readGrid } from './read-grid';
import { syncCounted } from './sync-counter';

export const LISTS_KEY = 'cta.lists';

/**
 * Office keeps all document settings of a workbook in one blob: Microsoft supports 2 MB
 * (https://github.com/OfficeDev/office-js/issues/621), but users met InvalidArgument near 1 MB
 * (https://github.com/OfficeDev/office-js/issues/3957). The lists, as stored (their JSON, escaped once
 * more inside the settings' own JSON), stay under this, so that with the column-role overrides the
 * add-in keeps about 700 KB at most.
 */
export const MAX_LISTS_JSON_BYTES = 680_000;

/** Bytes a value takes in the settings blob: its JSON, kept as a string inside the settings' JSON. */
export function storedBytes(value: unknown): number {
  return utf8Length(JSON.stringify(JSON.stringify(value)));
}
/** Text longer than this cannot give a list small enough to keep; refused before parsing. */
const MAX_TEXT_CHARS = 15_000_000;
const MAX_NAME_CHARS = 80;

/** A list the pane cannot add, in plain words (the message is shown as it is). */
export class ListRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListRejected';
  }
}

const CATEGORIES = new Set(['A.1', 'A.2', 'A.3', 'A.4']);
const SECTIONS = new Set(['i', 'ii', 'iii', 'iv', 'v']);
const LEVELS = new Set(['high', 'medium', 'low']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

function storedEntry(value: unknown): ScreeningEntry | null {
  if (!value || typeof value !== 'object') return null;
  const e = value as Record<string, unknown>;
  if (!isString(e.id) || !isString(e.name) || !e.name.trim()) return null;
  const entry: ScreeningEntry = {
    id: e.id,
    name: e.name,
    aliases: strings(e.aliases),
    namesZh: strings(e.namesZh),
    category: isString(e.category) && CATEGORIES.has(e.category) ? (e.category as ScreeningEntry['category']) : null,
    section: isString(e.section) ? e.section : undefined,
    dateAdded: isString(e.dateAdded) ? e.dateAdded : undefined,
    coversSubsidiaries: e.coversSubsidiaries === true,
    regionLocated: e.regionLocated === true,
  };
  const former = strings(e.formerNames);
  if (former.length) entry.formerNames = former;
  const sections = sortSections(strings(e.sections).filter((x) => SECTIONS.has(x)) as UflpaSectionId[]);
  if (sections.length) entry.sections = sections;
  if (e.englishConfirmed === false) entry.englishConfirmed = false;
  if (isString(e.listingConfidence) && LEVELS.has(e.listingConfidence)) entry.listingConfidence = e.listingConfidence as ScreeningEntry['listingConfidence'];
  if (isString(e.removed) && ISO_DATE.test(e.removed)) entry.removed = e.removed;
  return entry;
}

function storedOfficial(value: unknown): OfficialListFacts | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if (!isString(o.latestAction) || !ISO_DATE.test(o.latestAction)) return undefined;
  return typeof o.officialCount === 'number' && o.officialCount > 0 ? { latestAction: o.latestAction, officialCount: o.officialCount } : { latestAction: o.latestAction };
}

function storedList(value: unknown): ScreeningList | null {
  if (!value || typeof value !== 'object') return null;
  const l = value as Record<string, unknown>;
  if (!isString(l.id) || !isString(l.name) || !Array.isArray(l.entries)) return null;
  const entries = l.entries.map(storedEntry).filter((e): e is ScreeningEntry => e !== null);
  if (entries.length === 0) return null;
  const list: ScreeningList = {
    id: l.id,
    name: l.name,
    version: isString(l.version) ? l.version : 'undated',
    source: isString(l.source) ? l.source : l.name,
    builtIn: false,
    entries,
  };
  const official = storedOfficial(l.official);
  if (official) list.official = official;
  return list;
}

/** Keeps only well-formed lists: a value edited by hand or written by an older version cannot break screening. */
export function parseStoredLists(stored: unknown): ScreeningList[] {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: ScreeningList[] = [];
  for (const item of value) {
    const list = storedList(item);
    if (list && list.id !== BUILT_IN_LIST.id && !seen.has(list.id)) {
      seen.add(list.id);
      out.push(list);
    }
  }
  return out;
}

/** The name a list is known by: the file name without its extension, or what the user typed. */
export function listName(fileName: string): string {
  return fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|txt|tsv|html?)$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_CHARS)
    .trim();
}

function tooLarge(name: string): ListRejected {
  return new ListRejected(
    `"${name}" is too large to keep in the workbook's settings (about 700 KB at most). Put its rows on a sheet named '${WATCHLIST_SHEET}' instead: that sheet is screened as a list and travels with the workbook.`,
  );
}

/** Parse and validate a list the user brings. `today` dates a list that carries no date of its own. */
export function parseListInput(input: AddListInput, today: string): ScreeningList {
  const name = listName(input.fileName ?? '');
  if (!name) throw new ListRejected('Give the list a name, then add it again.');
  if (normalizeText(name) === normalizeText(WATCHLIST_SHEET)) {
    throw new ListRejected(`The name '${WATCHLIST_SHEET}' belongs to the watchlist sheet. Give the list another name, then add it again.`);
  }
  const text = input.text ?? '';
  if (!text.trim()) throw new ListRejected(`"${name}" is empty. Choose a CSV file or a saved DHS page, or paste the rows with their header row, then add it again.`);
  if (text.length > MAX_TEXT_CHARS) throw tooLarge(name);
  let list: ScreeningList;
  try {
    list = parseListText(text, name, '');
  } catch (error) {
    if (error instanceof ListFormatError) {
      const detail = error.message.length > 220 ? `${error.message.slice(0, 217)}…` : error.message;
      throw new ListRejected(`"${name}" was not added: ${detail}. Fix it in the file and add the list again; the lists in use are unchanged.`);
    }
    throw error;
  }
  if (list.version === 'undated') list.version = today;
  if (storedBytes(list) > MAX_LISTS_JSON_BYTES) throw tooLarge(name);
  return list;
}

function probeStoredLists(context: Excel.RequestContext): () => ScreeningList[] {
  const setting = context.workbook.settings.getItemOrNullObject(LISTS_KEY).load('value');
  return () => (setting.isNullObject ? [] : parseStoredLists(setting.value));
}

export async function loadStoredLists(context: Excel.RequestContext): Promise<ScreeningList[]> {
  const stored = probeStoredLists(context);
  await syncCounted(context);
  return stored();
}

async function saveStoredLists(context: Excel.RequestContext, lists: ScreeningList[]): Promise<void> {
  if (lists.length === 0) context.workbook.settings.getItem(LISTS_KEY).delete();
  else context.workbook.settings.add(LISTS_KEY, JSON.stringify(lists));
  await syncCounted(context);
}

/** Add (or replace, when one of the same name is kept already) a parsed list. */
export async function addStoredList(context: Excel.RequestContext, list: ScreeningList): Promise<ScreeningList[]> {
  const kept = await loadStoredLists(context);
  const next = [...kept.filter((l) => l.id !== list.id), list];
  if (storedBytes(next) > MAX_LISTS_JSON_BYTES) {
    throw new ListRejected(
      `"${list.name}" does not fit beside the lists already kept in this workbook (about 700 KB in all). Remove a list you no longer need, or put its rows on a sheet named '${WATCHLIST_SHEET}' instead.`,
    );
  }
  try {
    await saveStoredLists(context, next);
  } catch (error) {
    // Excel refuses settings past its ceiling with InvalidArgument (other add-ins' settings count too).
    if ((error as { code?: unknown })?.code !== 'InvalidArgument') throw error;
    throw new ListRejected(
      `"${list.name}" could not be kept: Excel says this workbook's settings are full. Put its rows on a sheet named '${WATCHLIST_SHEET}' instead: that sheet is screened as a list and travels with the workbook.`,
    );
  }
  return next;
}

export async function removeStoredList(context: Excel.RequestContext, id: string): Promise<void> {
  const kept = await loadStoredLists(context);
  const next = kept.filter((l) => l.id !== id);
  if (next.length !== kept.length) await saveStoredLists(context, next);
}

function probeWatchlist(context: Excel.RequestContext): () => Promise<SheetGrid | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(WATCHLIST_SHEET).load('name');
  return async () => {
    // Exactly the name the screening read path looks for (Excel matches sheet names ignoring case).
    if (sheet.isNullObject || sheet.name !== WATCHLIST_SHEET) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load('address');
    await syncCounted(context);
    return used.isNullObject ? null : readGrid(context, parseAddress(used.address));
  };
}

/** Today in the pane's time zone, as YYYY-MM-DD: the screening date the lists' age is measured to. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The built-in list as the pane shows it; `notes` from listNotes (coverage, and a warning when it is old). */
export function builtInListInUse(notes: string[] = [coverageLine(BUILT_IN_LIST) ?? '']): ListInUse {
  return {
    id: BUILT_IN_LIST.id,
    name: BUILT_IN_LIST.name,
    version: BUILT_IN_LIST.version,
    entryCount: BUILT_IN_LIST.entries.length,
    source: 'Built into the add-in',
    builtIn: true,
    removable: false,
    note: [...notes.filter(Boolean), `For the current list, ${UPDATE_ROUTE}: it is screened beside the built-in one.`].join(' '),
  };
}

export function storedListInUse(list: ScreeningList, notes: string[] = []): ListInUse {
  const item: ListInUse = {
    id: list.id,
    name: list.name,
    version: list.version,
    entryCount: list.entries.length,
    source: list.source === list.name ? 'Imported into this workbook' : `${list.source}, imported into this workbook`,
    builtIn: false,
    removable: true,
  };
  if (notes.length) item.note = notes.join(' ');
  return item;
}

export const WATCHLIST_ID = 'sheet:cta-watchlist';

/** The sheet as the pane lists it; a sheet of tens of thousands of rows is parsed with breaths. */
export async function watchlistInUse(grid: SheetGrid, breathe: () => Promise<void>): Promise<ListInUse> {
  const base = { id: WATCHLIST_ID, name: WATCHLIST_SHEET, version: 'in this workbook', source: `The '${WATCHLIST_SHEET}' sheet`, builtIn: false, removable: false };
  try {
    const list = await parseWatchlist(grid, breathe);
    return { ...base, entryCount: list.entries.length, note: 'Edit or delete the sheet to change this list.' };
  } catch (error) {
    if (!(error instanceof ListFormatError)) throw error;
    return { ...base, entryCount: 0, note: `This sheet cannot be screened as a list yet: ${error.message}. Fix the sheet, or screening stops with the same message.` };
  }
}

/** Every list the next screening uses, in the order it uses them: built in, imported, the sheet. */
export async function listsInUse(context: Excel.RequestContext, breathe: () => Promise<void>, today = localToday()): Promise<ListInUse[]> {
  const storedProbe = probeStoredLists(context);
  const sheetProbe = probeWatchlist(context);
  await syncCounted(context);
  const stored = storedProbe();
  const sheet = await sheetProbe();
  const [builtInNotes, ...storedNotes] = listNotes([BUILT_IN_LIST, ...stored], today);
  return [builtInListInUse(builtInNotes), ...stored.map((l, i) => storedListInUse(l, storedNotes[i])), ...(sheet ? [await watchlistInUse(sheet, breathe)] : [])];
}
