// Workbooks for the browser test, in the Excel double's JSON form (WorkbookSpec), made in Node at test
// time: the labelled dev fixture read with ExcelJS, and large sheets generated from its rows.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { CellInput, SheetSpec, WorkbookSpec } from '../support/excel-double';
import { FIXTURES, expectations } from '../support/dev-set';

export const DEV_XLSX = join(FIXTURES, 'dev-suppliers.xlsx');

const VISIBILITY: Record<string, SheetSpec['visibility']> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** Excel's serial day number of a date (1900 date system). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

/** One ExcelJS cell value as the double stores it: text, number, boolean, '=formula' or null. */
function cellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serial(value);
  if (typeof value === 'object') {
    if ('formula' in value && value.formula) return `=${value.formula}`;
    if ('sharedFormula' in value && value.sharedFormula) return cellInput((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellInput(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  throw new Error(`Cell value the converter does not know: ${JSON.stringify(value)}`);
}

/** Reads an .xlsx into the double's WorkbookSpec: values, number formats, tables, hidden rows, visibility. */
export async function xlsxToSpec(file: string, selection?: string): Promise<WorkbookSpec> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: SheetSpec[] = wb.worksheets.map((ws) => {
    const cells: CellInput[][] = [];
    const numberFormats: { address: string; format: string }[] = [];
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      const values: CellInput[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        values[c - 1] = cellInput(cell.value);
        if (cell.numFmt && cell.numFmt !== 'General') numberFormats.push({ address: cell.address, format: cell.numFmt });
      });
      cells[r - 1] = Array.from({ length: values.length }, (_, i) => values[i] ?? null);
    });
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    const tables = Object.values((ws as unknown as { tables?: Record<string, { name: string; table?: { tableRef?: string }; ref?: string }> }).tables ?? {}).map(
      (t) => ({ name: t.name, address: String(t.table?.tableRef ?? t.ref) }),
    );
    return {
      name: ws.name,
      cells,
      ...(tables.length ? { tables } : {}),
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(numberFormats.length ? { numberFormats } : {}),
      ...(ws.state && ws.state !== 'visible' ? { visibility: VISIBILITY[ws.state] } : {}),
    };
  });
  return { sheets, ...(selection ? { selection } : {}) };
}

export interface GeneratedBook {
  spec: WorkbookSpec;
  /** Header row and the first and last data row (1-based sheet rows). */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The dev-fixture row each generated row copies, so its expected status is known. */
  templateRowOf: (sheetRow: number) => number;
}

/**
 * A `Suppliers` sheet of `rows` data rows under a header in row 1, made by cycling through the data
 * rows of the dev fixture's Suppliers sheet (header in row 3) with fresh supplier IDs, and names and
 * streets made unique. Every row has the expected status of the fixture row it copies.
 */
export function generatedBook(dev: WorkbookSpec, rows: number): GeneratedBook {
  const source = dev.sheets.find((s) => s.name === 'Suppliers');
  if (!source?.cells) throw new Error('dev fixture has no Suppliers sheet');
  const header = source.cells[2];
  const template = source.cells.slice(3);
  const width = header.length;
  const column = (name: string) => header.indexOf(name);
  const [id, name, street] = ['Supplier ID', 'Supplier Name', 'Street Address'].map(column);
  // Rows whose label rests on a screening-list entry keep the entry's exact name.
  const listed = new Set(expectations().filter((e) => e.sheet === 'Suppliers' && /listed/i.test(e.why)).map((e) => e.row - 4));
  const cells: CellInput[][] = [header.slice()];
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: width }, (_, c) => template[i % template.length][c] ?? null);
    const copy = Math.floor(i / template.length);
    row[id] = `G-${String(i + 1).padStart(6, '0')}`;
    // Names and streets differ from row to row, as in a real supplier list (the domain remembers what
    // it found per cell text, so identical copies would screen unrealistically fast).
    if (copy > 0) {
      const t = i % template.length;
      if (typeof row[name] === 'string' && row[name] && !listed.has(t)) row[name] = `${row[name]} (site ${copy})`;
      if (typeof row[street] === 'string' && row[street]) row[street] = `Unit ${copy}, ${row[street]}`;
    }
    cells.push(row);
  }
  return {
    spec: { sheets: [{ name: 'Suppliers', cells }], selection: 'Suppliers!B2' },
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: rows + 1,
    templateRowOf: (sheetRow) => 4 + ((sheetRow - 2) % template.length),
  };
}
