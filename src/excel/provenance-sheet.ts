// The hidden provenance sheet: how the workbook was screened, read back by the next run.
// It is veryHidden (not listed under Unhide) and rewritten in place when it is ours.
import type { ProvenanceWrite } from '../domain/write-plan-types';
import { blockStep } from './block-step';
import { OPERATION_BYTES } from './payload';
import { ownSheetTarget } from './summary-sheet';
import { WriteStep, actionStep } from './write-steps';

export function provenanceSteps(provenance: ProvenanceWrite, sheetNames: string[]): WriteStep[] {
  const { name, replace: reuse } = ownSheetTarget(provenance.sheetName, provenance.replace, sheetNames);
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
