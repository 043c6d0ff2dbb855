// Base of every proxy object of the double: strict property access, load/sync semantics,
// queued property sets and method calls, requirement-set checks.
import { RequestContextDouble, SyncRun, compareVersions, jsonBytes } from './context';
import { ErrorCodes, notSupported, officeError, propertyNotLoaded } from './errors';

// Names that JavaScript machinery (promises, JSON, jest's printers) probes on any object.
const PROBED = new Set([
  'then',
  'toJSON',
  'nodeType',
  'tagName',
  'asymmetricMatch',
  '$$typeof',
  'inspect',
  '_isMockFunction',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

/** Wraps an API object so that any member the double does not implement throws instead of being undefined. */
export function strict<T extends object>(obj: T, type: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
      if (PROBED.has(prop)) return undefined;
      throw notSupported(`${type}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.set(target, prop, value, receiver);
      throw notSupported(`Setting ${type}.${prop}`);
    },
  });
}

export type LoadArg = string | string[] | Record<string, unknown> | undefined;

export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  const o = arg as Record<string, unknown>;
  if ('select' in o || 'expand' in o) {
    return [...loadPaths(o.select as string | undefined), ...loadPaths(o.expand as string | undefined)];
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === '$top' || k === '$skip') throw notSupported(`load option ${k}`);
    if (v === true) out.push(k);
    else if (v && typeof v === 'object') out.push(...loadPaths(v as Record<string, unknown>).map((p) => `${k}/${p}`));
  }
  return out;
}

type Mode = 'bind' | 'nav' | 'bound';

export abstract class ClientObjectDouble<T> {
  _bound: { target: T | null } | null = null;
  _loaded = new Map<string, unknown>();
  _nullKnown = false;
  _isNull = false;
  _navCache = new Map<string, unknown>();

  constructor(
    readonly _ctx: RequestContextDouble,
    readonly _type: string,
    readonly _resolve: () => T | null,
    mode: Mode,
    orNull = false,
  ) {
    if (mode === 'bound') {
      this._bound = { target: _resolve() };
      this._nullKnown = true;
    } else if (mode === 'bind') {
      _ctx._queue({
        bytes: 48,
        what: `${_type} (object path)`,
        run: (run) => {
          const target = this._resolve();
          if (target === null && !orNull) {
            throw officeError(ErrorCodes.itemNotFound, `The requested ${_type} does not exist.`, _type);
          }
          this._bound = { target };
          run.commit(() => {
            this._nullKnown = true;
            this._isNull = target === null;
          });
        },
      });
    }
  }

  /** Scalar properties this type can load, with how to read each from the model. */
  protected abstract _scalars(): Record<string, (t: T) => unknown>;

  /** Navigation properties (objects reachable without a call). */
  protected _navs(): Record<string, () => object> {
    return {};
  }

  get context(): RequestContextDouble {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded(this._type, 'isNullObject');
    return this._isNull;
  }

  _targetOrNull(): T | null {
    if (this._bound) return this._bound.target;
    return this._resolve();
  }

  _t(): T {
    const t = this._targetOrNull();
    if (t === null || t === undefined) {
      throw officeError(ErrorCodes.itemNotFound, `The ${this._type} is a null object or no longer exists.`, this._type);
    }
    return t;
  }

  _nav<N extends object>(name: string): N {
    let n = this._navCache.get(name) as N | undefined;
    if (!n) {
      const make = this._navs()[name];
      if (!make) throw notSupported(`${this._type}.${name}`);
      n = make() as N;
      this._navCache.set(name, n);
    }
    return n;
  }

  _get<V>(name: string): V {
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull) return undefined as V;
    throw propertyNotLoaded(this._type, name);
  }

  _set<V>(name: string, value: V, apply: (t: T, v: V) => void): void {
    this._loaded.set(name, value);
    this._ctx._queue({
      bytes: 40 + name.length + jsonBytes(value),
      what: `${this._type}.${name} =`,
      run: () => apply(this._t(), value),
    });
  }

  _call(name: string, args: unknown[], apply: (t: T) => void): void {
    this._ctx._queue({
      bytes: 40 + name.length + jsonBytes(args.map(plainArg)),
      what: `${this._type}.${name}()`,
      run: () => apply(this._t()),
    });
  }

  _requires(version: string, what: string): void {
    const have = this._ctx._env.requirementSets.ExcelApi ?? '1.1';
    if (compareVersions(have, version) < 0) {
      throw officeError(ErrorCodes.apiNotFound, `${what} needs ExcelApi ${version}; this host supports ${have}.`, what);
    }
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    const scalars = this._scalars();
    const mine = new Set<string>(paths.length === 0 ? Object.keys(scalars) : []);
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && head in scalars) mine.add(head);
      else if (head in this._navs()) (this._nav(head) as ClientObjectDouble<unknown>).load(rest.length ? rest.join('/') : undefined);
      else throw notSupported(`${this._type}.load('${p}')`);
    }
    if (mine.size) this._queueLoad([...mine]);
    return this;
  }

  _queueLoad(names: string[]): void {
    this._ctx._queue({
      bytes: 40 + names.join(',').length,
      what: `${this._type}.load(${names.join(',')})`,
      run: (run) => this._loadNow(names, run),
    });
  }

  _loadNow(names: string[], run: SyncRun): void {
    const t = this._targetOrNull();
    const scalars = this._scalars();
    const snap: Record<string, unknown> = {};
    if (t !== null && t !== undefined) for (const n of names) snap[n] = scalars[n](t);
    run.respond(snap);
    run.commit(() => {
      if (t === null || t === undefined) return;
      for (const n of names) this._loaded.set(n, snap[n]);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

function plainArg(a: unknown): unknown {
  return a instanceof ClientObjectDouble ? `<${a._type}>` : a;
}

/** A value a method returns after the next sync (OfficeExtension.ClientResult). */
export class ClientResultDouble<V> {
  private _ready = false;
  private _value: V | undefined;

  constructor(ctx: RequestContextDouble, what: string, compute: () => V) {
    ctx._queue({
      bytes: 40,
      what,
      run: (run) => {
        const v = compute();
        run.respond(v);
        run.commit(() => {
          this._value = v;
          this._ready = true;
        });
      },
    });
  }

  get value(): V {
    if (!this._ready) throw propertyNotLoaded('ClientResult', 'value');
    return this._value as V;
  }
}

/** A collection proxy: `items` after load, with each item's requested scalars. */
export abstract class CollectionDouble<TOwner, TItemTarget, TItem extends ClientObjectDouble<TItemTarget>> extends ClientObjectDouble<TOwner> {
  protected abstract _itemsOf(owner: TOwner): TItemTarget[];
  protected abstract _makeItem(target: TItemTarget): TItem;
  protected abstract _itemScalars(): string[];

  protected _scalars(): Record<string, (t: TOwner) => unknown> {
    return {};
  }

  get items(): TItem[] {
    return this._get<TItem[]>('items');
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    const itemScalars = this._itemScalars();
    const names = new Set<string>();
    for (const p of paths) {
      const rest = p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p;
      if (rest === '') {
        itemScalars.forEach((n) => names.add(n));
        continue;
      }
      if (rest.includes('/') || !itemScalars.includes(rest)) throw notSupported(`${this._type}.load('${p}')`);
      names.add(rest);
    }
    if (paths.length === 0) itemScalars.forEach((n) => names.add(n));
    this._ctx._queue({
      bytes: 40,
      what: `${this._type}.load(items)`,
      run: (run) => {
        const owner = this._t();
        const items = this._itemsOf(owner).map((t) => strict(this._makeItem(t), this._itemTypeName()));
        for (const item of items) item._loadNow([...names], run);
        run.commit(() => this._loaded.set('items', items));
      },
    });
    return this;
  }

  protected abstract _itemTypeName(): string;

  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this._ctx, `${this._type}.getCount()`, () => this._itemsOf(this._t()).length);
  }
}
