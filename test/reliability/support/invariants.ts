// The invariants every successful run must keep, checked cell by cell with ExcelJS:
// - every user sheet is still there, in the same order, with the same name and visibility;
// - the only new sheets are the product's own ('CtA Summary…', 'CtA Provenance…');
// - every cell outside the product's columns (found by header text) equals the input cell it came
//   from, where cells of the header..last data rows right of the table may have been shifted right by
//   the number of new columns when the place right of the table was taken;
// - merged ranges and hidden rows are kept (shifted with their cells);
// - everything the product wrote is inert text: never a formula, strings with number format '@'.
import ExcelJS from 'exceljs';
import { PROVENANCE_MARKER } from '../../../src/domain/provenance';
import { ALL_OUTPUT_HEADERS, REVIEWER_HEADERS, STATUSES } from '../../../src/domain/types';
import { SUMMARY_MARKER } from '../../../src/domain/write-plan';

const OUR_HEADERS = new Set<string>(ALL_OUTPUT_HEADERS);
const REVIEWER = new Set<string>(REVIEWER_HEADERS);
const STATUS_SET = new Set<string>(STATUSES);
export const OUR_SHEET = /^CtA (Summary|Provenance)( \(\d+\))?$/;

export interface Zone {
  headerRow: number;
  lastRow: number;
  /** Every column of ours on the header row, by header text. */
  ours: Map<number, string>;
  /** Columns of ours that were not in the input (this run created them). */
  added: number[];
  /** Cells of header..lastRow at or right of `column` moved right by `count`. */
  shift: { column: number; count: number } | null;
}

function hasValue(cell: ExcelJS.Cell): boolean {
  return cell.value !== null && cell.value !== undefined;
}

function text(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}

export function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A comparable form of a cell: formulas by their (translated) text and cached result, dates by time. */
export function cellKey(cell: ExcelJS.Cell): unknown {
  const plain = (v: ExcelJS.CellValue): unknown => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return { date: v.getTime() };
    if (typeof v === 'object') return JSON.parse(JSON.stringify(v));
    return v;
  };
  const v = cell.value;
  // ExcelJS does not write a cached result that is falsy (0, FALSE, ""): the formula is kept and
  // Excel recalculates it on open. Such results compare as absent.
  if (isFormula(v)) return { formula: cell.formula, result: cell.result ? plain(cell.result as ExcelJS.CellValue) : null };
  return plain(v);
}

/** Where the product wrote on a user sheet: found from the output alone (header text), plus the input. */
export function findZone(input: ExcelJS.Worksheet, output: ExcelJS.Worksheet): Zone | null {
  let headerRow = 0;
  let statusColumn = 0;
  output.eachRow((row, r) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      if (!headerRow && cell.value === 'CtA Status') {
        headerRow = r;
        statusColumn = c;
      }
    });
  });
  if (!headerRow) return null;
  const ours = new Map<number, string>();
  output.getRow(headerRow).eachCell((cell, c) => {
    if (OUR_HEADERS.has(text(cell))) ours.set(c, text(cell));
  });
  const added = [...ours.keys()].filter((c) => text(input.getCell(headerRow, c)) !== ours.get(c)).sort((a, b) => a - b);
  // The last data row is the last one the product screened: a status in our status column and our
  // date stamp in 'CtA Screened' (cells of another table further down may sit in the same columns).
  const screenedColumn = [...ours].find(([, h]) => h === 'CtA Screened')?.[0];
  let lastRow = headerRow;
  for (let r = headerRow + 1; r <= output.rowCount; r++) {
    const stamped = screenedColumn !== undefined && /^\d{4}-\d{2}-\d{2} · rules /.test(text(output.getCell(r, screenedColumn)));
    if (STATUS_SET.has(text(output.getCell(r, statusColumn))) && stamped) lastRow = r;
  }
  let shift: Zone['shift'] = null;
  if (added.length > 0) {
    // The place for the new columns was taken when any input cell there, header..last data row, held something.
    let taken = false;
    for (let r = headerRow; r <= lastRow && !taken; r++) for (const c of added) if (hasValue(input.getCell(r, c))) taken = true;
    if (taken) shift = { column: added[0], count: added.length };
  }
  return { headerRow, lastRow, ours, added, shift };
}

function inRows(zone: Zone | null, r: number): boolean {
  return !!zone && r >= zone.headerRow && r <= zone.lastRow;
}

/** Output column of input cell (r, c). */
function forward(zone: Zone | null, r: number, c: number): number {
  return zone?.shift && inRows(zone, r) && c >= zone.shift.column ? c + zone.shift.count : c;
}

/** Input column of output cell (r, c), or null when the cell is in the product's zone. */
function backward(zone: Zone | null, r: number, c: number): number | null {
  if (zone && inRows(zone, r) && zone.ours.has(c)) return null;
  if (zone?.shift && inRows(zone, r) && c >= zone.shift.column + zone.shift.count) return c - zone.shift.count;
  return c;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
}

