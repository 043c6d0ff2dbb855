// Request context of the Excel double: queues operations, applies them at sync, counts syncs,
// measures each request, enforces the payload limits and lets tests inject faults.
import { DoubleOfficeError, ErrorCodes, officeError } from './errors';
import type { WorkbookModel } from './model';

export const FIVE_MB = 5 * 1024 * 1024;

export interface DoubleOptions {
  /** Largest request a sync may send (Excel on the web: 5 MB). */
  requestLimitBytes?: number;
  /** Largest response a sync may return (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  /** Highest version of each requirement set the host supports, e.g. { ExcelApi: '1.12' }. */
  requirementSets?: Record<string, string>;
  /**
   * Milliseconds each context.sync() waits (a timer) before it is applied, like the round trip to Excel.
   * Default 0: the sync settles in a microtask, without yielding to the event loop.
   */
  syncDelayMs?: number;
  /**
   * Strict write shapes (default true): `values`, `formulas` and `numberFormat` take 2-D arrays only, as the
   * typings say; a single value for a whole range is refused. False accepts it, as Excel's reference pages describe.
   */
  strictWriteShapes?: boolean;
  /**
   * How an oversize request is answered: 'RequestPayloadSizeLimitExceeded' (default), or 'GeneralException',
   * which Excel on the web has also answered (https://github.com/OfficeDev/office-js/issues/1314).
   */
  oversizeRequestAnswer?: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  /**
   * Largest size of all workbook settings together, as JSON (default 1,000,000 bytes). Microsoft supports
   * 2 MB (https://github.com/OfficeDev/office-js/issues/621), but users met InvalidArgument near 1 MB
   * (https://github.com/OfficeDev/office-js/issues/3957).
   */
  settingsLimitBytes?: number;
}

export interface SyncRecord {
  index: number;
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** What each queued operation was, e.g. 'Range.values =', 'WorksheetCollection.add()'. */
  what: string[];
  outcome: 'applied' | 'rejected';
  errorCode?: string;
  /** performance.now() when the double began applying the sync, and how long it took: the double's own
   * work, which Excel does in its own process (a browser test subtracts it from the pane's long tasks). */
  startedAt?: number;
  applyMs?: number;
}

export class DoubleStats {
  syncs = 0;
  runs = 0;
  records: SyncRecord[] = [];
  runOptions: unknown[] = [];
  screenUpdatingSuspensions = 0;

  get requestBytes(): number[] {
    return this.records.map((r) => r.requestBytes);
  }

  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }

  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }

  reset(): void {
    this.syncs = 0;
    this.runs = 0;
    this.records = [];
    this.runOptions = [];
    this.screenUpdatingSuspensions = 0;
  }
}

interface PlannedFault {
  at: number;
  error: () => DoubleOfficeError;
}

export class FaultInjector {
  private planned: PlannedFault[] = [];

  constructor(private readonly stats: DoubleStats) {}

  /** The n-th sync from now (1 = the next one) rejects and applies nothing, like a lost connection. */
  failNthSync(n = 1, error: { code?: string; message?: string } = {}): void {
    const code = error.code ?? ErrorCodes.generalException;
    const message = error.message ?? 'An internal error has occurred.';
    this.planned.push({ at: this.stats.syncs + n, error: () => officeError(code, message, 'context.sync') });
  }

  /** The n-th sync from now rejects with RequestPayloadSizeLimitExceeded whatever its size. */
  payloadErrorOnNthSync(n = 1): void {
    this.planned.push({ at: this.stats.syncs + n, error: payloadError });
  }

  clear(): void {
    this.planned = [];
  }

  take(index: number): DoubleOfficeError | null {
    const i = this.planned.findIndex((f) => f.at === index);
    if (i < 0) return null;
    const [fault] = this.planned.splice(i, 1);
    return fault.error();
  }
}

function payloadError(): DoubleOfficeError {
  return officeError(
    ErrorCodes.requestPayloadSizeLimitExceeded,
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    'context.sync',
  );
}

