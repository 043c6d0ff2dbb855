// Every sync of the add-in goes through here, so a run can report how many round trips it cost.

const counts = new WeakMap<object, number>();

export async function syncCounted(context: Excel.RequestContext): Promise<void> {
  counts.set(context, (counts.get(context) ?? 0) + 1);
  await context.sync();
}

/** Syncs made on this context so far (failed ones included). */
export function syncCount(context: Excel.RequestContext): number {
  return counts.get(context) ?? 0;
}
