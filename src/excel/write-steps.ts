// Packs write steps into syncs of about TARGET_REQUEST_BYTES each. A step is either one small action
// or a block that can be cut by rows; a sync rejected for its size applies nothing, so the same steps
// are packed again with half the budget. The number of syncs follows the bytes written, never the rows.
import {
  GENERAL_EXCEPTION_RETRY_BYTES,
  HARD_CAP_REQUEST_BYTES,
  MIN_REQUEST_BYTES,
  TARGET_REQUEST_BYTES,
  isGeneralException,
  isRequestTooLarge,
} from './payload';
import { syncCounted } from './sync-counter';

export interface WriteStep {
  label: string;
  /** Units that may go to separate syncs (rows of a block); 1 for an action. */
  units: number;
  /** Estimated request bytes of units [from, to); grows with `to`. */
  bytes(from: number, to: number): number;
  /** Queues the operations of units [from, to). Must look objects up afresh: a rejected sync is queued again. */
  queue(context: Excel.RequestContext, from: number, to: number): void;
  /** Set on the output rows of a sheet: unit i is data row firstRow + i. */
  dataRows?: { sheetName: string; firstRow: number };
  /** Set on the incomplete markers: unit i marks data row i, ahead of the output rows. */
  marksRows?: boolean;
  /**
   * Not safe to apply twice (inserting cells, adding or deleting a sheet): a sync that carries it stays
   * at most GENERAL_EXCEPTION_RETRY_BYTES, so it is never sent again after Excel may have applied some of it.
   */
  alone?: boolean;
}

export interface StepPosition {
  step: number;
  unit: number;
}

export interface StepsOutcome {
  state: 'complete' | 'cancelled' | 'failed';
  /** Where writing stopped (the first step and unit not written). */
  stoppedAt: StepPosition;
  syncs: number;
  /** Estimated bytes of the largest sync sent. */
  largestBytes: number;
  /** Data rows written per sheet. */
  rowsWritten: Map<string, number>;
  error?: unknown;
}

export interface RunStepsOptions {
  signal?: AbortSignal;
  targetBytes?: number;
  onRows?: (written: number, total: number) => void;
  /** After each sync that carried incomplete markers: rows marked so far, of all to mark. */
  onMarked?: (marked: number, total: number) => void;
  /** After each sync that went through: where writing has got to (the first step and unit not yet written). */
  onSynced?: (at: StepPosition) => void;
  /**
   * Called between pieces of one sync's request (about PIECE_BYTES each), so a host can let its UI run
   * while a request of a megabyte is measured and queued; the pieces still go out in one sync.
   */
  breathe?: () => Promise<void>;
}

/** Bytes queued between breaths: measuring and queuing a megabyte in one go held the pane's thread for 120–230 ms. */
export const PIECE_BYTES = 200_000;

const SYNC_OVERHEAD_BYTES = 64;


/**
 * Largest `to` in (from, units] whose bytes fit `room`; `from` when not even one unit fits.
 * Gallops forward before bisecting, so bytes(from, to) is asked only for `to` up to about twice the
 * answer: a step that estimates its rows lazily estimates about what each sync sends, never the whole
 * sheet up front (which kept the pane's thread busy for most of a second on 20,000 rows).
 */
function fit(step: WriteStep, from: number, room: number): number {
  let lo = from;
  let hi = step.units;
  for (let span = 1; ; span *= 2) {
    const to = Math.min(step.units, from + span);
    if (step.bytes(from, to) > room) {
      hi = to;
      break;
    }
    lo = to;
    if (to === step.units) return to;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (step.bytes(from, mid) <= room) lo = mid;
    else hi = mid;
  }
  return lo;
}

export class RowTooLarge extends Error {
  constructor(label: string) {
    super(`One row of ${label} is too large to send to Excel in one request.`);
  }
}