export interface DoubleEnvironment {
  model: WorkbookModel;
  stats: DoubleStats;
  faults: FaultInjector;
  requestLimitBytes: number;
  responseLimitBytes: number;
  requirementSets: Record<string, string>;
  syncDelayMs: number;
  strictWriteShapes: boolean;
  oversizeRequestAnswer: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  settingsLimitBytes: number;
}

/** One queued command. `run` executes it against the model during sync. */
export interface Op {
  bytes: number;
  what: string;
  run(run: SyncRun): void;
}

export class SyncRun {
  responseBytes = 0;
  private readonly commits: (() => void)[] = [];

  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  /** Makes loaded values visible to the add-in only when the whole sync succeeds. */
  commit(fn: () => void): void {
    this.commits.push(fn);
  }

  finish(): void {
    for (const fn of this.commits) fn();
  }
}

export interface RunOptionsLike {
  delayForCellEdit?: boolean;
}

export class RequestContextDouble {
  _ops: Op[] = [];
  private _workbookApi: unknown;

  constructor(
    readonly _env: DoubleEnvironment,
    readonly _runOptions: RunOptionsLike,
    workbookFactory: (ctx: RequestContextDouble) => unknown,
  ) {
    this._workbookApi = workbookFactory(this);
  }

  get workbook(): unknown {
    return this._workbookApi;
  }

  get application(): unknown {
    return (this._workbookApi as { application: unknown }).application;
  }

  /** Set when the Excel.run that created this context has finished: its objects can no longer be used. */
  _closed = false;

  _queue(op: Op): void {
    if (this._closed) throw closedError();
    this._ops.push(op);
  }

  async sync(): Promise<void> {
    if (this._closed) throw closedError();
    const env = this._env;
    env.stats.syncs += 1;
    const index = env.stats.syncs;
    const ops = this._ops;
    this._ops = [];
    const requestBytes = 64 + ops.reduce((n, op) => n + op.bytes, 0);
    const record: SyncRecord = { index, requestBytes, responseBytes: 0, operations: ops.length, what: ops.map((op) => op.what), outcome: 'rejected' };
    env.stats.records.push(record);
    if (env.syncDelayMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, env.syncDelayMs));
    else await Promise.resolve();
    const startedAt = performance.now();
    record.startedAt = startedAt;
    const reject = (error: DoubleOfficeError) => {
      record.errorCode = error.code;
      record.applyMs = performance.now() - startedAt;
      throw error;
    };
    const fault = env.faults.take(index);
    if (fault) reject(fault);
    if (env.model.cellEditMode && !this._runOptions.delayForCellEdit) {
      reject(officeError(ErrorCodes.invalidOperationInCellEditMode, 'Excel is in cell-editing mode.', 'context.sync'));
    }
    if (requestBytes > env.requestLimitBytes) {
      reject(env.oversizeRequestAnswer === 'GeneralException' ? officeError(ErrorCodes.generalException, 'There was an internal error while processing the request.', 'context.sync') : payloadError());
    }
    const run = new SyncRun();
    try {
      for (const op of ops) op.run(run);
    } catch (e) {
      reject(e instanceof DoubleOfficeError ? e : officeError(ErrorCodes.generalException, String((e as Error)?.message ?? e)));
    }
    record.responseBytes = run.responseBytes;
    if (run.responseBytes > env.responseLimitBytes) {
      reject(officeError(ErrorCodes.responsePayloadSizeLimitExceeded, 'The response payload size has exceeded the limit.', 'context.sync'));
    }
    run.finish();
    record.outcome = 'applied';
    record.applyMs = performance.now() - startedAt;
  }
}

function closedError(): DoubleOfficeError {
  return officeError(
    'InvalidObjectPath',
    'The object is used outside the Excel.run batch that created it (its request context has finished).',
    'RequestContext',
  );
}

/** UTF-8 length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8Length(JSON.stringify(value) ?? '');
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
