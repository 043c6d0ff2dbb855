// From flag to action, per sheet: the optional columns a run writes beside the status (the US
// importer's evidence checklist, the tracker and CtA Next Step) and each row's values for them.
// engine.ts calls it for every screened row; the rules themselves are in next-step.ts, tracker.ts
// and evidence-checklist.ts.
import { cellsOf, type RowView } from './cells';
import { checklistColumns, evidenceNeeded, rowValues, type ChecklistColumns } from './evidence-checklist';
import type { RenderedRow } from './render-row';
import { proofDaysOf, proofDueIsBlank, readTracker, sheetDayOrder, trackingFor, tracks } from './tracker';
import { EVIDENCE_NEEDED_HEADER, type RowResult, type Settings, type SheetGrid, type TableLayout } from './types';
import type { DayOrder } from './dates';
import { EMPTY_TRACKER, nextStep } from './next-step';
import { statusFacts } from './statuses';

export interface FollowUp {
  /** The sheet gets the evidence checklist column. */
  checklist: boolean;
  /** The sheet gets the tracker columns and CtA Next Step. */
  track: boolean;
  /**
   * Sets the row's supplier name and next step on `result` (before it is counted), and returns the
   * optional columns' cells, and the evidence with any unreadable tracker cell named in it.
   */
  row(view: RowView, result: RowResult, rendered: RenderedRow): Partial<RenderedRow>;
}

/** The next step of a row nobody tracks: one shared object per kind, so an untracked run keeps no more per row. */
const UNTRACKED = { leave: nextStep('Disengage now', EMPTY_TRACKER, '2000-01-01'), instruct: nextStep('No link found', EMPTY_TRACKER, '2000-01-01') };

export function prepareFollowUp(settings: Settings, grid: SheetGrid, layout: TableLayout, today: string): FollowUp {
  const track = tracks(settings, layout);
  const checklist = settings.usImporter || layout.existingOutput[EVIDENCE_NEEDED_HEADER] !== undefined;
  const order: DayOrder | null = track ? sheetDayOrder(grid, layout) : null;
  const columns: ChecklistColumns[] = checklist ? checklistColumns(layout) : [];
  const proofDays = proofDaysOf(settings);
  return {
    checklist,
    track,
    row(view, result, rendered) {
      result.supplierName = cellsOf(view, 'supplierName')[0]?.raw;
      if (!track) {
        result.nextStep = statusFacts(result.status)?.exit ? UNTRACKED.leave : UNTRACKED.instruct;
        return checklist ? { 'CtA Evidence Needed': settings.usImporter ? evidenceNeeded(result, rowValues(grid, view.row), grid.left, columns) : '' } : {};
      }
      const tracked = readTracker(grid, layout, view.row, order);
      const { nextStep: step, proofDueFill } = trackingFor(result.status, tracked, proofDueIsBlank(grid, layout, view.row), today, proofDays);
      result.nextStep = step;
      const cells: Partial<RenderedRow> = { 'CtA Next Step': step.text, 'Proof Due': proofDueFill };
      if (checklist) cells['CtA Evidence Needed'] = settings.usImporter ? evidenceNeeded(result, rowValues(grid, view.row), grid.left, columns) : '';
      if (tracked.problems.length) cells['CtA Evidence'] = `${rendered['CtA Evidence']} | ${tracked.problems.join(' | ')}`;
      return cells;
    },
  };
}
