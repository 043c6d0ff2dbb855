// The status table: every fact about a status, written once. Its order is the order of precedence
// (the first row whose `when` holds is a row's status), of severity (a move up the table is "Status
// up") and of display (the summary sheet, the pane, the command line). decide.ts, change.ts,
// status-styles.ts, write-plan.ts and types.ts read it; screening-rules.md is the contract it follows.
import type { Category } from './paragraphs';
import { ACTIONS, missingFieldsAction, type Action } from './wording';

/** What decide() knows of a row's findings (those a reviewer did not suppress) when it picks the status. */
export interface RowEvidence {
  /** The row has neither a usable supplier name nor any location: nothing else counts then. */
  missing: boolean;
  /** Categories with a high-confidence finding that is not a risk indicator. */
  high: ReadonlySet<Category>;
  /** A strong list match of the supplier itself (not of a parent or an input). */
  listedSupplier: boolean;
  /** A finding that is not a risk indicator, of any confidence. */
  link: boolean;
  /** A risk indicator (a high-priority sector with no stated input origin). */
  risk: boolean;
}

/** What a status's actions are made from. */
export interface ActionInputs {
  /** The actions the findings call for, taking them as confirmed when `assumeConfirmed` (decide.ts owedActions). */
  owed(assumeConfirmed: boolean): Action[];
  /** The fields whose absence left the row unscreened. */
  missing: readonly string[];
}

interface StatusRow {
  status: string;
  when(e: RowEvidence): boolean;
  /** Row colours, "#RRGGBB". */
  fill: string;
  font: string;
  /** A link, or a possible one, was found: a move onto a flagged status is a "New flag". */
  flagged: boolean;
  actions(inputs: ActionInputs): Action[];
  /** C.1 joins the actions when the workbook is screened as a US importer. */
  usImporterC1: boolean;
  /** The row's confidence: the strongest finding's, always low, or none. */
  confidence: 'strongest' | 'low' | 'none';
  /**
   * How the Call to Action has you leave the supplier: at once (B.1, a facility in the Region) or
   * responsibly (B.2/B.3/B.5, a supplier outside it); null when the B.4 instruction is the next step.
   * The tracker's next step and the letters read it.
   */
  exit: 'immediate' | 'responsible' | null;
}

export const STATUS_TABLE = [
  {
    status: 'Disengage now',
    when: (e) => e.high.has('A.1'),
    fill: '#F4B6B6',
    font: '#7A0000',
    flagged: true,
    actions: (a) => a.owed(false),
    usImporterC1: true,
    confidence: 'strongest',
    exit: 'immediate',
  },
  {
    status: 'Disengage',
    when: (e) => e.high.has('A.2') || e.high.has('A.3') || e.listedSupplier,
    fill: '#F8CBAD',
    font: '#843C0C',
    flagged: true,
    actions: (a) => a.owed(false),
    usImporterC1: true,
    confidence: 'strongest',
    exit: 'responsible',
  },
  {
    status: 'Instruct & verify',
    when: (e) => e.high.has('A.4'),
    fill: '#FFE699',
    font: '#5C4500',
    flagged: true,
    actions: (a) => a.owed(false),
    usImporterC1: true,
    confidence: 'strongest',
    exit: null,
  },
  {
    status: 'Review',
    when: (e) => e.link,
    fill: '#E4DFEC',
    font: '#4B2A66',
    flagged: true,
    actions: (a) => [ACTIONS.confirm, ...a.owed(true)],
    usImporterC1: false,
    confidence: 'strongest',
    exit: null,
  },
  {
    status: 'Trace inputs',
    when: (e) => e.risk,
    fill: '#DDEBF7',
    font: '#1F4E79',
    flagged: false,
    actions: () => [ACTIONS.A4Trace, ACTIONS.B4],
    usImporterC1: false,
    confidence: 'low',
    exit: null,
  },
  {
    status: 'No link found',
    when: (e) => !e.missing,
    fill: '#E2EFDA',
    font: '#375623',
    flagged: false,
    actions: () => [],
    usImporterC1: false,
    confidence: 'none',
    exit: null,
  },
  {
    status: 'Insufficient data',
    when: (e) => e.missing,
    fill: '#D9D9D9',
    font: '#262626',
    flagged: false,
    actions: (a) => [missingFieldsAction(a.missing)],
    usImporterC1: false,
    confidence: 'none',
    exit: null,
  },
] as const satisfies readonly StatusRow[];

export type Status = (typeof STATUS_TABLE)[number]['status'];
export type StatusFacts = StatusRow & { status: Status };

export const STATUSES: readonly Status[] = STATUS_TABLE.map((row) => row.status);

const BY_STATUS = new Map<string, StatusFacts>(STATUS_TABLE.map((row) => [row.status, row]));

/** The table's row for a status text (e.g. one read back from an earlier run), when it is one. */
export function statusFacts(status: string): StatusFacts | undefined {
  return BY_STATUS.get(status);
}

/** Higher is more severe: the last row of the table is 0. */
export function severityOf(status: Status): number {
  return STATUS_TABLE.length - 1 - STATUSES.indexOf(status);
}

/** The status of a row with this evidence: the first row of the table whose `when` holds. */
export function statusFor(evidence: RowEvidence): StatusFacts {
  for (const row of STATUS_TABLE) if (row.when(evidence)) return row;
  throw new Error('The status table has no row for this evidence.'); // unreachable: the last two rows cover every row
}
