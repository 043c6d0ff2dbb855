// Entry of the test-only build (E2E=1 or --env e2e, dist-e2e/). Never part of the production bundle:
// webpack.config.js selects it only for the E2E build.
//
// Inside Excel it behaves like index.tsx. Outside Office (Office.onReady reports no host) it installs
// the strict in-memory Excel double as the global `Excel`, loads the workbook named by the URL
// parameter `book` (the JSON form of the double's WorkbookSpec, served beside the page as
// books/<book>.json), and mounts the same App on the same createOfficeGateway() the add-in uses.
//
// URL parameters:
//   book=NAME        workbook to load (required outside Office)
//   syncDelayMs=N    every context.sync() takes N ms, like a round trip to Excel on the web (default 0)
//   excelApi=1.13    the ExcelApi version the host reports (default: the double's)
//   requestLimitBytes=N, oversize=GeneralException   a smaller request limit, answered as Excel on the web may
//
// The installed double is window.__ctaDouble, so the browser test can look at the workbook (cells,
// formats, filters, sheets) and its sync count; window.__ctaE2E says whether the pane is mounted.
import { createOfficeGateway } from '../excel/office-gateway';
// eslint-disable-next-line architecture/folder-imports -- the test-only build runs the pane on the Excel double (never in production)
import { createWorkbook, installExcelDouble, type InstalledDouble, type WorkbookSpec } from '../../test/support/excel-double';
import type { ScreenProgress } from '../gateway/workbook-gateway';
import { markStarted, whenOfficeReady } from './boot';
import { mountApp, mountNotice, paneContainer } from './mount';

interface E2EState {
  /** 'excel' inside a real Excel host, 'double' on the in-memory double, 'error' when the book could not be loaded. */
  mode: 'loading' | 'excel' | 'double' | 'error';
  book: string | null;
  error?: string;
  /** Every progress report the gateway made, with its time (performance.now()), for the responsiveness test. */
  progress: (ScreenProgress & { t: number })[];
}

declare global {
  interface Window {
    __ctaDouble?: InstalledDouble;
    __ctaE2E?: E2EState;
  }
}

const params = new URLSearchParams(window.location.search);
const book = params.get('book');
const syncDelayMs = Number(params.get('syncDelayMs') ?? 0) || 0;
const excelApi = params.get('excelApi');
const requestLimitBytes = Number(params.get('requestLimitBytes') ?? 0) || undefined;
const oversize = params.get('oversize') === 'GeneralException' ? 'GeneralException' : undefined;
const state: E2EState = { mode: 'loading', book, progress: [] };
window.__ctaE2E = state;

async function loadBook(name: string): Promise<WorkbookSpec> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Bad book name '${name}'.`);
  const response = await fetch(`books/${name}.json`);
  if (!response.ok) throw new Error(`Test workbook '${name}' not found (HTTP ${response.status}).`);
  return (await response.json()) as WorkbookSpec;
}

async function mountOnDouble(): Promise<void> {
  if (!book) throw new Error('Test build outside Office: add ?book=NAME to the address to choose a workbook.');
  const spec = await loadBook(book);
  window.__ctaDouble = installExcelDouble(createWorkbook(spec), {
    syncDelayMs,
    requestLimitBytes,
    oversizeRequestAnswer: oversize,
    ...(excelApi ? { requirementSets: { ExcelApi: excelApi } } : {}),
  });
  state.mode = 'double';
  const gateway = createOfficeGateway();
  // The same gateway; its progress reports are also timed for the test.
  mountApp(paneContainer(), {
    ...gateway,
    screen: (request) =>
      gateway.screen({
        ...request,
        onProgress: (p) => {
          state.progress.push({ ...p, t: performance.now() });
          request.onProgress(p);
        },
      }),
  });
}

function fail(error: unknown): void {
  state.mode = 'error';
  state.error = error instanceof Error ? error.message : String(error);
  mountNotice(paneContainer(), state.error);
}

markStarted();
if (typeof Office === 'undefined') {
  fail(new Error('office.js did not load.'));
} else {
  // The production entry's wait for Office (with its notice after 10 seconds), so the browser test sees it.
  whenOfficeReady(Office, ({ host }) => {
    if (host === Office.HostType.Excel) {
      state.mode = 'excel';
      mountApp(paneContainer(), createOfficeGateway());
      return;
    }
    mountOnDouble().catch(fail);
  });
}
