// A WorkbookGateway double for the pane's tests: canned table, recorded calls, a screen run the test drives.
import type { ColumnAssignment, RoleOverrides, Status } from '../../src/domain/types';
import { STATUSES } from '../../src/domain/types';
import type { AddListInput, DetectedTable, ListInUse, ScreenOutcome, ScreenRequest, WorkbookGateway } from '../../src/gateway/workbook-gateway';

export const COLUMNS: ColumnAssignment[] = [
  { column: 1, header: 'Vendor', role: 'supplierName', confidence: 0.95, reason: "header matches 'Vendor'" },
  { column: 2, header: 'Factory address', role: 'address', confidence: 0.9, reason: "header matches 'address'" },
  { column: 3, header: 'Misc', role: null, confidence: 0.2, reason: 'no header word or cell pattern recognised' },
  { column: 4, header: 'Ctry', role: 'country', confidence: 0.6, reason: 'cells look like country names' },
];

export function table(overrides: Partial<DetectedTable> = {}): DetectedTable {
  return {
    sheetName: 'Suppliers',
    address: 'Suppliers!A3:D35',
    headerRow: 3,
    dataRowCount: 32,
    isTable: false,
    columns: COLUMNS,
    overrides: {},
    ...overrides,
  };
}

export function counts(partial: Partial<Record<Status, number>>): Record<Status, number> {
  const all = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  return { ...all, ...partial };
}

export function outcome(partial: Partial<ScreenOutcome> = {}): ScreenOutcome {
  return {
    state: 'complete',
    rowsScreened: 32,
    counts: counts({ 'Disengage now': 2, Disengage: 1, Review: 3, 'Trace inputs': 4, 'No link found': 21, 'Insufficient data': 1 }),
    categoryCounts: { 'A.1': 2, 'A.2': 1, 'A.4': 4 },
    message: 'Rows 4–35 screened; output columns are complete.',
    syncs: 3,
    ...partial,
  };
}

/** A promise the test settles by hand. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FakeGateway extends WorkbookGateway {
  detectTable: jest.Mock<Promise<DetectedTable>, []>;
  saveOverrides: jest.Mock<Promise<void>, [RoleOverrides]>;
  screen: jest.Mock<Promise<ScreenOutcome>, [ScreenRequest]>;
  filterByStatus: jest.Mock<Promise<void>, [Status | null]>;
  /** The request of the latest screen() call. */
  lastRequest(): ScreenRequest;
}

/** `screen` defaults to a run the test finishes through the returned deferred. */
export function fakeGateway(detected: DetectedTable = table()): FakeGateway & { run: Deferred<ScreenOutcome> } {
  const run = deferred<ScreenOutcome>();
  const gateway = {
    run,
    detectTable: jest.fn<Promise<DetectedTable>, []>(async () => detected),
    saveOverrides: jest.fn<Promise<void>, [RoleOverrides]>(async () => undefined),
    screen: jest.fn<Promise<ScreenOutcome>, [ScreenRequest]>(() => run.promise),
    filterByStatus: jest.fn<Promise<void>, [Status | null]>(async () => undefined),
    lastRequest(): ScreenRequest {
      const calls = gateway.screen.mock.calls;
      if (!calls.length) throw new Error('screen() was not called');
      return calls[calls.length - 1][0];
    },
  };
  return gateway;
}

export const BUILT_IN: ListInUse = {
  id: 'uflpa',
  name: 'UFLPA Entity List',
  version: '2026-08-03',
  entryCount: 106,
  source: 'Built into the add-in',
  builtIn: true,
  removable: false,
  note: '106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage. For the current list, save the DHS "UFLPA Entity List" page (https://www.dhs.gov/uflpa-entity-list) from a browser, or download the OpenSanctions "simple CSV" export of the US DHS UFLPA Entity List, and add it as a list: it is screened beside the built-in one.',
};

export interface ListSupport {
  listLists: jest.Mock<Promise<ListInUse[]>, []>;
  addList: jest.Mock<Promise<ListInUse>, [AddListInput]>;
  removeList: jest.Mock<Promise<void>, [string]>;
}

/** Adds list support to a fake gateway: an in-memory list of lists; addList counts the non-blank lines after the header. */
export function withLists<G extends WorkbookGateway>(gateway: G, initial: ListInUse[] = [BUILT_IN]): G & ListSupport {
  let kept = [...initial];
  const support: ListSupport = {
    listLists: jest.fn<Promise<ListInUse[]>, []>(async () => [...kept]),
    addList: jest.fn<Promise<ListInUse>, [AddListInput]>(async ({ fileName, text }) => {
      const name = fileName.replace(/\.(csv|txt|html?)$/i, '').trim();
      const list: ListInUse = {
        id: `list:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        name,
        version: '2026-11-28',
        entryCount: text.split(/\r?\n/).slice(1).filter((l) => l.trim()).length,
        source: 'Imported into this workbook',
        builtIn: false,
        removable: true,
      };
      kept = [...kept.filter((l) => l.id !== list.id), list];
      return list;
    }),
    removeList: jest.fn<Promise<void>, [string]>(async (id) => {
      kept = kept.filter((l) => l.id !== id);
    }),
  };
  return Object.assign(gateway, support);
}
