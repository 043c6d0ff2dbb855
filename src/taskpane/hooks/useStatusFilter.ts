// Filters the screened sheet to one status (or clears the filter) through the gateway.
import { useCallback, useRef, useState } from 'react';
import type { Status } from '../../domain/types';
import type { WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export interface StatusFilterState {
  /** The status the sheet is filtered to; null when every row shows. */
  active: Status | null;
  busy: boolean;
  error: PlainMessage | null;
  apply: (status: Status | null) => void;
  /** Forget the filter without calling the gateway (a new run rewrites the sheet). */
  reset: () => void;
}

export function useStatusFilter(gateway: WorkbookGateway): StatusFilterState {
  const mounted = useMounted();
  const [active, setActive] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainMessage | null>(null);
  const seq = useRef(0);

  const apply = useCallback(
    (status: Status | null) => {
      const mine = ++seq.current;
      setBusy(true);
      setError(null);
      gateway.filterByStatus(status).then(
        () => {
          if (!mounted.current || mine !== seq.current) return;
          setActive(status);
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
