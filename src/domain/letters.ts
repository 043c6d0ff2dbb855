// Supplier letters in English and Simplified Chinese, filled from the templates in
// src/data/letter-templates.json: the B.4 instruction with its reply form for every supplier, and a
// notice for those the Call to Action has you leave (B.1 at once; B.2/B.3/B.5 responsibly). What the
// sheet records is told in neutral words ("our records show …"), never as an accusation.
import { letterTemplates, placeholdersOf, type LetterKind, type ParagraphCondition, type RecordKey } from '../data';
import { excerpt } from './cells';
import { NEXT_STEPS, type NextStepKind } from './next-step';
import { statusFacts } from './statuses';
import { STATUSES, type Finding, type RowResult, type Status } from './types';

export const LETTER_LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'zh', name: '简体中文' },
] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number]['id'];

export const LETTERS_VERSION = letterTemplates.version;

/** One supplier to write to: what the letters need of a screened row. */
export interface LetterSubject {
  sheetName: string;
  row: number;
  supplierName: string;
  status: Status;
  findings: Finding[];
  /** The date the reply and proof are due, 'YYYY-MM-DD'. */
  due: string;
}

export interface Letter {
  language: LetterLanguage;
  kind: LetterKind;
  subject: string;
  /** Paragraphs in order, none empty. */
  paragraphs: string[];
  /** Call to Action paragraphs the letter rests on. */
  cites: string[];
}

function dateIn(language: LetterLanguage, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (language === 'zh') return `${y}年${m}月${d}日`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}

/** Which phrase tells of a finding. */
function recordKey(f: Finding): RecordKey {
  if (f.listRef) return 'list';
  if (f.matcher === 'cbp') return 'cbp';
  if (f.category === 'A.1' && (f.matcher === 'postal' || f.matcher === 'phone' || f.matcher === 'registration')) return `A.1/${f.matcher}`;
  return f.category;
}

function listName(language: LetterLanguage, f: Finding): string {
  const ref = f.listRef!;
  const known = letterTemplates.listNames.find((l) => l.listId === ref.listId);
  return known ? known[language] : ref.listName;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Most things a letter lists of what the sheet records: the rest add length, not meaning. */
const MAX_RECORDS = 6;

/** What the sheet records of a supplier, in neutral words: one phrase per kind of finding, quoting the cells. */
export function recordsText(language: LetterLanguage, findings: readonly Finding[]): string {
  const separators = letterTemplates.separators[language];
  const groups = new Map<string, { template: string; entry: string; list: string; matched: string[] }>();
  for (const f of findings) {
    if (f.risk) continue;
    const key = recordKey(f);
    const group = key === 'list' ? `list:${f.listRef!.listId}:${f.listRef!.entryId}` : key;
    const matched = excerpt(f.matched, 60);
    const known = groups.get(group);
    if (known) {
      if (!known.matched.includes(matched)) known.matched.push(matched);
      continue;
    }
    const template = letterTemplates.records.find((r) => r.key === key)![language];
    groups.set(group, { template, entry: f.listRef?.entryName ?? '', list: f.listRef ? listName(language, f) : '', matched: [matched] });
  }
  return [...groups.values()]
    .slice(0, MAX_RECORDS)
    .map((g) => fill(g.template, { matched: g.matched.slice(0, 4).join(separators.quotes), entry: g.entry, list: g.list }))
    .join(separators.records);
}

/** The letter a status calls for. */
export function letterKindOf(status: Status): LetterKind {
  return statusFacts(status)?.exit ? 'disengage' : 'instruction';
}

function included(when: ParagraphCondition, status: Status, records: string): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'records':
      return records !== '' && !!statusFacts(status)?.flagged;
    case 'immediate':
    case 'responsible':
      return statusFacts(status)?.exit === when;
  }
}

/** The supplier's letters, English then Chinese, filled; `today` and `companyName` come from the host. */
export function lettersFor(subject: LetterSubject, companyName: string, today: string): Letter[] {
  const kind = letterKindOf(subject.status);
  const template = letterTemplates.letters.find((l) => l.kind === kind)!;
  return LETTER_LANGUAGES.map(({ id: language }) => {
    const records = recordsText(language, subject.findings);
    const values: Record<string, string> = {
      supplierName: subject.supplierName,
      companyName,
      date: dateIn(language, today),
      proofDue: dateIn(language, subject.due),
      records,
    };
    const text = template[language];
    return {
      language,
      kind,
      subject: fill(text.subject, values),
      paragraphs: text.paragraphs.filter((p) => included(p.when, subject.status, records)).map((p) => fill(p.text, values)),
      cites: template.cites,
    };
  });
}

/** The placeholders a filled text still holds (none, when every value was given). */
export function unfilled(text: string): string[] {
  return placeholdersOf(text);
}

/** Which rows get letters: every screened row with a supplier name, one status, one next step, or given sheet rows. */
export type LetterChoice = { all: true } | { status: Status } | { nextStep: NextStepKind } | { sheetName: string; rows: readonly number[] };

export function isChosen(choice: LetterChoice, result: RowResult): boolean {
  if ('all' in choice) return true;
  if ('status' in choice) return result.status === choice.status;
  if ('nextStep' in choice) return result.nextStep?.kind === choice.nextStep;
  return result.sheetName === choice.sheetName && choice.rows.includes(result.row);
}

/** A choice as the command line takes it: "all", a status or a next step (any case). */
export function parseLetterChoice(text: string): LetterChoice {
  const t = text.trim().toLowerCase();
  if (t === 'all') return { all: true };
  const status = STATUSES.find((s) => s.toLowerCase() === t);
  if (status) return { status };
  const step = NEXT_STEPS.find((s) => s.toLowerCase() === t);
  if (step) return { nextStep: step };
  throw new Error(`"${text}" is not "all", a status (${STATUSES.join(', ')}) or a next step (${NEXT_STEPS.join(', ')})`);
}

/** What a letter needs of a screened row; null when the row names no supplier (a letter needs an addressee). */
export function letterSubjectOf(result: RowResult, due: string): LetterSubject | null {
  const name = result.supplierName?.trim();
  if (!name) return null;
  return { sheetName: result.sheetName, row: result.row, supplierName: name, status: result.status, findings: result.findings, due };
}

