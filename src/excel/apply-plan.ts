// Applies a WritePlan to the workbook: one or two inspection syncs (which refuse, before anything is
// written, what Excel would refuse), then every write packed into syncs of about 1 MB (structure,
// incomplete markers and formatting first, then output rows, then the summary and provenance sheets).
// Returns a typed result the pane can put in plain words.
import type { WritePlan } from '../domain/write-plan-types';
import { describeApply } from './apply-messages';
import { incompleteMarkerStep } from './incomplete-marker';
import { lettersSteps } from './letters-sheet';
import { TargetFacts, inspectTargets } from './inspect-targets';
import { outputRowsStep } from './output-rows-step';
import { decorationStep, structureStep } from './prepare-sheet';
import { provenanceSteps } from './provenance-sheet';
import { isExcelApiSupported } from './requirements';
import { summarySteps } from './summary-sheet';
import { syncCount } from './sync-counter';
import { StepsOutcome, WriteStep, actionStep, runSteps } from './write-steps';

export interface ApplyOptions {
  signal?: AbortSignal;
  onProgress?: (rowsWritten: number, rowsTotal: number) => void;
  /** Before the output rows: how many rows are marked incomplete so far (see incomplete-marker.ts). */
  onMarking?: (rowsMarked: number, rowsTotal: number) => void;
  /**
   * After the last output row: how much of the summary and provenance sheets is written, in cell rows
   * of those sheets (the provenance sheet has a row per supplier, so on a large sheet this takes a while).
   */
  onFinishing?: (done: number, total: number) => void;
  /** Bytes to aim at per sync (default 1 MB). */
  targetRequestBytes?: number;
  /** Lets the host's UI run between pieces of a sync's request (see RunStepsOptions.breathe). */
  breathe?: () => Promise<void>;
}

export type ApplyState = 'complete' | 'cancelled' | 'failed';
/** How far the run got: nothing written; some output rows; all rows but not the summary; everything. */
export type ApplyStage = 'nothing-written' | 'rows-partly-written' | 'rows-written' | 'done';

export interface SheetProgress {
  sheetName: string;
  firstDataRow: number;
  lastDataRow: number;
  rowsWritten: number;
}

export interface ApplyResult {
  state: ApplyState;
  stage: ApplyStage;
  sheets: SheetProgress[];
  rowsWritten: number;
  rowsTotal: number;
  /** Syncs spent by applyPlan (inspection included). */
  syncs: number;
  /** Syncs that carried writes. */
  writeSyncs: number;
  /** Estimated bytes of the largest write sync. */
  largestRequestBytes: number;
  /** Plain words for the pane. */
  message: string;
  error?: unknown;
}

function buildSteps(plan: WritePlan, facts: TargetFacts): { steps: WriteStep[]; firstSheetStep: number } {
  const steps: WriteStep[] = [];
  // Suspended once, in the first write sync: the docs warn that suspending before every sync makes the window flicker.
  if (isExcelApiSupported('1.9')) {
    steps.push(actionStep('screen updating', 64, (context) => context.application.suspendScreenUpdatingUntilNextSync()));
  }
  plan.sheets.forEach((sheet, i) => {
    steps.push(structureStep(sheet, facts.sheets[i]), incompleteMarkerStep(sheet), decorationStep(sheet, facts.sheets[i]));
  });
  steps.push(...plan.sheets.map(outputRowsStep));
  const firstSheetStep = steps.length;
  steps.push(...summarySteps(plan.summary, facts.sheetNames), ...provenanceSteps(plan.provenance, facts.sheetNames));
  if (plan.letters) steps.push(...lettersSteps(plan.letters, facts.sheetNames));
  return { steps, firstSheetStep };
}

function stageOf(outcome: StepsOutcome, firstSheetStep: number): ApplyStage {
  if (outcome.state === 'complete') return 'done';
  if (outcome.stoppedAt.step === 0 && outcome.stoppedAt.unit === 0) return 'nothing-written';
  return outcome.stoppedAt.step < firstSheetStep ? 'rows-partly-written' : 'rows-written';
}

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const startSyncs = syncCount(context);
  const progress = (rowsWritten: Map<string, number> | null): SheetProgress[] =>
    plan.sheets.map((s) => ({
      sheetName: s.sheetName,
      firstDataRow: s.firstDataRow,
      lastDataRow: s.lastDataRow,
      rowsWritten: rowsWritten?.get(s.sheetName) ?? 0,
    }));
  const finish = (state: ApplyState, stage: ApplyStage, outcome: StepsOutcome | null, error?: unknown): ApplyResult => {
    const sheets = progress(outcome?.rowsWritten ?? null);
    const result: ApplyResult = {
      state,
      stage,
      sheets,
      rowsWritten: sheets.reduce((n, s) => n + s.rowsWritten, 0),
      rowsTotal: sheets.reduce((n, s) => n + s.lastDataRow - s.firstDataRow + 1, 0),
      syncs: syncCount(context) - startSyncs,
      writeSyncs: outcome?.syncs ?? 0,
      largestRequestBytes: outcome?.largestBytes ?? 0,
      message: '',
      error,
    };
    result.message = describeApply(result);
    return result;
  };

  if (options.signal?.aborted) return finish('cancelled', 'nothing-written', null);
  let facts: TargetFacts;
  try {
    facts = await inspectTargets(context, plan);
  } catch (error) {
    return finish('failed', 'nothing-written', null, error);
  }
  const { steps, firstSheetStep } = buildSteps(plan, facts);
  const finishing = steps.slice(firstSheetStep);
  const finishingTotal = finishing.reduce((n, s) => n + s.units, 0);
  const outcome = await runSteps(context, steps, {
    signal: options.signal,
    targetBytes: options.targetRequestBytes,
    breathe: options.breathe,
    onRows: options.onProgress,
    onMarked: options.onMarking,
    onSynced: (at) => {
      if (!options.onFinishing || at.step < firstSheetStep) return;
      const done = finishing.slice(0, at.step - firstSheetStep).reduce((n, s) => n + s.units, 0) + (at.step < steps.length ? at.unit : 0);
      options.onFinishing(done, finishingTotal);
    },
  });
  return finish(outcome.state, stageOf(outcome, firstSheetStep), outcome, outcome.error);
}
