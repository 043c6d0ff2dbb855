// The pane in Chromium against what real Excel and real users do (the strict double's rules, issue 21):
// a user who moves between detection and Screen, a header changed meanwhile, a protected sheet, merged
// cells, an array formula, Excel's settings ceiling, GeneralException for an oversize batch, a webview
// without look-behind, an Office that never answers, and a bundle that cannot run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { STATUSES } from '../../src/domain/types';
import type { SheetSpec, WorkbookSpec } from '../support/excel-double';
import { expectations } from '../support/dev-set';
import { DEV_XLSX, generatedBook, xlsxToSpec } from './books';
import { launchChromium, openPane, screenshot, sheetNames, startServer, values, type Pane, type StaticServer } from './harness';

let server: StaticServer;
let browser: Browser;
const panes: Pane[] = [];

/** The dev fixture with changes to its Suppliers sheet (or the workbook). */
function devWith(dev: WorkbookSpec, sheet: Partial<SheetSpec>, book: Partial<WorkbookSpec> = {}): WorkbookSpec {
  return { ...dev, ...book, sheets: dev.sheets.map((s) => (s.name === 'Suppliers' ? { ...s, ...sheet } : s)) };
}

/** A list of `n` companies as a CSV file's text. */
function listCsv(n: number): string {
  return ['name,aliases', ...Array.from({ length: n }, (_, i) => `Example Company Name Number ${i} Holdings Group Co. Ltd,Alias One ${i};Alias Two ${i}`)].join('\n');
}

before(async () => {
  const dev = await xlsxToSpec(DEV_XLSX);
  const insertBook = generatedBook(dev, 60).spec;
  // Cells right of the table without a header: the result columns must be inserted, through an array formula.
  const cells = insertBook.sheets[0].cells!.map((row, i) => (i === 0 ? row : [...row, null, `=SUM(1,${i})`]));
  const books = new Map<string, WorkbookSpec>([
    ['dev', dev],
    ['dev-protected', devWith(dev, { protected: true })],
    ['dev-merged', devWith(dev, { merged: ['U10:V11'] })],
    ['array-formula', { sheets: [{ ...insertBook.sheets[0], cells, arrayFormulas: ['T50:T70'] }], selection: 'Suppliers!B2' }],
    ['dev-settings-full', { ...dev, settings: { 'other.addin': 'x'.repeat(450_000) } }],
    ['generated-3000', generatedBook(dev, 3_000).spec],
  ]);
  server = await startServer(new Map([...books].map(([k, v]) => [k, JSON.stringify(v)])));
  browser = await launchChromium();
});

after(async () => {
  for (const pane of panes) await pane.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

async function open(book: string, options: Partial<Parameters<typeof openPane>[2]> = {}): Promise<Page> {
  const pane = await openPane(browser, server, { book, syncDelayMs: 20, ...options });
  panes.push(pane);
  await pane.page.getByRole('heading', { name: 'Column roles' }).waitFor({ timeout: 30_000 });
  assert.deepEqual(pane.requests.pageErrors, [], 'uncaught errors in the page');
  return pane.page;
}

const screenRegion = (page: Page) => page.getByRole('region', { name: 'Screen', exact: true });

async function screen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
}

/** Rejected syncs and their error codes, as the double recorded them. */
function rejected(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__ctaDouble!.stats.records.filter((r) => r.outcome === 'rejected').map((r) => r.errorCode ?? ''));
}

describe('the table the user saw is the table that gets screened', () => {
  test('the user moves to another sheet after detection: the pane says so, and Screen writes beside the table shown', async () => {
    const page = await open('dev');
    const otherBefore = await values(page, '二级供应商!A1:Z20');
    await page.evaluate(() => window.__ctaDouble!.workbook.select('二级供应商!B3'));
    const stale = page.getByText('Your selection is away from this table');
    await stale.waitFor();
    await screenshot(page, '21-selection-away', page.getByRole('region', { name: 'Supplier table' }));
    await screen(page);
    await screenRegion(page).getByText('Screening complete').waitFor({ timeout: 60_000 });
    assert.equal((await values(page, 'Suppliers!S3:S3'))[0][0], 'CtA Status');
    assert.deepEqual(await values(page, '二级供应商!A1:Z20'), otherBefore, 'the other sheet changed');
    // Back in the table: the notice goes.
    await page.evaluate(() => window.__ctaDouble!.workbook.select('Suppliers!C7'));
    await stale.waitFor({ state: 'detached' });
  });

  test('a header changed after detection: Screen stops and names the cell; nothing is written', async () => {
    const page = await open('dev');
    await page.evaluate(() => window.__ctaDouble!.workbook.type('Suppliers!E3', 'Town'));
    await screen(page);
    await screenRegion(page).getByText('Screening did not finish').waitFor({ timeout: 30_000 });
    const said = await screenRegion(page).innerText();
    assert.match(said, /The header of the table on 'Suppliers' changed since it was detected: E3 now reads "Town", not "Province \/ State"\. Nothing was written\. Select Detect again/);
    assert.equal((await values(page, 'Suppliers!S3:S3'))[0][0], null);
    assert.deepEqual(await sheetNames(page), ['Suppliers', '二级供应商']);
    await screenshot(page, '22-header-changed', screenRegion(page));
  });
});

