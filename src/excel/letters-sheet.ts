// The CtA Letters sheet, written on its own after a screening: replaced only when the plan says it is
// ours (its A1 is the letters marker); a user's sheet of that name is never touched.
import type { LettersSheetWrite } from '../domain/write-plan-types';
import { blockStep } from './block-step';
import { OPERATION_BYTES } from './payload';
import { widthInPoints } from './range-writes';
import { addOwnSheetStep, ownSheetTarget } from './summary-sheet';
import { actionStep, runSteps, type WriteStep } from './write-steps';

export function lettersSteps(letters: LettersSheetWrite, sheetNames: string[]): WriteStep[] {
  const target = ownSheetTarget(letters.sheetName, letters.replace, sheetNames);
  const { name } = target;
  const width = Math.max(1, ...letters.rows.map((r) => r.length));
  return [
    addOwnSheetStep('letters sheet', target, sheetNames),
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
  return ownSheetTarget(letters.sheetName, letters.replace, sheetNames).name;
}
