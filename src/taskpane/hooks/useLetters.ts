// Writes supplier letters through the gateway, one request at a time, and keeps what came of it.
import { useCallback, useState } from 'react';
import type { LettersOutcome, LettersRequest, WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeLettersError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export type LettersState = { kind: 'idle' } | { kind: 'writing' } | { kind: 'written'; outcome: LettersOutcome } | { kind: 'failed'; error: PlainMessage };

export interface Letters {
  supported: boolean;
  state: LettersState;
  write: (request: LettersRequest) => void;
}

export function useLetters(gateway: WorkbookGateway): Letters {
  const mounted = useMounted();
  const [state, setState] = useState<LettersState>({ kind: 'idle' });
  const write = useCallback(
    (request: LettersRequest) => {
      if (!gateway.writeLetters) return;
      setState({ kind: 'writing' });
      gateway.writeLetters(request).then(
        (outcome) => mounted.current && setState({ kind: 'written', outcome }),
        (err: unknown) => mounted.current && setState({ kind: 'failed', error: describeLettersError(err) }),
      );
    },
    [gateway, mounted],
  );
  return { supported: !!gateway.writeLetters, state, write };
}
