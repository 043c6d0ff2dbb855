// What changed since the earlier screening recorded in the workbook, so an analyst sees at once which
// suppliers a list update touched.
import { severityOf, statusFacts } from './statuses';
import type { RowResult } from './types';

export const CHANGES = ['New flag', 'Status up', 'Status down', 'Unchanged', 'New row', 'First screening'] as const;
export type Change = (typeof CHANGES)[number];

export function changeOf(result: RowResult, previousStatus: string | undefined, hadPrevious: boolean): Change {
  if (!hadPrevious) return 'First screening';
  const before = previousStatus === undefined ? undefined : statusFacts(previousStatus);
  if (!before) return 'New row';
  if (before.status === result.status) return 'Unchanged';
  if (!before.flagged && statusFacts(result.status)?.flagged) return 'New flag';
  return severityOf(result.status) > severityOf(before.status) ? 'Status up' : 'Status down';
}
