// What changed since the earlier screening recorded in the workbook, so an analyst sees at once which
// suppliers a list update touched.
import type { RowResult, Status } from './types';

export const CHANGES = ['New flag', 'Status up', 'Status down', 'Unchanged', 'New row', 'First screening'] as const;
export type Change = (typeof CHANGES)[number];

const SEVERITY: Record<Status, number> = {
  'Disengage now': 6,
  Disengage: 5,
  'Instruct & verify': 4,
  Review: 3,
  'Trace inputs': 2,
  'No link found': 1,
  'Insufficient data': 0,
};
const FLAGGED = new Set<string>(['Disengage now', 'Disengage', 'Instruct & verify', 'Review']);

export function changeOf(result: RowResult, previousStatus: string | undefined, hadPrevious: boolean): Change {
  if (!hadPrevious) return 'First screening';
  if (previousStatus === undefined || !(previousStatus in SEVERITY)) return 'New row';
  if (previousStatus === result.status) return 'Unchanged';
  if (!FLAGGED.has(previousStatus) && FLAGGED.has(result.status)) return 'New flag';
  return SEVERITY[result.status] > SEVERITY[previousStatus as Status] ? 'Status up' : 'Status down';
}
