// Screens one file end to end: read .xlsx or .csv, screen every supplier sheet, write the annotated
// workbook beside it (never over it) and, if asked, the JSON report.
import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import v8 from 'node:v8';
import ExcelJS from 'exceljs';
import { prepareScreening, type SkippedSheet } from '../domain/engine';
import type { ScreeningList } from '../domain/lists';
import { isProvenanceName, PROVENANCE_MARKER } from '../domain/provenance';
import { ListFormatError, WATCHLIST_SHEET } from '../domain/list-import';
import { buildReport } from '../domain/report';
import { NEXT_STEP_HEADER, type CellValue, type ListInfo, type RowResult, type Settings, type Status, type TableLayout } from '../domain/types';
import { columnValues, SUMMARY_MARKER } from '../domain/write-plan';
import { isChosen, letterSubjectOf, type LetterChoice, type LetterSubject } from '../domain/letters';
import { LETTERS_MARKER, LETTERS_SHEET, planLettersSheet, writeLetters, type SupplierLetters } from '../domain/letters-sheet';
import { letterDueDate, proofDaysOf } from '../domain/tracker';
import { InputError } from './input-error';
import { letterDocument, letterFileName } from './letters-docx';
import { patchPackage } from './package/patch-package';
import { readPackage } from './package/read-package';
import type { PackageSheet } from './package/types';
import { parseCsv } from './read-csv';
import { escapeXlsxText } from './xlsx-text';

export interface ScreenFileOptions {
  input: string;
  output?: string;
  report?: string;
  sheet?: string;
  settings: Settings;
  extraLists?: ScreeningList[];
  today: string;
  onProgress?: (done: number, total: number) => void;
  /** Each screened row's result as it is written (`sheet` indexes result.layouts). Not kept otherwise. */
  onRow?: (sheet: number, result: RowResult) => void;
  /** Supplier letters for the chosen rows: the CtA Letters sheet, and with `dir` one .docx per supplier. */
  letters?: LettersRequest;
}