export async function runSteps(context: Excel.RequestContext, steps: WriteStep[], options: RunStepsOptions = {}): Promise<StepsOutcome> {
  let budget = Math.min(options.targetBytes ?? TARGET_REQUEST_BYTES, HARD_CAP_REQUEST_BYTES);
  let halvedOnGeneralException = false;
  const totalRows = steps.reduce((n, s) => n + (s.dataRows ? s.units : 0), 0);
  const totalMarks = steps.reduce((n, s) => n + (s.marksRows ? s.units : 0), 0);
  let marked = 0;
  const rowsWritten = new Map<string, number>();
  let written = 0;
  let at: StepPosition = { step: 0, unit: 0 };
  let syncs = 0;
  let largestBytes = 0;
  const outcome = (state: StepsOutcome['state'], error?: unknown): StepsOutcome => ({ state, stoppedAt: at, syncs, largestBytes, rowsWritten, error });

  while (at.step < steps.length) {
    if (options.signal?.aborted) return outcome('cancelled');
    let used = SYNC_OVERHEAD_BYTES;
    // A sync carrying a step that must not run twice stays small enough never to be sent again.
    let cap = budget;
    const batch: { step: WriteStep; from: number; to: number }[] = [];
    let next = { ...at };
    while (next.step < steps.length) {
      if (batch.length > 0 && options.breathe) await options.breathe();
      const step = steps[next.step];
      if (step.alone) {
        if (batch.length > 0 && used + step.bytes(0, 1) > GENERAL_EXCEPTION_RETRY_BYTES) break;
        cap = Math.min(cap, GENERAL_EXCEPTION_RETRY_BYTES);
      }
      const room = cap - used;
      const pieceRoom = options.breathe ? Math.min(room, PIECE_BYTES) : room;
      let to = fit(step, next.unit, pieceRoom);
      // A unit larger than a piece still goes in whole when the sync has room for it.
      if (to === next.unit && pieceRoom < room) to = fit(step, next.unit, room);
      if (to === next.unit) {
        if (batch.length > 0) break;
        to = next.unit + 1;
        if (step.bytes(next.unit, to) > HARD_CAP_REQUEST_BYTES) return outcome('failed', new RowTooLarge(step.label));
      }
      step.queue(context, next.unit, to);
      used += step.bytes(next.unit, to);
      batch.push({ step, from: next.unit, to });
      next = to < step.units ? { step: next.step, unit: to } : { step: next.step + 1, unit: 0 };
      // Cut by the sync's room: the sync is full. Cut by the piece: the next piece may still fit.
      if (to < step.units && pieceRoom === room) break;
    }
    try {
      syncs++;
      await syncCounted(context);
    } catch (error) {
      if (isRequestTooLarge(error) && budget / 2 >= MIN_REQUEST_BYTES) {
        budget = Math.floor(budget / 2);
        continue;
      }
      // Once per run: a large batch answered with GeneralException may have been too large for Excel on the web.
      if (isGeneralException(error) && used > GENERAL_EXCEPTION_RETRY_BYTES && !halvedOnGeneralException) {
        halvedOnGeneralException = true;
        budget = Math.floor(budget / 2);
        continue;
      }
      return outcome('failed', error);
    }
    largestBytes = Math.max(largestBytes, used);
    for (const { step, from, to } of batch) if (step.marksRows) marked += to - from;
    if (batch.some((b) => b.step.marksRows)) options.onMarked?.(marked, totalMarks);
    for (const { step, from, to } of batch) {
      if (!step.dataRows) continue;
      rowsWritten.set(step.dataRows.sheetName, (rowsWritten.get(step.dataRows.sheetName) ?? 0) + (to - from));
      written += to - from;
    }
    if (batch.some((b) => b.step.dataRows)) options.onRows?.(written, totalRows);
    at = next;
    options.onSynced?.(at);
  }
  return outcome('complete');
}

/** A step that is one indivisible action of about `bytes` bytes; `alone` when it must not be applied twice. */
export function actionStep(label: string, bytes: number, queue: (context: Excel.RequestContext) => void, alone = false): WriteStep {
  return { label, units: 1, bytes: () => bytes, queue: (context) => queue(context), ...(alone ? { alone } : {}) };
}

/**
 * Prefix sums of per-unit byte estimates computed on demand, in order: sum(to) is the bytes of units
 * [0, to). `perUnit(i)` is called once per unit, after every unit before it.
 */
export function lazyPrefixSums(units: number, perUnit: (i: number) => number): (to: number) => number {
  const sums = [0];
  return (to) => {
    for (let i = sums.length - 1; i < Math.min(to, units); i++) sums.push(sums[i] + perUnit(i));
    return sums[to];
  };
}

/** Prefix sums of per-unit byte estimates, for blocks cut by rows. */
export function prefixSums(perUnit: number[]): number[] {
  const sums = new Array<number>(perUnit.length + 1);
  sums[0] = 0;
  for (let i = 0; i < perUnit.length; i++) sums[i + 1] = sums[i] + perUnit[i];
  return sums;
}
