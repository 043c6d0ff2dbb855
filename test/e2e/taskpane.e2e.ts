// The task pane end to end in Debian's Chromium: the test build (dist-e2e/) served on 127.0.0.1,
// office.js from @microsoft/office-js reporting no host, so the test entry mounts the App with
// createOfficeGateway() on the strict in-memory Excel double. Every scenario checks the workbook
// inside the double and saves a screenshot under test-results/e2e/.
//
// Run with `npm run test:e2e` (builds dist-e2e/ first). E2E_LARGE_ROWS sets the size of the
// responsiveness sheet: 100,000 by default, the size the performance issue names (about 15 s of the
// run here; 20,000 takes about 5 s).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ALL_OUTPUT_HEADERS, STATUSES, type Status } from '../../src/domain/types';
import { INCOMPLETE_MARKER } from '../../src/excel/incomplete-marker';
import type { WorkbookSpec } from '../support/excel-double';
import { expectations } from '../support/dev-set';
import { DEV_XLSX, generatedBook, xlsxToSpec, type GeneratedBook } from './books';
import { dutyCycle, traced, type DutyCycle } from './duty-cycle';
import {
  RESULTS,
  ROOT,
  instrumentation,
  launchChromium,
  openPane,
  screenshot,
  sheetNames,
  startServer,
  syncs,
  values,
  type Pane,
  type StaticServer,
} from './harness';

const CANCEL_ROWS = 5_000;
const LARGE_ROWS = Number(process.env.E2E_LARGE_ROWS ?? 100_000);
/** A round trip to Excel on the web takes tens of milliseconds; the double waits this long per sync. */
const SYNC_DELAY_MS = 20;
const LONG_TASK_LIMIT_MS = 200;
const PROGRESS_GAP_LIMIT_MS = 500;
/** Windows and Mac warn when an add-in holds a core above 90% in three consecutive 5-second samples. */
const WATCHDOG_DUTY = 0.9;

let server: StaticServer;
let browser: Browser;
let dev: WorkbookSpec;
let cancelBook: GeneratedBook;
let largeBook: GeneratedBook;
const panes: { name: string; pane: Pane }[] = [];
/** Numbers for the report (printed and written to test-results/e2e/report.json). */
const report: Record<string, unknown> = {};

before(async () => {
  dev = await xlsxToSpec(DEV_XLSX);
  cancelBook = generatedBook(dev, CANCEL_ROWS);
  largeBook = generatedBook(dev, LARGE_ROWS);
  const books = new Map<string, string>([
    ['dev', JSON.stringify(dev)],
    [`generated-${CANCEL_ROWS}`, JSON.stringify(cancelBook.spec)],
    [`generated-${LARGE_ROWS}`, JSON.stringify(largeBook.spec)],
  ]);
  server = await startServer(books);
  browser = await launchChromium();
});

after(async () => {
  for (const { pane } of panes) await pane.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
});

async function open(name: string, options: Parameters<typeof openPane>[2]): Promise<Pane> {
  const pane = await openPane(browser, server, options);
  panes.push({ name, pane });
  await pane.page.getByRole('heading', { name: 'Column roles' }).waitFor({ timeout: 30_000 });
  return pane;
}

/**
 * What the page's Content-Security-Policy blocks on every load, by design: neither reaches the network.
 * - zod probes whether it may compile validators (`new Function("")` inside try/catch) and falls back.
 * - office.js, outside Office, tries to frame Microsoft's telemetry proxy; `default-src 'self'` stops it
 *   (the production page's CSP stops it the same way).
 */
const KNOWN_CSP_BLOCKS = [/^script-src eval from http:\/\/127\.0\.0\.1:\d+\/taskpane\.[0-9a-f]+\.js:/, /^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com /];
const KNOWN_CONSOLE_ERRORS = [/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/];

/** Nothing went wrong in the page and nothing left 127.0.0.1. */
async function assertCleanPage(pane: Pane): Promise<void> {
  assert.deepEqual(pane.requests.offsite, [], 'the page asked for something outside 127.0.0.1');
  assert.deepEqual(pane.requests.pageErrors, [], 'uncaught errors in the page');
  assert.deepEqual(pane.requests.consoleErrors.filter((e) => !KNOWN_CONSOLE_ERRORS.some((k) => k.test(e))), [], 'errors in the console');
  const csp = (await instrumentation(pane.page)).csp;
  assert.deepEqual(csp.filter((v) => !KNOWN_CSP_BLOCKS.some((k) => k.test(v))), [], 'unexpected Content-Security-Policy violations');
}

