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
      const tracked = readTracker(grid, layout, view.row, track ? order : null);
      const { nextStep, proofDueFill } = trackingFor(result.status, tracked, track && proofDueIsBlank(grid, layout, view.row), today, proofDays);
      result.nextStep = nextStep;
      const cells: Partial<RenderedRow> = {};
      if (checklist) cells['CtA Evidence Needed'] = settings.usImporter ? evidenceNeeded(result, rowValues(grid, view.row), grid.left, columns) : '';
      if (track) {
        cells['CtA Next Step'] = nextStep.text;
        cells['Proof Due'] = proofDueFill;
        if (tracked.problems.length) cells['CtA Evidence'] = `${rendered['CtA Evidence']} | ${tracked.problems.join(' | ')}`;
      }
      return cells;
    },
  };
}
