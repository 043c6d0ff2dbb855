// The next step over every status × reply × date case, written out by hand (today 2026-06-30, 60 days).
import { EMPTY_TRACKER, NEXT_STEPS, nextStep, nextStepKindOf, type TrackerState } from '../../src/domain/next-step';
import { STATUSES, SUPPLIER_REPLIES, type Status, type SupplierReply } from '../../src/domain/types';

const TODAY = '2026-06-30';

const DATES: Record<string, Omit<TrackerState, 'reply'>> = {
  'nothing recorded': { sent: null, proofReceived: null, proofDue: null },
  'sent a month ago': { sent: '2026-06-01', proofReceived: null, proofDue: null }, // due 2026-07-31
  'sent four months ago': { sent: '2026-03-01', proofReceived: null, proofDue: null }, // due 2026-04-30, 61 days late
  'sent long ago, Proof Due moved later': { sent: '2026-03-01', proofReceived: null, proofDue: '2026-07-15' },
  'proof received': { sent: '2026-03-01', proofReceived: '2026-04-10', proofDue: null },
  'Proof Due passed, no sent date': { sent: null, proofReceived: null, proofDue: '2026-06-20' }, // 10 days late
};

type Expected = [text: string, overdue: boolean];
const NO_DUE = 'Awaiting reply (no due date: fill in Instruction Sent or Proof Due)';
const VERIFY_THEN_REPLY = 'Verify the proof (then set Supplier Reply to Agreed and proved)';
const VERIFY_THEN_DATE = 'Verify the proof (then record the date in Proof Received)';
const DECLINED: Expected = ['B.5: plan a responsible exit (declined)', false];

/** Expected next step of a row the B.4 instruction applies to, by reply (blank = null) and date case. */
const B4_FLOW: Record<string, Record<string, Expected>> = {
  blank: {
    'nothing recorded': ['Send B.4 instruction', false],
    'sent a month ago': ['Awaiting reply (due 2026-07-31)', false],
    'sent four months ago': ['Chase: no reply, 61 days past due', true],
    'sent long ago, Proof Due moved later': ['Awaiting reply (due 2026-07-15)', false],
    'proof received': [VERIFY_THEN_REPLY, false],
    'Proof Due passed, no sent date': ['Chase: no reply, 10 days past due', true],
  },
  'No reply': {
    'nothing recorded': [NO_DUE, false],
    'sent a month ago': ['Awaiting reply (due 2026-07-31)', false],
    'sent four months ago': ['Chase: no reply, 61 days past due', true],
    'sent long ago, Proof Due moved later': ['Awaiting reply (due 2026-07-15)', false],
    'proof received': [VERIFY_THEN_REPLY, false],
    'Proof Due passed, no sent date': ['Chase: no reply, 10 days past due', true],
  },
  Agreed: {
    'nothing recorded': [NO_DUE, false],
    'sent a month ago': ['Awaiting reply (agreed; proof due 2026-07-31)', false],
    'sent four months ago': ['B.5: plan a responsible exit (agreed, but no proof by 2026-04-30: 61 days past due)', true],
    'sent long ago, Proof Due moved later': ['Awaiting reply (agreed; proof due 2026-07-15)', false],
    'proof received': [VERIFY_THEN_REPLY, false],
    'Proof Due passed, no sent date': ['B.5: plan a responsible exit (agreed, but no proof by 2026-06-20: 10 days past due)', true],
  },
  'Agreed and proved': {
    'nothing recorded': [VERIFY_THEN_DATE, false],
    'sent a month ago': [VERIFY_THEN_DATE, false],
    'sent four months ago': [VERIFY_THEN_DATE, false],
    'sent long ago, Proof Due moved later': [VERIFY_THEN_DATE, false],
    'proof received': ['Done', false],
    'Proof Due passed, no sent date': [VERIFY_THEN_DATE, false],
  },
  Declined: Object.fromEntries(Object.keys(DATES).map((d) => [d, DECLINED])),
};

/** Statuses whose rows the Call to Action has you leave whatever the supplier answers. */
const LEAVE: Status[] = ['Disengage now', 'Disengage'];

const cases: [Status, string, string, Expected][] = [];
for (const status of STATUSES) {
  for (const reply of ['blank', ...SUPPLIER_REPLIES]) {
    for (const dates of Object.keys(DATES)) {
      cases.push([status, reply, dates, LEAVE.includes(status) ? ['Disengage (B.1–B.3)', false] : B4_FLOW[reply][dates]]);
    }
  }
}

describe('next step', () => {
  it('covers every status, reply and date case', () => {
    expect(cases).toHaveLength(STATUSES.length * 5 * 6);
  });

  it.each(cases)('%s, reply %s, %s', (status, reply, dates, [text, overdue]) => {
    const state: TrackerState = { ...DATES[dates], reply: reply === 'blank' ? null : (reply as SupplierReply) };
    const step = nextStep(status, state, TODAY, 60);
    expect(step.text).toBe(text);
    expect(step.overdue).toBe(overdue);
    expect(nextStepKindOf(step.text)).toBe(step.kind);
    expect(overdue).toBe(text.includes('past due'));
  });

  it('says 1 day, and not overdue on the due date itself', () => {
    const sent = { ...EMPTY_TRACKER, sent: '2026-05-01' }; // due 2026-06-30
    expect(nextStep('Review', sent, '2026-06-30', 60).text).toBe('Awaiting reply (due 2026-06-30)');
    expect(nextStep('Review', sent, '2026-07-01', 60).text).toBe('Chase: no reply, 1 day past due');
  });

  it('uses the proof days setting for the due date', () => {
    expect(nextStep('No link found', { ...EMPTY_TRACKER, sent: '2026-06-01' }, TODAY, 14).text).toBe('Chase: no reply, 15 days past due');
  });

  it('reads each kind back from its cell text', () => {
    for (const k of NEXT_STEPS) expect(nextStepKindOf(k)).toBe(k);
    expect(nextStepKindOf('Chaser')).toBeNull();
    expect(nextStepKindOf('')).toBeNull();
  });
});
