// Range and the objects hanging off it: format, fill, font, conditional formats, data validation.
import { Rect, cellA1, intersects, qualifiedA1, rect, rectColumns, rectRows, subtract, MAX_COLUMNS, MAX_ROWS } from './a1';
import { ClientObjectDouble, ClientResultDouble, CollectionDouble, strict } from './client-object';
import type { RequestContextDouble } from './context';
import { ErrorCodes, notSupported, officeError } from './errors';
import { checkContentWrite, checkFormatWrite } from './structure';
import type { ConditionalFormatModel, SheetModel, StoredValue } from './model';
import { TableScopedCollectionDouble } from './table';
import { WorksheetDouble } from './worksheet';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const MAX_CELLS_PER_READ = 5_000_000;
const MAX_CELL_TEXT = 32767;

function checkRect(r: Rect, where: string): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS || r.bottom < r.top || r.right < r.left) {
    throw officeError(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', where);
  }
  return r;
}

function matrix<V>(t: RangeTarget, cell: (r: number, c: number) => V): V[][] {
  if (rectRows(t.rect) * rectColumns(t.rect) > MAX_CELLS_PER_READ) {
    throw officeError('RangeExceedsLimit', 'The range exceeds the five million cell limit for reads.', 'Range.load');
  }
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

function cellText(sheet: SheetModel, r: number, c: number): string {
  const v = sheet.value(r, c);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function badShape(where: string): never {
  throw officeError(
    ErrorCodes.invalidArgument,
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    where,
  );
}

function checkCellInput(v: unknown, where: string): StoredValue {
  if (v === null || v === undefined) {
    throw officeError(
      ErrorCodes.invalidArgument,
      `${where}: null entry. The double refuses nulls (Excel would keep the old cell); write runs of non-null values instead.`,
      where,
    );
  }
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_TEXT) throw officeError(ErrorCodes.invalidArgument, 'Text longer than 32,767 characters.', where);
    return v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  throw officeError(ErrorCodes.invalidArgument, `${where}: unsupported cell input ${JSON.stringify(v)}.`, where);
}

/**
 * The shapes the Office.js typings allow: a 2-D array of the range's size. A single value (not an array)
 * is what Excel's reference pages describe as applied to every cell, but the typings do not allow it
 * and a reported product bug says it can stop execution on some platforms
 * (https://github.com/OfficeDev/office-js-docs-reference/issues/578): strict mode, on by default, refuses it.
 */
function scalarRefused(where: string): never {
  throw officeError(
    ErrorCodes.invalidArgument,
    `${where}: a single value for a whole range is not an allowed write shape (strict mode); write a 2-D array of the range's size.`,
    where,
  );
}

/** Writes `values`/`formulas`: a matrix of the range's shape (or, outside strict mode, a single value for every cell). */
function writeCells(t: RangeTarget, input: unknown, where: string, strictShapes: boolean): void {
  const rows = rectRows(t.rect);
  const cols = rectColumns(t.rect);
  if (!Array.isArray(input)) {
    if (strictShapes) scalarRefused(where);
    const v = checkCellInput(input, where);
    for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.writeInput(r, c, v);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) badShape(where);
  for (let i = 0; i < rows; i++) {
    const row = input[i] as unknown[];
    for (let j = 0; j < cols; j++) t.sheet.writeInput(t.rect.top + i, t.rect.left + j, checkCellInput(row[j], where));
  }
}

/**
 * Number formats: a matrix of the range's shape, or a 1×1 matrix, which users report Excel applies to
 * every cell (https://github.com/OfficeDev/office-js-docs-pr/issues/5400). A bare string only outside strict mode.
 */
function writeFormats(t: RangeTarget, input: unknown, strictShapes: boolean): void {
  const where = 'Range.numberFormat';
  const rows = rectRows(t.rect);
  const cols = rectColumns(t.rect);
  const one = (v: unknown): string => {
    if (typeof v !== 'string') throw officeError(ErrorCodes.invalidArgument, `${where}: expected a format string, got ${JSON.stringify(v)}.`, where);
    return v;
  };
  let at: (i: number, j: number) => string;
  if (!Array.isArray(input)) {
    if (strictShapes) scalarRefused(where);
    const f = one(input);
    at = () => f;
  } else if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const f = one(input[0][0]);
    at = () => f;
  } else {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) badShape(where);
    at = (i, j) => one((input[i] as unknown[])[j]);
  }
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t.sheet.setNumberFormat(t.rect.top + i, t.rect.left + j, at(i, j));
}

