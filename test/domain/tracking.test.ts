// The tracker through the whole domain: a first tracked run places the columns, a second run reads
// what the user recorded (dates in every form, replies in their words), computes CtA Next Step, fills
// only blank Proof Due cells, names unreadable cells in the evidence, and counts the next steps.
import { screenWorkbook, type ScreenWorkbookResult } from '../../src/domain/engine';
import { NEXT_STEPS } from '../../src/domain/next-step';
import { ALL_OUTPUT_HEADERS, SUPPLIER_REPLIES, TRACKER_HEADERS, type CellValue, type Settings, type SheetGrid } from '../../src/domain/types';

const TODAY = '2026-06-30';
const HEADER = ['Supplier Name', 'Country', 'City', 'PO Number'];
const ROWS: CellValue[][] = [
  ['Tianshan Yarn Co', 'China', 'Urumqi', 'PO-1'], // Disengage now
  ['Lakeside Weaving Ltd', 'Italy', 'Como', null], // No link found
  ['Harbour Buttons Ltd', 'Portugal', 'Porto', null],
  ['Riverside Dyeing Co', 'Vietnam', 'Hanoi', null],
  ['Meadow Print Ltd', 'Turkey', 'Bursa', null],
];

function grid(rows: CellValue[][] = [HEADER, ...ROWS]): SheetGrid {
  return { sheetName: 'S', top: 1, left: 1, rows: rows.map((r) => [...r]) };
}

async function screen(g: SheetGrid, settings: Settings): Promise<ScreenWorkbookResult> {
  return screenWorkbook({ targets: [{ grid: g }], sheetNames: ['S'], provenance: null, settings, today: TODAY });
}

/** The grid as a host leaves it after applying the plan (headers of new columns, non-null values). */
function applied(g: SheetGrid, out: ScreenWorkbookResult): SheetGrid {
  const next = grid(g.rows);
  const sheet = out.plan.sheets[0];
  for (const c of sheet.columns) {
    next.rows[sheet.headerRow - 1][c.column - 1] = c.header;
    c.values.forEach((v, i) => {
      if (v !== null) next.rows[sheet.firstDataRow - 1 + i][c.column - 1] = v;
    });
  }
  for (const r of next.rows) for (let c = 0; c < r.length; c++) r[c] ??= null;
  return next;
}

function column(out: ScreenWorkbookResult, header: string) {
  const c = out.plan.sheets[0].columns.find((x) => x.header === header);
  if (!c) throw new Error(`no ${header} column`);
  return c;
}

