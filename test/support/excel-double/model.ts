// The in-memory workbook behind the Excel double: sheets stored column-wise (one array per
// attribute per column) so 100,000-row sheets stay cheap. Rows and columns are 0-based here.
import { MAX_COLUMNS, Rect, contains, intersects, rect, rectA1, rectColumns, rectRows, subtract } from './a1';
import { ErrorCodes, officeError } from './errors';
import { checkInsertRight, checkTableGrowth } from './structure';

export type StoredValue = string | number | boolean;

export interface CellSnapshot {
  /** '' for an empty cell, as Excel returns it. For a formula cell: the formula text (the double never calculates). */
  value: StoredValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  fontColor: string | null;
}

class ColumnStore {
  v: (StoredValue | undefined)[] = [];
  f: (string | undefined)[] = [];
  nf: (string | undefined)[] = [];
  fill: (string | undefined)[] = [];
  bold: (boolean | undefined)[] = [];
  font: (string | undefined)[] = [];

  hasValue(row: number): boolean {
    return this.v[row] !== undefined || this.f[row] !== undefined;
  }

  hasAnything(row: number): boolean {
    return (
      this.hasValue(row) || this.nf[row] !== undefined || this.fill[row] !== undefined || this.bold[row] !== undefined || this.font[row] !== undefined
    );
  }
}

const FIELDS = ['v', 'f', 'nf', 'fill', 'bold', 'font'] as const;

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ConditionalFormatModel {
  id: number;
  rects: Rect[];
  type: 'Custom' | 'ContainsText';
  /** Custom: { formula }. ContainsText: { operator, text }. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean };
  stopIfTrue: boolean;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface FilterCriteriaModel {
  filterOn: string;
  values?: unknown[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
}

export interface AutoFilterModel {
  rect: Rect;
  /** Column offset within rect → criteria. */
  criteria: Map<number, FilterCriteriaModel>;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  source: Rect;
  sourceSheet: string;
  seriesBy: string;
  legendVisible?: boolean;
  title: string | null;
  position: { startCell: string; endCell?: string } | null;
}

export class SheetModel {
  readonly columns = new Map<number, ColumnStore>();
  readonly columnWidths = new Map<number, number>();
  /** Cells whose text wraps ("row:column"). */
  readonly wrapped = new Set<string>();
  readonly hiddenRows = new Set<number>();
  readonly filteredRows = new Set<number>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  autoFilter: AutoFilterModel | null = null;
  readonly charts: ChartModel[] = [];
  visibility: SheetVisibility = 'Visible';
  /** Merged areas (Home › Merge & Center). */
  readonly merged: Rect[] = [];
  /** PivotTables on the sheet, each with the cells it covers. */
  readonly pivots: { name: string; rect: Rect }[] = [];
  /** Ranges of (legacy, Ctrl+Shift+Enter) array formulas: one formula over the whole block. */
  readonly arrayFormulas: Rect[] = [];
  /** Sheet protection (Review › Protect Sheet): cells, formats and structure of the sheet are locked. */
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  private column(c: number, create: true): ColumnStore;
  private column(c: number, create: false): ColumnStore | undefined;
  private column(c: number, create: boolean): ColumnStore | undefined {
    let col = this.columns.get(c);
    if (!col && create) {
      col = new ColumnStore();
      this.columns.set(c, col);
    }
    return col;
  }

  cell(r: number, c: number): CellSnapshot {
    const col = this.columns.get(c);
    const f = col?.f[r];
    return {
      value: f !== undefined ? f : col?.v[r] ?? '',
      formula: f ?? null,
      numberFormat: col?.nf[r] ?? 'General',
      fill: col?.fill[r] ?? null,
      bold: col?.bold[r] ?? false,
      fontColor: col?.font[r] ?? null,
    };
  }

  value(r: number, c: number): StoredValue {
    const col = this.columns.get(c);
    if (!col) return '';
    const f = col.f[r];
    return f !== undefined ? f : col.v[r] ?? '';
  }

