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

function hasSheet(names: string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

export function summarySteps(summary: SummarySheetWrite, sheetNames: string[]): WriteStep[] {
  const exists = hasSheet(sheetNames, summary.sheetName);
  const replace = exists && summary.replace;
  const name = exists && !replace ? freeSheetName(summary.sheetName, sheetNames) : summary.sheetName;
  const width = Math.max(1, ...summary.rows.map((r) => r.length));
  const chartAt = columnLetters(width + 2);
  return [
    actionStep('summary sheet', OPERATION_BYTES * 3, (context) => {
      if (!replace) {
        context.workbook.worksheets.add(name);
        return;
      }
      // Deleted and added again (a clean sheet, no old chart), in the tab position it had.
      const position = sheetNames.findIndex((n) => n.toLowerCase() === name.toLowerCase());
      context.workbook.worksheets.getItem(name).delete();
      context.workbook.worksheets.add(name).position = position;
    }, true),
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
