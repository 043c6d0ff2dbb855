// The tracker: user-owned columns where the buyer records the B.4 instruction and the supplier's
// answer (Instruction Sent, Supplier Reply, Proof Received, Proof Due), read at each run to compute
// the product-owned CtA Next Step. The product never overwrites them: it only fills a blank Proof Due
// with the instruction's date plus the proof days. A cell it cannot read is named in the evidence.
import { a1 } from './a1';
import { addDays, dayOrderOf, readDate, type DayOrder } from './dates';
import { DEFAULT_PROOF_DAYS, dueDate, nextStep, type NextStep, type TrackerState } from './next-step';
import { cellText, normalizeText } from './normalize';
import { statusFacts } from './statuses';
import { SUPPLIER_REPLIES, TRACKER_HEADERS, type CellValue, type Settings, type SheetGrid, type Status, type SupplierReply, type TableLayout, type TrackerHeader } from './types';

const DATE_HEADERS = ['Instruction Sent', 'Proof Received', 'Proof Due'] as const satisfies readonly TrackerHeader[];

/** Replies as people type them, besides the drop-down's own words (any case). */
const REPLY_WORDS: Record<string, SupplierReply> = {
  agreed: 'Agreed',
  agree: 'Agreed',
  yes: 'Agreed',
  同意: 'Agreed',
  'agreed and proved': 'Agreed and proved',
  'agreed & proved': 'Agreed and proved',
  'agreed and proven': 'Agreed and proved',
  同意并已证明: 'Agreed and proved',
  declined: 'Declined',
  decline: 'Declined',
  refused: 'Declined',
  no: 'Declined',
  拒绝: 'Declined',
  不同意: 'Declined',
  'no reply': 'No reply',
  'no answer': 'No reply',
  未回复: 'No reply',
};
for (const r of SUPPLIER_REPLIES) REPLY_WORDS[r.toLowerCase()] = r;

/** True when the sheet already has a tracker column from an earlier run: tracking then goes on. */
export function hasTracker(layout: TableLayout): boolean {
  return TRACKER_HEADERS.some((h) => layout.existingOutput[h] !== undefined);
}

/** Whether this sheet is tracked: asked for, or tracked before. */
export function tracks(settings: Settings, layout: TableLayout): boolean {
  return !!settings.track || hasTracker(layout);
}

export function proofDaysOf(settings: Settings): number {
  const days = settings.proofDays;
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : DEFAULT_PROOF_DAYS;
}

function cellOf(grid: SheetGrid, row: number, column: number | undefined): CellValue {
  return column === undefined ? null : (grid.rows[row - grid.top]?.[column - grid.left] ?? null);
}

/** The day order the sheet's tracker dates show (see dayOrderOf), read once before the rows. */
export function sheetDayOrder(grid: SheetGrid, layout: TableLayout): DayOrder | null {
  const columns = DATE_HEADERS.map((h) => layout.existingOutput[h]).filter((c): c is number => c !== undefined);
  if (columns.length === 0) return null;
  const values: CellValue[] = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) for (const c of columns) values.push(cellOf(grid, row, c));
  return dayOrderOf(values);
}

export interface TrackedRow {
  state: TrackerState;
  /** Evidence lines for tracker cells that could not be read (they count as blank). */
  problems: string[];
}

/** What the user recorded in the row's tracker cells. */
export function readTracker(grid: SheetGrid, layout: TableLayout, row: number, order: DayOrder | null): TrackedRow {
  const problems: string[] = [];
  const date = (header: (typeof DATE_HEADERS)[number]): string | null => {
    const column = layout.existingOutput[header];
    const reading = readDate(cellOf(grid, row, column), order);
    if (!reading) return null;
    if ('date' in reading) return reading.date;
    problems.push(`${header} (${a1(row, column!)}): "${reading.unreadable}" ${reading.why}; not read (type the date as YYYY-MM-DD)`);
    return null;
  };
  const replyColumn = layout.existingOutput['Supplier Reply'];
  const replyText = cellText(cellOf(grid, row, replyColumn)).trim();
  let reply: SupplierReply | null = null;
  if (replyText) {
    reply = REPLY_WORDS[normalizeText(replyText)] ?? REPLY_WORDS[replyText] ?? null;
    if (!reply) problems.push(`Supplier Reply (${a1(row, replyColumn!)}): "${replyText}" is not one of ${SUPPLIER_REPLIES.join(', ')}; not read`);
  }
  return { state: { sent: date('Instruction Sent'), reply, proofReceived: date('Proof Received'), proofDue: date('Proof Due') }, problems };
}

export interface TrackingOutput {
  nextStep: NextStep;
  /** The date to write in a blank Proof Due cell, or null to leave it. */
  proofDueFill: string | null;
}

/** The row's next step, and the Proof Due to fill in when the cell is blank and the instruction has a date. */
export function trackingFor(status: Status, tracked: TrackedRow, blankProofDue: boolean, today: string, proofDays: number): TrackingOutput {
  const step = nextStep(status, tracked.state, today, proofDays);
  const fill = blankProofDue && tracked.state.sent && !statusFacts(status)?.exit ? dueDate(tracked.state, proofDays) : null;
  return { nextStep: step, proofDueFill: fill };
}

/** The proof due date a letter written today asks for: the row's due date, else today plus the proof days. */
export function letterDueDate(step: NextStep | undefined, today: string, proofDays: number): string {
  return step?.due ?? addDays(today, proofDays);
}

/** True when the row's Proof Due cell is empty (a cell of spaces is the user's): the only case where the product writes in it. */
export function proofDueIsBlank(grid: SheetGrid, layout: TableLayout, row: number): boolean {
  return cellText(cellOf(grid, row, layout.existingOutput['Proof Due'])) === '';
}
