// Asks the gateway for the supplier table once on mount, and again on request; marks the table stale
// while the user's selection is away from it (another sheet, another block of cells).
import { useCallback, useEffect, useState } from 'react';
import type { DetectedTable, WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export interface DetectedTableState {
  loading: boolean;
  table: DetectedTable | null;
  error: PlainMessage | null;
  /** The selection has moved away from the table shown: Screen still screens that table. */
  stale: boolean;
  detectAgain: () => void;
}

export function useDetectedTable(gateway: WorkbookGateway): DetectedTableState {
  const mounted = useMounted();
  const [loading, setLoading] = useState(true);
  const [table, setTable] = useState<DetectedTable | null>(null);
  const [error, setError] = useState<PlainMessage | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    gateway.detectTable().then(
      (found) => {
        if (!current || !mounted.current) return;
        setTable(found);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current || !mounted.current) return;
        setTable(null);
        setError(describeError('detect', err));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [gateway, attempt, mounted]);

  useEffect(() => {
    setStale(false);
    if (!table || !gateway.watchSelection) return undefined;
    return gateway.watchSelection(table, (away) => {
      if (mounted.current) setStale(away);
    });
  }, [gateway, table, mounted]);

  const detectAgain = useCallback(() => setAttempt((n) => n + 1), []);
  return { loading, table, error, stale, detectAgain };
}