  isEmpty(r: number, c: number): boolean {
    const col = this.columns.get(c);
    return !col || !col.hasValue(r);
  }

  numberFormat(r: number, c: number): string {
    return this.columns.get(c)?.nf[r] ?? 'General';
  }

  /** Stores what Excel would store when `input` is written to `values` (or `formulas`) of the cell. */
  writeInput(r: number, c: number, input: StoredValue): void {
    const col = this.column(c, true);
    const text = (col.nf[r] ?? 'General') === '@';
    col.f[r] = undefined;
    if (typeof input !== 'string') {
      col.v[r] = input;
      return;
    }
    if (input === '') {
      col.v[r] = undefined;
      return;
    }
    if (text) {
      col.v[r] = input;
      return;
    }
    const coerced = coerceTyped(input);
    if (coerced.formula) {
      col.f[r] = coerced.formula;
      col.v[r] = undefined;
    } else {
      col.v[r] = coerced.value;
      if (coerced.numberFormat && col.nf[r] === undefined) col.nf[r] = coerced.numberFormat;
    }
  }

  /** Puts a value as it is, like a file that was opened (no typing coercion). A string starting with '=' is a formula. */
  putRaw(r: number, c: number, value: StoredValue | null): void {
    const col = this.column(c, true);
    col.f[r] = undefined;
    col.v[r] = undefined;
    if (value === null || value === '') return;
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) col.f[r] = value;
    else col.v[r] = value;
  }

  setNumberFormat(r: number, c: number, format: string): void {
    this.column(c, true).nf[r] = format === 'General' ? undefined : format;
  }

  setFill(r: number, c: number, color: string | undefined): void {
    this.column(c, true).fill[r] = color;
  }

  setBold(r: number, c: number, bold: boolean): void {
    this.column(c, true).bold[r] = bold || undefined;
  }

  setFontColor(r: number, c: number, color: string): void {
    this.column(c, true).font[r] = color;
  }

  clear(area: Rect, what: 'All' | 'Contents' | 'Formats'): void {
    for (let c = area.left; c <= area.right; c++) {
      const col = this.columns.get(c);
      if (!col) continue;
      const end = Math.min(area.bottom, Math.max(col.v.length, col.f.length, col.nf.length, col.fill.length, col.bold.length, col.font.length) - 1);
      for (let r = area.top; r <= end; r++) {
        if (what !== 'Formats') {
          col.v[r] = undefined;
          col.f[r] = undefined;
        }
        if (what !== 'Contents') {
          col.nf[r] = undefined;
          col.fill[r] = undefined;
          col.bold[r] = undefined;
          col.font[r] = undefined;
        }
      }
    }
    if (what !== 'Contents') {
      this.removeConditionalFormats(area);
    }
  }

  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (const [c, col] of this.columns) {
      const has = (r: number) => (valuesOnly ? col.hasValue(r) : col.hasAnything(r));
      const len = Math.max(col.v.length, col.f.length, valuesOnly ? 0 : Math.max(col.nf.length, col.fill.length, col.bold.length, col.font.length));
      let first = -1;
      for (let r = 0; r < len; r++) {
        if (has(r)) {
          first = r;
          break;
        }
      }
      if (first < 0) continue;
      let last = first;
      for (let r = len - 1; r > first; r--) {
        if (has(r)) {
          last = r;
          break;
        }
      }
      top = Math.min(top, first);
      bottom = Math.max(bottom, last);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : rect(top, left, bottom, right);
  }

  /** Excel's current region: the block bounded by blank rows and columns around a cell. */
  surroundingRegion(r: number, c: number): Rect {
    const box = rect(r, c, r, c);
    const rowHasValue = (row: number, from: number, to: number) => {
      if (row < 0) return false;
      for (let col = Math.max(0, from); col <= to; col++) if (!this.isEmpty(row, col)) return true;
      return false;
    };
    const colHasValue = (col: number, from: number, to: number) => {
      if (col < 0) return false;
      const store = this.columns.get(col);
      if (!store) return false;
      for (let row = Math.max(0, from); row <= to; row++) if (store.hasValue(row)) return true;
      return false;
    };
    let grew = true;
    while (grew) {
      grew = false;
      while (rowHasValue(box.bottom + 1, box.left - 1, box.right + 1)) {
        box.bottom++;
        grew = true;
      }
      if (rowHasValue(box.top - 1, box.left - 1, box.right + 1)) {
        box.top--;
        grew = true;
      }
      if (colHasValue(box.right + 1, box.top - 1, box.bottom + 1)) {
        box.right++;
        grew = true;
      }
      if (colHasValue(box.left - 1, box.top - 1, box.bottom + 1)) {
        box.left--;
        grew = true;
      }
    }
    return box;
  }

  /** Moves the cells of rows top..bottom from column `from` rightwards by `count` columns. */
  shiftCellsRight(top: number, bottom: number, from: number, count: number): void {
    const cols = [...this.columns.keys()].filter((c) => c >= from).sort((a, b) => b - a);
    for (const c of cols) {
      const src = this.columns.get(c)!;
      for (let r = top; r <= bottom; r++) {
        if (!src.hasAnything(r)) continue;
        if (c + count >= MAX_COLUMNS) {
          throw officeError(ErrorCodes.invalidOperation, 'Cells would be pushed off the end of the worksheet.', 'Range.insert');
        }
      }
      const dst = this.column(c + count, true);
      for (let r = top; r <= bottom; r++) {
        for (const k of FIELDS) {
          (dst[k] as unknown[])[r] = (src[k] as unknown[])[r];
          (src[k] as unknown[])[r] = undefined;
        }
      }
    }
    const moved = rect(top, from, bottom, MAX_COLUMNS - 1);
    const shift = (x: Rect): Rect => (contains(moved, x) ? rect(x.top, x.left + count, x.bottom, x.right + count) : x);
    for (const cf of this.conditionalFormats) cf.rects = cf.rects.map(shift);
    for (const v of this.validations) v.rect = shift(v.rect);
    if (this.autoFilter) this.autoFilter.rect = shift(this.autoFilter.rect);
    this.merged.forEach((m, i) => (this.merged[i] = shift(m)));
    this.arrayFormulas.forEach((a, i) => (this.arrayFormulas[i] = shift(a)));
    for (const p of this.pivots) p.rect = shift(p.rect);
  }

  removeConditionalFormats(area: Rect): void {
    for (let i = this.conditionalFormats.length - 1; i >= 0; i--) {
      const cf = this.conditionalFormats[i];
      cf.rects = cf.rects.flatMap((x) => subtract(x, area));
      if (cf.rects.length === 0) this.conditionalFormats.splice(i, 1);
    }
  }

  isRowHidden(r: number): boolean {
    return this.hiddenRows.has(r) || this.filteredRows.has(r);
  }
}

