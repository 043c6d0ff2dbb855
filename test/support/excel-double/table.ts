// Excel tables (ListObjects): collections, columns, and the table's own filter.
import { Rect, qualifiedA1, rect, splitSheet } from './a1';
import { ClientObjectDouble, CollectionDouble, strict } from './client-object';
import type { RequestContextDouble } from './context';
import { ErrorCodes, notSupported, officeError } from './errors';
import type { SheetModel, TableModel } from './model';
import { assertSheetUnprotected } from './structure';
import { RangeDouble } from './range';
import { AutoFilterDouble, WorksheetDouble, parseAddressOn, refilter } from './worksheet';

interface Scope {
  /** null: the workbook's collection. */
  sheet: SheetModel | null;
}

export class TableCollectionDouble extends CollectionDouble<Scope, TableModel, TableDouble> {
  static make(ctx: RequestContextDouble, sheet: () => SheetModel | null, mode: 'nav'): TableCollectionDouble {
    return strict(new TableCollectionDouble(ctx, 'TableCollection', () => ({ sheet: sheet() }), mode), 'TableCollection');
  }
  static forWorkbook(ctx: RequestContextDouble): TableCollectionDouble {
    return strict(new TableCollectionDouble(ctx, 'TableCollection', () => ({ sheet: null }), 'nav'), 'TableCollection');
  }
  private get _model() {
    return this._ctx._env.model;
  }
  protected _itemsOf(scope: Scope): TableModel[] {
    return scope.sheet ? this._model.tablesOn(scope.sheet) : [...this._model.tables];
  }
  protected _makeItem(target: TableModel): TableDouble {
    return new TableDouble(this._ctx, 'Table', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name', 'id', 'showHeaders', 'showTotals'];
  }
  protected _itemTypeName(): string {
    return 'Table';
  }
  add(address: string | RangeDouble, hasHeaders: boolean): TableDouble {
    if (!hasHeaders) throw notSupported('TableCollection.add without headers');
    let created: TableModel | null = null;
    this._call('add', [typeof address === 'string' ? address : '<Range>', hasHeaders], (scope) => {
      let sheet: SheetModel;
      let area: Rect;
      if (typeof address === 'string') {
        const named = splitSheet(address).sheet;
        const target = named ? this._model.findSheet(named) : scope.sheet ?? this._model.activeSheet;
        if (!target) throw officeError(ErrorCodes.itemNotFound, `No worksheet for '${address}'.`, 'TableCollection.add');
        sheet = target;
        area = parseAddressOn(sheet, address, 'TableCollection.add');
      } else {
        const rt = address._t();
        sheet = rt.sheet;
        area = rt.rect;
      }
      created = this._model.addTable(sheet, area);
    });
    return TableDouble.make(this._ctx, () => created);
  }
  getItem(key: string): TableDouble {
    return TableDouble.make(this._ctx, () => this._find(key));
  }
  getItemOrNullObject(key: string): TableDouble {
    this._requires('1.4', 'TableCollection.getItemOrNullObject');
    return TableDouble.make(this._ctx, () => this._find(key), true);
  }
  private _find(key: string): TableModel | null {
    const t = this._model.findTable(key);
    const scope = this._t();
    return t && (!scope.sheet || t.sheet === scope.sheet) ? t : null;
  }
}

export class TableScopedCollectionDouble extends CollectionDouble<TableModel[], TableModel, TableDouble> {
  static make(ctx: RequestContextDouble, resolve: () => TableModel[]): TableScopedCollectionDouble {
    return strict(new TableScopedCollectionDouble(ctx, 'TableScopedCollection', resolve, 'bind'), 'TableScopedCollection');
  }
  protected _itemsOf(tables: TableModel[]): TableModel[] {
    return tables;
  }
  protected _makeItem(target: TableModel): TableDouble {
    return new TableDouble(this._ctx, 'Table', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name', 'id', 'showHeaders', 'showTotals'];
  }
  protected _itemTypeName(): string {
    return 'Table';
  }
  getFirst(): TableDouble {
    return TableDouble.make(this._ctx, () => this._t()[0] ?? null);
  }
  getItem(key: string): TableDouble {
    return TableDouble.make(this._ctx, () => this._t().find((t) => t.name.toLowerCase() === key.toLowerCase()) ?? null);
  }
}

export class TableDouble extends ClientObjectDouble<TableModel> {
  static make(ctx: RequestContextDouble, resolve: () => TableModel | null, orNull = false): TableDouble {
    return strict(new TableDouble(ctx, 'Table', resolve, 'bind', orNull), 'Table');
  }
  protected _scalars(): Record<string, (t: TableModel) => unknown> {
    return {
      name: (t) => t.name,
      id: (t) => String(t.id),
      showHeaders: (t) => t.showHeaders,
      showTotals: (t) => t.showTotals,
    };
  }
  protected _navs(): Record<string, () => object> {
    const parent = () => this._targetOrNull();
    return {
      columns: () => strict(new TableColumnCollectionDouble(this._ctx, 'TableColumnCollection', parent, 'nav'), 'TableColumnCollection'),
      worksheet: () => WorksheetDouble.make(this._ctx, () => parent()?.sheet ?? null, 'nav'),
      autoFilter: () =>
        strict(new AutoFilterDouble(this._ctx, 'AutoFilter', () => (parent() ? { sheet: parent()!.sheet, table: parent()! } : null), 'nav'), 'AutoFilter'),
    };
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t, n) => {
      const other = this._ctx._env.model.findTable(n);
      if (other && other !== t) throw officeError(ErrorCodes.itemAlreadyExists, `A table named '${n}' already exists.`, 'Table.name');
      t.name = n;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  get columns(): TableColumnCollectionDouble {
    return this._nav('columns');
  }
  get worksheet(): WorksheetDouble {
    return this._nav('worksheet');
  }
  get autoFilter(): AutoFilterDouble {
    this._requires('1.9', 'Table.autoFilter');
    return this._nav('autoFilter');
  }
  private _part(f: (t: TableModel) => Rect): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      return { sheet: t.sheet, rect: f(t) };
    });
  }
  getRange(): RangeDouble {
    return this._part((t) => t.rect);
  }
  getHeaderRowRange(): RangeDouble {
    return this._part((t) => {
      if (!t.showHeaders) throw officeError(ErrorCodes.itemNotFound, 'The table has no header row.', 'Table.getHeaderRowRange');
      return rect(t.rect.top, t.rect.left, t.rect.top, t.rect.right);
    });
  }
  getDataBodyRange(): RangeDouble {
    return this._part((t) => this._ctx._env.model.tableBody(t));
  }
  getTotalRowRange(): RangeDouble {
    return this._part((t) => {
      if (!t.showTotals) throw officeError(ErrorCodes.itemNotFound, 'The table has no totals row.', 'Table.getTotalRowRange');
      return rect(t.rect.bottom, t.rect.left, t.rect.bottom, t.rect.right);
    });
  }
  clearFilters(): void {
    this._call('clearFilters', [], (t) => {
      t.criteria.clear();
      refilter(t.sheet, this._ctx._env.model.tablesOn(t.sheet));
    });
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class TableColumnCollectionDouble extends CollectionDouble<TableModel, ColumnTarget, TableColumnDouble> {
  protected _itemsOf(table: TableModel): ColumnTarget[] {
    return Array.from({ length: table.rect.right - table.rect.left + 1 }, (_, index) => ({ table, index }));
  }
  protected _makeItem(target: ColumnTarget): TableColumnDouble {
    return new TableColumnDouble(this._ctx, 'TableColumn', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['name', 'index', 'id'];
  }
  protected _itemTypeName(): string {
    return 'TableColumn';
  }
  add(index?: number | null, values?: unknown, name?: string): TableColumnDouble {
    if (name !== undefined) this._requires('1.4', 'TableColumnCollection.add(name)');
    let created: ColumnTarget | null = null;
    this._call('add', [index ?? null, values ?? null, name ?? null], (table) => {
      const count = table.rect.right - table.rect.left + 1;
      if (index !== undefined && index !== null && index !== -1 && index !== count) throw notSupported('TableColumnCollection.add inside a table');
      const rows = table.rect.bottom - table.rect.top + 1;
      let body: unknown[] | null = null;
      let header = name;
      if (values !== undefined && values !== null) {
        if (!Array.isArray(values) || values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== 1)) {
          throw officeError(ErrorCodes.invalidArgument, "The number of rows or columns in the input array doesn't match the table.", 'TableColumnCollection.add');
        }
        header = header ?? String(values[0][0]);
        body = values.slice(1).map((r) => (r as unknown[])[0]);
      }
      const model = this._ctx._env.model;
      const c = model.appendTableColumn(table, header ?? `Column${count + 1}`);
      if (body) {
        body.forEach((v, i) => {
          if (v === null || v === undefined) throw officeError(ErrorCodes.invalidArgument, 'null entry in column values.', 'TableColumnCollection.add');
          table.sheet.writeInput(table.rect.top + 1 + i, c, v as string);
        });
      }
      created = { table, index: count };
    });
    return strict(new TableColumnDouble(this._ctx, 'TableColumn', () => created, 'bind'), 'TableColumn');
  }
  getItem(key: string | number): TableColumnDouble {
    return strict(new TableColumnDouble(this._ctx, 'TableColumn', () => this._find(key), 'bind'), 'TableColumn');
  }
  getItemOrNullObject(key: string | number): TableColumnDouble {
    return strict(new TableColumnDouble(this._ctx, 'TableColumn', () => this._find(key), 'bind', true), 'TableColumn');
  }
  getItemAt(index: number): TableColumnDouble {
    return strict(
      new TableColumnDouble(this._ctx, 'TableColumn', () => {
        const table = this._t();
        return index >= 0 && index <= table.rect.right - table.rect.left ? { table, index } : null;
      }, 'bind'),
      'TableColumn',
    );
  }
  private _find(key: string | number): ColumnTarget | null {
    const table = this._t();
    const headers = this._ctx._env.model.tableHeaders(table);
    const index = typeof key === 'number' ? key - 1 : headers.findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
    return index >= 0 && index < headers.length ? { table, index } : null;
  }
}

export class TableColumnDouble extends ClientObjectDouble<ColumnTarget> {
  protected _scalars(): Record<string, (t: ColumnTarget) => unknown> {
    return {
      name: (t) => String(t.table.sheet.value(t.table.rect.top, t.table.rect.left + t.index)),
      index: (t) => t.index,
      id: (t) => t.index + 1,
    };
  }
  protected _navs(): Record<string, () => object> {
    return { filter: () => strict(new FilterDouble(this._ctx, 'Filter', () => this._targetOrNull(), 'nav'), 'Filter') };
  }
  get name(): string {
    return this._get('name');
  }
  get index(): number {
    return this._get('index');
  }
  get id(): number {
    return this._get('id');
  }
  get filter(): FilterDouble {
    return this._nav('filter');
  }
  private _part(top: (t: TableModel) => number, bottom: (t: TableModel) => number): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const t = this._t();
      const c = t.table.rect.left + t.index;
      return { sheet: t.table.sheet, rect: rect(top(t.table), c, bottom(t.table), c) };
    });
  }
  getRange(): RangeDouble {
    return this._part((t) => t.rect.top, (t) => t.rect.bottom);
  }
  getDataBodyRange(): RangeDouble {
    const body = (t: TableModel) => this._ctx._env.model.tableBody(t);
    return this._part((t) => body(t).top, (t) => body(t).bottom);
  }
  getHeaderRowRange(): RangeDouble {
    return this._part((t) => t.rect.top, (t) => t.rect.top);
  }
}

