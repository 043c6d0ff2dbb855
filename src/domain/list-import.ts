// Lists users bring: the DHS "UFLPA Entity List" page saved from a browser (dhs-page.ts), the
// OpenSanctions "simple CSV" export (e.g. its US DHS UFLPA dataset), a plain table with a name column
// (research lists, the organisation's own watchlist), or the same table kept on a `CtA Watchlist`
// sheet. Rows are validated with zod; a malformed row is rejected with its number.
import { z } from 'zod/mini';
import { hasHan } from './chinese';
import { looksLikeHtml, namedInRegion, parseDhsPage } from './dhs-page';
import { delimitedRows } from './list-text';
import { ListFormatError, type ScreeningEntry, type ScreeningList } from './lists';
import { cellText, normalizeText } from './normalize';
import type { Category } from './types';
import { runAtOnce, runBreathing, type Steps } from './steps';
import type { SheetGrid } from './types';
import { categoryOfSections, parseSections, sectionLabel } from './uflpa-sections';

export { ListFormatError } from './lists';

export const WATCHLIST_SHEET = 'CtA Watchlist';

const categoryCell = z
  .pipe(
    z.string().check(z.trim()),
    z.transform((s: string) => s.toUpperCase().replace(/^A(\d)$/, 'A.$1')),
  )
  .check(z.refine((s) => s === '' || /^A\.[1-4]$/.test(s), 'category must be A.1, A.2, A.3 or A.4 (or empty)'));

const trimmedText = (emptyMessage: string) => z.string().check(z.trim(), z.minLength(1, emptyMessage));
const optionalText = z.optional(z.string());

const plainRow = z.object({
  name: trimmedText('the name is empty'),
  aliases: optionalText,
  category: z.optional(categoryCell),
  section: z.optional(
    z.string().check(z.refine((s) => s.trim() === '' || parseSections(s, true).length > 0, 'section must name UFLPA sections (i)–(v), e.g. "(ii)" or "2(d)(2)(B)(v)"')),
  ),
});

const openSanctionsRow = z.object({
  id: trimmedText('the id is empty'),
  name: trimmedText('the name is empty'),
  aliases: optionalText,
  sanctions: optionalText,
  first_seen: optionalText,
  last_change: optionalText,
  last_seen: optionalText,
});

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function slug(text: string, i: number): string {
  const s = normalizeText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s ? `${s}-${i}` : `row-${i}`;
}

function header(rows: string[][]): { index: Map<string, number>; start: number } {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const names = rows[r].map((c) => normalizeText(c ?? '').replace(/[^a-z0-9_]/g, ''));
    if (names.includes('name') || names.includes('entity') || names.includes('company') || names.includes('supplier') || names.includes('entityname')) {
      const index = new Map<string, number>();
      names.forEach((n, i) => {
        const key = n === 'entity' || n === 'company' || n === 'supplier' || n === 'entityname' ? 'name' : n === 'alias' || n === 'othernames' ? 'aliases' : n;
        if (!index.has(key)) index.set(key, i);
      });
      return { index, start: r + 1 };
    }
  }
  throw new ListFormatError('no header row with a "name" column was found in the first 10 rows');
}

function record(row: string[], index: Map<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, i] of index) out[key] = (row[i] ?? '').toString();
  return out;
}

function issueText(e: z.core.$ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
}

/** Parse a list table (first rows = header). `label` names the list in findings and the summary. */
export function parseListTable(rows: string[][], label: string, version: string): ScreeningList {
  return runAtOnce(listTableSteps(rows, label, version));
}

/**
 * The workbook's 'CtA Watchlist' sheet as a list, parsed with a breath every PARSE_SLICE rows (such a
 * sheet may hold tens of thousands of companies). Screening and the pane's list section both read it so.
 */
export function parseWatchlist(grid: Pick<SheetGrid, 'rows'>, breathe: () => Promise<void>): Promise<ScreeningList> {
  return runBreathing(listTableSteps(grid.rows.map((r) => r.map(cellText)), WATCHLIST_SHEET, 'in this workbook'), breathe);
}

