// The command line's earlier writer, kept as a test oracle: applies a write plan to an ExcelJS
// workbook. The package writer (src/cli/package/patch-package.ts) must give what Excel would read the
// same way.
import type ExcelJS from 'exceljs';
import { escapeXlsxText } from '../../src/cli/xlsx-text';
import { columnLetter } from '../../src/domain/a1';
import type { SheetWrite, SummarySheetWrite, ProvenanceWrite, WritePlan } from '../../src/domain/write-plan-types';
import { InputError } from '../../src/cli/input-error';

const TEXT = '@';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function setText(cell: ExcelJS.Cell, value: string) {
  cell.numFmt = TEXT; // before the value: nothing written is ever read as a formula
  cell.value = value;
}

type Block = { top: number; left: number; bottom: number; right: number };
type Merges = Record<string, Block & { range: string }>;

function hasValue(cell: ExcelJS.Cell | undefined): boolean {
  return !!cell && cell.value !== null && cell.value !== undefined;
}

/**
 * Where to insert cells before writing. The plan inserts when the place right of the table holds
 * text; but a formula without a cached result, a cell of spaces or an empty string read as blank to
 * the domain, and writing there would destroy them. Any value at all in the new columns' cells,
 * header..last data row, makes this host insert instead (the new columns keep their positions).
 */
export function insertionFor(ws: ExcelJS.Worksheet, sheet: SheetWrite): SheetWrite['insert'] {
  if (sheet.insert) return sheet.insert;
  const added = sheet.columns.filter((c) => c.isNew).map((c) => c.column);
  if (added.length === 0) return null;
  for (let r = sheet.headerRow; r <= sheet.lastDataRow; r++) {
    for (const c of added) if (hasValue(ws.findCell(r, c))) return { column: Math.min(...added), count: added.length };
  }
  return null;
}

function decodeRef(ref: string): Block | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4] ?? m[2]), right: col(m[3] ?? m[1]) };
}

/** The first Excel table (ListObject) of the sheet that overlaps `block`, if any. */
function tableIn(ws: ExcelJS.Worksheet, block: Block): { name: string; ref: string } | null {
  const tables = (ws as unknown as { getTables?: () => { table?: { name?: string; tableRef?: string } }[] }).getTables?.() ?? [];
  for (const t of tables) {
    const ref = t.table?.tableRef;
    const r = ref ? decodeRef(ref) : null;
    if (r && r.top <= block.bottom && r.bottom >= block.top && r.left <= block.right && r.right >= block.left) return { name: t.table?.name ?? '', ref: ref! };
  }
  return null;
}

/** Shared formulas become plain ones: a clone cannot outlive its master's move. */
function unshareFormulas(ws: ExcelJS.Worksheet) {
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue & { sharedFormula?: string; shareType?: string };
      if (v && typeof v === 'object' && (v.sharedFormula !== undefined || v.shareType === 'shared')) {
        cell.value = { formula: cell.formula, result: v.result, date1904: v.date1904 } as ExcelJS.CellFormulaValue;
      }
    }),
  );
}

/** Shift the cells of header..last data row right by `count` from `column`, leaving other rows alone. */
function insertCells(ws: ExcelJS.Worksheet, sheet: SheetWrite, insert: NonNullable<SheetWrite['insert']>) {
  const { column, count } = insert;
  const top = sheet.headerRow;
  const bottom = sheet.lastDataRow;
  // Merged ranges in the moved block move with it; one that crosses the block's edge cannot be moved
  // in part, and nothing is written.
  const merges = Object.values((ws as unknown as { _merges: Merges })._merges).filter(
    (m) => m.right >= column && m.bottom >= top && m.top <= bottom,
  );
  const crossing = merges.find((m) => m.top < top || m.bottom > bottom || m.left < column);
  if (crossing) {
    const block = `${columnLetter(column)}${top}:${columnLetter(column + count - 1)}${bottom}`;
    throw new InputError(
      `the screen needs to insert ${count} columns at ${block} of "${ws.name}", but merged cells ${crossing.range} cross the edge of that block: unmerge them or move them, and try again.`,
    );
  }
  const table = tableIn(ws, { top, left: column, bottom, right: Number.MAX_SAFE_INTEGER });
  if (table) {
    const block = `${columnLetter(column)}${top}:${columnLetter(column + count - 1)}${bottom}`;
    throw new InputError(
      `the screen needs to insert ${count} columns at ${block} of "${ws.name}", but the Excel table ${table.name} (${table.ref}) is in the cells that would move: move it, and try again.`,
    );
  }
  const moved = merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })); // ExcelJS Ranges are getters
  for (const m of moved) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  unshareFormulas(ws);
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const last = row.cellCount;
    for (let c = last; c >= column; c--) {
      const from = row.getCell(c);
      const to = row.getCell(c + count);
      to.value = from.value;
      to.style = { ...from.style };
      // Notes (comments) move with their cell.
      const note = (from as unknown as { _comment?: unknown })._comment;
      (to as unknown as { _comment?: unknown })._comment = note;
      (from as unknown as { _comment?: unknown })._comment = undefined;
      from.value = null;
      from.style = {};
    }
  }
  for (const m of moved) ws.mergeCells(m.top, m.left + count, m.bottom, m.right + count);
}

