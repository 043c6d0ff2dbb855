// DoubleWorkbook: the model plus what tests need to look inside it, and the builder.
import { Rect, parseLocalA1, qualifiedA1, rectA1, splitSheet } from './a1';
import { WorkbookModel, SheetModel, StoredValue, SheetVisibility } from './model';

export type CellInput = string | number | boolean | null;

export interface SheetSpec {
  name: string;
  /** Rows of cells from A1. Strings are stored as they are (a string starting with '=' is a formula). */
  cells?: CellInput[][];
  /** Excel tables; `address` covers the header row (unless showHeaders is false) and the totals row (when showTotals). */
  tables?: { name: string; address: string; showTotals?: boolean; showHeaders?: boolean }[];
  /** Merged areas, e.g. ['A1:F1']. */
  merged?: string[];
  /** PivotTables and the cells each covers. */
  pivots?: { name: string; address: string }[];
  /** Blocks holding one (legacy) array formula each. */
  arrayFormulas?: string[];
  /** Review › Protect Sheet. */
  protected?: boolean;
  /** 1-based sheet rows the user has hidden. */
  hiddenRows?: number[];
  /** A worksheet AutoFilter, optionally filtering one column (0-based within the range) to some values. */
  filter?: { address: string; column?: number; values?: string[] };
  numberFormats?: { address: string; format: string }[];
  visibility?: SheetVisibility;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Active sheet name; defaults to the first sheet. */
  active?: string;
  /** Selected cells, "Sheet!B3" or "B3" on the active sheet; defaults to A1 of the active sheet. */
  selection?: string;
  settings?: Record<string, unknown>;
  /** Review › Protect Workbook (structure). */
  structureProtected?: boolean;
}

