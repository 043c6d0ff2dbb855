// The next step for a supplier under the Call to Action, from its status and what the user recorded
// in the tracker: B.4 asks every supplier to end Region sourcing and prove it; B.5 leaves those that
// decline or do not prove it; B.1–B.3 leave the flagged ones. Pure: "today" comes from the host.
import { addDays, daysBetween } from './dates';
import { statusFacts, type Status } from './statuses';

/** The Supplier Reply drop-down. */
export const SUPPLIER_REPLIES = ['Agreed', 'Agreed and proved', 'Declined', 'No reply'] as const;
export type SupplierReply = (typeof SUPPLIER_REPLIES)[number];

/** The next steps, in the order of the summary and the pane. Every CtA Next Step cell starts with one of these. */
export const NEXT_STEPS = [
  'Send B.4 instruction',
  'Awaiting reply',
  'Chase',
  'Verify the proof',
  'B.5: plan a responsible exit',
  'Disengage (B.1–B.3)',
  'Done',
] as const;
export type NextStepKind = (typeof NEXT_STEPS)[number];

export const DEFAULT_PROOF_DAYS = 60;

export interface NextStep {
  kind: NextStepKind;
  /** The CtA Next Step cell: the kind, with the due date or how late when there is one. */
  text: string;
  /** The reply or proof is past its due date. */
  overdue: boolean;
  /** When the reply and proof are due: Proof Due, else the instruction's date plus the proof days; null when unknown. */
  due: string | null;
}

/** What the user recorded for a supplier, dates as 'YYYY-MM-DD' (null when blank or unreadable). */
export interface TrackerState {
  sent: string | null;
  reply: SupplierReply | null;
  proofReceived: string | null;
  proofDue: string | null;
}

export const EMPTY_TRACKER: TrackerState = { sent: null, reply: null, proofReceived: null, proofDue: null };

/** Words every overdue next step holds: the overdue colour rule looks for them. */
export const OVERDUE_WORDS = 'past due';

function late(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} ${OVERDUE_WORDS}`;
}

/** The due date of the reply and proof: the user's Proof Due, else the instruction's date plus `proofDays`. */
export function dueDate(t: TrackerState, proofDays: number): string | null {
  return t.proofDue ?? (t.sent ? addDays(t.sent, proofDays) : null);
}

export function nextStep(status: Status, t: TrackerState, today: string, proofDays = DEFAULT_PROOF_DAYS): NextStep {
  const due = dueDate(t, proofDays);
  const step = (kind: NextStepKind, detail = '', overdue = false): NextStep => ({ kind, text: detail ? `${kind} ${detail}` : kind, overdue, due });
  if (statusFacts(status)?.exit) return step('Disengage (B.1–B.3)');
  if (t.reply === 'Declined') return step('B.5: plan a responsible exit', '(declined)');
  if (t.reply === 'Agreed and proved' && t.proofReceived) return step('Done');
  if (t.proofReceived) return step('Verify the proof', '(then set Supplier Reply to Agreed and proved)');
  if (t.reply === 'Agreed and proved') return step('Verify the proof', '(then record the date in Proof Received)');
  if (!t.sent && !due && t.reply === null) return step('Send B.4 instruction');
  if (!due) return step('Awaiting reply', '(no due date: fill in Instruction Sent or Proof Due)');
  const pastDue = daysBetween(due, today);
  if (t.reply === 'Agreed') {
    if (pastDue > 0) return step('B.5: plan a responsible exit', `(agreed, but no proof by ${due}: ${late(pastDue)})`, true);
    return step('Awaiting reply', `(agreed; proof due ${due})`);
  }
  if (pastDue > 0) return { ...step('Chase'), text: `Chase: no reply, ${late(pastDue)}`, overdue: true };
  return step('Awaiting reply', `(due ${due})`);
}

/** The kind a CtA Next Step cell shows, when it shows one. */
export function nextStepKindOf(text: string): NextStepKind | null {
  return NEXT_STEPS.find((k) => text === k || text.startsWith(`${k} `) || text.startsWith(`${k}:`)) ?? null;
}
