// Screens one file end to end: read .xlsx or .csv, screen every supplier sheet, write the annotated
// workbook beside it (never over it) and, if asked, the JSON report.
import { existsSync, promises as fs, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import v8 from 'node:v8';
import ExcelJS from 'exceljs';
import { screenWorkbook, type ScreenWorkbookResult } from '../domain/engine';
import type { ScreeningList } from '../domain/lists';
import { isProvenanceName, PROVENANCE_MARKER } from '../domain/provenance';
import { ListFormatError, WATCHLIST_SHEET } from '../domain/list-import';
import { buildReport } from '../domain/report';
import type { Settings } from '../domain/types';
import { SUMMARY_MARKER } from '../domain/write-plan';
import { applyPlanToWorkbook } from './apply-plan';
import { InputError } from './input-error';
import { parseCsv } from './read-csv';
import { plainValue, sheetGrid } from './workbook-grid';
import { escapeWorkbookText } from './xlsx-text';

export interface ScreenFileOptions {
  input: string;
  output?: string;
  report?: string;
  sheet?: string;
  settings: Settings;
  extraLists?: ScreeningList[];
  today: string;
  onProgress?: (done: number, total: number) => void;
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.screened.xlsx`);
}

function sheetNameFor(file: string): string {
  return basename(file, extname(file)).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Suppliers';
}

// Parts of a workbook package that ExcelJS reads past and so does not write: the output copy loses
// them (the input keeps them). Found by their part names, which a ZIP stores as plain text.
const NOT_KEPT: [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/slicers/', 'slicers'],
  ['xl/ctrlProps/', 'form controls'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/threadedComments/', 'threaded comments'],
];

/** What of the input the .xlsx written by ExcelJS will not have. */
export function partsNotKept(bytes: Buffer): string[] {
  return NOT_KEPT.filter(([part]) => bytes.includes(part)).map(([, what]) => what);
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const label = basename(file);
  if (!existsSync(file)) throw new InputError(`${file} does not exist.`);
  const bytes = await fs.readFile(file).catch(() => {
    throw new InputError(`${file} cannot be read (is it a folder, or open elsewhere?).`);
  });
  const ext = extname(file).toLowerCase();
  const wb = new ExcelJS.Workbook();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const rows = parseCsv(bytes, label);
    const ws = wb.addWorksheet(sheetNameFor(file));
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v === '') return;
        // CSV values are text: formatted as text, a cell such as "=HYPERLINK(...)" or "+1 555" stays
        // text even when the user edits it in Excel, and 07112 keeps its leading zero.
        const cell = row.getCell(c + 1);
        cell.numFmt = '@';
        cell.value = v;
      });
    });
    return wb;
  }
  if (ext === '.xls') throw new InputError(`${label} is a legacy .xls workbook: open it in Excel, save it as .xlsx, and try again.`);
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new InputError(`${label} is not an .xlsx or .csv file.`);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new InputError(`${label} is password-protected or in the old .xls format: save it as an unprotected .xlsx and try again.`);
  }
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) throw new InputError(`${label} is not a valid .xlsx workbook (it may be damaged or another kind of file).`);
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`${label} could not be opened as a workbook: the file may be damaged or cut short.`);
  }
  // ExcelJS opens any ZIP (a .docx, an archive) as a workbook with no sheets.
  if (wb.worksheets.length === 0 && !bytes.includes('xl/workbook')) {
    throw new InputError(`${label} is not a valid .xlsx workbook (it may be damaged or another kind of file).`);
  }
  return wb;
}

// Memory one row needs over the whole run (the workbook, the grid, the results, the written copy):
// about 15 KB measured at 200,000 rows of a six-column table, with margin. Beyond the limit the run
// stops with one line instead of Node running out of memory half-way with a crash report.
const BYTES_PER_ROW = 20_000;

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
  result: ScreenWorkbookResult;
  /** Features of the input the output copy does not have (charts, pivot tables…). */
  notKept: string[];
}

export async function screenFile(options: ScreenFileOptions): Promise<ScreenFileResult> {
  const output = options.output ?? defaultOutput(options.input);
  if (output.toLowerCase().endsWith('.csv')) throw new InputError('The output must be an .xlsx file (the annotations need colours, filters and a summary sheet).');
  if (samePath(output, options.input)) throw new InputError('The output file would replace the input file: choose another output name.');
  if (options.report && (samePath(options.report, options.input) || samePath(options.report, output))) {
    throw new InputError('The report file would replace the input or the output file: choose another report name.');
  }
  const wb = await loadWorkbook(options.input);
  const sheetNames = wb.worksheets.map((w) => w.name);
  if (options.sheet && !sheetNames.includes(options.sheet)) throw new InputError(`${basename(options.input)} has no sheet named "${options.sheet}" (sheets: ${sheetNames.join(', ')}).`);
  const own = (ws: ExcelJS.Worksheet) =>
    (isProvenanceName(ws.name) && plainValue(ws.getCell(1, 1).value) === PROVENANCE_MARKER) || ws.name === WATCHLIST_SHEET || plainValue(ws.getCell(1, 1).value) === SUMMARY_MARKER;
  const watchlistSheet = wb.getWorksheet(WATCHLIST_SHEET);
  const targetSheets = wb.worksheets.filter((ws) => (options.sheet ? ws.name === options.sheet : !own(ws) && ws.state !== 'veryHidden'));
  const rowCount = targetSheets.reduce((n, ws) => n + ws.rowCount, 0);
  const limit = maxRows();
  if (rowCount > limit) {
    const mb = Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20).toLocaleString('en');
    throw new InputError(
      `${basename(options.input)} has ${rowCount.toLocaleString('en')} rows to screen; with ${mb} MB of memory for Node the command line can screen at most ${limit.toLocaleString('en')} at once: split the sheet, or give Node more memory (NODE_OPTIONS=--max-old-space-size=8192).`,
    );
  }
  const targets = targetSheets.map((ws) => ({ grid: sheetGrid(ws) }));
  const provenanceSheet = wb.worksheets.find((ws) => isProvenanceName(ws.name) && plainValue(ws.getCell(1, 1).value) === PROVENANCE_MARKER);
  const sheetA1: Record<string, ReturnType<typeof plainValue>> = {};
  for (const ws of wb.worksheets) if (ws.name.startsWith('CtA Summary')) sheetA1[ws.name] = plainValue(ws.getCell(1, 1).value);
  const result = await screenWorkbook(
    {
      watchlist: watchlistSheet ? sheetGrid(watchlistSheet) : null,
      targets,
      sheetNames,
      summaryA1: sheetA1['CtA Summary'],
      sheetA1,
      provenance: provenanceSheet ? sheetGrid(provenanceSheet) : null,
      settings: options.settings,
      today: options.today,
      extraLists: options.extraLists,
    },
    { onProgress: options.onProgress, sliceRows: 2000 },
  ).catch((e) => {
    if (e instanceof ListFormatError) throw new InputError(`The ${WATCHLIST_SHEET} sheet is not usable: ${e.message}.`);
    throw e;
  });
  if (result.layouts.length === 0) {
    const why = result.skipped.map((s) => `${s.sheetName}: ${s.reason}`).join('; ');
    throw new InputError(`${basename(options.input)} has no supplier table to screen (${why || 'it has no sheets'}).`);
  }
  try {
    applyPlanToWorkbook(wb, result.plan);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${basename(options.input)}: ${e.message}`);
    throw e;
  }
  // Everything is written to hidden temporary files first and renamed over the targets only when
  // complete: a failure never leaves a half-written file in place of a good one, nor a temp file.
  const temps: string[] = [];
  const fail = async (file: string, e: unknown): Promise<never> => {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    throw new InputError(`Could not write ${file}: ${writeErrorWord(e)} (is the file open in Excel, or the folder read-only?).`);
  };
  escapeWorkbookText(wb);
  const outputTemp = tempPath(output);
  temps.push(outputTemp);
  await wb.xlsx.writeFile(outputTemp).catch((e) => fail(output, e));
  let reportTemp: string | null = null;
  if (options.report) {
    const report = buildReport(result.results.flat(), result.lists);
    reportTemp = tempPath(options.report);
    temps.push(reportTemp);
    await fs.writeFile(reportTemp, JSON.stringify(report, null, 2)).catch((e) => fail(options.report!, e));
  }
  await fs.rename(outputTemp, output).catch((e) => fail(output, e));
  temps.shift();
  if (reportTemp) await fs.rename(reportTemp, options.report!).catch((e) => fail(options.report!, e));
  const ext = extname(options.input).toLowerCase();
  const notKept = ext === '.xlsx' || ext === '.xlsm' ? partsNotKept(await fs.readFile(options.input)) : [];
  return { output, result, notKept };
}
