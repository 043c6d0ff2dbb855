// The user's column-role choices: start from what the workbook saved, save every change through the gateway.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnAssignment, Role, RoleOverrides } from '../../domain/types';
import type { DetectedTable, WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, type PlainMessage } from '../messages';
import { withRole } from '../overrides';
import { useMounted } from './useMounted';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface RoleOverridesState {
  overrides: RoleOverrides;
  saveState: SaveState;
  error: PlainMessage | null;
  setRole: (column: ColumnAssignment, role: Role | null) => void;
  dismissError: () => void;
}

export function useRoleOverrides(gateway: WorkbookGateway, table: DetectedTable | null): RoleOverridesState {
  const mounted = useMounted();
  const [overrides, setOverrides] = useState<RoleOverrides>(table?.overrides ?? {});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<PlainMessage | null>(null);
  const latest = useRef(overrides);
  const saveSeq = useRef(0);

  // A new detection brings the overrides stored in the workbook.
  useEffect(() => {
    const saved = table?.overrides ?? {};
    latest.current = saved;
    setOverrides(saved);
    setSaveState('idle');
    setError(null);
  }, [table]);

  const setRole = useCallback(
    (column: ColumnAssignment, role: Role | null) => {
      const next = withRole(latest.current, column, role);
      latest.current = next;
      setOverrides(next);
      setSaveState('saving');
      setError(null);
      const seq = ++saveSeq.current;
      gateway.saveOverrides(next).then(
        () => {
          if (mounted.current && seq === saveSeq.current) setSaveState('saved');
        },
        (err: unknown) => {
          if (!mounted.current || seq !== saveSeq.current) return;
          setSaveState('failed');
          setError(describeError('save', err));
        },
      );
    },
    [gateway, mounted],
  );

  const dismissError = useCallback(() => setError(null), []);
  return { overrides, saveState, error, setRole, dismissError };
}