export interface TableModel {
  id: number;
  name: string;
  sheet: SheetModel;
  /** Header row (when shown) and totals row (when shown) included. */
  rect: Rect;
  showTotals: boolean;
  /** False when the user turned the header row off: rect then starts at the first data row. */
  showHeaders: boolean;
  /** Column offset → criteria of the table's own filter. */
  criteria: Map<number, FilterCriteriaModel>;
}

export interface Selection {
  sheet: SheetModel;
  rect: Rect;
}

let workbookCounter = 0;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | null = null;
  selection: Selection | null = null;
  /** When true, a batch run without delayForCellEdit fails like Excel does while the user edits a cell. */
  cellEditMode = false;
  /** Workbook structure protection (Review › Protect Workbook): sheets cannot be added, deleted, renamed, moved or hidden. */
  structureProtected = false;
  /** Event handlers the add-in registered (worksheets.onSelectionChanged, worksheets.onActivated). */
  readonly eventHandlers: { event: 'selectionChanged' | 'activated'; handler: (args: unknown) => unknown }[] = [];
  private nextId = 1;
  readonly serial = ++workbookCounter;

  newId(): number {
    return this.nextId++;
  }

  /**
   * The selection moves (the user clicks, or Range.select / Worksheet.activate): the active sheet follows,
   * and the handlers the add-in registered hear of it after the current task, as Excel's events arrive.
   */
  moveSelection(sheet: SheetModel, area: Rect): void {
    const activated = this.activeSheet !== sheet;
    this.activeSheet = sheet;
    this.selection = { sheet, rect: { ...area } };
    if (activated) this.fire('activated', { type: 'WorksheetActivated', worksheetId: sheet.id });
    this.fire('selectionChanged', { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address: rectA1(area) });
  }

  private fire(event: 'selectionChanged' | 'activated', args: Record<string, string>): void {
    for (const h of this.eventHandlers) if (h.event === event) setTimeout(() => void h.handler({ ...args }), 0);
  }

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === name);
  }

  findTable(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key || String(t.id) === name);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  addSheet(name: string): SheetModel {
    validateSheetName(name);
    if (this.findSheet(name)) {
      throw officeError(ErrorCodes.itemAlreadyExists, `A worksheet named '${name}' already exists.`, 'WorksheetCollection.add');
    }
    const sheet = new SheetModel(`{sheet-${this.newId()}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  freeSheetName(): string {
    for (let i = 1; ; i++) if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visible.length === 1) {
      throw officeError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    for (let t = this.tables.length - 1; t >= 0; t--) if (this.tables[t].sheet === sheet) this.tables.splice(t, 1);
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets.filter((s) => s.visibility === 'Visible')[Math.max(0, i - 1)] ?? this.sheets[0] ?? null;
    }
    if (this.selection?.sheet === sheet) this.selection = this.activeSheet ? { sheet: this.activeSheet, rect: rect(0, 0, 0, 0) } : null;
  }

  setVisibility(sheet: SheetModel, visibility: SheetVisibility): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) {
      throw officeError(ErrorCodes.invalidArgument, `Unknown visibility '${visibility}'.`, 'Worksheet.visibility');
    }
    if (visibility !== 'Visible') {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0) {
        throw officeError(ErrorCodes.invalidOperation, 'A workbook must contain at least one visible worksheet.', 'Worksheet.visibility');
      }
      if (this.activeSheet === sheet) this.activeSheet = others[0];
    }
    sheet.visibility = visibility;
  }

  addTable(sheet: SheetModel, area: Rect, name?: string, shape: { showHeaders?: boolean; showTotals?: boolean } = {}): TableModel {
    const showHeaders = shape.showHeaders ?? true;
    if (rectRows(area) < (showHeaders ? 2 : 1)) throw officeError(ErrorCodes.invalidArgument, 'A table needs a header row and at least one row.', 'TableCollection.add');
    if (this.tablesOn(sheet).some((t) => intersects(t.rect, area))) {
      throw officeError(ErrorCodes.invalidOperation, 'A table cannot overlap another table.', 'TableCollection.add');
    }
    if (sheet.autoFilter && intersects(sheet.autoFilter.rect, area)) {
      sheet.autoFilter = null;
      sheet.filteredRows.clear();
    }
    const id = this.newId();
    let tableName = name ?? `Table${id}`;
    while (!name && this.findTable(tableName)) tableName = `Table${this.newId()}`;
    if (this.findTable(tableName)) throw officeError(ErrorCodes.itemAlreadyExists, `A table named '${tableName}' already exists.`, 'TableCollection.add');
    const table: TableModel = { id, name: tableName, sheet, rect: { ...area }, showTotals: shape.showTotals ?? false, showHeaders, criteria: new Map() };
    for (let c = area.left; showHeaders && c <= area.right; c++) {
      if (sheet.isEmpty(area.top, c)) sheet.writeInput(area.top, c, `Column${c - area.left + 1}`);
    }
    this.tables.push(table);
    return table;
  }

  tableHeaders(table: TableModel): string[] {
    const out: string[] = [];
    for (let c = table.rect.left; c <= table.rect.right; c++) {
      out.push(table.showHeaders ? String(table.sheet.value(table.rect.top, c)) : `Column${c - table.rect.left + 1}`);
    }
    return out;
  }

  /** The table's data rows: below the header row (when shown), above the totals row (when shown). */
  tableBody(table: TableModel): Rect {
    return rect(table.rect.top + (table.showHeaders ? 1 : 0), table.rect.left, table.rect.bottom - (table.showTotals ? 1 : 0), table.rect.right);
  }

  /** Range.insert(Right) over `area`: shifts cells of those rows right, moving whole tables that sit to the right. */
  insertShiftRight(sheet: SheetModel, area: Rect, where = 'Range.insert'): void {
    checkInsertRight(sheet, area, where);
    const count = rectColumns(area);
    for (const t of this.tablesOn(sheet)) {
      const rowsOverlap = t.rect.top <= area.bottom && area.top <= t.rect.bottom;
      if (!rowsOverlap || t.rect.right < area.left) continue;
      const rowsInside = t.rect.top >= area.top && t.rect.bottom <= area.bottom;
      if (t.rect.left >= area.left && rowsInside) continue;
      throw officeError(
        ErrorCodes.invalidOperation,
        "This operation isn't allowed. The operation is attempting to shift cells in a table on your worksheet.",
        'Range.insert',
      );
    }
    sheet.shiftCellsRight(area.top, area.bottom, area.left, count);
    for (const t of this.tablesOn(sheet)) {
      if (t.rect.left >= area.left && t.rect.top >= area.top && t.rect.bottom <= area.bottom) {
        t.rect = rect(t.rect.top, t.rect.left + count, t.rect.bottom, t.rect.right + count);
      }
    }
  }

  /** TableColumnCollection.add at the end: the table grows one column; occupied cells in its rows shift right. */
  appendTableColumn(table: TableModel, header: string): number {
    const sheet = table.sheet;
    const c = table.rect.right + 1;
    const column = rect(table.rect.top, c, table.rect.bottom, c);
    let occupied = false;
    for (let r = table.rect.top; r <= table.rect.bottom; r++) if (!sheet.isEmpty(r, c)) occupied = true;
    if (occupied) this.insertShiftRight(sheet, column, 'TableColumnCollection.add');
    else checkTableGrowth(sheet, column, 'TableColumnCollection.add');
    const taken = new Set(this.tableHeaders(table).map((h) => h.toLowerCase()));
    let name = header;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${header}${i}`;
    table.rect = rect(table.rect.top, table.rect.left, table.rect.bottom, c);
    if (table.showHeaders) {
      sheet.setNumberFormat(table.rect.top, c, '@');
      sheet.writeInput(table.rect.top, c, name);
    }
    return c;
  }
}

export function validateSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeError(ErrorCodes.invalidArgument, `'${name}' is not a valid worksheet name.`, 'Worksheet.name');
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What Excel does with a string written to a cell that is not formatted as text. */
export function coerceTyped(input: string): { value?: StoredValue; formula?: string; numberFormat?: string } {
  const t = input.trim();
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  if (NUMBER.test(t)) return { value: Number(t) };
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1) return { formula: `=${input}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const d = ISO_DATE.exec(t);
  if (d) {
    const serial = Math.round((Date.UTC(+d[1], +d[2] - 1, +d[3]) - Date.UTC(1899, 11, 30)) / 86400000);
    return { value: serial, numberFormat: 'yyyy-mm-dd' };
  }
  return { value: input };
}