export class DoubleWorkbook extends WorkbookModel {
  private locate(address: string): { sheet: SheetModel; rect: Rect } {
    const { sheet: name, local } = splitSheet(address);
    const sheet = name ? this.findSheet(name) : this.activeSheet;
    if (!sheet) throw new Error(`No sheet for address '${address}'`);
    const r = parseLocalA1(local);
    if (!r) throw new Error(`Bad address '${address}'`);
    return { sheet, rect: r };
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet '${name}'`);
    return s;
  }

  visibility(name: string): SheetVisibility {
    return this.sheet(name).visibility;
  }

  /** Value of one cell: null when empty; a formula cell gives its formula text. */
  value(address: string): StoredValue | null {
    const { sheet, rect } = this.locate(address);
    const v = sheet.value(rect.top, rect.left);
    return v === '' ? null : v;
  }

  formula(address: string): string | null {
    const { sheet, rect } = this.locate(address);
    return sheet.cell(rect.top, rect.left).formula;
  }

  numberFormat(address: string): string {
    const { sheet, rect } = this.locate(address);
    return sheet.numberFormat(rect.top, rect.left);
  }

  fill(address: string): string | null {
    const { sheet, rect } = this.locate(address);
    return sheet.cell(rect.top, rect.left).fill;
  }

  bold(address: string): boolean {
    const { sheet, rect } = this.locate(address);
    return sheet.cell(rect.top, rect.left).bold;
  }

  /** Values of a block, empty cells as null. */
  values(address: string): (StoredValue | null)[][] {
    const { sheet, rect } = this.locate(address);
    const out: (StoredValue | null)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: (StoredValue | null)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const v = sheet.value(r, c);
        row.push(v === '' ? null : v);
      }
      out.push(row);
    }
    return out;
  }

  /** What a user typing into the cell does (Excel's coercion applies). */
  type(address: string, value: string | number | boolean): void {
    const { sheet, rect } = this.locate(address);
    sheet.writeInput(rect.top, rect.left, value);
  }

  /** The user selects cells ("Sheet!B3", or "B3" on the active sheet); the add-in's event handlers hear of it. */
  select(address: string): void {
    const { sheet, rect } = this.locate(address);
    this.moveSelection(sheet, rect);
  }

  /** The user clicks another sheet's tab: its A1 is selected. */
  activate(sheetName: string): void {
    this.moveSelection(this.sheet(sheetName), { top: 0, left: 0, bottom: 0, right: 0 });
  }

  tableList(): { name: string; sheet: string; address: string }[] {
    return this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: qualifiedA1(t.sheet.name, t.rect) }));
  }

  conditionalFormats(sheetName: string) {
    return this.sheet(sheetName).conditionalFormats.map((cf) => ({
      type: cf.type,
      ranges: cf.rects.map(rectA1),
      rule: { ...cf.rule },
      format: { ...cf.format },
    }));
  }

  validations(sheetName: string) {
    return this.sheet(sheetName).validations.map((v) => ({ range: rectA1(v.rect), rule: v.rule, ignoreBlanks: v.ignoreBlanks }));
  }

  autoFilter(sheetName: string): { range: string; criteria: Record<number, unknown> } | null {
    const af = this.sheet(sheetName).autoFilter;
    return af ? { range: rectA1(af.rect), criteria: Object.fromEntries(af.criteria) } : null;
  }

  charts(sheetName: string) {
    return this.sheet(sheetName).charts.map((c) => ({
      type: c.type,
      source: qualifiedA1(c.sourceSheet, c.source),
      seriesBy: c.seriesBy,
      title: c.title,
      position: c.position,
    }));
  }

  /** 1-based rows hidden by the user or by a filter. */
  hiddenRows(sheetName: string): number[] {
    const s = this.sheet(sheetName);
    return [...new Set([...s.hiddenRows, ...s.filteredRows])].sort((a, b) => a - b).map((r) => r + 1);
  }

  columnWidth(sheetName: string, column: string): number | undefined {
    const r = parseLocalA1(`${column}1`);
    return r ? this.sheet(sheetName).columnWidths.get(r.left) : undefined;
  }
}

export function createWorkbook(spec: WorkbookSpec): DoubleWorkbook {
  const wb = new DoubleWorkbook();
  for (const s of spec.sheets) {
    const sheet = wb.addSheet(s.name);
    (s.cells ?? []).forEach((row, r) => row.forEach((v, c) => sheet.putRaw(r, c, v)));
    for (const nf of s.numberFormats ?? []) {
      const area = parseLocalA1(nf.address);
      if (!area) throw new Error(`Bad address '${nf.address}'`);
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) sheet.setNumberFormat(r, c, nf.format);
    }
    for (const t of s.tables ?? []) {
      const area = parseLocalA1(t.address);
      if (!area) throw new Error(`Bad table address '${t.address}'`);
      wb.addTable(sheet, area, t.name, { showHeaders: t.showHeaders, showTotals: t.showTotals });
    }
    const area = (address: string) => {
      const r = parseLocalA1(address);
      if (!r) throw new Error(`Bad address '${address}'`);
      return r;
    };
    sheet.merged.push(...(s.merged ?? []).map(area));
    sheet.pivots.push(...(s.pivots ?? []).map((p) => ({ name: p.name, rect: area(p.address) })));
    sheet.arrayFormulas.push(...(s.arrayFormulas ?? []).map(area));
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
    if (s.filter) {
      const area = parseLocalA1(s.filter.address);
      if (!area) throw new Error(`Bad filter address '${s.filter.address}'`);
      sheet.autoFilter = { rect: area, criteria: new Map() };
      if (s.filter.column !== undefined && s.filter.values) {
        sheet.autoFilter.criteria.set(s.filter.column, { filterOn: 'Values', values: s.filter.values });
        const want = new Set(s.filter.values.map((v) => v.toLowerCase()));
        for (let r = area.top + 1; r <= area.bottom; r++) {
          if (!want.has(String(sheet.value(r, area.left + s.filter.column)).toLowerCase())) sheet.filteredRows.add(r);
        }
      }
    }
  }
  for (const s of spec.sheets) if (s.visibility && s.visibility !== 'Visible') wb.setVisibility(wb.sheet(s.name), s.visibility);
  const active = spec.active ? wb.sheet(spec.active) : wb.sheets.find((s) => s.visibility === 'Visible');
  if (active) {
    wb.activeSheet = active;
    wb.selection = { sheet: active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  if (spec.selection) wb.select(spec.selection);
  for (const [k, v] of Object.entries(spec.settings ?? {})) wb.settings.set(k, v);
  // Protection last: building the workbook is not an edit.
  for (const s of spec.sheets) if (s.protected) wb.sheet(s.name).protected = true;
  wb.structureProtected = spec.structureProtected ?? false;
  return wb;
}
