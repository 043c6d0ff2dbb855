// How busy the add-in keeps its thread, read from a Chromium trace of the page: Windows and Mac warn the
// user when an add-in holds a core above 90% in three consecutive 5-second samples
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
//
// Measured per 5-second window of the run, from the renderer main thread's top-level tasks:
// - busy: wall time inside tasks. The pacer idles between slices by the wall clock, so this share does
//   not rise when other processes load the machine (their time stretches slices and idles alike); it is
//   what an unloaded desktop would see, and what is asserted.
// - cpu: the same tasks' thread CPU time (lower than busy when the machine is shared), for the report.
// The double's own work applying each sync stands in for Excel, which does it in its own process: it is
// taken out of both.
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = ['toplevel', 'blink.user_timing'];
const ALIGN_MARK = 'cta-duty-align';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

export interface Interval {
  start: number;
  end: number;
}

interface Task extends Interval {
  cpu: number;
}

export interface DutyWindow {
  /** Page clock (ms) at the window's start, from the run's start. */
  at: number;
  busy: number;
  cpu: number;
}

export interface DutyCycle {
  windowMs: number;
  windows: DutyWindow[];
  /** Highest busy share of a window. */
  maxBusy: number;
  maxCpu: number;
  /** Highest busy share that three consecutive windows all reach: the watchdog trips when this is above 0.9. */
  sustainedBusy: number;
  /** Over the whole run. */
  overallBusy: number;
  overallCpu: number;
}

/** Runs `body` with the page traced; returns its result and the trace events, with the page clock's offset. */
export async function traced<T>(browser: Browser, page: Page, body: () => Promise<T>): Promise<{ result: T; tasks: Task[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result!: T;
  let buffer!: Buffer;
  let alignAt = 0;
  try {
    alignAt = await page.evaluate((name) => performance.mark(name).startTime, ALIGN_MARK);
    result = await body();
  } finally {
    buffer = await browser.stopTracing();
  }
  const parsed = JSON.parse(buffer.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
  return { result, tasks: mainThreadTasks(events, alignAt) };
}

/** The renderer main thread's top-level tasks, on the page clock (ms), outermost only. */
function mainThreadTasks(events: TraceEvent[], alignAt: number): Task[] {
  const mark = events.find((e) => e.name === ALIGN_MARK);
  if (!mark) throw new Error('the alignment mark is missing from the trace');
  const offset = mark.ts / 1000 - alignAt;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === mark.pid && (e.args as { name?: string })?.name === 'CrRendererMain');
  const tid = main?.tid ?? mark.tid;
  const mine = events.filter((e) => e.pid === mark.pid && e.tid === tid && e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  const open: TraceEvent[] = [];
  for (const e of mine) {
    if (e.ph === 'X') tasks.push({ start: e.ts / 1000 - offset, end: (e.ts + (e.dur ?? 0)) / 1000 - offset, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) tasks.push({ start: b.ts / 1000 - offset, end: e.ts / 1000 - offset, cpu: ((e.tts ?? 0) - (b.tts ?? 0)) / 1000 || (e.ts - b.ts) / 1000 });
    }
  }
  // Outermost only: a task nested in another (a nested run loop) is already counted.
  tasks.sort((a, b) => a.start - b.start);
  const outer: Task[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (last && t.start < last.end) continue;
    outer.push(t);
  }
  return outer;
}

function overlap(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Busy and CPU shares per window of the run [from, to], the double's work (inside tasks) taken out. */
export function dutyCycle(tasks: Task[], doubleWork: Interval[], from: number, to: number, windowMs = 5_000): DutyCycle {
  const share = (w: Interval) => {
    let busy = 0;
    let cpu = 0;
    for (const t of tasks) {
      const inside = overlap(t, w);
      if (inside <= 0) continue;
      const theDouble = doubleWork.reduce((n, d) => n + overlap(d, { start: Math.max(t.start, w.start), end: Math.min(t.end, w.end) }), 0);
      const wall = t.end - t.start || 1;
      busy += inside - theDouble;
      cpu += (t.cpu * (inside - theDouble)) / wall;
    }
    return { busy: Math.max(0, busy), cpu: Math.max(0, cpu) };
  };
  const windows: DutyWindow[] = [];
  for (let at = from; at + windowMs <= to; at += windowMs) {
    const s = share({ start: at, end: at + windowMs });
    windows.push({ at: Math.round(at - from), busy: s.busy / windowMs, cpu: s.cpu / windowMs });
  }
  let sustained = 0;
  for (let i = 0; i + 2 < windows.length; i++) sustained = Math.max(sustained, Math.min(windows[i].busy, windows[i + 1].busy, windows[i + 2].busy));
  const all = share({ start: from, end: to });
  return {
    windowMs,
    windows,
    maxBusy: Math.max(0, ...windows.map((w) => w.busy)),
    maxCpu: Math.max(0, ...windows.map((w) => w.cpu)),
    sustainedBusy: sustained,
    overallBusy: all.busy / (to - from),
    overallCpu: all.cpu / (to - from),
  };
}