export class RangeDouble extends ClientObjectDouble<RangeTarget> {
  static make(ctx: RequestContextDouble, resolve: () => RangeTarget | null, mode: 'bind' | 'nav' | 'bound' = 'bind', orNull = false): RangeDouble {
    return strict(new RangeDouble(ctx, 'Range', resolve, mode, orNull), 'Range');
  }

  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      address: (t) => qualifiedA1(t.sheet.name, t.rect),
      addressLocal: (t) => qualifiedA1(t.sheet.name, t.rect),
      rowCount: (t) => rectRows(t.rect),
      columnCount: (t) => rectColumns(t.rect),
      cellCount: (t) => rectRows(t.rect) * rectColumns(t.rect),
      rowIndex: (t) => t.rect.top,
      columnIndex: (t) => t.rect.left,
      values: (t) => matrix(t, (r, c) => t.sheet.value(r, c)),
      text: (t) => matrix(t, (r, c) => cellText(t.sheet, r, c)),
      formulas: (t) => matrix(t, (r, c) => t.sheet.cell(r, c).formula ?? t.sheet.value(r, c)),
      numberFormat: (t) => matrix(t, (r, c) => t.sheet.numberFormat(r, c)),
      rowHidden: (t) => {
        let hidden = 0;
        for (let r = t.rect.top; r <= t.rect.bottom; r++) if (t.sheet.isRowHidden(r)) hidden++;
        return hidden === 0 ? false : hidden === rectRows(t.rect) ? true : null;
      },
    };
  }

  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    return {
      format: () => strict(new RangeFormatDouble(this._ctx, 'RangeFormat', parent, 'nav'), 'RangeFormat'),
      worksheet: () => WorksheetDouble.make(this._ctx, () => parent()?.sheet ?? null, 'nav'),
      conditionalFormats: () => strict(new ConditionalFormatCollectionDouble(this._ctx, 'ConditionalFormatCollection', parent, 'nav'), 'ConditionalFormatCollection'),
      dataValidation: () => strict(new DataValidationDouble(this._ctx, 'DataValidation', parent, 'nav'), 'DataValidation'),
    };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get values(): unknown {
    return this._get('values');
  }
  set values(v: unknown) {
    this._set('values', v, (t, input) => {
      checkContentWrite(t.sheet, t.rect, 'Range.values');
      writeCells(t, input, 'Range.values', this._ctx._env.strictWriteShapes);
    });
  }
  get formulas(): unknown {
    return this._get('formulas');
  }
  set formulas(v: unknown) {
    this._set('formulas', v, (t, input) => {
      checkContentWrite(t.sheet, t.rect, 'Range.formulas');
      writeCells(t, input, 'Range.formulas', this._ctx._env.strictWriteShapes);
    });
  }
  get numberFormat(): unknown {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown) {
    this._set('numberFormat', v, (t, input) => {
      checkFormatWrite(t.sheet, 'Range.numberFormat');
      writeFormats(t, input, this._ctx._env.strictWriteShapes);
    });
  }
  get rowHidden(): boolean | null {
    return this._get('rowHidden');
  }
  set rowHidden(v: boolean | null) {
    this._set('rowHidden', v, (t, hide) => {
      checkFormatWrite(t.sheet, 'Range.rowHidden');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        if (hide) t.sheet.hiddenRows.add(r);
        else {
          t.sheet.hiddenRows.delete(r);
          t.sheet.filteredRows.delete(r);
        }
      }
    });
  }

  get format(): RangeFormatDouble {
    return this._nav('format');
  }
  get worksheet(): WorksheetDouble {
    return this._nav('worksheet');
  }
  get conditionalFormats(): ConditionalFormatCollectionDouble {
    this._requires('1.6', 'Range.conditionalFormats');
    return this._nav('conditionalFormats');
  }
  get dataValidation(): DataValidationDouble {
    this._requires('1.8', 'Range.dataValidation');
    return this._nav('dataValidation');
  }

  private _derived(f: (t: RangeTarget) => Rect): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t.sheet, rect: checkRect(f(t), 'Range') };
    });
  }

  getCell(row: number, column: number): RangeDouble {
    return this._derived((t) => rect(t.rect.top + row, t.rect.left + column, t.rect.top + row, t.rect.left + column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    this._requires('1.2', 'Range.getResizedRange');
    return this._derived((t) => rect(t.rect.top, t.rect.left, t.rect.bottom + deltaRows, t.rect.right + deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return this._derived((t) => rect(t.rect.top + rowOffset, t.rect.left + columnOffset, t.rect.bottom + rowOffset, t.rect.right + columnOffset));
  }
  getRow(row: number): RangeDouble {
    return this._derived((t) => rect(t.rect.top + row, t.rect.left, t.rect.top + row, t.rect.right));
  }
  getColumn(column: number): RangeDouble {
    return this._derived((t) => rect(t.rect.top, t.rect.left + column, t.rect.bottom, t.rect.left + column));
  }
  getLastRow(): RangeDouble {
    return this._derived((t) => rect(t.rect.bottom, t.rect.left, t.rect.bottom, t.rect.right));
  }
  getSurroundingRegion(): RangeDouble {
    this._requires('1.7', 'Range.getSurroundingRegion');
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t.sheet, rect: t.sheet.surroundingRegion(t.rect.top, t.rect.left) };
    });
  }
  getTables(fullyContained?: boolean): TableScopedCollectionDouble {
    this._requires('1.9', 'Range.getTables');
    return TableScopedCollectionDouble.make(this._ctx, () => {
      const t = this._t();
      return this._ctx._env.model.tablesOn(t.sheet).filter((tb) =>
        fullyContained
          ? tb.rect.top >= t.rect.top && tb.rect.bottom <= t.rect.bottom && tb.rect.left >= t.rect.left && tb.rect.right <= t.rect.right
          : intersects(tb.rect, t.rect),
      );
    });
  }
  insert(shift: string): RangeDouble {
    if (shift !== 'Right') throw notSupported(`Range.insert('${shift}')`);
    this._call('insert', [shift], (t) => this._ctx._env.model.insertShiftRight(t.sheet, t.rect));
    return RangeDouble.make(this._ctx, () => this._t());
  }
  clear(applyTo: string = 'All'): void {
    if (!['All', 'Contents', 'Formats'].includes(applyTo)) throw notSupported(`Range.clear('${applyTo}')`);
    this._call('clear', [applyTo], (t) => {
      if (applyTo === 'Formats') checkFormatWrite(t.sheet, 'Range.clear');
      else checkContentWrite(t.sheet, t.rect, 'Range.clear');
      t.sheet.clear(t.rect, applyTo as 'All' | 'Contents' | 'Formats');
    });
  }
  select(): void {
    this._call('select', [], (t) => this._ctx._env.model.moveSelection(t.sheet, t.rect));
  }
  /**
   * The merged areas in the range (ExcelApi 1.13). As in Excel, only areas whose top-left cell lies in the
   * range are reported (https://github.com/OfficeDev/office-js/issues/3611).
   */
  getMergedAreasOrNullObject(): RangeAreasDouble {
    this._requires('1.13', 'Range.getMergedAreasOrNullObject');
    return strict(
      new RangeAreasDouble(
        this._ctx,
        'RangeAreas',
        () => {
          const t = this._t();
          const areas = t.sheet.merged.filter((m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right);
          return areas.length ? { sheet: t.sheet, areas } : null;
        },
        'bind',
        true,
      ),
      'RangeAreas',
    );
  }
}

/** Several blocks of cells on one sheet (Excel.RangeAreas): here only its address and count. */
export class RangeAreasDouble extends ClientObjectDouble<{ sheet: SheetModel; areas: Rect[] }> {
  protected _scalars(): Record<string, (t: { sheet: SheetModel; areas: Rect[] }) => unknown> {
    return {
      address: (t) => t.areas.map((a) => qualifiedA1(t.sheet.name, a)).join(', '),
      areaCount: (t) => t.areas.length,
    };
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

export class RangeFormatDouble extends ClientObjectDouble<RangeTarget> {
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidths.get(c) ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      },
      wrapText: (t) => uniform(t, (r, c) => t.sheet.wrapped.has(`${r}:${c}`)),
    };
  }
  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    return {
      fill: () => strict(new RangeFillDouble(this._ctx, 'RangeFill', parent, 'nav'), 'RangeFill'),
      font: () => strict(new RangeFontDouble(this._ctx, 'RangeFont', parent, 'nav'), 'RangeFont'),
    };
  }
  get fill(): RangeFillDouble {
    return this._nav('fill');
  }
  get font(): RangeFontDouble {
    return this._nav('font');
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v, (t, w) => {
      checkFormatWrite(t.sheet, 'RangeFormat.columnWidth');
      if (typeof w !== 'number' || !(w >= 0)) throw officeError(ErrorCodes.invalidArgument, 'Column width must be a number of points.', 'RangeFormat.columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (t, wrap) => {
      if (typeof wrap !== 'boolean') throw officeError(ErrorCodes.invalidArgument, 'wrapText is true or false.', 'RangeFormat.wrapText');
      forEachCell(t, (r, c) => (wrap ? t.sheet.wrapped.add(`${r}:${c}`) : t.sheet.wrapped.delete(`${r}:${c}`)));
    });
  }
  autofitColumns(): void {
    this._call('autofitColumns', [], (t) => {
      checkFormatWrite(t.sheet, 'RangeFormat.autofitColumns');
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        let longest = 0;
        for (let r = t.rect.top; r <= t.rect.bottom; r++) longest = Math.max(longest, cellText(t.sheet, r, c).length);
        t.sheet.columnWidths.set(c, Math.min(409, 6 + longest * 6));
      }
    });
  }
}

