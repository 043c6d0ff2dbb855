// Everything the pane says when something goes wrong or stops, in plain words with a next step.
// Raw errors never reach the screen: a message is shown only when it reads like a sentence.
import type { DetectedTable, ScreenOutcome } from '../gateway/workbook-gateway';

export type Action = 'detect' | 'save' | 'screen' | 'filter' | 'lists' | 'addList' | 'removeList' | 'letters';

export interface PlainMessage {
  title: string;
  body: string;
}

const WHAT_FAILED: Record<Action, PlainMessage> = {
  detect: {
    title: 'No supplier table could be read',
    body: 'Open the sheet that holds your suppliers, check that it has a header row, then select Detect again.',
  },
  save: {
    title: 'Column role not saved in the workbook',
    body: 'Your choice still applies to the next run from this pane. To keep it with the workbook, check that the workbook is not read-only and choose the role again.',
  },
  screen: {
    title: 'Screening did not finish',
    body: 'Check that the sheet is not protected and that no cell is being edited, then select Screen again. A new run updates the same output columns; it does not add a second set.',
  },
  filter: {
    title: 'The sheet could not be filtered',
    body: 'Use the filter arrows in the header row instead, or select Screen again if the output columns were removed.',
  },
  lists: {
    title: 'The lists in use could not be read',
    body: 'Screening still uses the built-in UFLPA Entity List. Select Refresh lists to try again.',
  },
  addList: {
    title: 'List not added',
    body: 'Check that it is a CSV or tab-separated text whose header row has a "name" column, then add it again. The lists in use are unchanged.',
  },
  removeList: {
    title: 'List not removed',
    body: 'Check that the workbook is not read-only, then select Remove again.',
  },
  letters: {
    title: 'Letters not written',
    body: 'Check that the workbook is not read-only, then select Write letters again.',
  },
};

/** A refusal the gateway put in plain words (no screening yet, no supplier in the rows) is shown as it is. */
export function describeLettersError(err: unknown): PlainMessage {
  const { name, message } = (err && typeof err === 'object' ? err : {}) as { name?: unknown; message?: unknown };
  if (name === 'NoLetters' && typeof message === 'string' && message.trim()) return { title: WHAT_FAILED.letters.title, body: message.trim() };
  return describeError('letters', err);
}

/** Office.js error codes whose cause the user can fix, in plain words. */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel is busy because a cell is being edited. Press Enter or Esc in the sheet first.',
  AccessDenied: 'The workbook or sheet is protected or read-only. Unprotect it on the Review tab first.',
  MergedRangeConflict: 'Merged cells are in the way. Unmerge them (Home › Merge & Center) first.',
  PivotTableRangeConflict: 'A PivotTable is in the way. Move it away from the supplier table first.',
  InsertDeleteConflict: 'Excel could not insert cells there: an array formula or a table is in the way.',
  FilteredRangeConflict: 'A filter hides rows. Clear the filter (Data › Clear) first.',
  ItemNotFound: 'The sheet or table was not found. It may have been renamed or deleted.',
  RequestPayloadSizeLimitExceeded: 'The sheet is too large for Excel to handle in one step.',
  ResponsePayloadSizeLimitExceeded: 'The sheet is too large for Excel to handle in one step.',
  ApiNotFound: 'This version of Excel is too old for the add-in. Update Excel, or use Excel on the web.',
};

const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'SyntaxError', 'RangeError', 'EvalError', 'URIError']);

/**
 * Errors whose message is already complete plain words from this add-in (what happened, what was
 * written, what to do): shown as they are, without the general advice.
 */
const PLAIN_ERRORS = new Set(['WriteIncomplete', 'WorkbookNotWritable', 'TableChanged', 'TableGone', 'TableMoved', 'TableWithoutHeaders']);

