// The top of the API tree: Workbook, Application and workbook settings.
import { ClientObjectDouble, CollectionDouble, strict } from './client-object';
import { RequestContextDouble, jsonBytes } from './context';
import type { WorkbookModel } from './model';
import { ErrorCodes, officeError } from './errors';
import { RangeDouble } from './range';
import { TableCollectionDouble } from './table';
import { WorksheetCollectionDouble } from './worksheet';

export class WorkbookDouble extends ClientObjectDouble<null> {
  static make(ctx: RequestContextDouble): WorkbookDouble {
    return strict(new WorkbookDouble(ctx, 'Workbook', () => null, 'nav'), 'Workbook');
  }
  _t(): null {
    return null;
  }
  protected _scalars(): Record<string, (t: null) => unknown> {
    return {};
  }
  protected _navs(): Record<string, () => object> {
    return {
      worksheets: () => strict(new WorksheetCollectionDouble(this._ctx, 'WorksheetCollection', () => null, 'nav'), 'WorksheetCollection'),
      tables: () => TableCollectionDouble.forWorkbook(this._ctx),
      settings: () => strict(new SettingCollectionDouble(this._ctx, 'SettingCollection', () => null, 'nav'), 'SettingCollection'),
      application: () => strict(new ApplicationDouble(this._ctx, 'Application', () => null, 'nav'), 'Application'),
      protection: () => strict(new WorkbookProtectionDouble(this._ctx, 'WorkbookProtection', () => this._ctx._env.model, 'nav'), 'WorkbookProtection'),
    };
  }
  get worksheets(): WorksheetCollectionDouble {
    return this._nav('worksheets');
  }
  get tables(): TableCollectionDouble {
    return this._nav('tables');
  }
  get settings(): SettingCollectionDouble {
    this._requires('1.4', 'Workbook.settings');
    return this._nav('settings');
  }
  get application(): ApplicationDouble {
    return this._nav('application');
  }
  get protection(): WorkbookProtectionDouble {
    this._requires('1.7', 'Workbook.protection');
    return this._nav('protection');
  }
  getSelectedRange(): RangeDouble {
    return RangeDouble.make(this._ctx, () => {
      const sel = this._ctx._env.model.selection;
      if (!sel) throw officeError(ErrorCodes.invalidSelection, 'Nothing is selected.', 'Workbook.getSelectedRange');
      return { sheet: sel.sheet, rect: { ...sel.rect } };
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class WorkbookProtectionDouble extends ClientObjectDouble<WorkbookModel> {
  protected _scalars(): Record<string, (t: WorkbookModel) => unknown> {
    return { protected: (t) => t.structureProtected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

export class ApplicationDouble extends ClientObjectDouble<null> {
  _t(): null {
    return null;
  }
  protected _scalars(): Record<string, (t: null) => unknown> {
    return {};
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._requires('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {
      this._ctx._env.stats.screenUpdatingSuspensions += 1;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._requires('1.6', 'Application.suspendApiCalculationUntilNextSync');
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

/**
 * Stores a setting unless all the workbook's settings together, as JSON, would exceed the host's limit:
 * then InvalidArgument, and the settings stay as they were.
 */
function storeSetting(ctx: RequestContextDouble, key: string, value: unknown, where: string): void {
  const settings = ctx._env.model.settings;
  const stored = JSON.parse(JSON.stringify(value ?? null));
  const next = new Map(settings).set(key, stored);
  if (jsonBytes(Object.fromEntries(next)) > ctx._env.settingsLimitBytes) {
    throw officeError(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', where);
  }
  settings.set(key, stored);
}

interface SettingTarget {
  key: string;
}

export class SettingCollectionDouble extends CollectionDouble<null, SettingTarget, SettingDouble> {
  private get _settings() {
    return this._ctx._env.model.settings;
  }
  _t(): null {
    return null;
  }
  protected _itemsOf(): SettingTarget[] {
    return [...this._settings.keys()].map((key) => ({ key }));
  }
  protected _makeItem(target: SettingTarget): SettingDouble {
    return new SettingDouble(this._ctx, 'Setting', () => target, 'bound');
  }
  protected _itemScalars(): string[] {
    return ['key', 'value'];
  }
  protected _itemTypeName(): string {
    return 'Setting';
  }
  add(key: string, value: unknown): SettingDouble {
    this._call('add', [key, value], () => {
      if (typeof key !== 'string' || key === '' || key.length > 255) throw officeError(ErrorCodes.invalidArgument, 'A setting key is a non-empty string.', 'SettingCollection.add');
      storeSetting(this._ctx, key, value, 'SettingCollection.add');
    });
    return strict(new SettingDouble(this._ctx, 'Setting', () => ({ key }), 'bind'), 'Setting');
  }
  getItem(key: string): SettingDouble {
    return strict(new SettingDouble(this._ctx, 'Setting', () => (this._settings.has(key) ? { key } : null), 'bind'), 'Setting');
  }
  getItemOrNullObject(key: string): SettingDouble {
    return strict(new SettingDouble(this._ctx, 'Setting', () => (this._settings.has(key) ? { key } : null), 'bind', true), 'Setting');
  }
}

export class SettingDouble extends ClientObjectDouble<SettingTarget> {
  protected _scalars(): Record<string, (t: SettingTarget) => unknown> {
    return { key: (t) => t.key, value: (t) => this._ctx._env.model.settings.get(t.key) };
  }
  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    this._set('value', v, (t, value) => storeSetting(this._ctx, t.key, value, 'Setting.value'));
  }
  delete(): void {
    this._call('delete', [], (t) => this._ctx._env.model.settings.delete(t.key));
  }
}