function forEachCell(t: RangeTarget, f: (r: number, c: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) f(r, c);
}

function uniform<V>(t: RangeTarget, f: (r: number, c: number) => V): V | null {
  const first = f(t.rect.top, t.rect.left);
  let same = true;
  forEachCell(t, (r, c) => {
    if (f(r, c) !== first) same = false;
  });
  return same ? first : null;
}

function checkColor(v: unknown, where: string): string {
  if (typeof v !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(v)) {
    throw officeError(ErrorCodes.invalidArgument, `${where}: '${String(v)}' is not a colour.`, where);
  }
  return v.toUpperCase();
}

export class RangeFillDouble extends ClientObjectDouble<RangeTarget> {
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { color: (t) => uniform(t, (r, c) => t.sheet.cell(r, c).fill) };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, color) => {
      checkFormatWrite(t.sheet, 'RangeFill.color');
      const c = checkColor(color, 'RangeFill.color');
      forEachCell(t, (r, col) => t.sheet.setFill(r, col, c));
    });
  }
  clear(): void {
    this._call('clear', [], (t) => {
      checkFormatWrite(t.sheet, 'RangeFill.clear');
      forEachCell(t, (r, c) => t.sheet.setFill(r, c, undefined));
    });
  }
}

export class RangeFontDouble extends ClientObjectDouble<RangeTarget> {
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      bold: (t) => uniform(t, (r, c) => t.sheet.cell(r, c).bold),
      color: (t) => uniform(t, (r, c) => t.sheet.cell(r, c).fontColor ?? '#000000'),
    };
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v, (t, b) => {
      checkFormatWrite(t.sheet, 'RangeFont.bold');
      forEachCell(t, (r, c) => t.sheet.setBold(r, c, Boolean(b)));
    });
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, color) => {
      checkFormatWrite(t.sheet, 'RangeFont.color');
      const c = checkColor(color, 'RangeFont.color');
      forEachCell(t, (r, col) => t.sheet.setFontColor(r, col, c));
    });
  }
}

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const CF_TYPES: Record<string, ConditionalFormatModel['type']> = { Custom: 'Custom', ContainsText: 'ContainsText' };

