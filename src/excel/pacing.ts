// Long runs hand the pane's thread back often (so it repaints and a Cancel click lands) and idle for
// part of every slice. Windows and Mac warn the user when an add-in keeps a core above 90% for about
// 15 seconds (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
// yielding alone keeps the pane responsive but the core busy, so each slice of work is followed by idle time.

/** Work at most this long before handing the thread back (200 ms already feels stuck). */
export const SLICE_MS = 40;
/**
 * Idle after each slice, as a share of the time the thread was busy since the last pause (the slice,
 * and whatever ran before the pause: the pane's renders, event handlers). Half: a third of each cycle
 * idles. Measured in the browser test on 20,000 rows, a third of the busy time left 5-second windows
 * at up to 85% busy (the pane's renders and one-off steps come on top), half at up to 80%.
 */
export const IDLE_SHARE = 1 / 2;
/** The longest idle, after an unusually long step. */
const MAX_IDLE_MS = 100;

const task = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A function to call often during long work: it returns at once until SLICE_MS have passed since the
 * last pause; then it lets the work queued meanwhile run (a repaint, a click), and idles half the
 * time the thread was busy. The first call always pauses: the task that calls it may have run for a while.
 */
export function pacer(now: () => number = () => performance.now()): () => Promise<void> {
  let resumed = -Infinity;
  return async () => {
    if (now() - resumed < SLICE_MS) return;
    await task(0);
    const busy = resumed === -Infinity ? SLICE_MS : now() - resumed;
    await task(Math.min(MAX_IDLE_MS, Math.ceil(busy * IDLE_SHARE)));
    resumed = now();
  };
}
