// Status colours of the pane's badges. No module of src/domain exported a status palette when
// this was written, so it lives here, in one place; the sheet's conditional formats should use
// the same pairs (the shape matches StatusStyle of src/domain/write-plan-types).
import { STATUSES, type Status } from '../domain/types';
import type { StatusStyle } from '../domain/write-plan-types';

export interface StatusColor {
  /** Background, "#RRGGBB". */
  fill: string;
  /** Text on that background, "#RRGGBB"; every pair has a contrast ratio of at least 4.5:1. */
  font: string;
}

export const STATUS_COLORS: Readonly<Record<Status, StatusColor>> = {
  'Disengage now': { fill: '#FFC7CE', font: '#9C0006' },
  Disengage: { fill: '#F8CBAD', font: '#843C0C' },
  'Instruct & verify': { fill: '#FFEB9C', font: '#7F4700' },
  Review: { fill: '#E4DFEC', font: '#5B3F86' },
  'Trace inputs': { fill: '#DDEBF7', font: '#1F4E79' },
  'No link found': { fill: '#C6EFCE', font: '#006100' },
  'Insufficient data': { fill: '#EDEDED', font: '#3A3A3A' },
};

export function statusStyles(): StatusStyle[] {
  return STATUSES.map((status) => ({ status, ...STATUS_COLORS[status] }));
}