function note(t: TestContext, key: string, value: unknown): void {
  report[key] = value;
  t.diagnostic(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function screenButton(page: Page) {
  return page.getByRole('button', { name: 'Screen', exact: true });
}

function statusButton(page: Page, status: Status) {
  return page.getByRole('region', { name: 'Result by status' }).getByRole('button', { name: new RegExp(`^${status.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}:`) });
}

/** Runs a screening from the Screen button and waits for the pane to say it is done. */
async function screenAndWait(page: Page, timeout = 120_000): Promise<number> {
  const started = Date.now();
  await screenButton(page).click();
  await page.getByText('Screening complete').waitFor({ timeout });
  return Date.now() - started;
}

/** Column letter (1-based index → A, B, …, AA). */
function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Where each output header sits on the header row of a sheet, as column letters. */
async function outputColumns(page: Page, sheet: string, headerRow: number): Promise<Record<string, string>> {
  const header = (await values(page, `${sheet}!A${headerRow}:AZ${headerRow}`))[0];
  const out: Record<string, string> = {};
  header.forEach((v, i) => {
    if (typeof v === 'string' && (ALL_OUTPUT_HEADERS as readonly string[]).includes(v)) out[v] = letter(i + 1);
  });
  return out;
}

/** The pane's count per status, read from the status buttons' names. */
async function paneCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const status of STATUSES) {
    const name = (await statusButton(page, status).getAttribute('aria-label')) ?? (await statusButton(page, status).innerText());
    const m = /:\s*([\d,]+)\s+rows?/.exec(name);
    assert.ok(m, `no count in the ${status} button: "${name}"`);
    counts[status] = Number(m[1].replace(/,/g, ''));
  }
  return counts;
}

/** Counts per status in the CtA Summary sheet's status table. */
async function summaryCounts(page: Page): Promise<Record<string, number>> {
  const rows = await values(page, 'CtA Summary!A1:C60');
  const start = rows.findIndex((r) => r[0] === 'Status' && r[1] === 'Rows');
  assert.ok(start >= 0, 'no status table on CtA Summary');
  const counts: Record<string, number> = {};
  for (const r of rows.slice(start + 1, start + 1 + STATUSES.length)) counts[String(r[0])] = Number(r[1]);
  return counts;
}

function tally(statuses: unknown[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const s of statuses) counts[String(s)] = (counts[String(s)] ?? 0) + 1;
  return counts;
}

/** The domain's two one-off steps of a run, told apart by the gateway's own progress reports. */
const DOMAIN_START = 'domain: table detection and list indexes, before the first rows';
const DOMAIN_PLAN = 'domain: write plan, summary and provenance, after the last row';

interface LongTask {
  ms: number;
  /** The double's own work inside the task (Excel would do it in its own process). */
  doubleMs: number;
  during: string;
}

interface RunNumbers {
  rows: number;
  seconds: number;
  syncs: number;
  longTasks: number;
  longestTaskMs: number;
  /** The five longest tasks, longest first: where to look when a limit is broken. */
  longestTasks: LongTask[];
  /** Tasks over the limit, what the run was doing, and how much of it was the double's own work. */
  tasksOverLimit: LongTask[];
  /** Tasks whose add-in share (the task less the double's work, which Excel does in its own process) is over the limit. */
  addinTasksOverLimit: LongTask[];
  /** The same, leaving out the domain's two one-off steps. */
  tasksOverLimitOutsideDomainSteps: LongTask[];
  progressUpdates: number;
  longestProgressGapMs: number;
  longestGapDuring: string;
  longestGapOutsideDomainStepsMs: number;
}

