// Pacing keeps a long run's thread from staying busy: the desktop CPU watchdog warns above 90% for 15 s.
import { IDLE_SHARE, SLICE_MS, pacer } from '../../src/excel/pacing';

function burn(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* work */
  }
}

test('a second of CPU-bound work, with the pane rendering between slices: the thread idles a third of the time', async () => {
  const pace = pacer();
  let renders = 0;
  let work = 0;
  const started = performance.now();
  // The pane re-renders after each progress report: 8 ms of other work queued at every pause.
  while (work < 1_000) {
    const t = performance.now();
    burn(2);
    work += performance.now() - t;
    const before = performance.now();
    const waiting = pace();
    if (performance.now() - before < 1) {
      setTimeout(() => {
        burn(8);
        renders++;
      }, 0);
    }
    await waiting;
  }
  const elapsed = performance.now() - started;
  const busy = (work + renders * 8) / elapsed;
  console.log(`pacing: ${(busy * 100).toFixed(0)}% busy over ${elapsed.toFixed(0)} ms, ${renders} renders`);
  expect(busy).toBeLessThan(1 / (1 + IDLE_SHARE) + 0.08);
  expect(busy).toBeGreaterThan(0.3); // it still works most of the time
});

test('short work between calls does not pause; the first call and each slice of SLICE_MS do', async () => {
  let clock = 0;
  const pace = pacer(() => clock);
  const pauses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = Date.now();
    await pace();
    if (Date.now() - t >= 5) pauses.push(clock);
    clock += SLICE_MS / 4;
  }
  expect(pauses).toEqual([0, SLICE_MS, 2 * SLICE_MS]);
});