function removeOurRules(ws: ExcelJS.Worksheet, statusLetter: string) {
  const marker = `$${statusLetter}`;
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) =>
    !cf.rules.some((rule) => 'formulae' in rule && (rule.formulae ?? []).some((f: string) => String(f).startsWith(marker))),
  );
}

type Validations = { model: Record<string, unknown>; add: (address: string, validation: unknown) => void };
function validations(ws: ExcelJS.Worksheet): Validations {
  return (ws as unknown as { dataValidations: Validations }).dataValidations;
}

function applySheet(ws: ExcelJS.Worksheet, sheet: SheetWrite) {
  const insert = insertionFor(ws, sheet);
  if (insert) insertCells(ws, sheet, insert);
  for (const col of sheet.columns) {
    if (col.isNew || col.owner === 'product') setText(ws.getCell(sheet.headerRow, col.column), col.header);
    ws.getCell(sheet.headerRow, col.column).font = { bold: true };
    if (col.isNew) ws.getColumn(col.column).width = col.width;
    col.values.forEach((value, i) => {
      if (value !== null) setText(ws.getCell(sheet.firstDataRow + i, col.column), value);
    });
  }
  const status = columnLetter(sheet.statusColumn);
  const first = columnLetter(Math.min(sheet.tableFirstColumn, ...sheet.columns.map((c) => c.column)));
  const last = columnLetter(Math.max(...sheet.columns.map((c) => c.column)));
  removeOurRules(ws, status);
  const decision = columnLetter(sheet.decisionValidation.column);
  const dv = validations(ws);
  for (const key of Object.keys(dv.model)) if (key.replace(/\d+/g, '').split(':')[0] === decision) delete dv.model[key];
  if (sheet.lastDataRow >= sheet.firstDataRow) {
    const range = `${first}${sheet.firstDataRow}:${last}${sheet.lastDataRow}`;
    ws.addConditionalFormatting({
      ref: range,
      rules: sheet.statusStyles.map((s, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [`$${status}${sheet.firstDataRow}="${s.status}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(s.fill) } }, font: { color: { argb: argb(s.font) } } },
      })),
    });
    dv.add(`${decision}${sheet.firstDataRow}:${decision}${sheet.lastDataRow}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`"${sheet.decisionValidation.options.join(',')}"`],
    });
  }
  // A sheet AutoFilter may not overlap an Excel table (the table has its own filter): Excel would
  // repair the file on opening. The table's filter is then the one the user has.
  if (sheet.autoFilter && !tableIn(ws, { top: sheet.headerRow, left: sheet.autoFilter.firstColumn, bottom: sheet.lastDataRow, right: sheet.autoFilter.lastColumn })) {
    ws.autoFilter = `${columnLetter(sheet.autoFilter.firstColumn)}${sheet.headerRow}:${columnLetter(sheet.autoFilter.lastColumn)}${sheet.lastDataRow}`;
  }
}

function replaceSheet(wb: ExcelJS.Workbook, name: string, replace: boolean, state: 'visible' | 'veryHidden'): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(name);
  if (existing && replace) wb.removeWorksheet(existing.id);
  else if (existing) throw new Error(`the workbook already has a sheet named ${name}`);
  return wb.addWorksheet(name, { state });
}

function applySummary(wb: ExcelJS.Workbook, summary: SummarySheetWrite) {
  const ws = replaceSheet(wb, summary.sheetName, summary.replace, 'visible');
  summary.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof value === 'number') cell.value = value;
      else setText(cell, value);
    }),
  );
  for (const r of summary.boldRows) ws.getRow(r).font = { bold: true };
  summary.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function applyProvenance(wb: ExcelJS.Workbook, provenance: ProvenanceWrite) {
  const ws = replaceSheet(wb, provenance.sheetName, provenance.replace, 'veryHidden');
  provenance.rows.forEach((cells, r) => cells.forEach((value, c) => setText(ws.getCell(r + 1, c + 1), value)));
}

export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan) {
  for (const sheet of plan.sheets) {
    const ws = wb.getWorksheet(sheet.sheetName);
    if (!ws) throw new Error(`sheet ${sheet.sheetName} disappeared while screening`);
    applySheet(ws, sheet);
  }
  applySummary(wb, plan.summary);
  applyProvenance(wb, plan.provenance);
}

// eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it looks for
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;

/** Escape the text of every cell of the workbook, just before it is written. */
export function escapeWorkbookText(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        if (typeof v === 'string') {
          const escaped = escapeXlsxText(v);
          if (escaped !== v) cell.value = escaped;
        } else if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
          if (v.richText.some((run) => NEEDS_ESCAPE.test(run.text))) {
            cell.value = { richText: v.richText.map((run) => ({ ...run, text: escapeXlsxText(run.text) })) };
          }
        } else if (v && typeof v === 'object' && 'hyperlink' in v && typeof v.text === 'string' && NEEDS_ESCAPE.test(v.text)) {
          cell.value = { ...v, text: escapeXlsxText(v.text) };
        }
      }),
    );
  }
}
