// The pane's screening lists in Chromium: the built-in list's coverage line, a saved DHS "UFLPA Entity
// List" page added from "Add list from a file…" (parsed in the page, kept in the workbook's settings)
// and screened, and a malformed page refused in one line with nothing kept.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { WorkbookSpec } from '../support/excel-double';
import { launchChromium, openPane, screenshot, values, type Pane, type StaticServer, startServer } from './harness';

const PAGE = readFileSync(join(__dirname, '../support/dhs/uflpa-entity-list-2026-08.html'), 'utf8');
const COVERAGE = '106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage.';

const BOOK: WorkbookSpec = {
  sheets: [
    {
      name: 'Suppliers',
      cells: [
        ['Supplier ID', 'Supplier Name', 'City', 'Country', 'Product'],
        ['S-1', 'Testbrook Walnut Trading Company Limited', 'Dalian', 'China', 'walnut kernels'],
        ['S-2', 'Meridian Buttons Ltd', 'Leicester', 'United Kingdom', 'buttons'],
      ],
    },
  ],
  selection: 'Suppliers!B2',
};

let server: StaticServer;
let browser: Browser;
const panes: Pane[] = [];

before(async () => {
  server = await startServer(new Map([['lists', JSON.stringify(BOOK)]]));
  browser = await launchChromium();
});

after(async () => {
  for (const pane of panes) await pane.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Pane> {
  const pane = await openPane(browser, server, { book: 'lists' });
  panes.push(pane);
  await pane.page.getByRole('heading', { name: 'Screening lists' }).waitFor({ timeout: 30_000 });
  return pane;
}

describe('screening lists in the pane', () => {
  test('a saved DHS page is added from a file, listed with its date and differences, and screened', async () => {
    const { page } = await open();
    const section = page.getByRole('region', { name: 'Screening lists' });
    const inUse = section.getByRole('list', { name: 'Lists in use' });
    await inUse.getByText(COVERAGE, { exact: false }).waitFor();

    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Add list from a file…' }).click();
    await (await chooser).setFiles({ name: 'UFLPA Entity List _ Homeland Security.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) });
    await section.getByText('List added').waitFor({ timeout: 15_000 });
    await section.getByText(/Added "UFLPA Entity List _ Homeland Security": 24 entries, version 2026-08-03/).waitFor();
    const item = inUse.getByRole('listitem').filter({ hasText: 'UFLPA Entity List _ Homeland Security' });
    await item.getByText(/DHS UFLPA Entity List page, saved/).waitFor();
    await item.getByText(/does not name \d+ entities of the built-in list .*stay in force/).waitFor();
    await screenshot(page, 'lists-dhs-page', section);

    const stored = await page.evaluate(() => String(window.__ctaDouble!.workbook.settings.get('cta.lists')));
    const [list] = JSON.parse(stored);
    const goens = list.entries.find((e: { name: string }) => /Goens/.test(e.name));
    assert.deepEqual(goens.sections, ['i']);
    assert.equal(goens.dateAdded, '2026-08-03');
    assert.deepEqual(goens.formerNames, ['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'Xinjiang GCL New Energy Materials Technology Co., Ltd.']);

    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.getByText('Screening complete').waitFor({ timeout: 60_000 });
    const header = (await values(page, 'Suppliers!A1:Z1'))[0];
    const statusCol = String.fromCharCode(65 + header.indexOf('CtA Status'));
    const citeCol = String.fromCharCode(65 + header.indexOf('CtA Citations'));
    assert.deepEqual((await values(page, `Suppliers!${statusCol}2:${statusCol}3`)).map((r) => r[0]), ['Disengage', 'No link found']);
    assert.match(String((await values(page, `Suppliers!${citeCol}2`))[0][0]), /UFLPA Entity List _ Homeland Security \(sources Region material, added 2026-08-03\)/);
    const pane = panes[panes.length - 1];
    assert.deepEqual(pane.requests.offsite, [], 'the page asked for something outside 127.0.0.1');
    assert.deepEqual(pane.requests.pageErrors, [], 'uncaught errors in the page');
  });

  test('a malformed page is refused with one line naming the problem, and nothing is kept', async () => {
    const { page } = await open();
    const section = page.getByRole('region', { name: 'Screening lists' });
    const broken = PAGE.replace('<td>November 25, 2024</td>', '<td>Novembre 25th</td>');
    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Add list from a file…' }).click();
    await (await chooser).setFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(broken) });
    await section.getByText(/"page" was not added: the section \(v\) table, row 1: "Novembre 25th" is not a date/).waitFor({ timeout: 15_000 });
    const kept = await page.evaluate(() => window.__ctaDouble!.workbook.settings.has('cta.lists'));
    assert.equal(kept, false);
    assert.equal(await section.getByRole('list', { name: 'Lists in use' }).getByRole('listitem').count(), 1);
  });
});
