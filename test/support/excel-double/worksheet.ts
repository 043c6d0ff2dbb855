// Worksheets, the worksheet collection, AutoFilter and charts.
import { MAX_COLUMNS, MAX_ROWS, Rect, intersects, parseLocalA1, qualifiedA1, rect, sameRect, splitSheet } from './a1';
import { ClientObjectDouble, CollectionDouble, strict } from './client-object';
import type { RequestContextDouble } from './context';
import { ErrorCodes, notSupported, officeError } from './errors';
import { FilterCriteriaModel, SheetModel, SheetVisibility, TableModel, validateSheetName } from './model';
import { assertSheetUnprotected, assertStructureUnprotected } from './structure';
import { RangeDouble, RangeTarget } from './range';
import { TableCollectionDouble } from './table';

export function parseAddressOn(sheet: SheetModel, address: string, where: string): Rect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw officeError(ErrorCodes.invalidArgument, `Address '${address}' names another sheet.`, where);
  }
  const r = parseLocalA1(local);
  if (!r) throw notSupported(`${where}('${address}') (only bounded A1 addresses)`);
  return r;
}

export class WorksheetDouble extends ClientObjectDouble<SheetModel> {
  static make(ctx: RequestContextDouble, resolve: () => SheetModel | null, mode: 'bind' | 'nav' | 'bound' = 'bind', orNull = false): WorksheetDouble {
    return strict(new WorksheetDouble(ctx, 'Worksheet', resolve, mode, orNull), 'Worksheet');
  }

  private get _model() {
    return this._ctx._env.model;
  }

  protected _scalars(): Record<string, (t: SheetModel) => unknown> {
    return {
      name: (t) => t.name,
      id: (t) => t.id,
      position: (t) => this._model.sheets.indexOf(t),
      visibility: (t) => t.visibility,
    };
  }

  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    return {
      tables: () => TableCollectionDouble.make(this._ctx, () => parent(), 'nav'),
      autoFilter: () => strict(new AutoFilterDouble(this._ctx, 'AutoFilter', () => (parent() ? { sheet: parent()!, table: null } : null), 'nav'), 'AutoFilter'),
      charts: () => strict(new ChartCollectionDouble(this._ctx, 'ChartCollection', parent, 'nav'), 'ChartCollection'),
      protection: () => strict(new WorksheetProtectionDouble(this._ctx, 'WorksheetProtection', parent, 'nav'), 'WorksheetProtection'),
      pivotTables: () => strict(new PivotTableCollectionDouble(this._ctx, 'PivotTableCollection', parent, 'nav'), 'PivotTableCollection'),
    };
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, name) => {
      assertStructureUnprotected(this._model, 'Worksheet.name');
      validateSheetName(name);
      const other = this._model.findSheet(name);
      if (other && other !== t) throw officeError(ErrorCodes.itemAlreadyExists, `A worksheet named '${name}' already exists.`, 'Worksheet.name');
      t.name = name;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._set('position', v, (t, p) => {
      assertStructureUnprotected(this._model, 'Worksheet.position');
      const sheets = this._model.sheets;
      if (!Number.isInteger(p) || p < 0 || p >= sheets.length) throw officeError(ErrorCodes.invalidArgument, 'Position out of range.', 'Worksheet.position');
      sheets.splice(sheets.indexOf(t), 1);
      sheets.splice(p, 0, t);
    });
  }
  get visibility(): SheetVisibility {
    return this._get('visibility');
  }
  set visibility(v: SheetVisibility) {
    this._set('visibility', v, (t, vis) => {
      assertStructureUnprotected(this._model, 'Worksheet.visibility');
      this._model.setVisibility(t, vis);
    });
  }
  get tables(): TableCollectionDouble {
    return this._nav('tables');
  }
  get autoFilter(): AutoFilterDouble {
    this._requires('1.9', 'Worksheet.autoFilter');
    return this._nav('autoFilter');
  }
  get charts(): ChartCollectionDouble {
    return this._nav('charts');
  }
  get protection(): WorksheetProtectionDouble {
    this._requires('1.2', 'Worksheet.protection');
    return this._nav('protection');
  }
  get pivotTables(): PivotTableCollectionDouble {
    this._requires('1.8', 'Worksheet.pivotTables');
    return this._nav('pivotTables');
  }

  activate(): void {
    this._call('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw officeError(ErrorCodes.invalidOperation, 'A hidden worksheet cannot be activated.', 'Worksheet.activate');
      this._model.moveSelection(t, rect(0, 0, 0, 0));
    });
  }
  delete(): void {
    this._call('delete', [], (t) => {
      assertStructureUnprotected(this._model, 'Worksheet.delete');
      this._model.deleteSheet(t);
    });
  }
  getRange(address?: string): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t, rect: address === undefined ? rect(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1) : parseAddressOn(t, address, 'Worksheet.getRange') };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw officeError(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'Worksheet.getRangeByIndexes');
      }
      return { sheet: this._t(), rect: rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1) };
    });
  }
  getCell(row: number, column: number): RangeDouble {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t, rect: t.usedRect(Boolean(valuesOnly)) ?? rect(0, 0, 0, 0) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    this._requires('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return RangeDouble.make(
      this._ctx,
      () => {
        const t = this._t();
        const used = t.usedRect(Boolean(valuesOnly));
        return used ? { sheet: t, rect: used } : null;
      },
      'bind',
      true,
    );
  }
}

