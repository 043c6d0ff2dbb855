// The browser test's machinery: a tiny static server for dist-e2e/ on 127.0.0.1, Debian's Chromium
// through playwright-core, a request log that refuses anything off 127.0.0.1, and helpers to reach
// the Excel double the test page installs as window.__ctaDouble.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST_E2E = join(ROOT, 'dist-e2e');
export const RESULTS = join(ROOT, 'test-results', 'e2e');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Paths the server was asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/**
 * Serves dist-e2e/ and, under /books/NAME.json, the workbooks made at test time (kept in memory).
 * Plain HTTP on 127.0.0.1 and a free port; GET and HEAD only; nothing outside dist-e2e/.
 */
export async function startServer(books: Map<string, string>): Promise<StaticServer> {
  if (!existsSync(join(DIST_E2E, 'taskpane.html'))) {
    throw new Error('dist-e2e/taskpane.html is missing: build the test bundle first (npm run test:e2e does: webpack --env e2e).');
  }
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const book = /^\/books\/([\w.-]+)\.json$/.exec(url.pathname);
    if (book) {
      const body = books.get(book[1]);
      if (body === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const file = normalize(join(DIST_E2E, decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname)));
    if (!file.startsWith(DIST_E2E + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Every request a page made, and those that left 127.0.0.1 (which were refused). */
export interface RequestLog {
  all: string[];
  offsite: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Runs in the page before any of its scripts: records long tasks and every change of the progress
 * bar. A string, not a function: tsx's compiled functions carry helpers that do not exist in the page.
 */
const INSTRUMENT = `(() => {
  const e2e = (window.__e2e = { longTasks: [], progress: [], progressBarRemoved: [], csp: [] });
  document.addEventListener('securitypolicyviolation', (e) => e2e.csp.push(e.violatedDirective + ' ' + e.blockedURI + ' from ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) e2e.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    e2e.longTaskError = String(e);
  }
  const record = (el) => {
    const text = el.getAttribute('aria-valuetext') || '';
    const last = e2e.progress[e2e.progress.length - 1];
    if (!last || last.text !== text) e2e.progress.push({ t: performance.now(), text, value: el.getAttribute('aria-valuenow') });
  };
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      for (const n of m.removedNodes) {
        if (n instanceof Element && (n.getAttribute('role') === 'progressbar' || n.querySelector('[role="progressbar"]'))) e2e.progressBarRemoved.push(performance.now());
      }
      const targets = m.type === 'attributes' ? [m.target] : [...m.addedNodes].filter((n) => n instanceof Element);
      for (const t of targets) {
        if (t.getAttribute('role') === 'progressbar') record(t);
        else for (const bar of t.querySelectorAll('[role="progressbar"]')) record(bar);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext', 'aria-valuenow'] });
})();`;

export interface Instrumentation {
  longTasks: { start: number; duration: number }[];
  progress: { t: number; text: string; value: string | null }[];
  /** When a progress bar left the page: the run is over for the user (its outcome shows in the same render). */
  progressBarRemoved: number[];
  /** Content-Security-Policy violations: directive and blocked URI. */
  csp: string[];
  longTaskError?: string;
}

export interface PaneOptions {
  book: string;
  width?: number;
  height?: number;
  /** Milliseconds per context.sync() in the double, like a round trip to Excel. */
  syncDelayMs?: number;
  /** More of the double's host: e.g. { excelApi: '1.13' }, { requestLimitBytes: '800000', oversize: 'GeneralException' }. */
  host?: Record<string, string>;
  /** A script to run in the page before any of its own (e.g. a webview without some feature). */
  initScript?: string;
}

export interface Pane {
  context: BrowserContext;
  page: Page;
  requests: RequestLog;
  close(): Promise<void>;
}

/** A fresh browser context with the task pane open on the double, loaded with `book`. */
export async function openPane(browser: Browser, server: StaticServer, options: PaneOptions): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const requests: RequestLog = { all: [], offsite: [], pageErrors: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.all.push(url);
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* not a URL: offsite */
    }
    if (host === '127.0.0.1' || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    requests.offsite.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: INSTRUMENT });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.on('pageerror', (e) => requests.pageErrors.push(String(e.stack ?? e.message)));
  page.on('console', (m) => {
    if (m.type() === 'error') requests.consoleErrors.push(m.text());
  });
  page.on('websocket', (ws) => requests.offsite.push(ws.url()));
  const query = new URLSearchParams({ book: options.book });
  if (options.syncDelayMs) query.set('syncDelayMs', String(options.syncDelayMs));
  for (const [k, v] of Object.entries(options.host ?? {})) query.set(k, v);
  await page.goto(`${server.origin}/taskpane.html?${query}`);
  await page.waitForFunction(() => window.__ctaE2E?.mode !== 'loading', undefined, { timeout: 15_000 });
  const mode = await page.evaluate(() => window.__ctaE2E);
  if (mode?.mode !== 'double') throw new Error(`The test page did not mount on the double: ${JSON.stringify(mode)}`);
  return { context, page, requests, close: () => context.close() };
}

/**
 * Saves test-results/e2e/NAME.png (the whole pane) and, given a part of it, NAME-detail.png (that part
 * at full size, which is easier to look at than a long pane scaled down).
 */
export async function screenshot(page: Page, name: string, detail?: Locator): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (detail) await detail.screenshot({ path: join(RESULTS, `${name}-detail.png`) });
  return path;
}

/** Long tasks and progress-bar changes recorded in the page since it loaded. */
export function instrumentation(page: Page): Promise<Instrumentation> {
  return page.evaluate(() => (window as unknown as { __e2e: Instrumentation }).__e2e);
}

/** Values of a block of the double's workbook, e.g. "Suppliers!A3:Z35" (empty cells as null). */
export function values(page: Page, address: string): Promise<(string | number | boolean | null)[][]> {
  return page.evaluate((a) => window.__ctaDouble!.workbook.values(a), address);
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__ctaDouble!.workbook.sheetNames());
}

export function syncs(page: Page): Promise<number> {
  return page.evaluate(() => window.__ctaDouble!.stats.syncs);
}

export function ms(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}
