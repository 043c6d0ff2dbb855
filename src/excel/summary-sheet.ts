// The 'CtA Summary' sheet: replaced only when the plan says it is ours; a user's sheet of that name is
// never touched (a free name is used instead). Counts, legend and a native bar chart of the statuses.
import type { SummarySheetWrite } from '../domain/write-plan-types';
import { columnLetters } from './a1';
import { blockStep } from './block-step';
import { OPERATION_BYTES } from './payload';
import { widthInPoints } from './range-writes';
import { WriteStep, actionStep } from './write-steps';

export function freeSheetName(wanted: string, taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 25)} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Where one of the product's own sheets goes: its name (replaced when the plan says it is ours), or a free name beside a user's sheet of that name. */
export function ownSheetTarget(sheetName: string, ours: boolean, sheetNames: string[]): { name: string; replace: boolean } {
  const exists = sheetNames.some((n) => n.toLowerCase() === sheetName.toLowerCase());
  const replace = exists && ours;
  return { name: exists && !replace ? freeSheetName(sheetName, sheetNames) : sheetName, replace };
}

/**
 * Adds one of the product's own sheets, or deletes and adds it again in the tab position it had (a clean
 * sheet, no old chart). Alone in its sync: adding a sheet must never be sent twice.
 */
export function addOwnSheetStep(label: string, target: { name: string; replace: boolean }, sheetNames: string[]): WriteStep {
  const { name, replace } = target;
  return actionStep(
    label,
    OPERATION_BYTES * 3,
    (context) => {
      if (!replace) {
        context.workbook.worksheets.add(name);
        return;
      }
      const position = sheetNames.findIndex((n) => n.toLowerCase() === name.toLowerCase());
      context.workbook.worksheets.getItem(name).delete();
      context.workbook.worksheets.add(name).position = position;
    },
    true,
  );
}

export function summarySteps(summary: SummarySheetWrite, sheetNames: string[]): WriteStep[] {
  const target = ownSheetTarget(summary.sheetName, summary.replace, sheetNames);
  const { name } = target;
  const width = Math.max(1, ...summary.rows.map((r) => r.length));
  const chartAt = columnLetters(width + 2);
  return [
    addOwnSheetStep('summary sheet', target, sheetNames),
    blockStep('summary', name, 1, 1, summary.rows),
    actionStep('summary formatting', OPERATION_BYTES * (6 + summary.boldRows.length + summary.columnWidths.length), (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      for (const row of summary.boldRows) ws.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
      summary.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
      const { firstRow, lastRow, title } = summary.chart;
      if (lastRow >= firstRow) {
        const chart = ws.charts.add('BarClustered', ws.getRange(`A${firstRow}:B${lastRow}`), 'Columns');
        chart.title.text = title;
        chart.legend.visible = false;
        chart.setPosition(`${chartAt}${firstRow}`, `${columnLetters(width + 9)}${Math.max(lastRow, firstRow + 14)}`);
      }
    }),
  ];
}