/** Long tasks and progress-bar changes between `from` and `to` (page clock). */
async function runNumbers(page: Page, rows: number, from: number, to: number): Promise<RunNumbers> {
  const ins = await instrumentation(page);
  assert.equal(ins.longTaskError, undefined, `PerformanceObserver('longtask') unavailable: ${ins.longTaskError}`);
  const events = (await page.evaluate(() => window.__ctaE2E!.progress)).filter((e) => e.t >= from && e.t <= to);
  const screening = events.filter((e) => e.phase === 'screening' && e.done > 0);
  const firstRows = screening[0]?.t ?? NaN;
  const lastRow = screening[screening.length - 1]?.t ?? NaN;
  const phaseAt = (t: number) => {
    const e = [...events].reverse().find((x) => x.t <= t);
    return e ? `${e.phase} ${e.done.toLocaleString('en-US')} of ${e.total.toLocaleString('en-US')}` : 'starting';
  };
  const records = await page.evaluate(() => window.__ctaDouble!.stats.records.map((r) => ({ at: r.startedAt ?? -1, ms: r.applyMs ?? 0 })));
  const tasks = ins.longTasks
    .filter((l) => l.start + l.duration >= from && l.start <= to)
    .map((l) => {
      // Long-task times are coarse (whole milliseconds): an event at the very end of a task may read just past it.
      const holds = (t: number) => t >= l.start - 2 && t <= l.start + l.duration + 5;
      const during = holds(firstRows) ? DOMAIN_START : holds(lastRow) ? DOMAIN_PLAN : phaseAt(l.start);
      const doubleMs = records.filter((r) => holds(r.at)).reduce((n, r) => n + r.ms, 0);
      return { start: l.start, ms: Math.round(l.duration), doubleMs: Math.round(doubleMs), during };
    });
  const over = tasks.filter((l) => l.ms > LONG_TASK_LIMIT_MS);
  const domainTasks = tasks.filter((l) => l.during === DOMAIN_START || l.during === DOMAIN_PLAN);
  // Gaps between what the user sees change: from the click to the first update, between updates, and to the end.
  const shown = ins.progress.filter((p) => p.t >= from && p.t <= to);
  // The run ends for the user when the bar gives way to the outcome, not when the harness notices the
  // outcome (a round trip to the browser that is no time of the pane's).
  const lastShown = shown[shown.length - 1]?.t ?? from;
  const end = ins.progressBarRemoved.find((t) => t >= lastShown && t <= to) ?? to;
  const marks = [from, ...shown.map((p) => p.t), end];
  let gap = 0;
  let gapAt = from;
  let gapOutside = 0;
  for (let i = 1; i < marks.length; i++) {
    const [a, b] = [marks[i - 1], marks[i]];
    if (b - a > gap) [gap, gapAt] = [b - a, a];
    const spansDomainStep = domainTasks.some((l) => l.start < b && l.start + l.ms > a);
    // Time the double spends applying a sync stands in for Excel's own work in its process, which
    // would not hold the pane up: it is left out here as it is from the long tasks.
    const doubleMs = records.filter((r) => r.at >= a && r.at <= b).reduce((n, r) => n + r.ms, 0);
    if (!spansDomainStep) gapOutside = Math.max(gapOutside, b - a - doubleMs);
  }
  return {
    rows,
    seconds: Math.round((to - from) / 100) / 10,
    syncs: await syncs(page),
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((l) => l.ms)),
    longestTasks: [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 5).map(({ ms, doubleMs, during }) => ({ ms, doubleMs, during })),
    tasksOverLimit: over.map(({ ms, doubleMs, during }) => ({ ms, doubleMs, during })),
    addinTasksOverLimit: over.filter((l) => l.ms - l.doubleMs > LONG_TASK_LIMIT_MS).map(({ ms, doubleMs, during }) => ({ ms, doubleMs, during })),
    tasksOverLimitOutsideDomainSteps: over
      .filter((l) => !domainTasks.includes(l) && l.ms - l.doubleMs > LONG_TASK_LIMIT_MS)
      .map(({ ms, doubleMs, during }) => ({ ms, doubleMs, during })),
    progressUpdates: shown.length,
    longestProgressGapMs: Math.round(gap),
    longestGapDuring: phaseAt(gapAt),
    longestGapOutsideDomainStepsMs: Math.round(gapOutside),
  };
}

const now = (page: Page) => page.evaluate(() => performance.now());

