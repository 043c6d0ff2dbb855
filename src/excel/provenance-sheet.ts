// The hidden provenance sheet: how the workbook was screened, read back by the next run.
// It is veryHidden (not listed under Unhide) and rewritten in place when it is ours.
import type { ProvenanceWrite } from '../domain/write-plan-types';
import { blockStep } from './block-step';
import { OPERATION_BYTES } from './payload';
import { freeSheetName } from './summary-sheet';
import { WriteStep, actionStep } from './write-steps';

export function provenanceSteps(provenance: ProvenanceWrite, sheetNames: string[]): WriteStep[] {
  const exists = sheetNames.some((n) => n.toLowerCase() === provenance.sheetName.toLowerCase());
  const reuse = exists && provenance.replace;
  const name = exists && !reuse ? freeSheetName(provenance.sheetName, sheetNames) : provenance.sheetName;
  return [
    actionStep('provenance sheet', OPERATION_BYTES * 3, (context) => {
      if (reuse) {
        const ws = context.workbook.worksheets.getItem(name);
        ws.getRange().clear();
        ws.visibility = 'VeryHidden';
      } else {
        const ws = context.workbook.worksheets.add(name);
        ws.visibility = 'VeryHidden';
      }
    }, true),
    blockStep('provenance', name, 1, 1, provenance.rows),
  ];
}