function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = range.split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const p = parse(a);
  const q = parse(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function encodeRange(r: { top: number; left: number; bottom: number; right: number }): string {
  const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  return `${letters(r.left)}${r.top}:${letters(r.right)}${r.bottom}`;
}

export interface Problems {
  list: string[];
  add(message: string): void;
}

function problems(): Problems {
  const list: string[] = [];
  return { list, add: (m) => void (list.length < 25 && list.push(m)) };
}

function sameKey(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compare one user sheet of the input with the same sheet of the output. */
export function compareSheet(input: ExcelJS.Worksheet, output: ExcelJS.Worksheet, p: Problems): Zone | null {
  const zone = findZone(input, output);
  const where = (r: number, c: number) => `'${input.name}'!${encodeRange({ top: r, left: c, bottom: r, right: c }).split(':')[0]}`;
  input.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (zone && inRows(zone, r) && zone.ours.has(c) && !zone.added.includes(c)) return; // an earlier run's column of ours
      const target = forward(zone, r, c);
      if (zone && inRows(zone, r) && zone.ours.has(target)) {
        p.add(`${where(r, c)} (${JSON.stringify(cellKey(cell))}) was overwritten by the column ${zone.ours.get(target)}`);
        return;
      }
      const out = output.getCell(r, target);
      if (!sameKey(cellKey(cell), cellKey(out))) p.add(`${where(r, c)}: input ${JSON.stringify(cellKey(cell))} became ${JSON.stringify(cellKey(out))} at column ${target}`);
      else if (cell.numFmt !== out.numFmt) p.add(`${where(r, c)}: number format ${cell.numFmt} became ${out.numFmt}`);
    }),
  );
  output.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const source = backward(zone, r, c);
      if (source === null) return;
      if (!hasValue(input.getCell(r, source)) && hasValue(cell)) p.add(`${where(r, c)}: the output holds ${JSON.stringify(cellKey(cell))} where the input cell ${where(r, source)} was empty`);
    }),
  );
  for (let r = 1; r <= Math.max(input.rowCount, output.rowCount); r++) {
    if (!!input.getRow(r).hidden !== !!output.getRow(r).hidden) p.add(`'${input.name}' row ${r}: hidden ${!!input.getRow(r).hidden} became ${!!output.getRow(r).hidden}`);
  }
  const expectedMerges = mergesOf(input)
    .map((m) => {
      const g = decodeRange(m);
      if (zone?.shift && g.top >= zone.headerRow && g.bottom <= zone.lastRow && g.left >= zone.shift.column) {
        return encodeRange({ ...g, left: g.left + zone.shift.count, right: g.right + zone.shift.count });
      }
      return m;
    })
    .sort();
  if (!sameKey(expectedMerges, mergesOf(output))) p.add(`'${input.name}': merged ranges ${expectedMerges.join(' ')} became ${mergesOf(output).join(' ')}`);
  if (zone) checkInert(output, p, zone);
  return zone;
}

/** Every cell the product wrote is text, not a formula, with number format '@' (numbers in the summary excepted). */
export function checkInert(ws: ExcelJS.Worksheet, p: Problems, zone?: Zone): void {
  const check = (cell: ExcelJS.Cell, r: number, c: number) => {
    if (isFormula(cell.value)) p.add(`'${ws.name}'!R${r}C${c} written by the product is a formula: ${JSON.stringify(cell.value)}`);
    else if (typeof cell.value === 'string' && cell.numFmt !== '@') p.add(`'${ws.name}'!R${r}C${c} written by the product has number format ${cell.numFmt}, not '@'`);
    else if (cell.value !== null && typeof cell.value === 'object') p.add(`'${ws.name}'!R${r}C${c} written by the product is not plain text: ${JSON.stringify(cell.value)}`);
  };
  if (zone) {
    for (const [c, header] of zone.ours) {
      if (zone.added.includes(c)) check(ws.getCell(zone.headerRow, c), zone.headerRow, c);
      if (REVIEWER.has(header)) continue; // the reviewer's own cells
      for (let r = zone.headerRow + 1; r <= zone.lastRow; r++) check(ws.getCell(r, c), r, c);
    }
  } else ws.eachRow((row, r) => row.eachCell((cell, c) => check(cell, r, c)));
}

/** A summary or provenance sheet an earlier run wrote (its A1 holds the product's marker). */
export function isProductSheet(ws: ExcelJS.Worksheet): boolean {
  return OUR_SHEET.test(ws.name) && [SUMMARY_MARKER, PROVENANCE_MARKER].includes(text(ws.getCell(1, 1)));
}

/** All workbook-level invariants of a successful run. Returns the problems found (empty when all hold). */
export function compareWorkbooks(input: ExcelJS.Workbook, output: ExcelJS.Workbook): { problems: string[]; zones: Map<string, Zone | null> } {
  const p = problems();
  const zones = new Map<string, Zone | null>();
  const inNames = input.worksheets.map((w) => w.name);
  const outNames = output.worksheets.map((w) => w.name);
  const userNames = input.worksheets.filter((w) => !isProductSheet(w)).map((w) => w.name);
  // The user's sheets keep their names and their order; every other sheet of the output is ours.
  if (!sameKey(outNames.filter((n) => userNames.includes(n)), userNames)) p.add(`sheets ${JSON.stringify(inNames)} became ${JSON.stringify(outNames)}`);
  for (const extra of outNames.filter((n) => !userNames.includes(n))) if (!OUR_SHEET.test(extra)) p.add(`unexpected new sheet "${extra}"`);
  for (const ws of input.worksheets) {
    const out = output.getWorksheet(ws.name);
    if (!out) continue;
    if (isProductSheet(ws)) {
      checkInert(out, p); // an earlier run's summary or provenance: replaced, and still ours
      continue;
    }
    if (ws.state !== out.state) p.add(`sheet "${ws.name}" was ${ws.state}, is now ${out.state}`);
    zones.set(ws.name, compareSheet(ws, out, p));
  }
  for (const out of output.worksheets) if (!inNames.includes(out.name)) checkInert(out, p);
  return { problems: p.list, zones };
}
