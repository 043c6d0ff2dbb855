// The CtA Letters sheet: one row per supplier and language (subject and body), for the rows the user
// chose. Both hosts write it from this plan; the command line can also write each supplier's pair as
// a .docx (src/cli/letters-docx.ts).
import type { CellValue } from './types';
import { LETTER_LANGUAGES, LETTERS_VERSION, lettersFor, type Letter, type LetterSubject } from './letters';
import { ownSheetName } from './write-plan';
import type { LettersSheetWrite } from './write-plan-types';

export const LETTERS_SHEET = 'CtA Letters';
export const LETTERS_MARKER = 'Uyghur Region Supplier Screen — letters';
export const LETTERS_HEADER = ['Sheet', 'Row', 'Supplier', 'Status', 'Letter', 'Language', 'Subject', 'Body'];

/** A supplier and its letters, English then Chinese. */
export interface SupplierLetters {
  subject: LetterSubject;
  letters: Letter[];
}

export function writeLetters(subjects: readonly LetterSubject[], companyName: string, today: string): SupplierLetters[] {
  return subjects.map((subject) => ({ subject, letters: lettersFor(subject, companyName, today) }));
}

const LETTER_NAMES: Record<Letter['kind'], string> = { instruction: 'B.4 instruction and reply form', disengage: 'Notice to disengage' };

export interface LettersSheetInput {
  written: readonly SupplierLetters[];
  today: string;
  /** Every sheet name in the workbook, and A1 of a sheet by name: a user's 'CtA Letters' is never replaced. */
  sheetNames: string[];
  a1Of: (name: string) => CellValue | undefined;
  /** Rows that were chosen but name no supplier, to say so on the sheet. */
  unnamed?: readonly { sheetName: string; row: number }[];
}

export function planLettersSheet(input: LettersSheetInput): LettersSheetWrite {
  const { name, replace } = ownSheetName(LETTERS_SHEET, LETTERS_MARKER, input.sheetNames, input.a1Of);
  const count = input.written.length;
  const rows: string[][] = [
    [LETTERS_MARKER],
    [
      `${count} ${count === 1 ? 'supplier' : 'suppliers'}, letters of ${input.today} in ${LETTER_LANGUAGES.map((l) => l.name).join(' and ')} (templates ${LETTERS_VERSION}). Read each letter before you send it, and record the date in Instruction Sent.`,
    ],
  ];
  const unnamed = input.unnamed ?? [];
  if (unnamed.length) rows.push([`No letter for ${unnamed.map((u) => `${u.sheetName} row ${u.row}`).join(', ')}: the row has no supplier name.`]);
  rows.push([], LETTERS_HEADER);
  const headerRow = rows.length;
  for (const { subject, letters } of input.written) {
    for (const letter of letters) {
      const language = LETTER_LANGUAGES.find((l) => l.id === letter.language)!.name;
      rows.push([subject.sheetName, String(subject.row), subject.supplierName, subject.status, LETTER_NAMES[letter.kind], language, letter.subject, letter.paragraphs.join('\n')]);
    }
  }
  return { sheetName: name, replace, rows, boldRows: [1, headerRow], columnWidths: [14, 6, 30, 16, 22, 10, 44, 100], wrapColumn: LETTERS_HEADER.indexOf('Body') + 1 };
}
