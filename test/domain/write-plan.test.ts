// The write plan, built directly from a grid and a layout: where the output columns go, what a row
// writes, the summary's name and its sections.
import { columnValues, placeColumns, planSheet, planSummary, summarySheetName, SUMMARY_MARKER, SummaryTally } from '../../src/domain/write-plan';
import type { RenderedRow } from '../../src/domain/render-row';
import { ALL_OUTPUT_HEADERS, type CellValue, type OutputHeader, type RowResult, type SheetGrid, type Status, type TableLayout } from '../../src/domain/types';
import { ACTIONS } from '../../src/domain/wording';

/** A 3-column table at A1:C3 (header and two rows), with `extra` columns of cells to its right. */
function sheet(extra: CellValue[][] = [[], [], []], existingOutput: TableLayout['existingOutput'] = {}): { grid: SheetGrid; layout: TableLayout } {
  const rows = [['Name', 'City', 'Country'], ['A Co', 'Hotan', 'China'], ['B Co', 'Milan', 'Italy']].map((r, i) => [...r, ...(extra[i] ?? [])]);
  const grid: SheetGrid = { sheetName: 'S', top: 1, left: 1, rows };
  const layout: TableLayout = {
    sheetName: 'S',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 3,
    firstColumn: 1,
    lastColumn: 3,
    columns: [
      { column: 1, header: 'Name', role: 'supplierName', confidence: 1, reason: 'header' },
      { column: 2, header: 'City', role: 'city', confidence: 1, reason: 'header' },
      { column: 3, header: 'Country', role: 'country', confidence: 1, reason: 'header' },
    ],
    existingOutput,
    confidence: 1,
    isTable: false,
  };
  return { grid, layout };
}

const N = ALL_OUTPUT_HEADERS.length;

describe('placeColumns', () => {
  it('appends every output column right of the table when the cells there are empty', () => {
    const { grid, layout } = sheet();
    const { positions, isNew, insert } = placeColumns(grid, layout);
    expect(ALL_OUTPUT_HEADERS.map((h) => positions[h])).toEqual(ALL_OUTPUT_HEADERS.map((_, i) => 4 + i));
    expect(isNew.size).toBe(N);
    expect(insert).toBeNull();
  });

  it('inserts columns when a cell of the user is where they would go, even a cell of spaces', () => {
    const { grid, layout } = sheet([[], [], [null, null, ' ']]);
    expect(placeColumns(grid, layout).insert).toEqual({ column: 4, count: N });
  });

  it('ignores what lies below the table', () => {
    const { grid, layout } = sheet();
    grid.rows.push([null, null, null, 'a note under the table']);
    expect(placeColumns(grid, layout).insert).toBeNull();
  });

  it('reuses the columns of an earlier run and appends only the missing ones after the last of them', () => {
    const existing: Partial<Record<OutputHeader, number>> = Object.fromEntries(ALL_OUTPUT_HEADERS.filter((h) => h !== 'CtA Change').map((h, i) => [h, 5 + i]));
    const { grid, layout } = sheet([[], [], []], existing);
    const { positions, isNew, insert } = placeColumns(grid, layout);
    expect(positions['CtA Status']).toBe(5);
    expect(positions['Reviewer Note']).toBe(5 + N - 2);
    expect(positions['CtA Change']).toBe(5 + N - 1);
    expect([...isNew]).toEqual(['CtA Change']);
    expect(insert).toBeNull();
  });

  it('asks for nothing when every column exists', () => {
    const existing = Object.fromEntries(ALL_OUTPUT_HEADERS.map((h, i) => [h, 4 + i]));
    const { grid, layout } = sheet([[], [], []], existing);
    const placed = placeColumns(grid, layout);
    expect(placed.isNew.size).toBe(0);
    expect(placed.insert).toBeNull();
  });
});

describe('planSheet and columnValues', () => {
  it('describes the columns, the status colours, the filter and the reviewer drop-down', () => {
    const { grid, layout } = sheet();
    const plan = planSheet({ grid, layout });
    expect(plan.columns.map((c) => c.header)).toEqual([...ALL_OUTPUT_HEADERS]);
    expect(plan.columns.filter((c) => c.owner === 'reviewer').map((c) => c.header)).toEqual(['Reviewer Decision', 'Reviewer Note']);
    expect(plan.columns.every((c) => c.values.length === 0 && c.width > 0)).toBe(true);
    expect(plan.statusColumn).toBe(4);
    expect(plan.statusStyles.map((s) => s.status)).toEqual(['Disengage now', 'Disengage', 'Instruct & verify', 'Review', 'Trace inputs', 'No link found', 'Insufficient data']);
    expect(plan.autoFilter).toEqual({ firstColumn: 1, lastColumn: 3 + N });
    expect(plan.decisionValidation).toEqual({ column: 4 + ALL_OUTPUT_HEADERS.indexOf('Reviewer Decision'), options: ['Confirmed', 'False positive', 'Cleared with evidence', 'Escalated'] });
  });

  it('leaves the filter to an Excel table', () => {
    const { grid, layout } = sheet();
    expect(planSheet({ grid, layout: { ...layout, isTable: true } }).autoFilter).toBeNull();
  });

  it('writes a rendered row into the product columns and never a reviewer column; a blank row writes nothing', () => {
    const { grid, layout } = sheet();
    const plan = planSheet({ grid, layout });
    const rendered = Object.fromEntries(plan.columns.map((c) => [c.header, `text of ${c.header}`])) as unknown as RenderedRow;
    const values = columnValues(plan, rendered);
    plan.columns.forEach((c, i) => expect(values[i]).toBe(c.owner === 'reviewer' ? null : `text of ${c.header}`));
    expect(columnValues(plan, null).every((v) => v === null)).toBe(true);
  });
});