export class ConditionalFormatCollectionDouble extends CollectionDouble<RangeTarget, CfTarget, ConditionalFormatDouble> {
  protected _itemsOf(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersects(r, t.rect))).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected _makeItem(target: CfTarget): ConditionalFormatDouble {
    return new ConditionalFormatDouble(this._ctx, 'ConditionalFormat', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['type', 'priority', 'stopIfTrue', 'id'];
  }
  protected _itemTypeName(): string {
    return 'ConditionalFormat';
  }
  add(type: string): ConditionalFormatDouble {
    const kind = CF_TYPES[type];
    if (!kind) throw notSupported(`ConditionalFormatCollection.add('${type}')`);
    let created: CfTarget | null = null;
    this._call('add', [type], (t) => {
      checkFormatWrite(t.sheet, 'ConditionalFormatCollection.add');
      const cf: ConditionalFormatModel = {
        id: this._ctx._env.model.newId(),
        rects: [{ ...t.rect }],
        type: kind,
        rule: {},
        format: {},
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return strict(new ConditionalFormatDouble(this._ctx, 'ConditionalFormat', () => created, 'bind'), 'ConditionalFormat');
  }
  clearAll(): void {
    this._call('clearAll', [], (t) => {
      checkFormatWrite(t.sheet, 'ConditionalFormatCollection.clearAll');
      t.sheet.removeConditionalFormats(t.rect);
    });
  }
}

export class ConditionalFormatDouble extends ClientObjectDouble<CfTarget> {
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return {
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: (t) => t.cf.stopIfTrue,
      id: (t) => String(t.cf.id),
    };
  }
  protected _navs(): Record<string, () => object> {
    const of = (kind: ConditionalFormatModel['type'], what: string) => () => {
      const t = this._targetOrNull();
      if (t && t.cf.type !== kind) throw officeError(ErrorCodes.invalidOperation, `${what} is not available on a ${t.cf.type} format.`, what);
      return t;
    };
    return {
      custom: () => strict(new CfKindDouble(this._ctx, 'CustomConditionalFormat', of('Custom', 'custom'), 'nav', 'custom'), 'CustomConditionalFormat'),
      textComparison: () =>
        strict(new CfKindDouble(this._ctx, 'TextConditionalFormat', of('ContainsText', 'textComparison'), 'nav', 'text'), 'TextConditionalFormat'),
    };
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this._set('stopIfTrue', v, (t, s) => (t.cf.stopIfTrue = Boolean(s)));
  }
  get custom(): CfKindDouble {
    return this._nav('custom');
  }
  get textComparison(): CfKindDouble {
    return this._nav('textComparison');
  }
  delete(): void {
    this._call('delete', [], (t) => t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1));
  }
  getRange(): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      if (t.cf.rects.length !== 1) throw notSupported('ConditionalFormat.getRange on a multi-area format');
      return { sheet: t.sheet, rect: t.cf.rects[0] };
    });
  }
}