describe('task pane on the dev fixture', () => {
  let pane: Pane;
  let page: Page;
  const devExpected = () => expectations().filter((e) => e.sheet === 'Suppliers');

  test('open: the detected table and the column roles; a changed role is saved in the workbook', async () => {
    pane = await open('dev', { book: 'dev', syncDelayMs: SYNC_DELAY_MS });
    page = pane.page;

    const table = page.getByRole('region', { name: 'Supplier table' });
    for (const [term, value] of [
      ['Sheet', 'Suppliers'],
      ['Range', 'Suppliers!A3:R35'],
      ['Header row', '3'],
      ['Supplier rows', '32'],
      ['Excel table', 'No'],
    ]) {
      assert.equal(await table.locator(`dt:text-is("${term}") + dd`).innerText(), value, term);
    }

    const mapping = page.getByRole('region', { name: 'Column roles' });
    const expectedRoles: [string, string][] = [
      ['Supplier ID', 'Supplier ID'],
      ['Supplier Name', 'Supplier name'],
      ['Country', 'Country'],
      ['Province / State', 'Province or region'],
      ['City', 'City'],
      ['Street Address', 'Address'],
      ['Postal Code', 'Postal code'],
      ['Phone', 'Phone number'],
      ['Product Category', 'Product or sector'],
      ['Key Inputs', 'Inputs or raw materials'],
      ['Input Origin', 'Origin of inputs'],
      ['Parent Company', 'Parent or group company'],
      ['Operations in Uyghur Region (Y/N)', 'Operations in the Region (yes/no)'],
      ['Labour Transfer Participation (Y/N)', 'Labour transfer (yes/no)'],
      ['CBP Status', 'US customs (UFLPA) status'],
      ['Annual Spend (USD)', 'Ignore'],
      ['Notes', 'Notes'],
    ];
    assert.equal(await mapping.getByRole('combobox').count(), 18, 'one drop-down per column A–R');
    assert.match(await mapping.getByText(/^Detected: Notes,/).innerText(), /^Detected: Notes, \d+% sure \(from its header\)$/);
    assert.equal(await mapping.getByText(/reads as/).count(), 0, 'no internal role ids in the hints');
    for (const [header, role] of expectedRoles) {
      assert.equal((await mapping.getByRole('combobox', { name: header, exact: true }).innerText()).trim(), role, header);
    }
    await screenshot(page, '01-open', mapping);

    // Notes → Ignore: saved in the workbook's settings, and still there when the table is detected again.
    const notes = mapping.getByRole('combobox', { name: 'Notes', exact: true });
    await notes.click();
    await page.getByRole('option', { name: 'Ignore', exact: true }).click();
    await mapping.getByText('Saved in the workbook.').waitFor();
    const saved = await page.evaluate(() => window.__ctaDouble!.workbook.settings.get('cta.roleOverrides'));
    assert.deepEqual(JSON.parse(String(saved)), { Notes: null });
    assert.equal((await notes.innerText()).trim(), 'Ignore');
    await screenshot(page, '02-notes-ignored', mapping);
    const runs = await page.evaluate(() => window.__ctaDouble!.stats.runs);
    await page.getByRole('button', { name: 'Detect again' }).click();
    await page.waitForFunction((n) => window.__ctaDouble!.stats.runs > n, runs);
    await page.getByRole('button', { name: 'Detect again' }).waitFor();
    assert.equal((await notes.innerText()).trim(), 'Ignore', 'the choice survives a new detection');

    // And back to Notes, so the screening below is the labelled one.
    await notes.click();
    await page.getByRole('option', { name: 'Notes', exact: true }).click();
    await mapping.getByText('Saved in the workbook.').waitFor();
    await page.waitForFunction(() => {
      const raw = window.__ctaDouble!.workbook.settings.get('cta.roleOverrides');
      const o = raw ? (JSON.parse(String(raw)) as Record<string, unknown>) : {};
      return o.Notes !== null;
    });
    assert.equal((await notes.innerText()).trim(), 'Notes');
    await assertCleanPage(pane);
  });

  test('screen: progress moves, counts per status, output columns match dev-expected.csv, summary sheet', async (t) => {
    const before = await values(page, 'Suppliers!A1:R35');
    const from = await now(page);
    const ms = await screenAndWait(page);
    const to = await now(page);
    const ins = await instrumentation(page);
    const progress = ins.progress.filter((p) => p.t >= from && p.t <= to && p.text);
    const texts = progress.map((p) => p.text);
    assert.ok(texts.some((x) => x.startsWith('Reading the sheet')), `no reading progress in ${JSON.stringify(texts)}`);
    assert.ok(texts.some((x) => x.startsWith('Screening: ')), `no screening progress in ${JSON.stringify(texts)}`);
    // 32 rows are written in one sync: the pane may go straight from screening to the result.
    const fractions = progress.filter((p) => p.value !== null).map((p) => Number(p.value));
    assert.ok(new Set(texts).size >= 2, `the progress text should change: ${JSON.stringify(texts)}`);
    assert.ok(fractions.length > 0 && fractions.every((v) => v >= 0 && v <= 1), `progress values ${fractions}`);
    await screenshot(page, '03-screened', page.getByRole('region', { name: 'Result by status' }));

    // The user's cells are untouched; the output columns follow them (S–AB) under the header row.
    assert.deepEqual(await values(page, 'Suppliers!A1:R35'), before, 'the user’s cells changed');
    const cols = await outputColumns(page, 'Suppliers', 3);
    assert.deepEqual(Object.keys(cols), [...ALL_OUTPUT_HEADERS]);
    assert.equal(cols['CtA Status'], 'S');
    const statuses = (await values(page, `Suppliers!S4:S35`)).map((r) => r[0]);
    const categories = (await values(page, `Suppliers!${cols['CtA Categories']}4:${cols['CtA Categories']}35`)).map((r) => String(r[0] ?? ''));
    const wrong: string[] = [];
    for (const e of devExpected()) {
      const got = statuses[e.row - 4];
      const cats = categories[e.row - 4].split(/[;,\s]+/).filter(Boolean);
      if (!e.statuses.includes(String(got)) || !e.categories.every((c) => cats.includes(c))) {
        wrong.push(`row ${e.row}: want ${e.statuses.join('|')} [${e.categories}] got ${got} [${cats}] (${e.why})`);
      }
    }
    assert.deepEqual(wrong, [], 'statuses differ from dev-expected.csv');
    assert.equal(devExpected().length, 32);
    const numberFormat = await page.evaluate(() => window.__ctaDouble!.workbook.numberFormat('Suppliers!S4'));
    assert.equal(numberFormat, '@', 'output cells are text');
    const colours = await page.evaluate(() => window.__ctaDouble!.workbook.conditionalFormats('Suppliers'));
    assert.equal(colours.length, STATUSES.length, 'one colour rule per status');

    // Pane counts = workbook counts = summary sheet counts = dev-expected counts.
    const inSheet = tally(statuses);
    assert.deepEqual(await paneCounts(page), inSheet, 'pane counts differ from the sheet');
    assert.deepEqual(await summaryCounts(page), inSheet, 'CtA Summary counts differ from the sheet');
    assert.deepEqual(inSheet, tally(devExpected().map((e) => e.statuses[0])));
    assert.match(await page.getByRole('region', { name: 'Screen', exact: true }).innerText(), /Rows 4–35 of 'Suppliers' screened; output columns are complete\./);

    const names = await sheetNames(page);
    assert.deepEqual(names, ['Suppliers', '二级供应商', 'CtA Summary', 'CtA Provenance']);
    assert.equal(await page.evaluate(() => window.__ctaDouble!.workbook.visibility('CtA Provenance')), 'VeryHidden');
    const filter = await page.evaluate(() => window.__ctaDouble!.workbook.autoFilter('Suppliers'));
    assert.equal(filter?.range, 'A3:AB35', 'the header row gets a filter over the table and the output');
    assert.deepEqual(filter?.criteria, {});
    assert.deepEqual(await values(page, '二级供应商!K1:K1'), [[null]], 'the other sheet is not written');
    note(t, 'dev fixture screen', { seconds: ms / 1000, syncs: await syncs(page), counts: inSheet });
    await assertCleanPage(pane);
  });

  test('status filter: a status shows only its rows; Show all rows clears it', async () => {
    const statuses = (await values(page, 'Suppliers!S4:S35')).map((r) => String(r[0]));
    await statusButton(page, 'Disengage now').click();
    await page.getByText('Sheet shows only: Disengage now').waitFor();
    assert.equal(await statusButton(page, 'Disengage now').getAttribute('aria-pressed'), 'true');
    const filter = await page.evaluate(() => window.__ctaDouble!.workbook.autoFilter('Suppliers'));
    assert.equal(filter?.range, 'A3:AB35');
    assert.deepEqual(Object.values(filter?.criteria ?? {}).map((c) => (c as { values?: string[] }).values), [['Disengage now']]);
    const hidden = await page.evaluate(() => window.__ctaDouble!.workbook.hiddenRows('Suppliers'));
    const shouldHide = statuses.map((s, i) => (s === 'Disengage now' ? null : i + 4)).filter((r): r is number => r !== null);
    assert.deepEqual(hidden, shouldHide);
    await screenshot(page, '04-filtered', page.getByRole('region', { name: 'Result by status' }));

    await page.getByRole('button', { name: 'Show all rows' }).click();
    await page.getByText('Sheet shows all rows').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__ctaDouble!.workbook.hiddenRows('Suppliers')), []);
    assert.deepEqual((await page.evaluate(() => window.__ctaDouble!.workbook.autoFilter('Suppliers')))?.criteria, {});
    await assertCleanPage(pane);
  });

  test('screen again after a reviewer decision: the decision and note survive', async (t) => {
    const cols = await outputColumns(page, 'Suppliers', 3);
    const decision = `Suppliers!${cols['Reviewer Decision']}9`;
    const noteCell = `Suppliers!${cols['Reviewer Note']}9`;
    // Row 9: a phone area code alone (Review); the reviewer has checked and marks it a false positive.
    assert.equal((await values(page, 'Suppliers!S9:S9'))[0][0], 'Review');
    await page.evaluate(
      ([d, n]) => {
        window.__ctaDouble!.workbook.type(d, 'False positive');
        window.__ctaDouble!.workbook.type(n, 'sales office only; factory in Jiangsu');
      },
      [decision, noteCell],
    );
    const validation = await page.evaluate(() => window.__ctaDouble!.workbook.validations('Suppliers'));
    assert.ok(validation.some((v) => v.range.startsWith(cols['Reviewer Decision'])), 'the decision column has a drop-down');
    const syncsBefore = await syncs(page);
    const ms = await screenAndWait(page);
    assert.equal((await values(page, `${decision}:${decision.split('!')[1]}`))[0][0], 'False positive');
    assert.equal((await values(page, `${noteCell}:${noteCell.split('!')[1]}`))[0][0], 'sales office only; factory in Jiangsu');
    const row9 = await values(page, `Suppliers!S9:${cols['CtA Change']}9`);
    const headerRow = (await values(page, 'Suppliers!S3:AB3'))[0];
    const statusAfter = row9[0][0];
    assert.notEqual(statusAfter, 'Review', 'a false positive no longer asks for review');
    // Still one set of output columns: a re-run updates them in place.
    assert.deepEqual(await outputColumns(page, 'Suppliers', 3), cols);
    assert.equal((await values(page, 'Suppliers!AC3:AC3'))[0][0], null);
    assert.deepEqual(await sheetNames(page), ['Suppliers', '二级供应商', 'CtA Summary', 'CtA Provenance']);
    await screenshot(page, '05-rescreened', page.getByRole('region', { name: 'Result by status' }));
    note(t, 'rescreen', {
      seconds: ms / 1000,
      syncs: (await syncs(page)) - syncsBefore,
      row9: Object.fromEntries(headerRow.map((h, i) => [h, row9[0][i]]).filter(([h]) => h === 'CtA Status' || h === 'CtA Change')),
    });
    await assertCleanPage(pane);
  });
});

