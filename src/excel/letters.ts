// Letters from the pane: the rows chosen (the selection, a status or a next step) of the last
// screening, filled by the domain and written to the CtA Letters sheet.
import { isChosen, letterSubjectOf, type LetterChoice, type LetterSubject } from '../domain/letters';
import { LETTERS_SHEET, planLettersSheet, writeLetters } from '../domain/letters-sheet';
import { letterDueDate, proofDaysOf } from '../domain/tracker';
import type { CellValue, RowResult, Settings } from '../domain/types';
import type { LettersOutcome, LettersRequest } from '../gateway/workbook-gateway';
import { parseAddress } from './a1';
import { writeLettersSheet } from './letters-sheet';
import { syncCounted } from './sync-counter';

/** What the last complete screening left for the letters. */
export interface ScreenedRun {
  results: RowResult[];
  settings: Settings;
  today: string;
}

export class NoLetters extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoLetters';
  }
}

async function choiceOf(context: Excel.RequestContext, run: ScreenedRun, request: LettersRequest): Promise<LetterChoice> {
  const rows = request.rows;
  if (rows.kind === 'status') return { status: rows.status };
  if (rows.kind === 'nextStep') return { nextStep: rows.step };
  const selection = context.workbook.getSelectedRange().load('address');
  await syncCounted(context);
  const block = parseAddress(selection.address);
  const sheets = new Set(run.results.map((r) => r.sheetName));
  if (!sheets.has(block.sheetName)) throw new NoLetters(`The selection is on '${block.sheetName}', which was not screened: select rows of the screened table.`);
  const chosen: number[] = [];
  for (let r = block.top; r <= block.bottom; r++) chosen.push(r);
  return { sheetName: block.sheetName, rows: chosen };
}

export async function lettersOf(context: Excel.RequestContext, run: ScreenedRun | null, request: LettersRequest): Promise<LettersOutcome> {
  if (!run) throw new NoLetters('Screen the sheet first: letters are written from the last screening.');
  const companyName = request.companyName.trim();
  if (!companyName) throw new NoLetters("Type your company's name first: the letters are signed with it.");
  const choice = await choiceOf(context, run, request);
  const subjects: LetterSubject[] = [];
  const unnamed: { sheetName: string; row: number }[] = [];
  const proofDays = proofDaysOf(run.settings);
  for (const result of run.results) {
    if (!isChosen(choice, result)) continue;
    const subject = letterSubjectOf(result, letterDueDate(result.nextStep, run.today, proofDays));
    if (subject) subjects.push(subject);
    else unnamed.push({ sheetName: result.sheetName, row: result.row });
  }
  if (subjects.length === 0) {
    throw new NoLetters(unnamed.length ? 'The chosen rows name no supplier: add the supplier names and screen again.' : 'No screened supplier row is among the chosen rows.');
  }
  // Whether a 'CtA Letters' sheet is ours (its A1 says so): a user's sheet of that name is never replaced.
  const sheets = context.workbook.worksheets.load('items/name');
  await syncCounted(context);
  const names = sheets.items.map((s) => s.name);
  const candidates = names.filter((n) => n.startsWith(LETTERS_SHEET));
  const a1s = candidates.map((n) => context.workbook.worksheets.getItem(n).getRange('A1').load('values'));
  if (a1s.length) await syncCounted(context);
  const a1Of = (name: string): CellValue | undefined => {
    const i = candidates.indexOf(name);
    return i < 0 ? undefined : ((a1s[i].values as CellValue[][])[0]?.[0] ?? null);
  };
  const written = writeLetters(subjects, companyName, run.today);
  const plan = planLettersSheet({ written, today: run.today, sheetNames: names, a1Of, unnamed });
  const sheetName = await writeLettersSheet(context, plan, names);
  const who = subjects.length === 1 ? '1 supplier' : `${subjects.length} suppliers`;
  const skipped = unnamed.length ? ` ${unnamed.length} chosen ${unnamed.length === 1 ? 'row has' : 'rows have'} no supplier name and got none.` : '';
  return { sheetName, suppliers: subjects.length, message: `Letters for ${who}, in English and Simplified Chinese, are on the '${sheetName}' sheet. Read each one before you send it.${skipped}` };
}