export interface LettersRequest {
  /** A row gets letters when any choice takes it. */
  choices: LetterChoice[];
  /** Your company's name, as the letters are signed. */
  companyName: string;
  /** A folder for the .docx files (made when missing). */
  dir?: string;
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.screened.xlsx`);
}

function sheetNameFor(file: string): string {
  return basename(file, extname(file)).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Suppliers';
}

/** The input as .xlsx package bytes: the file itself, or for a CSV a new workbook of its text. */
async function loadPackage(file: string): Promise<Buffer> {
  const label = basename(file);
  if (!existsSync(file)) throw new InputError(`${file} does not exist.`);
  const bytes = await fs.readFile(file).catch(() => {
    throw new InputError(`${file} cannot be read (is it a folder, or open elsewhere?).`);
  });
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return csvPackage(parseCsv(bytes, label), sheetNameFor(file));
  if (ext === '.xls') throw new InputError(`${label} is a legacy .xls workbook: open it in Excel, save it as .xlsx, and try again.`);
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new InputError(`${label} is not an .xlsx or .csv file.`);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new InputError(`${label} is password-protected or in the old .xls format: save it as an unprotected .xlsx and try again.`);
  }
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) throw new InputError(`${label} is not a valid .xlsx workbook (it may be damaged or another kind of file).`);
  return bytes;
}

async function csvPackage(rows: string[][], sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, c) => {
      if (v === '') return;
      // CSV values are text: formatted as text, a cell such as "=HYPERLINK(...)" or "+1 555" stays
      // text even when the user edits it in Excel, and 07112 keeps its leading zero.
      const cell = row.getCell(c + 1);
      cell.numFmt = '@';
      cell.value = escapeXlsxText(v);
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// Memory one row needs over the whole run: the grid holds every row read, and each row is written
// as it is screened. About 1.7 KB measured at 100,000 rows of an 18-column table (peak RSS 270 MB,
// 110 MB of it Node, the code and the lists), with room for wider sheets and a report. Beyond the
// limit the run stops with one line instead of Node running out of memory half-way.
const BYTES_PER_ROW = 5_000;
const PROGRESS_ROWS = 2000;

/** The most sheet rows this process can screen at once, from Node's heap limit. */
export function maxRows(): number {
  return Math.floor(v8.getHeapStatistics().heap_size_limit / BYTES_PER_ROW / 1000) * 1000;
}

/** True when two paths name the same file: the same absolute path, or (both existing) the same inode. */
function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function tempPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

function writeErrorWord(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code) return code;
  return e instanceof Error && e.message ? e.message.split('\n')[0] : 'write failed';
}

export interface ScreenFileResult {
  output: string;
  result: {
    layouts: TableLayout[];
    skipped: SkippedSheet[];
    lists: ListInfo[];
    /** Screened rows (blank rows left out) per status. */
    statusCounts: Map<Status, number>;
    rows: number;
    /** Some sheet has the tracker (asked for now, or kept from an earlier run). */
    tracked: boolean;
    /** Rows per next step (next-step.ts), and how many are overdue. */
    nextStepCounts: Map<string, number>;
    overdue: number;
    /** The letters written, when asked for: the sheet, the suppliers, and the .docx files. */
    letters?: { sheetName: string; suppliers: number; files: string[]; unnamedRows: number };
  };
}

function a1(sheet: PackageSheet | undefined): CellValue {
  return sheet?.grid.rows[0]?.[0] ?? null;
}

export async function screenFile(options: ScreenFileOptions): Promise<ScreenFileResult> {
  const output = options.output ?? defaultOutput(options.input);
  if (output.toLowerCase().endsWith('.csv')) throw new InputError('The output must be an .xlsx file (the annotations need colours, filters and a summary sheet).');
  if (samePath(output, options.input)) throw new InputError('The output file would replace the input file: choose another output name.');
  if (options.report && (samePath(options.report, options.input) || samePath(options.report, output))) {
    throw new InputError('The report file would replace the input or the output file: choose another report name.');
  }
  const label = basename(options.input);
  const bytes = await loadPackage(options.input);
  const contents = await readPackage(bytes, label);
  const sheets = contents.sheets;
  if (options.sheet && !sheets.some((ws) => ws.name === options.sheet)) throw new InputError(`${label} has no sheet named "${options.sheet}" (sheets: ${contents.sheetNames.join(', ')}).`);
  const isProvenance = (ws: PackageSheet) => isProvenanceName(ws.name) && a1(ws) === PROVENANCE_MARKER;
  const own = (ws: PackageSheet) => isProvenance(ws) || ws.name === WATCHLIST_SHEET || a1(ws) === SUMMARY_MARKER || a1(ws) === LETTERS_MARKER;
  const targetSheets = sheets.filter((ws) => (options.sheet ? ws.name === options.sheet : !own(ws) && ws.state !== 'veryHidden'));
  const rowCount = targetSheets.reduce((n, ws) => n + ws.grid.rows.length, 0);
  const limit = maxRows();
  if (rowCount > limit) {
    const mb = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20).toLocaleString('en');
    throw new InputError(
      `${label} has ${rowCount.toLocaleString('en')} rows to screen; with ${mb} MB of memory for Node the command line can screen at most ${limit.toLocaleString('en')} at once: split the sheet, or give Node more memory (NODE_OPTIONS=--max-old-space-size=8192).`,
    );
  }
  const sheetA1: Record<string, CellValue> = {};
  for (const ws of sheets) if (ws.name.startsWith('CtA Summary') || ws.name.startsWith(LETTERS_SHEET)) sheetA1[ws.name] = a1(ws);
  const screening = await prepareScreening({
    watchlist: sheets.find((ws) => ws.name === WATCHLIST_SHEET)?.grid ?? null,
    targets: targetSheets.map((ws) => ({ grid: ws.grid })),
    sheetNames: contents.sheetNames,
    summaryA1: sheetA1['CtA Summary'],
    sheetA1,
    provenance: sheets.find(isProvenance)?.grid ?? null,
    settings: options.settings,
    today: options.today,
    extraLists: options.extraLists,
  }).catch((e) => {
    if (e instanceof ListFormatError) throw new InputError(`The ${WATCHLIST_SHEET} sheet is not usable: ${e.message}.`);
    throw e;
  });
  if (screening.layouts.length === 0) {
    const why = screening.skipped.map((s) => `${s.sheetName}: ${s.reason}`).join('; ');
    throw new InputError(`${label} has no supplier table to screen (${why || 'it has no sheets'}).`);
  }
  // The results are not kept (a 100,000-row sheet's would take hundreds of MB): only what the report,
  // if asked for, and the counts need.
  const forReport: RowResult[] = [];
  let done = 0;
  const gridOf = screening.layouts.map((l) => targetSheets.find((ws) => ws.name === l.sheetName)!.grid);
  // Everything is written to hidden temporary files first and renamed over the targets only when
  // complete: a failure never leaves a half-written file in place of a good one, nor a temp file.
  const temps: string[] = [];
  const fail = async (file: string, e: unknown): Promise<never> => {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    if (e instanceof InputError) throw new InputError(`${label}: ${e.message}`);
    throw new InputError(`Could not write ${file}: ${writeErrorWord(e)} (is the file open in Excel, or the folder read-only?).`);
  };
  const outputTemp = tempPath(output);
  temps.push(outputTemp);
  // The letters keep only what a letter needs of the chosen rows.
  const subjects: LetterSubject[] = [];
  const unnamed: { sheetName: string; row: number }[] = [];
  const proofDays = proofDaysOf(options.settings);
  const choose = (result: RowResult) => {
    const request = options.letters;
    if (!request || !request.choices.some((c) => isChosen(c, result))) return;
    const subject = letterSubjectOf(result, letterDueDate(result.nextStep, options.today, proofDays));
    if (subject) subjects.push(subject);
    else unnamed.push({ sheetName: result.sheetName, row: result.row });
  };
  let written: SupplierLetters[] = [];
  let lettersSheet: string = LETTERS_SHEET;
  // Each row is screened as the writer reaches it, and its output written straight away.
  await patchPackage(bytes, outputTemp, {
    sheets: screening.sheets.map((write, s) => ({
      write,
      lastFilledColumn: gridOf[s].left - 1 + (gridOf[s].rows[0]?.length ?? 0),
      rowValues(row) {
        const screened = screening.screenRow(s, row);
        // Each row is read once: the grid lets go of it as soon as it is screened.
        gridOf[s].rows[row - gridOf[s].top] = [];
        if (screened) {
          if (options.report) forReport.push(screened.result);
          options.onRow?.(s, screened.result);
          choose(screened.result);
        }
        if (++done % PROGRESS_ROWS === 0) options.onProgress?.(done, screening.total);
        return columnValues(write, screened?.rendered ?? null);
      },
    })),
    finish: () => {
      options.onProgress?.(done, screening.total);
      const sheetsDone = screening.finish();
      if (!options.letters) return sheetsDone;
      written = writeLetters(subjects, options.letters.companyName, options.today);
      const letters = planLettersSheet({ written, today: options.today, sheetNames: contents.sheetNames, a1Of: (name) => sheetA1[name], unnamed });
      lettersSheet = letters.sheetName;
      return { ...sheetsDone, letters };
    },
  }).catch((e) => fail(output, e));
  const counts = screening.counts;
  const result: ScreenFileResult['result'] = {
    layouts: screening.layouts,
    skipped: screening.skipped,
    lists: screening.lists,
    statusCounts: counts.status,
    rows: counts.rows,
    tracked: screening.sheets.some((w) => w.columns.some((c) => c.header === NEXT_STEP_HEADER)),
    nextStepCounts: counts.nextStep,
    overdue: counts.overdue,
  };
  const docs: { temp: string; file: string }[] = [];
  if (options.letters) {
    const dir = options.letters.dir;
    if (dir) {
      await fs.mkdir(dir, { recursive: true }).catch((e) => fail(dir, e));
      for (const supplier of written) {
        const file = join(dir, letterFileName(supplier));
        const temp = tempPath(file);
        temps.push(temp);
        await fs.writeFile(temp, await letterDocument(supplier, options.letters.companyName)).catch((e) => fail(file, e));
        docs.push({ temp, file });
      }
    }
    result.letters = { sheetName: lettersSheet, suppliers: written.length, files: docs.map((d) => d.file), unnamedRows: unnamed.length };
  }
  let reportTemp: string | null = null;
  if (options.report) {
    const report = buildReport(forReport, screening.lists);
    reportTemp = tempPath(options.report);
    temps.push(reportTemp);
    await fs.writeFile(reportTemp, JSON.stringify(report, null, 2)).catch((e) => fail(options.report!, e));
  }
  await fs.rename(outputTemp, output).catch((e) => fail(output, e));
  temps.shift();
  if (reportTemp) await fs.rename(reportTemp, options.report!).catch((e) => fail(options.report!, e));
  for (const d of docs) await fs.rename(d.temp, d.file).catch((e) => fail(d.file, e));
  return { output, result };
}