export class FilterDouble extends ClientObjectDouble<ColumnTarget> {
  protected _scalars(): Record<string, (t: ColumnTarget) => unknown> {
    return { criteria: (t) => t.table.criteria.get(t.index) ?? null };
  }
  get criteria(): unknown {
    return this._get('criteria');
  }
  private _refilter(t: ColumnTarget): void {
    refilter(t.table.sheet, this._ctx._env.model.tablesOn(t.table.sheet));
  }
  applyValuesFilter(values: unknown[]): void {
    this._call('applyValuesFilter', [values], (t) => {
      assertSheetUnprotected(t.table.sheet, 'Filter.applyValuesFilter');
      if (!Array.isArray(values)) throw officeError(ErrorCodes.invalidArgument, 'applyValuesFilter needs an array.', 'Filter.applyValuesFilter');
      t.table.criteria.set(t.index, { filterOn: 'Values', values: [...values] });
      this._refilter(t);
    });
  }
  apply(criteria: { filterOn?: string; values?: unknown[] }): void {
    this._call('apply', [criteria], (t) => {
      assertSheetUnprotected(t.table.sheet, 'Filter.apply');
      if (criteria?.filterOn !== 'Values' || !Array.isArray(criteria.values)) throw notSupported(`Filter.apply with filterOn '${criteria?.filterOn}'`);
      t.table.criteria.set(t.index, { filterOn: 'Values', values: [...criteria.values] });
      this._refilter(t);
    });
  }
  clear(): void {
    this._call('clear', [], (t) => {
      assertSheetUnprotected(t.table.sheet, 'Filter.clear');
      t.table.criteria.delete(t.index);
      this._refilter(t);
    });
  }
}

export { qualifiedA1 };
