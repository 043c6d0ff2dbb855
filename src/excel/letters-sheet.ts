// The CtA Letters sheet, written on its own after a screening: replaced only when the plan says it is
// ours (its A1 is the letters marker); a user's sheet of that name is never touched.
import type { LettersSheetWrite } from '../domain/write-plan-types';
import { blockStep } from './block-step';
import { OPERATION_BYTES } from './payload';
import { widthInPoints } from './range-writes';
import { freeSheetName } from './summary-sheet';
import { actionStep, runSteps, type WriteStep } from './write-steps';

/** Where the sheet goes: the plan's name (replaced when ours), or a free name beside a user's sheet of that name. */
function target(letters: LettersSheetWrite, sheetNames: string[]): { name: string; replace: boolean } {
  const exists = sheetNames.some((n) => n.toLowerCase() === letters.sheetName.toLowerCase());
  const replace = exists && letters.replace;
  return { name: exists && !replace ? freeSheetName(letters.sheetName, sheetNames) : letters.sheetName, replace };
}

export function lettersSteps(letters: LettersSheetWrite, sheetNames: string[]): WriteStep[] {
  const { name, replace } = target(letters, sheetNames);
  const width = Math.max(1, ...letters.rows.map((r) => r.length));
  return [
    actionStep('letters sheet', OPERATION_BYTES * 3, (context) => {
      if (!replace) {
        context.workbook.worksheets.add(name);
        return;
      }
      const position = sheetNames.findIndex((n) => n.toLowerCase() === name.toLowerCase());
      context.workbook.worksheets.getItem(name).delete();
      context.workbook.worksheets.add(name).position = position;
    }),
    blockStep('letters', name, 1, 1, letters.rows),
    actionStep('letters formatting', OPERATION_BYTES * (4 + letters.boldRows.length + letters.columnWidths.length), (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      for (const row of letters.boldRows) ws.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
      letters.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthInPoints(w)));
      const header = Math.max(...letters.boldRows);
      if (letters.rows.length > header) ws.getRangeByIndexes(header, letters.wrapColumn - 1, letters.rows.length - header, 1).format.wrapText = true;
      ws.activate();
    }),
  ];
}

/** Writes the letters sheet in as few syncs as its size allows and returns its name; throws when Excel refused a write. */
export async function writeLettersSheet(context: Excel.RequestContext, letters: LettersSheetWrite, sheetNames: string[]): Promise<string> {
  const outcome = await runSteps(context, lettersSteps(letters, sheetNames));
  if (outcome.state !== 'complete') throw outcome.error ?? new Error('The letters sheet was not written.');
  return target(letters, sheetNames).name;
}
