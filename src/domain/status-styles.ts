// Row colours by status, shared by the sheet (both hosts) and the task pane.
import type { Status } from './types';
import type { StatusStyle } from './write-plan-types';

export const STATUS_STYLES: StatusStyle[] = [
  { status: 'Disengage now', fill: '#F4B6B6', font: '#7A0000' },
  { status: 'Disengage', fill: '#F8CBAD', font: '#843C0C' },
  { status: 'Instruct & verify', fill: '#FFE699', font: '#5C4500' },
  { status: 'Review', fill: '#E4DFEC', font: '#4B2A66' },
  { status: 'Trace inputs', fill: '#DDEBF7', font: '#1F4E79' },
  { status: 'No link found', fill: '#E2EFDA', font: '#375623' },
  { status: 'Insufficient data', fill: '#D9D9D9', font: '#262626' },
];

export function styleOf(status: Status): StatusStyle {
  return STATUS_STYLES.find((s) => s.status === status) ?? STATUS_STYLES[STATUS_STYLES.length - 1];
}