describe(`cancel on a ${CANCEL_ROWS.toLocaleString('en-US')}-row sheet`, () => {
  // Excel on the web under load: each sync takes a quarter of a second, so there is time to click.
  const SLOW_SYNC_MS = 250;
  const last = CANCEL_ROWS + 1;

  test('cancel while screening: nothing written; cancel while writing: the workbook is consistent; a new run finishes', async (t) => {
    const pane = await open('cancel', { book: `generated-${CANCEL_ROWS}`, syncDelayMs: SLOW_SYNC_MS });
    const page = pane.page;
    const userCells = await values(page, `Suppliers!A1:R${last}`);
    const region = page.getByRole('region', { name: 'Screen', exact: true });
    const bar = page.getByRole('progressbar');

    // 1. While screening.
    await screenButton(page).click();
    await page.waitForFunction(() => /^Screening: [\d,]+ of/.test(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? ''), undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    const atCancel1 = await bar.getAttribute('aria-valuetext');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await region.getByText('Screening stopped').waitFor({ timeout: 60_000 });
    // Stopped while screening, or (if the click lands just after) before the first write.
    const said1 = await region.innerText();
    assert.match(said1, /Stopped before anything was written\. The workbook is unchanged\.|You stopped the run before any result was written\./);
    const stoppedIn = /Stopped before anything was written/.test(said1) ? 'screening' : 'before the first write';
    assert.deepEqual(await values(page, `Suppliers!A1:AB${last}`), userCells.map((r) => [...r, ...Array(10).fill(null)]), 'the sheet changed');
    assert.deepEqual(await sheetNames(page), ['Suppliers']);
    await screenshot(page, '06-cancelled-while-screening', region);

    // 2. While writing: some rows written, the rest marked incomplete, nothing half-done elsewhere.
    await screenButton(page).click();
    await page.waitForFunction(
      () => {
        const m = /^Writing the results: ([\d,]+) of ([\d,]+)/.exec(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? '');
        return !!m && Number(m[1].replace(/,/g, '')) > 0 && m[1] !== m[2];
      },
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const atCancel2 = await bar.getAttribute('aria-valuetext');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await region.getByText('Screening stopped').waitFor({ timeout: 60_000 });
    const said = await region.innerText();
    const m = /You stopped the run after rows 2–([\d,]+) of 'Suppliers' had been written\. The other rows show "Incomplete — run stopped; screen again to finish" in CtA Status\. Screen again to finish\./.exec(said);
    assert.ok(m, `the pane should say which rows were written: ${said}`);
    const lastWritten = Number(m[1].replace(/,/g, ''));
    assert.ok(lastWritten >= 2 && lastWritten < last, `rows 2–${lastWritten}`);
    await screenshot(page, '07-cancelled-while-writing', region);

    assert.deepEqual(await values(page, `Suppliers!A1:R${last}`), userCells, 'the user’s cells changed');
    const cols = await outputColumns(page, 'Suppliers', 1);
    assert.deepEqual(Object.keys(cols), [...ALL_OUTPUT_HEADERS], 'every output column has its header');
    const statuses = (await values(page, `Suppliers!S2:S${last}`)).map((r) => r[0]);
    const badRows: string[] = [];
    statuses.forEach((s, i) => {
      const row = i + 2;
      if (row <= lastWritten) {
        const want = expectations().find((e) => e.sheet === 'Suppliers' && e.row === cancelBook.templateRowOf(row))!;
        if (!want.statuses.includes(String(s))) badRows.push(`row ${row}: ${s}, want ${want.statuses.join('|')}`);
      } else if (s !== INCOMPLETE_MARKER) badRows.push(`row ${row}: ${s}, want the incomplete marker`);
    });
    assert.deepEqual(badRows.slice(0, 5), [], `${badRows.length} rows inconsistent`);
    const others = await values(page, `Suppliers!T${lastWritten + 1}:${cols['CtA Change']}${last}`);
    assert.ok(others.every((r) => r.every((v) => v === null)), 'unwritten rows carry only the marker');
    assert.ok(!(await sheetNames(page)).includes('CtA Summary'), 'no summary for an unfinished run');

    // 3. Screening again finishes the job: no marker is left. (On the way, a picture of the progress.)
    const started = Date.now();
    await screenButton(page).click();
    await page.getByText(/^Writing the results: [\d,]+ of/).waitFor({ timeout: 60_000 });
    mkdirSync(RESULTS, { recursive: true });
    await region.screenshot({ path: join(RESULTS, '08-progress-while-writing.png') });
    await page.getByText('Screening complete').waitFor({ timeout: 120_000 });
    const ms = Date.now() - started;
    const final = (await values(page, `Suppliers!S2:S${last}`)).map((r) => r[0]);
    assert.equal(final.filter((s) => s === INCOMPLETE_MARKER).length, 0);
    assert.equal(final.filter((s) => !(STATUSES as readonly unknown[]).includes(s)).length, 0);
    assert.deepEqual(await summaryCounts(page), tally(final));
    assert.deepEqual(await paneCounts(page), tally(final));
    await screenshot(page, '08-rescreened-after-cancel', page.getByRole('region', { name: 'Result by status' }));
    note(t, 'cancel', {
      syncDelayMs: SLOW_SYNC_MS,
      cancelledWhileScreeningAt: atCancel1,
      firstCancelTookEffect: stoppedIn,
      cancelledWhileWritingAt: atCancel2,
      rowsWrittenBeforeStop: lastWritten - 1,
      fullRunSeconds: ms / 1000,
    });
    await assertCleanPage(pane);
  });
});

describe('keyboard and accessibility at 320 px', () => {
  test('every control is reachable with Tab; Enter and Space start a screening; axe finds nothing serious', async (t) => {
    const pane = await open('narrow', { book: 'dev', width: 320, height: 700, syncDelayMs: SYNC_DELAY_MS });
    const page = pane.page;
    const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource); // CDP evaluation: the page's CSP is not loosened for it

    const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await noHorizontalScroll(), 'the pane scrolls sideways at 320 px');

    /** Describes the focused element; records whether it is inside the viewport horizontally. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.innerText?.trim() ?? '';
        return { key: `${el.getAttribute('role') ?? el.tagName.toLowerCase()}|${name.split('\n')[0]}`, inside: r.left >= 0 && r.right <= window.innerWidth + 0.5, id: el.id };
      });
    /** Tabs from the top of the pane (a click on its title) until focus leaves the page or wraps around. */
    const tabThrough = async (): Promise<{ key: string; inside: boolean }[]> => {
      await page.getByRole('heading', { level: 1 }).click();
      const seen: { key: string; inside: boolean }[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (!f) break;
        if (seen.length && seen[0].key === f.key) break; // wrapped around
        seen.push(f);
      }
      return seen;
    };
    /** Every control a mouse user could use. */
    const controls = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, [role="combobox"], input, a[href], select, textarea, [tabindex="0"]')]
          .filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]'))
          .map((el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()}|${(el.getAttribute('aria-label') ?? el.innerText?.trim() ?? '').split('\n')[0]}`),
      );

    const before = await tabThrough();
    const missing = (await controls()).filter((c) => !before.some((s) => s.key === c));
    assert.deepEqual(missing, [], 'controls Tab does not reach');
    assert.deepEqual(before.filter((s) => !s.inside).map((s) => s.key), [], 'focused controls outside the 320 px width');
    const axe1 = await runAxe(page);
    await screenshot(page, '09-narrow-before');

    // Screen with Enter: Tab to it, press Enter.
    await page.getByRole('heading', { level: 1 }).click();
    let steps = 0;
    while (((await focused())?.key ?? '') !== 'button|Screen' && steps++ < 100) await page.keyboard.press('Tab');
    assert.equal((await focused())?.key, 'button|Screen', 'Tab reaches Screen');
    await page.keyboard.press('Enter');
    await page.getByText('Screening complete').waitFor({ timeout: 60_000 });
    assert.equal((await values(page, 'Suppliers!S4:S4'))[0][0], 'Disengage now');
    const afterRun = await tabThrough();
    const missingAfter = (await controls()).filter((c) => !afterRun.some((s) => s.key === c));
    assert.deepEqual(missingAfter, [], 'controls Tab does not reach after the run');
    assert.deepEqual(afterRun.filter((s) => !s.inside).map((s) => s.key), [], 'focused controls outside the 320 px width');
    assert.ok(afterRun.some((s) => s.key.startsWith('button|Disengage now')), 'status buttons are reachable');
    assert.ok(await noHorizontalScroll(), 'the pane scrolls sideways at 320 px after the run');

    // A status by keyboard, then Screen again with Space.
    await page.getByRole('button', { name: 'Show all rows' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Sheet shows all rows').waitFor();
    const syncsBefore = await syncs(page);
    await screenButton(page).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => window.__ctaDouble!.stats.syncs > n, syncsBefore);
    await page.getByText('Screening complete').waitFor({ timeout: 60_000 });
    const axe2 = await runAxe(page);
    await screenshot(page, '10-narrow-after');
    note(t, 'keyboard', { tabStopsBefore: before.length, tabStopsAfter: afterRun.length, axeViolationsBefore: axe1, axeViolationsAfter: axe2 });
    await assertCleanPage(pane);
  });
});

/** Runs axe-core on the page; fails on serious or critical violations and returns the others' ids. */
async function runAxe(page: Page): Promise<string[]> {
  // Fluent fades notices in: contrast is judged on the settled page, not halfway through a fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[]; help: string }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], 'axe-core: serious or critical violations');
  return result.map((v) => `${v.id} (${v.impact})`);
}

describe(`responsiveness on ${LARGE_ROWS.toLocaleString('en-US')} rows`, () => {
  let numbers: RunNumbers;
  let duty: DutyCycle;

  test('screen the large sheet; collect long tasks, progress intervals and the duty cycle', async (t) => {
    const pane = await open('large', { book: `generated-${LARGE_ROWS}`, syncDelayMs: SYNC_DELAY_MS });
    const page = pane.page;
    await page.waitForTimeout(300); // let the first render's work settle
    const { result: span, tasks } = await traced(browser, page, async () => {
      const from = await now(page);
      await screenAndWait(page, 600_000);
      return { from, to: await now(page) };
    });
    const { from, to } = span;
    numbers = await runNumbers(page, LARGE_ROWS, from, to);
    const doubleWork = await page.evaluate(() =>
      window.__ctaDouble!.stats.records.filter((r) => r.startedAt !== undefined).map((r) => ({ start: r.startedAt!, end: r.startedAt! + (r.applyMs ?? 0) })),
    );
    duty = dutyCycle(tasks, doubleWork, from, to);
    note(t, `duty cycle ${LARGE_ROWS} rows`, {
      maxBusy: +duty.maxBusy.toFixed(3),
      sustainedBusy: +duty.sustainedBusy.toFixed(3),
      overallBusy: +duty.overallBusy.toFixed(3),
      maxCpu: +duty.maxCpu.toFixed(3),
      overallCpu: +duty.overallCpu.toFixed(3),
      windows: duty.windows.map((w) => `${(w.at / 1000).toFixed(0)}s ${(w.busy * 100).toFixed(0)}% (cpu ${(w.cpu * 100).toFixed(0)}%)`),
    });
    await screenshot(page, '11-large-screened', page.getByRole('region', { name: 'Screen', exact: true }));
    const statuses = (await values(page, `Suppliers!S2:S${largeBook.lastDataRow}`)).map((r) => r[0]);
    assert.equal(statuses.length, LARGE_ROWS);
    assert.equal(statuses.filter((s) => !(STATUSES as readonly unknown[]).includes(s)).length, 0, 'every row has a status');
    for (const row of [2, 3, Math.floor(LARGE_ROWS / 2), largeBook.lastDataRow]) {
      const want = expectations().find((e) => e.sheet === 'Suppliers' && e.row === largeBook.templateRowOf(row))!;
      assert.ok(want.statuses.includes(String(statuses[row - 2])), `row ${row}: ${statuses[row - 2]}, want ${want.statuses}`);
    }
    assert.deepEqual(await paneCounts(page), tally(statuses));
    note(t, `responsiveness ${LARGE_ROWS} rows`, numbers);
    await assertCleanPage(pane);
  });

  test(`reading, screening and writing: no add-in task over ${LONG_TASK_LIMIT_MS} ms, progress at least every ${PROGRESS_GAP_LIMIT_MS} ms (the double's share left out of both)`, () => {
    assert.ok(numbers, 'the run above did not finish');
    assert.deepEqual(numbers.tasksOverLimitOutsideDomainSteps, []);
    assert.ok(numbers.longestGapOutsideDomainStepsMs <= PROGRESS_GAP_LIMIT_MS, `longest gap ${numbers.longestGapOutsideDomainStepsMs} ms`);
  });

  // The domain's one-off steps (detection and index building before the first row; the write plan,
  // summary and provenance after the last) now hand control back between steps and rows, so the whole
  // run is held to the same limit. The double applying a sync stands in for Excel's own process, so its
  // share of a task is left out, as it is above.
  test(`the desktop CPU watchdog: no 5-second window of the run keeps the add-in's thread busy ${WATCHDOG_DUTY * 100}% of the time`, () => {
    assert.ok(duty, 'the run above did not finish');
    assert.ok(duty.windows.length >= 3, `a run of ${duty.windows.length} windows is too short to tell`);
    assert.ok(duty.maxBusy < WATCHDOG_DUTY, `busiest window ${(duty.maxBusy * 100).toFixed(0)}%: ${JSON.stringify(duty.windows)}`);
    assert.ok(duty.sustainedBusy < WATCHDOG_DUTY);
  });

  test(`the whole run: no add-in task over ${LONG_TASK_LIMIT_MS} ms on the main thread`, () => {
    assert.ok(numbers, 'the run above did not finish');
    assert.deepEqual(numbers.addinTasksOverLimit, [], `longest task ${numbers.longestTaskMs} ms`);
  });

  // Counted with the double's own work in the page (it stands in for Excel's process): reported, not
  // asserted, as that share is not the add-in's and can exceed the limit on a loaded machine.
  test(`the whole run, the double's work included: the progress bar changes at least every ${PROGRESS_GAP_LIMIT_MS} ms`, { todo: "includes the in-page Excel double's own work" }, () => {
    assert.ok(numbers, 'the run above did not finish');
    assert.ok(numbers.longestProgressGapMs <= PROGRESS_GAP_LIMIT_MS, `longest gap ${numbers.longestProgressGapMs} ms, during "${numbers.longestGapDuring}"`);
  });
});

describe('privacy', () => {
  test('no page asked for anything outside 127.0.0.1; the CSP blocked only the known attempts', async (t) => {
    assert.ok(panes.length >= 4, 'the scenarios above opened their panes');
    const all = panes.flatMap(({ pane }) => pane.requests.all);
    assert.deepEqual(
      panes.flatMap(({ pane }) => pane.requests.offsite),
      [],
    );
    assert.ok(all.every((u) => new URL(u).hostname === '127.0.0.1'));
    const paths = [...new Set(all.map((u) => new URL(u).pathname.replace(/\.[0-9a-f]{8}\.js$/, '.[hash].js')))].sort();
    const blocked = new Set<string>();
    for (const { name, pane } of panes) {
      if (pane.page.isClosed()) continue;
      const csp = (await instrumentation(pane.page)).csp;
      assert.deepEqual(csp.filter((v) => !KNOWN_CSP_BLOCKS.some((k) => k.test(v))), [], `unexpected CSP violations in ${name}`);
      for (const v of csp) blocked.add(v.replace(/ from .*/, '').replace(/127\.0\.0\.1:\d+/, '127.0.0.1'));
    }
    note(t, 'requests', { count: all.length, paths, blockedByCsp: [...blocked] });
  });
});
