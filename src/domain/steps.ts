// Long domain work is written once, as a generator that pauses (yield) between slices of its input.
// The command line runs it at once; a host whose UI must stay live runs it with a breath at each pause.

export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runBreathing<T>(steps: Steps<T>, breathe: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await breathe();
  }
}
