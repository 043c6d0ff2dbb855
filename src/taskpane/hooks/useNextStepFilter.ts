// Filters the screened sheet to one next step (or clears the filter) through the gateway.
import { useCallback, useRef, useState } from 'react';
import type { NextStepKind } from '../../domain/next-step';
import type { WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export interface NextStepFilterState {
  /** The next step the sheet is filtered to; null when every row shows. */
  active: NextStepKind | null;
  busy: boolean;
  error: PlainMessage | null;
  apply: (step: NextStepKind | null) => void;
  /** Forget the filter without calling the gateway (a new run, or another filter, changed the sheet). */
  reset: () => void;
}

export function useNextStepFilter(gateway: WorkbookGateway): NextStepFilterState {
  const mounted = useMounted();
  const [active, setActive] = useState<NextStepKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainMessage | null>(null);
  const seq = useRef(0);

  const apply = useCallback(
    (step: NextStepKind | null) => {
      if (!gateway.filterByNextStep) return;
      const mine = ++seq.current;
      setBusy(true);
      setError(null);
      gateway.filterByNextStep(step).then(
        () => {
          if (!mounted.current || mine !== seq.current) return;
          setActive(step);
          setBusy(false);
        },
        (err: unknown) => {
          if (!mounted.current || mine !== seq.current) return;
          setError(describeError('filter', err));
          setBusy(false);
        },
      );
    },
    [gateway, mounted],
  );

  const reset = useCallback(() => {
    seq.current++;
    setActive(null);
    setBusy(false);
    setError(null);
  }, []);

  return { active, busy, error, apply, reset };
}
