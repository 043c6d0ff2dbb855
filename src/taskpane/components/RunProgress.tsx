// Progress of a running screen: a bar and "N of M rows done".
import * as React from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import type { ScreenProgress } from '../../gateway/workbook-gateway';

const PHASE_LABEL: Record<ScreenProgress['phase'], string> = {
  reading: 'Reading the sheet',
  screening: 'Screening',
  preparing: 'Marking the rows to write',
  writing: 'Writing the results',
  finishing: 'Writing the summary sheet',
};

export function progressText(progress: ScreenProgress | null, cancelling: boolean): string {
  if (cancelling) return 'Stopping after the current step…';
  if (!progress) return 'Starting…';
  if (progress.phase === 'finishing') {
    // Its rows are the summary's and the provenance sheet's, not suppliers: say how far, not how many.
    return progress.total > 0 ? `${PHASE_LABEL.finishing}: ${Math.floor((100 * progress.done) / progress.total)}% done` : `${PHASE_LABEL.finishing}…`;
  }
  const done = progress.done.toLocaleString('en-US');
  const total = progress.total.toLocaleString('en-US');
  return progress.total > 0 ? `${PHASE_LABEL[progress.phase]}: ${done} of ${total} rows done` : `${PHASE_LABEL[progress.phase]}…`;
}

export interface RunProgressProps {
  progress: ScreenProgress | null;
  cancelling: boolean;
}

export function RunProgress({ progress, cancelling }: RunProgressProps): React.JSX.Element {
  const text = progressText(progress, cancelling);
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <Field label="Progress" hint={text} validationState="none">
      <ProgressBar value={value} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
