// One screening run at a time: start it with an AbortController, report progress, keep the outcome.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoleOverrides, Settings } from '../../domain/types';
import type { DetectedTable, ScreenOutcome, ScreenProgress, WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, isAbortError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ScreenProgress | null; cancelling: boolean }
  | { kind: 'complete'; outcome: ScreenOutcome }
  | { kind: 'cancelled'; outcome: ScreenOutcome | null }
  | { kind: 'failed'; error: PlainMessage };

export interface ScreeningRun {
  state: RunState;
  /** Screens `table`, the table the pane shows (read again from its header row, wherever the selection is). */
  start: (table: DetectedTable, overrides: RoleOverrides, settings: Settings) => void;
  cancel: () => void;
}

export function useScreeningRun(gateway: WorkbookGateway): ScreeningRun {
  const mounted = useMounted();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Closing the pane stops a run that is still going.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (table: DetectedTable, overrides: RoleOverrides, settings: Settings) => {
      if (controller.current) return; // already running
      const ctl = new AbortController();
      controller.current = ctl;
      setState({ kind: 'running', progress: null, cancelling: false });

      const onProgress = (progress: ScreenProgress) => {
        if (!mounted.current || controller.current !== ctl) return;
        setState((s) => (s.kind === 'running' ? { ...s, progress } : s));
      };
      const finish = (next: RunState) => {
        if (controller.current === ctl) controller.current = null;
        if (mounted.current) setState(next);
      };

      let promise: Promise<ScreenOutcome>;
      try {
        promise = gateway.screen({ table, overrides, settings, onProgress, signal: ctl.signal });
      } catch (err) {
        promise = Promise.reject(err);
      }
      promise.then(
        (outcome) => finish(outcome.state === 'cancelled' ? { kind: 'cancelled', outcome } : { kind: 'complete', outcome }),
        (err: unknown) =>
          finish(
            ctl.signal.aborted || isAbortError(err)
              ? { kind: 'cancelled', outcome: null }
              : { kind: 'failed', error: describeError('screen', err) },
          ),
      );
    },
    [gateway, mounted],
  );

  const cancel = useCallback(() => {
    const ctl = controller.current;
    if (!ctl || ctl.signal.aborted) return;
    ctl.abort();
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel };
}