describe('summarySheetName', () => {
  it('takes CtA Summary when it is free, replaces it when it is ours, and goes round a sheet of the user', () => {
    expect(summarySheetName(['S'], () => undefined)).toEqual({ name: 'CtA Summary', replace: false });
    expect(summarySheetName(['S', 'CtA Summary'], () => SUMMARY_MARKER)).toEqual({ name: 'CtA Summary', replace: true });
    const a1 = (name: string) => (name === 'CtA Summary' ? 'my notes' : SUMMARY_MARKER);
    expect(summarySheetName(['CtA Summary'], a1)).toEqual({ name: 'CtA Summary (2)', replace: false });
    expect(summarySheetName(['CtA Summary', 'CtA Summary (2)'], a1)).toEqual({ name: 'CtA Summary (2)', replace: true });
  });
});

function result(status: Status, categories: RowResult['categories'], actions: RowResult['actions'], change?: string): RowResult {
  return { sheetName: 'S', row: 2, status, categories, actions, citations: '', findings: [], suppressed: [], confidence: null, change };
}

describe('SummaryTally', () => {
  it('counts rows per status, category and change, and the paragraphs cited', () => {
    const tally = new SummaryTally();
    tally.add(result('Disengage now', ['A.1'], [ACTIONS.B1], 'New flag'));
    tally.add(result('Disengage', ['A.2', 'A.3'], [ACTIONS.B2, ACTIONS.B3, ACTIONS.B5Exit, ACTIONS.C1], 'Unchanged'));
    tally.add(result('Disengage now', ['A.1'], [ACTIONS.B1], 'Unchanged'));
    tally.add(result('No link found', [], []));
    expect(tally.rows).toBe(4);
    expect(Object.fromEntries(tally.status)).toEqual({ 'Disengage now': 2, Disengage: 1, 'No link found': 1 });
    expect(Object.fromEntries(tally.category)).toEqual({ 'A.1': 2, 'A.2': 1, 'A.3': 1 });
    expect(Object.fromEntries(tally.change)).toEqual({ 'New flag': 1, Unchanged: 2 });
    expect([...tally.cited].sort()).toEqual(['A.1', 'A.2', 'A.3', 'B.1', 'B.2', 'B.3', 'B.5', 'C.1']);
  });
});

describe('planSummary', () => {
  const { layout } = sheet();
  const lists = [{ id: 'uflpa', name: 'UFLPA Entity List', version: '2025-01-15', entryCount: 96, source: 'DHS' }];

  function summary(previous: Parameters<typeof planSummary>[0]['previous'] = null) {
    const counts = new SummaryTally();
    counts.add(result('Disengage now', ['A.1'], [ACTIONS.B1], previous ? 'New flag' : undefined));
    counts.add(result('Trace inputs', [], [ACTIONS.A4Trace, ACTIONS.B4], previous ? 'Unchanged' : undefined));
    return planSummary({ sheetName: 'CtA Summary', replace: false, today: '2026-11-28', settings: { usImporter: true }, lists, layouts: [layout], counts, screened: '2026-11-28 · rules 1.0', previous });
  }

  const column = (rows: (string | number | null)[][], i = 0) => rows.map((r) => r[i]);

  it('starts with the marker, then the counts per status that the chart is drawn from', () => {
    const s = summary();
    expect(s.rows[0]).toEqual([SUMMARY_MARKER]);
    expect(s.rows[1][0]).toMatch(/screened as a US importer \(C\.1 applies\)/);
    const chart = s.rows.slice(s.chart.firstRow - 1, s.chart.lastRow);
    expect(chart.map((r) => [r[0], r[1]])).toEqual([
      ['Disengage now', 1],
      ['Disengage', 0],
      ['Instruct & verify', 0],
      ['Review', 0],
      ['Trace inputs', 1],
      ['No link found', 0],
      ['Insufficient data', 0],
    ]);
    expect(s.boldRows).toContain(s.chart.firstRow - 1);
  });

  it('lists the paragraphs cited with B.4 and B.6 always, in paragraph order, and the lists used', () => {
    const rows = summary().rows;
    const legend = rows.findIndex((r) => r[0] === 'Paragraphs cited');
    const ids = column(rows.slice(legend + 1, rows.findIndex((r, i) => i > legend && r.length === 0)));
    expect(ids).toEqual(['A.1', 'A.4', 'B.1', 'B.4', 'B.6']);
    expect(rows).toContainEqual(['UFLPA Entity List', 96, '2025-01-15', 'DHS']);
    expect(rows).toContainEqual(['Applies to every supplier']);
  });

  it('adds the changes since the earlier screening only when there was one', () => {
    expect(column(summary().rows).some((c) => typeof c === 'string' && c.startsWith('Changes since'))).toBe(false);
    const rows = summary({ screened: '2026-10-01', lists, bySupplier: new Map() }).rows;
    const at = rows.findIndex((r) => r[0] === 'Changes since the screening of 2026-10-01');
    expect(rows.slice(at + 1, at + 6)).toEqual([
      ['New flag', 1],
      ['Status up', 0],
      ['Status down', 0],
      ['Unchanged', 1],
      ['New row', 0],
    ]);
    expect(rows[at + 6]).toEqual(['Same lists as before: UFLPA Entity List 2025-01-15.']);
  });
});