/** CustomConditionalFormat / TextConditionalFormat: a rule and a format. */
export class CfKindDouble extends ClientObjectDouble<CfTarget> {
  constructor(
    ctx: RequestContextDouble,
    type: string,
    resolve: () => CfTarget | null,
    mode: 'nav',
    private readonly _kind: 'custom' | 'text',
  ) {
    super(ctx, type, resolve, mode);
  }
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return this._kind === 'text' ? { rule: (t) => ({ ...t.cf.rule }) } : {};
  }
  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    const navs: Record<string, () => object> = {
      format: () => strict(new CfFormatDouble(this._ctx, 'ConditionalRangeFormat', parent, 'nav'), 'ConditionalRangeFormat'),
    };
    if (this._kind === 'custom') navs.rule = () => strict(new CfRuleDouble(this._ctx, 'ConditionalFormatRule', parent, 'nav'), 'ConditionalFormatRule');
    return navs;
  }
  get format(): CfFormatDouble {
    return this._nav('format');
  }
  get rule(): unknown {
    if (this._kind === 'custom') return this._nav('rule');
    return this._get('rule');
  }
  set rule(v: unknown) {
    if (this._kind === 'custom') throw notSupported('Setting CustomConditionalFormat.rule (set rule.formula)');
    this._set('rule', v, (t, rule) => {
      const r = rule as { operator?: unknown; text?: unknown };
      if (!['Contains', 'NotContains', 'BeginsWith', 'EndsWith'].includes(String(r?.operator)) || typeof r?.text !== 'string') {
        throw officeError(ErrorCodes.invalidArgument, 'A text comparison rule needs an operator and a text.', 'TextConditionalFormat.rule');
      }
      t.cf.rule = { operator: r.operator, text: r.text };
    });
  }
}

export class CfRuleDouble extends ClientObjectDouble<CfTarget> {
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return { formula: (t) => t.cf.rule.formula ?? '' };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v, (t, f) => {
      if (typeof f !== 'string' || !f.startsWith('=')) throw officeError(ErrorCodes.invalidArgument, 'A rule formula starts with =.', 'ConditionalFormatRule.formula');
      t.cf.rule = { formula: f };
    });
  }
}

export class CfFormatDouble extends ClientObjectDouble<CfTarget> {
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return {};
  }
  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    return {
      fill: () => strict(new CfFillDouble(this._ctx, 'ConditionalRangeFill', parent, 'nav'), 'ConditionalRangeFill'),
      font: () => strict(new CfFontDouble(this._ctx, 'ConditionalRangeFont', parent, 'nav'), 'ConditionalRangeFont'),
    };
  }
  get fill(): CfFillDouble {
    return this._nav('fill');
  }
  get font(): CfFontDouble {
    return this._nav('font');
  }
}