/** A first line that reads like a sentence meant for a person, or null. */
function readableDetail(err: unknown): string | null {
  if (typeof err === 'string') return sentence(err);
  if (!err || typeof err !== 'object') return null;
  const { name, code, message } = err as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof code === 'string' && OFFICE_CODES[code]) return OFFICE_CODES[code];
  if (typeof name === 'string' && PROGRAMMING_ERRORS.has(name)) return null;
  return typeof message === 'string' ? sentence(message) : null;
}

function sentence(text: string): string | null {
  const first = text.split('\n')[0].trim();
  if (first.length < 8 || first.length > 400) return null;
  if (/\bat\s+\S+\s*\(|\.(js|ts|tsx):\d+|\bundefined\b|\bnull\b|\bis not a function\b|^\w*Error\b/i.test(first)) return null;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

export function describeError(action: Action, err: unknown): PlainMessage {
  const base = WHAT_FAILED[action];
  const { name, message } = (err && typeof err === 'object' ? err : {}) as { name?: unknown; message?: unknown };
  if (typeof name === 'string' && PLAIN_ERRORS.has(name) && typeof message === 'string' && message.trim()) {
    const body = message.trim();
    return { title: base.title, body: body.length > 600 ? `${body.slice(0, 597)}…` : body };
  }
  const detail = readableDetail(err);
  return { title: base.title, body: detail ? `${detail} ${base.body}` : base.body };
}

/**
 * A list the gateway refused (an Error named 'ListRejected') already says, in plain words, which row
 * is at fault and what to do: it is shown as it is. Anything else is described like other failures.
 */
export function describeListError(action: 'addList' | 'removeList', err: unknown): PlainMessage {
  const { name, message } = (err && typeof err === 'object' ? err : {}) as { name?: unknown; message?: unknown };
  if (name === 'ListRejected' && typeof message === 'string' && message.trim()) {
    const body = message.trim();
    return { title: WHAT_FAILED[action].title, body: body.length > 600 ? `${body.slice(0, 597)}…` : body };
  }
  return describeError(action, err);
}

export function isAbortError(err: unknown): boolean {
  return Boolean(err && typeof err === 'object' && (err as { name?: unknown }).name === 'AbortError');
}

/** What the pane says after the user pressed Cancel; the gateway's outcome says what was left, when it has one. */
export function describeCancel(outcome: ScreenOutcome | null): PlainMessage {
  const left = outcome?.message?.trim()
    ? capitalised(outcome.message.trim())
    : 'Rows screened before you stopped may already show a status; the others were not screened.';
  // The gateway's words often end with what to do ("Screen again to finish."): then say it once.
  const next = /\bScreen again\b/i.test(left) ? '' : ' Select Screen to run it again: a new run updates the same columns.';
  return {
    title: 'Screening stopped',
    body: `${left}${next}`,
  };
}

/** The gateway's message starts a sentence in the notice ("rows 4–35 of 'Suppliers' screened; …"). */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeComplete(outcome: ScreenOutcome): PlainMessage {
  const rows = outcome.rowsScreened === 1 ? '1 supplier row' : `${outcome.rowsScreened.toLocaleString('en-US')} supplier rows`;
  return {
    title: 'Screening complete',
    body: outcome.message?.trim() ? capitalised(outcome.message.trim()) : `${rows} screened. The result is written beside your table and on the CtA Summary sheet.`,
  };
}

/** The selection left the table the pane shows: Screen still screens that table. */
export function describeStale(table: DetectedTable): PlainMessage {
  return {
    title: 'Your selection is away from this table',
    body: `Screen still screens the table shown above (${table.address}). To screen the table you selected, choose Detect again.`,
  };
}

export const STANDING_NOTE =
  'Whatever a supplier\'s status, B.4 asks you to instruct them to stop sourcing inputs made in the Uyghur Region and to end dealings with prohibited companies, and to help them find alternatives. B.6 asks you to encourage them to end Region sourcing for all their production, not only what they make for you.';