/** Rows parsed between two pauses of listTableSteps (a watchlist sheet may hold tens of thousands). */
const PARSE_SLICE = 250;

/** parseListTable as steps, pausing every PARSE_SLICE rows (see steps.ts). */
export function* listTableSteps(rows: string[][], label: string, version: string): Steps<ScreeningList> {
  const { index, start } = header(rows);
  const isOpenSanctions = index.has('schema') && index.has('id') && index.has('sanctions');
  const entries: ScreeningEntry[] = [];
  let latest = '';
  let official = false;
  for (let r = start; r < rows.length; r++) {
    if ((r - start) % PARSE_SLICE === PARSE_SLICE - 1) yield;
    const raw = rows[r];
    if (!raw || raw.every((c) => !c || !String(c).trim())) continue;
    const rec = record(raw, index);
    if (isOpenSanctions) {
      const parsed = openSanctionsRow.safeParse(rec);
      if (!parsed.success) throw new ListFormatError(`row ${r + 1}: ${issueText(parsed.error)}`);
      const p = parsed.data;
      const names = [p.name, ...splitList(p.aliases)];
      const sections = parseSections(p.sanctions ?? '');
      const uflpa = /uflpa|forced labor prevention/i.test(p.sanctions ?? '') || /uflpa/i.test(label);
      if (uflpa) official = true;
      const seen = (p.last_change || p.last_seen || p.first_seen || '').slice(0, 10);
      if (seen > latest) latest = seen;
      entries.push({
        id: p.id,
        name: p.name,
        aliases: names.slice(1).filter((n) => !hasHan(n)),
        namesZh: names.filter(hasHan),
        category: categoryOfSections(sections) ?? (uflpa ? 'A.4' : null),
        section: sections.length ? sectionLabel(sections) : undefined,
        ...(sections.length ? { sections } : {}),
        dateAdded: p.first_seen ? p.first_seen.slice(0, 10) : undefined,
        coversSubsidiaries: /subsidiar|affiliat/i.test(p.sanctions ?? ''),
        regionLocated: namedInRegion(p.name, sections),
      });
    } else {
      const parsed = plainRow.safeParse(rec);
      if (!parsed.success) throw new ListFormatError(`row ${r + 1}: ${issueText(parsed.error)}`);
      const p = parsed.data;
      const names = [p.name, ...splitList(p.aliases)];
      const sections = parseSections(p.section ?? '', true);
      entries.push({
        id: slug(p.name, r + 1),
        name: p.name,
        aliases: names.slice(1).filter((n) => !hasHan(n)),
        namesZh: names.filter(hasHan),
        // A category written in the row decides; else the UFLPA sections it names, through the one table.
        category: ((p.category || null) as Category | null) ?? categoryOfSections(sections),
        ...(sections.length ? { section: sectionLabel(sections), sections } : {}),
        coversSubsidiaries: /subsidiar|affiliat/i.test(rec.notes ?? rec.scope ?? ''),
        regionLocated: false,
      });
    }
  }
  if (entries.length === 0) throw new ListFormatError('the list has a header but no entries');
  const dated = version || latest || 'undated';
  return {
    id: listId(label),
    name: label,
    version: dated,
    source: isOpenSanctions ? `${label} (OpenSanctions simple CSV)` : label,
    builtIn: false,
    entries,
    ...(official && /^\d{4}-\d{2}-\d{2}$/.test(dated) ? { official: { latestAction: dated } } : {}),
  };
}

function listId(label: string): string {
  return `list:${normalizeText(label).replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * A list file's text, whatever it is: a saved DHS "UFLPA Entity List" page (HTML), or a CSV or
 * tab-separated table (pasted cells too). Both hosts read list files through this one function.
 * `version` dates a table that carries no date of its own ('' = the latest date in it, or undated).
 */
export function parseListText(text: string, label: string, version: string): ScreeningList {
  if (looksLikeHtml(text)) return parseDhsPage(text, label);
  return parseListTable(delimitedRows(text), label, version);
}
