// Row colours by status, shared by the sheet (both hosts) and the task pane: the status table's colours.
import { STATUS_TABLE } from './statuses';
import type { Status } from './types';
import type { StatusStyle } from './write-plan-types';

export const STATUS_STYLES: StatusStyle[] = STATUS_TABLE.map(({ status, fill, font }) => ({ status, fill, font }));

export function styleOf(status: Status): StatusStyle {
  return STATUS_STYLES.find((s) => s.status === status) ?? STATUS_STYLES[STATUS_STYLES.length - 1];
}