describe('workbook structure', () => {
  test('a protected sheet: refused before writing, in one plain sentence', async () => {
    const page = await open('dev-protected');
    await screen(page);
    await screenRegion(page).getByText('Screening did not finish').waitFor({ timeout: 30_000 });
    assert.match(await screenRegion(page).innerText(), /'Suppliers' is protected, so the results cannot be written beside the table\. Unprotect it \(Review › Unprotect Sheet\), then screen again\. Nothing was written\./);
    assert.deepEqual(await rejected(page), [], 'nothing was sent that Excel refused');
    assert.deepEqual(await sheetNames(page), ['Suppliers', '二级供应商']);
    await screenshot(page, '23-protected', screenRegion(page));
  });

  test('merged cells where the results go (ExcelApi 1.13): refused before writing, naming the cells', async () => {
    const page = await open('dev-merged', { host: { excelApi: '1.13' } });
    await screen(page);
    await screenRegion(page).getByText('Screening did not finish').waitFor({ timeout: 30_000 });
    assert.match(await screenRegion(page).innerText(), /The merged cells U10:V11 on 'Suppliers' are where the results would be written\. Unmerge them \(Home › Merge & Center\)/);
    assert.deepEqual(await rejected(page), []);
  });

  test('an array formula an insertion would split: Excel refuses at sync (InsertDeleteConflict) and the pane says why', async () => {
    const page = await open('array-formula');
    await screen(page);
    await screenRegion(page).getByText('Screening did not finish').waitFor({ timeout: 30_000 });
    assert.match(await screenRegion(page).innerText(), /Excel did not accept the changes before any result was written\. Excel could not insert the result columns: an array formula/);
    assert.deepEqual(await rejected(page), ['InsertDeleteConflict']);
  });
});

describe("Excel's limits", () => {
  test('the settings ceiling: a list that would overfill the settings is refused, pointing to the CtA Watchlist sheet', async () => {
    const page = await open('dev-settings-full');
    const lists = page.getByRole('region', { name: 'Screening lists' });
    await lists.getByRole('list', { name: 'Lists in use' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(listCsv(2_200)) });
    await lists.getByText('List not added').waitFor({ timeout: 30_000 });
    assert.match(await lists.innerText(), /"big" could not be kept: Excel says this workbook's settings are full\. Put its rows on a sheet named 'CtA Watchlist' instead/);
    assert.equal(await page.evaluate(() => window.__ctaDouble!.workbook.settings.has('cta.lists')), false);
    await screenshot(page, '24-settings-full', lists);
  });

  test('Excel on the web answering an oversize batch with GeneralException: halved once, the run completes', async () => {
    const page = await open('generated-3000', { host: { requestLimitBytes: '800000', oversize: 'GeneralException' } });
    await screen(page);
    await screenRegion(page).getByText('Screening complete').waitFor({ timeout: 120_000 });
    assert.deepEqual(await rejected(page), ['GeneralException']);
    const statuses = (await values(page, 'Suppliers!S2:S3001')).map((r) => r[0]);
    assert.equal(statuses.filter((s) => !(STATUSES as readonly unknown[]).includes(s)).length, 0);
  });
});

describe('old hosts and loading', () => {
  test('a webview whose regular expressions have no look-behind (Safari before 16.4) still screens the dev fixture correctly', async () => {
    const noLookBehind = `(() => {
      const Native = RegExp;
      function Old(pattern, flags) {
        const source = pattern instanceof Native ? pattern.source : String(pattern);
        if (/\\(\\?<[=!]/.test(source)) throw new SyntaxError('Invalid regular expression: invalid group specifier name');
        return new Native(pattern, flags);
      }
      Old.prototype = Native.prototype;
      Object.setPrototypeOf(Old, Native);
      window.RegExp = Old;
    })();`;
    const page = await open('dev', { initScript: noLookBehind });
    await screen(page);
    await screenRegion(page).getByText('Screening complete').waitFor({ timeout: 60_000 });
    const statuses = (await values(page, 'Suppliers!S4:S35')).map((r) => r[0]);
    const wrong = expectations()
      .filter((e) => e.sheet === 'Suppliers')
      .filter((e) => !e.statuses.includes(String(statuses[e.row - 4])))
      .map((e) => `row ${e.row}: ${statuses[e.row - 4]}`);
    assert.deepEqual(wrong, []);
  });

  async function bare(route?: { path: string; body: string; status?: number }): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 600 }, serviceWorkers: 'block' });
    if (route) await context.route(`**/${route.path}`, (r) => r.fulfill({ status: route.status ?? 200, contentType: 'text/javascript', body: route.body }));
    const page = await context.newPage();
    panes.push({ context, page, requests: { all: [], offsite: [], pageErrors: [], consoleErrors: [] }, close: () => context.close() });
    await page.goto(`${server.origin}/taskpane.html?book=dev`);
    return page;
  }

  test('Office.onReady never answering: after 10 seconds the pane says so instead of "Loading…"', async () => {
    const stalled = "window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: { Excel: 'Excel' } };";
    const started = Date.now();
    const page = await bare({ path: 'office.js', body: stalled });
    await page.getByText('Loading the supplier screen…').waitFor();
    await page.getByRole('status').getByText(/^Excel has not answered the Supplier Screen for 10 seconds\./).waitFor({ timeout: 20_000 });
    const waited = Date.now() - started;
    assert.ok(waited >= 9_500, `the notice came after ${waited} ms`);
    await screenshot(page, '25-office-not-ready');
  });

  test('a bundle this webview cannot run (its syntax too new): a plain notice, not a blank pane', async () => {
    const page = await bare({ path: 'taskpane.*.js', body: 'const broken = (;' });
    await page.getByRole('alert').getByText(/^This version of Office cannot run the Supplier Screen: its built-in browser is too old\./).waitFor({ timeout: 15_000 });
    await screenshot(page, '26-bundle-cannot-run');
  });

  test('a bundle that did not load: a plain notice', async () => {
    const page = await bare({ path: 'taskpane.*.js', body: 'not found', status: 404 });
    await page.getByRole('alert').getByText(/^The Supplier Screen could not be loaded\./).waitFor({ timeout: 15_000 });
  });
});