export class CfFillDouble extends ClientObjectDouble<CfTarget> {
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return { color: (t) => t.cf.format.fill ?? null };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, c) => (t.cf.format.fill = checkColor(c, 'ConditionalRangeFill.color')));
  }
}

export class CfFontDouble extends ClientObjectDouble<CfTarget> {
  protected _scalars(): Record<string, (t: CfTarget) => unknown> {
    return { color: (t) => t.cf.format.fontColor ?? null, bold: (t) => t.cf.format.bold ?? false };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t, c) => (t.cf.format.fontColor = checkColor(c, 'ConditionalRangeFont.color')));
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v, (t, b) => (t.cf.format.bold = Boolean(b)));
  }
}

const RULE_KINDS = ['list', 'custom', 'wholeNumber', 'decimal', 'date', 'time', 'textLength'];

export class DataValidationDouble extends ClientObjectDouble<RangeTarget> {
  private _exact(t: RangeTarget) {
    return t.sheet.validations.find(
      (v) => v.rect.top === t.rect.top && v.rect.left === t.rect.left && v.rect.bottom === t.rect.bottom && v.rect.right === t.rect.right,
    );
  }
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      rule: (t) => this._exact(t)?.rule ?? {},
      type: (t) => {
        const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
        if (hits.length === 0) return 'None';
        const exact = this._exact(t);
        if (!exact) return 'Inconsistent';
        return Object.keys(exact.rule)[0] === 'list' ? 'List' : 'Custom';
      },
      ignoreBlanks: (t) => this._exact(t)?.ignoreBlanks ?? true,
    };
  }
  get rule(): unknown {
    return this._get('rule');
  }
  set rule(v: unknown) {
    this._set('rule', v, (t, rule) => {
      checkFormatWrite(t.sheet, 'DataValidation.rule');
      const keys = Object.keys((rule ?? {}) as object);
      if (keys.length !== 1 || !RULE_KINDS.includes(keys[0])) {
        throw officeError(ErrorCodes.invalidArgument, 'A data validation rule has exactly one kind.', 'DataValidation.rule');
      }
      const stored: Record<string, unknown> = { ...(rule as Record<string, unknown>) };
      if (keys[0] === 'list') {
        const list = (rule as { list: { inCellDropDown?: unknown; source?: unknown } }).list;
        let source = list?.source;
        if (source instanceof ClientObjectDouble) {
          const rt = (source as RangeDouble)._t();
          source = `=${qualifiedA1(rt.sheet.name, rt.rect)}`;
        }
        if (typeof source !== 'string' || source === '') {
          throw officeError(ErrorCodes.invalidArgument, 'A list validation needs a source.', 'DataValidation.rule');
        }
        stored.list = { inCellDropDown: list.inCellDropDown !== false, source };
      }
      t.sheet.validations.splice(0, t.sheet.validations.length, ...splitValidations(t));
      t.sheet.validations.push({ rect: { ...t.rect }, rule: stored, ignoreBlanks: true });
    });
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v, (t, b) => {
      const exact = this._exact(t);
      if (!exact) throw notSupported('DataValidation.ignoreBlanks on a range without exactly one validation');
      exact.ignoreBlanks = Boolean(b);
    });
  }
  get type(): string {
    return this._get('type');
  }
  set errorAlert(v: unknown) {
    this._set('errorAlert', v, (t, a) => {
      const exact = this._exact(t);
      if (!exact) throw notSupported('DataValidation.errorAlert on a range without exactly one validation');
      exact.errorAlert = a;
    });
  }
  set prompt(v: unknown) {
    this._set('prompt', v, (t, p) => {
      const exact = this._exact(t);
      if (!exact) throw notSupported('DataValidation.prompt on a range without exactly one validation');
      exact.prompt = p;
    });
  }
  clear(): void {
    this._call('clear', [], (t) => {
      checkFormatWrite(t.sheet, 'DataValidation.clear');
      t.sheet.validations.splice(0, t.sheet.validations.length, ...splitValidations(t));
    });
  }
}

/** The sheet's validations with `t.rect` cut out of them. */
function splitValidations(t: RangeTarget) {
  return t.sheet.validations.flatMap((v) => subtract(v.rect, t.rect).map((r) => ({ ...v, rect: r })));
}

export { ClientResultDouble, cellA1 };
