// Tracking and letters in the task pane, in Chromium over the Excel double with the dev fixture:
// switch tracking on, screen, read the counts by next step and filter by one; record replies in the
// tracker columns and screen again (they survive, the next step follows); write letters for a status
// and for the selected rows onto the CtA Letters sheet.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { NEXT_STEPS } from '../../src/domain/next-step';
import { LETTERS_MARKER } from '../../src/domain/letters-sheet';
import { TRACKER_HEADERS } from '../../src/domain/types';
import { DEV_XLSX, xlsxToSpec } from './books';
import { launchChromium, openPane, screenshot, sheetNames, startServer, values, type Pane, type StaticServer } from './harness';

let server: StaticServer;
let browser: Browser;
let pane: Pane;
let page: Page;

before(async () => {
  const dev = await xlsxToSpec(DEV_XLSX);
  server = await startServer(new Map([['dev', JSON.stringify(dev)]]));
  browser = await launchChromium();
});

after(async () => {
  await pane?.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

function letter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

async function columns(): Promise<Record<string, string>> {
  const header = (await values(page, 'Suppliers!A3:AZ3'))[0];
  const out: Record<string, string> = {};
  header.forEach((v, i) => typeof v === 'string' && (out[v] = letter(i + 1)));
  return out;
}

async function column(header: string): Promise<string[]> {
  const c = (await columns())[header];
  return (await values(page, `Suppliers!${c}4:${c}35`)).map((r) => String(r[0] ?? ''));
}

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function screenAndWait(): Promise<void> {
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  await page.getByText('Screening complete').waitFor({ timeout: 120_000 });
}

/** The pane's count per next step, from the buttons' names. */
async function paneStepCounts(): Promise<Record<string, number>> {
  const region = page.getByRole('region', { name: 'Next steps' });
  const counts: Record<string, number> = {};
  for (const step of NEXT_STEPS) {
    const name = await region.getByRole('button', { name: new RegExp(`^${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) }).getAttribute('aria-label');
    counts[step] = Number(/:\s*([\d,]+)\s+rows?/.exec(name ?? '')?.[1].replace(/,/g, '') ?? NaN);
  }
  return counts;
}

function kindCounts(cells: string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(NEXT_STEPS.map((k) => [k, 0]));
  for (const c of cells) {
    const k = NEXT_STEPS.find((s) => c === s || c.startsWith(`${s} `) || c.startsWith(`${s}:`));
    assert.ok(k, `"${c}" is not a next step`);
    counts[k]++;
  }
  return counts;
}

describe('tracking and letters in the pane', () => {
  test('track: the columns, the counts by next step (pane = sheet = summary), the filter', async () => {
    pane = await openPane(browser, server, { book: 'dev', syncDelayMs: 10 });
    page = pane.page;
    await page.getByRole('heading', { name: 'Column roles' }).waitFor({ timeout: 30_000 });
    await page.getByRole('switch', { name: /^Track supplier responses/ }).click();
    await screenAndWait();
    const cols = await columns();
    const headers = Object.keys(cols);
    assert.deepEqual(headers.slice(-6), ['Reviewer Note', 'CtA Next Step', ...TRACKER_HEADERS]);
    const steps = await column('CtA Next Step');
    const inSheet = kindCounts(steps);
    // On a first tracked run: the rows to leave (Disengage now, Disengage) and the B.4 instruction for every other.
    const statuses = await column('CtA Status');
    const leave = statuses.filter((s) => s === 'Disengage now' || s === 'Disengage').length;
    assert.ok(leave > 0);
    assert.deepEqual(inSheet, { ...Object.fromEntries(NEXT_STEPS.map((k) => [k, 0])), 'Disengage (B.1–B.3)': leave, 'Send B.4 instruction': statuses.length - leave });
    assert.deepEqual(await paneStepCounts(), inSheet, 'pane counts differ from the sheet');
    const summary = await values(page, 'CtA Summary!A1:B80');
    const at = summary.findIndex((r) => r[0] === 'Next step (CtA Next Step)');
    assert.ok(at >= 0, 'no next-step section on the summary');
    assert.deepEqual(Object.fromEntries(summary.slice(at + 1, at + 1 + NEXT_STEPS.length).map((r) => [r[0], r[1]])), inSheet);
    const validations = await page.evaluate(() => window.__ctaDouble!.workbook.validations('Suppliers'));
    assert.ok(validations.some((v) => v.range.startsWith(`${cols['Supplier Reply']}4`)), 'the Supplier Reply column has a drop-down');
    await screenshot(page, 'tracking-01-screened', page.getByRole('region', { name: 'Next steps' }));

    const region = page.getByRole('region', { name: 'Next steps' });
    await region.getByRole('button', { name: /^Disengage \(B\.1–B\.3\):/ }).click();
    await region.getByText('Sheet shows only next step: Disengage (B.1–B.3)').waitFor();
    const hidden = await page.evaluate(() => window.__ctaDouble!.workbook.hiddenRows('Suppliers'));
    assert.deepEqual(hidden, steps.map((s, i) => (s.startsWith('Disengage') ? null : i + 4)).filter((r) => r !== null));
    await region.getByRole('button', { name: 'Show all next steps' }).click();
    await region.getByText('Sheet shows all next steps').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__ctaDouble!.workbook.hiddenRows('Suppliers')), []);
  });

  test('the tracker and reviewer entries survive a re-run; the next step follows them; overdue is marked', async () => {
    const cols = await columns();
    const before = await column('CtA Next Step');
    // Row 20 (Instruct & verify): sent 100 days ago, no reply → chase. Row 25: declined. Row 9: a reviewer note.
    const typed: [string, string][] = [
      [`Suppliers!${cols['Instruction Sent']}20`, isoDaysAgo(100)],
      [`Suppliers!${cols['Supplier Reply']}25`, 'Declined'],
      [`Suppliers!${cols['Reviewer Note']}9`, 'sales office only'],
    ];
    await page.evaluate((cells) => cells.forEach(([a, v]) => window.__ctaDouble!.workbook.type(a, v)), typed);
    const typedBack = await Promise.all(typed.map(async ([a]) => (await values(page, `${a}:${a.split('!')[1]}`))[0][0]));
    await screenAndWait();
    for (const [i, [a]] of typed.entries()) assert.deepEqual((await values(page, `${a}:${a.split('!')[1]}`))[0][0], typedBack[i], `${a} changed`);
    const after = await column('CtA Next Step');
    assert.equal(after[20 - 4], 'Chase: no reply, 40 days past due');
    assert.equal(after[25 - 4], 'B.5: plan a responsible exit (declined)');
    assert.deepEqual(after.filter((_, i) => i !== 16 && i !== 21), before.filter((_, i) => i !== 16 && i !== 21));
    assert.equal((await column('Proof Due'))[20 - 4], isoDaysAgo(40));
    assert.deepEqual(Object.keys(await columns()), Object.keys(cols), 'a second set of columns');
    const region = page.getByRole('region', { name: 'Next steps' });
    assert.match(await region.innerText(), /1 row overdue \(marked red in CtA Next Step\)\./);
    const rules = await page.evaluate(() => window.__ctaDouble!.workbook.conditionalFormats('Suppliers'));
    assert.equal(rules.filter((r) => String(r.rule.formula).includes('past due')).length, 1, 'one overdue rule after two runs');
    await screenshot(page, 'tracking-02-rescreened', region);
  });

  test('letters: for a status and for the selected rows, in English and Chinese, on the CtA Letters sheet', async () => {
    const panel = page.getByRole('region', { name: 'Supplier letters' });
    await panel.getByRole('textbox', { name: /Your company's name/ }).fill('Northwind Apparel Ltd');
    await panel.getByRole('combobox', { name: 'Write letters for' }).click();
    await page.getByRole('option', { name: 'Status: Disengage now' }).click();
    await panel.getByRole('button', { name: 'Write letters' }).click();
    await panel.getByText('Letters written').waitFor({ timeout: 30_000 });
    const disengageNow = (await column('CtA Status')).filter((st) => st === 'Disengage now').length;
    assert.match(await panel.innerText(), new RegExp(`Letters for ${disengageNow} suppliers, in English and Simplified Chinese, are on the 'CtA Letters' sheet\\.`));
    assert.ok((await sheetNames(page)).includes('CtA Letters'));
    const rows = await values(page, 'CtA Letters!A1:H40');
    assert.equal(rows[0][0], LETTERS_MARKER);
    const start = rows.findIndex((r) => r[0] === 'Sheet');
    const letters = rows.slice(start + 1).filter((r) => r[0] !== null);
    assert.equal(letters.length, disengageNow * 2);
    assert.ok(letters.every((r) => r[3] === 'Disengage now'));
    assert.ok(letters.every((r) => !/[{}]/.test(String(r[6])) && !/[{}]/.test(String(r[7]))), 'a placeholder left unfilled');
    assert.match(String(letters[1][7]), /尊敬的供应商：/);
    await screenshot(page, 'tracking-03-letters', panel);

    // The selection: rows 20 and 21 of the supplier sheet.
    await page.evaluate(() => window.__ctaDouble!.workbook.select('Suppliers!B20:C21'));
    await panel.getByRole('combobox', { name: 'Write letters for' }).click();
    await page.getByRole('option', { name: 'Rows I have selected in the sheet' }).click();
    await panel.getByRole('button', { name: 'Write letters' }).click();
    await panel.getByText(/Letters for 2 suppliers/).waitFor({ timeout: 30_000 });
    const again = await values(page, 'CtA Letters!A1:H12');
    const s2 = again.findIndex((r) => r[0] === 'Sheet');
    assert.deepEqual(again.slice(s2 + 1, s2 + 5).map((r) => [r[1], r[4], r[5]]), [
      ['20', 'B.4 instruction and reply form', 'English'],
      ['20', 'B.4 instruction and reply form', '简体中文'],
      ['21', 'B.4 instruction and reply form', 'English'],
      ['21', 'B.4 instruction and reply form', '简体中文'],
    ]);
    assert.deepEqual((await sheetNames(page)).filter((n) => n.startsWith('CtA Letters')), ['CtA Letters']);
    assert.deepEqual(pane.requests.offsite, [], 'the page asked for something outside 127.0.0.1');
    assert.deepEqual(pane.requests.pageErrors, [], 'uncaught errors in the page');
  });
});