export class WorksheetCollectionDouble extends CollectionDouble<null, SheetModel, WorksheetDouble> {
  private get _model() {
    return this._ctx._env.model;
  }
  protected _itemsOf(): SheetModel[] {
    return [...this._model.sheets];
  }
  protected _makeItem(target: SheetModel): WorksheetDouble {
    return new WorksheetDouble(this._ctx, 'Worksheet', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected _itemTypeName(): string {
    return 'Worksheet';
  }
  _t(): null {
    return null;
  }
  add(name?: string): WorksheetDouble {
    let created: SheetModel | null = null;
    this._call('add', [name], () => {
      assertStructureUnprotected(this._model, 'WorksheetCollection.add');
      created = this._model.addSheet(name ?? this._model.freeSheetName());
    });
    return WorksheetDouble.make(this._ctx, () => created);
  }
  getItem(key: string): WorksheetDouble {
    return WorksheetDouble.make(this._ctx, () => this._model.findSheet(key) ?? null);
  }
  getItemOrNullObject(key: string): WorksheetDouble {
    this._requires('1.4', 'WorksheetCollection.getItemOrNullObject');
    return WorksheetDouble.make(this._ctx, () => this._model.findSheet(key) ?? null, 'bind', true);
  }
  getActiveWorksheet(): WorksheetDouble {
    return WorksheetDouble.make(this._ctx, () => this._model.activeSheet);
  }
  /** The selection changed on any sheet (ExcelApi 1.9). */
  get onSelectionChanged(): EventHandlersDouble {
    this._requires('1.9', 'WorksheetCollection.onSelectionChanged');
    return new EventHandlersDouble(this._ctx, 'selectionChanged');
  }
  /** Any sheet was activated (ExcelApi 1.7). */
  get onActivated(): EventHandlersDouble {
    this._requires('1.7', 'WorksheetCollection.onActivated');
    return new EventHandlersDouble(this._ctx, 'activated');
  }
}

/** OfficeExtension.EventHandlers: a handler is registered when the sync that carries `add` is applied. */
export class EventHandlersDouble {
  constructor(
    private readonly _ctx: RequestContextDouble,
    private readonly _event: 'selectionChanged' | 'activated',
  ) {}

  add(handler: (args: unknown) => unknown): { context: RequestContextDouble; remove(): void } {
    if (typeof handler !== 'function') throw officeError(ErrorCodes.invalidArgument, 'An event handler is a function.', 'EventHandlers.add');
    const entry = { event: this._event, handler };
    const handlers = this._ctx._env.model.eventHandlers;
    this._ctx._queue({ bytes: 60, what: `add ${this._event} handler`, run: (run) => run.commit(() => handlers.push(entry)) });
    const ctx = this._ctx;
    return {
      context: ctx,
      remove() {
        ctx._queue({ bytes: 60, what: 'remove handler', run: (run) => run.commit(() => handlers.splice(handlers.indexOf(entry) >>> 0, 1)) });
      },
    };
  }
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected. */
export class WorksheetProtectionDouble extends ClientObjectDouble<SheetModel> {
  protected _scalars(): Record<string, (t: SheetModel) => unknown> {
    return { protected: (t) => t.protected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

interface PivotTarget {
  sheet: SheetModel;
  pivot: SheetModel['pivots'][number];
}

/** Worksheet.pivotTables (ExcelApi 1.8): names, and the cells each PivotTable covers through its layout. */
export class PivotTableCollectionDouble extends CollectionDouble<SheetModel, PivotTarget, PivotTableDouble> {
  protected _itemsOf(sheet: SheetModel): PivotTarget[] {
    return sheet.pivots.map((pivot) => ({ sheet, pivot }));
  }
  protected _makeItem(target: PivotTarget): PivotTableDouble {
    return new PivotTableDouble(this._ctx, 'PivotTable', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name'];
  }
  protected _itemTypeName(): string {
    return 'PivotTable';
  }
}

export class PivotTableDouble extends ClientObjectDouble<PivotTarget> {
  protected _scalars(): Record<string, (t: PivotTarget) => unknown> {
    return { name: (t) => t.pivot.name };
  }
  protected _navs(): Record<string, () => object> {
    return { layout: () => strict(new PivotLayoutDouble(this._ctx, 'PivotLayout', () => this._targetOrNull(), 'nav'), 'PivotLayout') };
  }
  get name(): string {
    return this._get('name');
  }
  get layout(): PivotLayoutDouble {
    return this._nav('layout');
  }
}

export class PivotLayoutDouble extends ClientObjectDouble<PivotTarget> {
  protected _scalars(): Record<string, (t: PivotTarget) => unknown> {
    return {};
  }
  getRange(): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t.sheet, rect: t.pivot.rect };
    });
  }
}

export interface FilterTarget {
  sheet: SheetModel;
  table: TableModel | null;
}

function cellMatches(sheet: SheetModel, r: number, c: number, crit: FilterCriteriaModel): boolean {
  if (crit.filterOn !== 'Values') throw notSupported(`filter on '${crit.filterOn}'`);
  const text = String(sheet.value(r, c)).toLowerCase();
  return (crit.values ?? []).some((v) => String(v).toLowerCase() === text);
}

function checkCriteria(criteria: unknown, where: string): FilterCriteriaModel {
  const c = criteria as FilterCriteriaModel;
  if (!c || typeof c.filterOn !== 'string') throw officeError(ErrorCodes.invalidArgument, 'Filter criteria need filterOn.', where);
  if (c.filterOn !== 'Values') throw notSupported(`${where} with filterOn '${c.filterOn}'`);
  if (!Array.isArray(c.values)) throw officeError(ErrorCodes.invalidArgument, 'A values filter needs values.', where);
  return { filterOn: c.filterOn, values: [...c.values] };
}

/** Recomputes which rows a sheet's AutoFilter and its tables' filters hide. */
export function refilter(sheet: SheetModel, tables: TableModel[]): void {
  sheet.filteredRows.clear();
  const apply = (area: Rect, criteria: Map<number, FilterCriteriaModel>) => {
    for (let r = area.top + 1; r <= area.bottom; r++) {
      for (const [offset, crit] of criteria) {
        if (!cellMatches(sheet, r, area.left + offset, crit)) {
          sheet.filteredRows.add(r);
          break;
        }
      }
    }
  };
  if (sheet.autoFilter) apply(sheet.autoFilter.rect, sheet.autoFilter.criteria);
  for (const t of tables) apply(t.rect, t.criteria);
}

export class AutoFilterDouble extends ClientObjectDouble<FilterTarget> {
  private get _model() {
    return this._ctx._env.model;
  }
  private _criteria(t: FilterTarget): Map<number, FilterCriteriaModel> | null {
    return t.table ? t.table.criteria : t.sheet.autoFilter?.criteria ?? null;
  }
  protected _scalars(): Record<string, (t: FilterTarget) => unknown> {
    return {
      enabled: (t) => Boolean(t.table || t.sheet.autoFilter),
      isDataFiltered: (t) => (this._criteria(t)?.size ?? 0) > 0,
      criteria: (t) => {
        const area = t.table ? t.table.rect : t.sheet.autoFilter?.rect;
        if (!area) return [];
        const crit = this._criteria(t)!;
        return Array.from({ length: area.right - area.left + 1 }, (_, i) => crit.get(i) ?? { filterOn: 'Custom' });
      },
    };
  }
  get enabled(): boolean {
    return this._get('enabled');
  }
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }
  get criteria(): unknown[] {
    return this._get('criteria');
  }
  apply(range: RangeDouble | string, columnIndex?: number, criteria?: unknown): void {
    this._call('apply', [range, columnIndex, criteria], (t) => {
      assertSheetUnprotected(t.sheet, 'AutoFilter.apply');
      const area = typeof range === 'string' ? parseAddressOn(t.sheet, range, 'AutoFilter.apply') : this._rangeRect(range, t.sheet);
      const crit = criteria === undefined ? null : checkCriteria(criteria, 'AutoFilter.apply');
      if (t.table) {
        if (!sameRect(area, t.table.rect)) throw officeError(ErrorCodes.invalidArgument, "A table's AutoFilter applies to the table's range.", 'AutoFilter.apply');
      } else {
        if (this._model.tablesOn(t.sheet).some((tb) => intersects(tb.rect, area))) {
          throw officeError(ErrorCodes.invalidOperation, 'A worksheet AutoFilter cannot overlap a table; use the table filter.', 'AutoFilter.apply');
        }
        if (!t.sheet.autoFilter || !sameRect(t.sheet.autoFilter.rect, area)) t.sheet.autoFilter = { rect: area, criteria: new Map() };
      }
      if (columnIndex !== undefined && crit) {
        if (columnIndex < 0 || columnIndex > area.right - area.left) throw officeError(ErrorCodes.invalidArgument, 'Column index outside the filter.', 'AutoFilter.apply');
        this._criteria(t)!.set(columnIndex, crit);
      }
      refilter(t.sheet, this._model.tablesOn(t.sheet));
    });
  }
  clearCriteria(): void {
    this._call('clearCriteria', [], (t) => {
      assertSheetUnprotected(t.sheet, 'AutoFilter.clearCriteria');
      this._criteria(t)?.clear();
      refilter(t.sheet, this._model.tablesOn(t.sheet));
    });
  }
  remove(): void {
    this._call('remove', [], (t) => {
      assertSheetUnprotected(t.sheet, 'AutoFilter.remove');
      if (t.table) throw notSupported('Removing the AutoFilter of a table');
      t.sheet.autoFilter = null;
      refilter(t.sheet, this._model.tablesOn(t.sheet));
    });
  }
  reapply(): void {
    this._call('reapply', [], (t) => refilter(t.sheet, this._model.tablesOn(t.sheet)));
  }
  getRange(): RangeDouble {
    return RangeDouble.make(this._ctx, () => this._areaOf(this._t()));
  }
  getRangeOrNullObject(): RangeDouble {
    return RangeDouble.make(this._ctx, () => this._areaOf(this._t()), 'bind', true);
  }
  private _areaOf(t: FilterTarget): RangeTarget | null {
    const area = t.table ? t.table.rect : t.sheet.autoFilter?.rect;
    return area ? { sheet: t.sheet, rect: area } : null;
  }
  private _rangeRect(range: RangeDouble, sheet: SheetModel): Rect {
    const rt = range._t();
    if (rt.sheet !== sheet) throw officeError(ErrorCodes.invalidArgument, 'The range is on another sheet.', 'AutoFilter.apply');
    return rt.rect;
  }
}

const CHART_TYPES = new Set(['ColumnClustered', 'BarClustered', 'ColumnStacked', 'BarStacked', 'Pie', 'Line', 'Doughnut']);

interface ChartTarget {
  sheet: SheetModel;
  chart: SheetModel['charts'][number];
}

export class ChartCollectionDouble extends CollectionDouble<SheetModel, ChartTarget, ChartDouble> {
  protected _itemsOf(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _makeItem(target: ChartTarget): ChartDouble {
    return new ChartDouble(this._ctx, 'Chart', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name', 'chartType'];
  }
  protected _itemTypeName(): string {
    return 'Chart';
  }
  add(type: string, sourceData: RangeDouble, seriesBy: string = 'Auto'): ChartDouble {
    if (!CHART_TYPES.has(type)) throw notSupported(`ChartCollection.add('${type}')`);
    if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw officeError(ErrorCodes.invalidArgument, `Unknown seriesBy '${seriesBy}'.`, 'ChartCollection.add');
    let created: ChartTarget | null = null;
    this._call('add', [type, sourceData, seriesBy], (sheet) => {
      assertSheetUnprotected(sheet, 'ChartCollection.add');
      const src = sourceData._t();
      const id = this._ctx._env.model.newId();
      const chart = { id, name: `Chart ${id}`, type, source: { ...src.rect }, sourceSheet: src.sheet.name, seriesBy, title: null, position: null };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return strict(new ChartDouble(this._ctx, 'Chart', () => created, 'bind'), 'Chart');
  }
}

export class ChartDouble extends ClientObjectDouble<ChartTarget> {
  protected _scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { name: (t) => t.chart.name, chartType: (t) => t.chart.type };
  }
  protected _navs(): Record<string, () => object> {
    return {
      title: () => strict(new ChartTitleDouble(this._ctx, 'ChartTitle', () => this._targetOrNull(), 'nav'), 'ChartTitle'),
      legend: () => strict(new ChartLegendDouble(this._ctx, 'ChartLegend', () => this._targetOrNull(), 'nav'), 'ChartLegend'),
    };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, n) => (t.chart.name = n));
  }
  get chartType(): string {
    return this._get('chartType');
  }
  get title(): ChartTitleDouble {
    return this._nav('title');
  }
  get legend(): ChartLegendDouble {
    return this._nav('legend');
  }
  setPosition(startCell: string | RangeDouble, endCell?: string | RangeDouble): void {
    const a1 = (x: string | RangeDouble | undefined) => (x === undefined || typeof x === 'string' ? x : `<Range>`);
    this._call('setPosition', [a1(startCell), a1(endCell)], (t) => {
      const resolve = (x: string | RangeDouble | undefined) => {
        if (x === undefined) return undefined;
        if (typeof x === 'string') {
          parseAddressOn(t.sheet, x, 'Chart.setPosition');
          return x;
        }
        const rt = x._t();
        return qualifiedA1(rt.sheet.name, rt.rect);
      };
      t.chart.position = { startCell: resolve(startCell)!, endCell: resolve(endCell) };
    });
  }
}

export class ChartTitleDouble extends ClientObjectDouble<ChartTarget> {
  protected _scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { text: (t) => t.chart.title ?? '', visible: (t) => t.chart.title !== null };
  }
  get text(): string {
    return this._get('text');
  }
  set text(v: string) {
    this._set('text', v, (t, s) => (t.chart.title = String(s)));
  }
}

export class ChartLegendDouble extends ClientObjectDouble<ChartTarget> {
  protected _scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { visible: (t) => t.chart.legendVisible !== false };
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(v: boolean) {
    this._set('visible', v, (t, vis) => (t.chart.legendVisible = Boolean(vis)));
  }
}