describe('tracking in the domain', () => {
  it('is opt-in: a plain run writes no tracker column and no next-step section', async () => {
    const out = await screen(grid(), { usImporter: false });
    expect(out.plan.sheets[0].columns.map((c) => c.header)).toEqual([...ALL_OUTPUT_HEADERS]);
    expect(out.plan.sheets[0].replyValidation).toBeUndefined();
    expect(out.plan.summary.rows.some((r) => r[0] === 'Next step (CtA Next Step)')).toBe(false);
  });

  it('places CtA Next Step and the user-owned tracker columns after the reviewer columns, with the reply drop-down and the overdue colour', async () => {
    const out = await screen(grid(), { usImporter: false, track: true });
    const sheet = out.plan.sheets[0];
    expect(sheet.columns.map((c) => c.header)).toEqual([...ALL_OUTPUT_HEADERS, 'CtA Next Step', ...TRACKER_HEADERS]);
    expect(sheet.columns.map((c) => c.column)).toEqual(sheet.columns.map((_, i) => 5 + i));
    expect(sheet.columns.filter((c) => c.owner === 'tracker').map((c) => c.header)).toEqual([...TRACKER_HEADERS]);
    expect(sheet.replyValidation).toEqual({ column: column(out, 'Supplier Reply').column, options: SUPPLIER_REPLIES });
    expect(sheet.overdueStyle?.formula).toBe('ISNUMBER(SEARCH("past due",$O2))');
    expect(column(out, 'CtA Next Step').column).toBe(15);
    expect(column(out, 'CtA Next Step').values).toEqual(['Disengage (B.1–B.3)', 'Send B.4 instruction', 'Send B.4 instruction', 'Send B.4 instruction', 'Send B.4 instruction']);
    for (const h of TRACKER_HEADERS) expect(column(out, h).values.every((v) => v === null)).toBe(true);
  });

  it('reads what the user recorded on the next run (tracking goes on without asking), never overwrites it, and fills only a blank Proof Due', async () => {
    const first = applied(grid(), await screen(grid(), { usImporter: false, track: true }));
    const at = (h: string) => first.rows[0].indexOf(h);
    const record = (row: number, header: string, value: CellValue) => (first.rows[row][at(header)] = value);
    // Row 3 (Lakeside): sent as an Excel date two weeks ago, no reply yet → awaiting, Proof Due filled.
    record(2, 'Instruction Sent', 46188); // 2026-06-15
    // Row 4 (Harbour): sent long ago as day-first text, the reply typed in lower case → overdue exit.
    record(3, 'Instruction Sent', '15/03/2026');
    record(3, 'Supplier Reply', 'agreed');
    // Row 5 (Riverside): an unreadable date and an unknown reply, a Proof Due of the user's.
    record(4, 'Instruction Sent', '31/31/2026');
    record(4, 'Supplier Reply', 'maybe later');
    record(4, 'Proof Due', '2026-09-01');
    // Row 6 (Meadow): proof received and agreed and proved → done.
    record(5, 'Instruction Sent', '2026-01-10');
    record(5, 'Supplier Reply', 'Agreed and proved');
    record(5, 'Proof Received', '2026年2月1日');
    const out = await screen(first, { usImporter: false });
    expect(column(out, 'CtA Next Step').values).toEqual([
      'Disengage (B.1–B.3)',
      'Awaiting reply (due 2026-08-14)',
      'B.5: plan a responsible exit (agreed, but no proof by 2026-05-14: 47 days past due)',
      'Awaiting reply (due 2026-09-01)',
      'Done',
    ]);
    // Proof Due: written only where it was blank and the instruction has a date (the done row's too: it is the default).
    expect(column(out, 'Proof Due').values).toEqual([null, '2026-08-14', '2026-05-14', null, '2026-03-11']);
    for (const h of ['Instruction Sent', 'Supplier Reply', 'Proof Received']) expect(column(out, h).values.every((v) => v === null)).toBe(true);
    const evidence = column(out, 'CtA Evidence').values[3]!;
    expect(evidence).toContain('Instruction Sent (P5): "31/31/2026" is not a real calendar date; not read');
    expect(evidence).toContain('Supplier Reply (Q5): "maybe later" is not one of Agreed, Agreed and proved, Declined, No reply; not read');
    expect(column(out, 'CtA Evidence').values[2]).not.toContain('not read');
    // The summary counts rows by next step.
    const rows = out.plan.summary.rows;
    const start = rows.findIndex((r) => r[0] === 'Next step (CtA Next Step)');
    expect(start).toBeGreaterThan(0);
    expect(Object.fromEntries(rows.slice(start + 1, start + 1 + NEXT_STEPS.length).map((r) => [r[0], r[1]]))).toEqual({
      'Send B.4 instruction': 0,
      'Awaiting reply': 2,
      Chase: 0,
      'Verify the proof': 0,
      'B.5: plan a responsible exit': 1,
      'Disengage (B.1–B.3)': 1,
      Done: 1,
    });
    expect(rows[start + 1 + NEXT_STEPS.length]).toEqual(['Overdue (marked red in CtA Next Step)', 1]);
  });

  it('reads an ambiguous date when the column shows day-first dates elsewhere', async () => {
    const first = applied(grid(), await screen(grid(), { usImporter: false, track: true }));
    const sent = first.rows[0].indexOf('Instruction Sent');
    first.rows[2][sent] = '03/04/2026'; // 3 April or 4 March?
    const out1 = await screen(first, { usImporter: false });
    expect(column(out1, 'CtA Evidence').values[1]).toContain('"03/04/2026" could be 3 April 2026 or 4 March 2026');
    first.rows[3][sent] = '25/04/2026'; // the column is day-first
    const out2 = await screen(first, { usImporter: false });
    expect(column(out2, 'Proof Due').values[1]).toBe('2026-06-02');
  });

  it('as a US importer, lists the evidence a row with a Region link needs, marking what the sheet records', async () => {
    const out = await screen(grid(), { usImporter: true });
    const cells = column(out, 'CtA Evidence Needed').values;
    expect(cells[0]).toMatch(/^Missing: supply-chain map down to the raw material; bills of materials; production records; transport records; payment records; proof that no listed entity is involved\. Recorded: purchase orders and invoices \(PO Number\)\. \(CBP guidance for importers, 2022-06-13\)$/);
    expect(cells.slice(1)).toEqual(['', '', '', '']);
    expect(out.plan.summary.rows.flat().join(' ')).toContain('"Uyghur Forced Labor Prevention Act: U.S. Customs and Border Protection Operational Guidance for Importers" (2022-06-13)');
  });
});
