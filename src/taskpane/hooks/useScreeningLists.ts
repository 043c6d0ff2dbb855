// The screening lists the next run uses: read them through the gateway, add one (a file or pasted
// cells), remove an imported one. A gateway without list support gives `supported: false`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AddListInput, ListInUse, WorkbookGateway } from '../../gateway/workbook-gateway';
import { describeError, describeListError, type PlainMessage } from '../messages';
import { useMounted } from './useMounted';

export interface ScreeningListsState {
  supported: boolean;
  /** null until first read (or when reading failed). */
  lists: ListInUse[] | null;
  loading: boolean;
  /** An add or remove is in flight. */
  busy: boolean;
  error: PlainMessage | null;
  /** What the last add or remove did, in plain words. */
  done: PlainMessage | null;
  /** Resolves true when the list was added (the form may clear itself). */
  add: (input: AddListInput | (() => Promise<AddListInput>)) => Promise<boolean>;
  remove: (list: ListInUse) => void;
  reload: () => void;
  dismiss: () => void;
}

function entries(n: number): string {
  return n === 1 ? '1 entry' : `${n.toLocaleString('en-US')} entries`;
}

/** The lists with `added` in place of one of the same id, else after the built-in and imported ones. */
function withList(lists: ListInUse[], added: ListInUse): ListInUse[] {
  if (lists.some((l) => l.id === added.id)) return lists.map((l) => (l.id === added.id ? added : l));
  let at = 0;
  lists.forEach((l, i) => {
    if (l.builtIn || l.removable) at = i + 1;
  });
  return [...lists.slice(0, at), added, ...lists.slice(at)];
}

export function useScreeningLists(gateway: WorkbookGateway): ScreeningListsState {
  const mounted = useMounted();
  const supported = typeof gateway.listLists === 'function';
  const [lists, setLists] = useState<ListInUse[] | null>(null);
  const [loading, setLoading] = useState(supported);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PlainMessage | null>(null);
  const [done, setDone] = useState<PlainMessage | null>(null);
  const latest = useRef<ListInUse[] | null>(null);
  const busyRef = useRef(false);
  const readSeq = useRef(0);

  const show = useCallback((next: ListInUse[]) => {
    latest.current = next;
    setLists(next);
  }, []);

  /** Read the lists; resolves false when that failed (the error is shown). */
  const read = useCallback(async (): Promise<boolean> => {
    if (!gateway.listLists) return false;
    const mine = ++readSeq.current;
    setLoading(true);
    try {
      const next = await gateway.listLists();
      if (mounted.current && mine === readSeq.current) show(next);
      return true;
    } catch (err) {
      if (mounted.current && mine === readSeq.current) setError(describeError('lists', err));
      return false;
    } finally {
      if (mounted.current && mine === readSeq.current) setLoading(false);
    }
  }, [gateway, mounted, show]);

  useEffect(() => {
    if (supported) void read();
  }, [supported, read]);

  const reload = useCallback(() => {
    setError(null);
    setDone(null);
    void read();
  }, [read]);

  const add = useCallback(
    async (input: AddListInput | (() => Promise<AddListInput>)): Promise<boolean> => {
      if (!gateway.addList || busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      setError(null);
      setDone(null);
      try {
        const given = typeof input === 'function' ? await input() : input;
        const added = await gateway.addList(given);
        if (!mounted.current) return true;
        const was = latest.current?.find((l) => l.id === added.id);
        const verb = was ? `Replaced the earlier "${added.name}"` : `Added "${added.name}"`;
        setDone({ title: 'List added', body: `${verb}: ${entries(added.entryCount)}, version ${added.version}. The next screening uses it.` });
        // Show the new list at once; then read the full picture back from the workbook.
        if (latest.current) show(withList(latest.current, added));
        await read();
        return true;
      } catch (err) {
        if (mounted.current) setError(describeListError('addList', err));
        return false;
      } finally {
        busyRef.current = false;
        if (mounted.current) setBusy(false);
      }
    },
    [gateway, mounted, read, show],
  );

  const remove = useCallback(
    (list: ListInUse) => {
      if (!gateway.removeList || busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setError(null);
      setDone(null);
      gateway
        .removeList(list.id)
        .then(
          async () => {
            if (!mounted.current) return;
            setDone({ title: 'List removed', body: `"${list.name}" is no longer kept in this workbook. The next screening does not use it.` });
            if (latest.current) show(latest.current.filter((l) => l.id !== list.id));
            await read();
          },
          (err: unknown) => {
            if (mounted.current) setError(describeListError('removeList', err));
          },
        )
        .finally(() => {
          busyRef.current = false;
          if (mounted.current) setBusy(false);
        });
    },
    [gateway, mounted, read, show],
  );

  const dismiss = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);

  return { supported, lists, loading, busy, error, done, add, remove, reload, dismiss };
}
