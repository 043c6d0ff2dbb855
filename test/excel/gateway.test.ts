// The Office gateway end to end on the Excel double: read → domain screenWorkbook → applyPlan.
import { ALL_OUTPUT_HEADERS, OutputHeader } from '../../src/domain/types';
import { INCOMPLETE_MARKER } from '../../src/excel/incomplete-marker';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { ROLE_OVERRIDES_KEY } from '../../src/excel/role-settings';
import type { ScreenProgress, ScreenRequest } from '../../src/gateway/workbook-gateway';
import { createWorkbook, DoubleWorkbook, installExcelDouble, InstalledDouble } from '../support/excel-double';
import { detectThenScreen, supplierBook, supplierRows, USER_HEADERS } from './fixtures';
import { syntheticList } from '../../bench/generate';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

function install(wb: DoubleWorkbook): InstalledDouble {
  installed = installExcelDouble(wb);
  return installed;
}

function request(over: Partial<ScreenRequest> = {}): Omit<ScreenRequest, 'table'> {
  return { overrides: {}, settings: { usImporter: false }, onProgress: () => undefined, signal: new AbortController().signal, ...over };
}

const gateway = () => detectThenScreen(createOfficeGateway({ today: () => '2026-11-28' }));

/** Column letter of an output header, found by its header text on row 1. */
function colOf(wb: DoubleWorkbook, header: OutputHeader, sheet = 'Suppliers'): string {
  const row = wb.values(`${sheet}!A1:AZ1`)[0];
  const i = row.indexOf(header);
  if (i < 0) throw new Error(`no ${header}`);
  return String.fromCharCode(65 + i);
}

describe('detectTable and overrides', () => {
  test('detects the table around the selection and the saved overrides', async () => {
    const wb = supplierBook({ rows: 30 });
    install(wb);
    const g = gateway();
    const first = await g.detectTable();
    expect(first).toMatchObject({ sheetName: 'Suppliers', address: 'Suppliers!A1:F31', headerRow: 1, dataRowCount: 30, isTable: false, overrides: {} });
    expect(first.columns.find((c) => c.header === 'City')?.role).toBe('city');
    await g.saveOverrides({ Product: null, 'Supplier ID': 'supplierId' });
    expect(JSON.parse(String(wb.settings.get(ROLE_OVERRIDES_KEY)))).toEqual({ Product: null, 'Supplier ID': 'supplierId' });
    const second = await g.detectTable();
    expect(second.overrides).toEqual({ Product: null, 'Supplier ID': 'supplierId' });
    expect(second.columns.find((c) => c.header === 'Product')?.role).toBeNull();
  });

  test('an Excel table holding the selection is the table', async () => {
    const wb = supplierBook({ rows: 12, table: true });
    install(wb);
    expect(await gateway().detectTable()).toMatchObject({ isTable: true, address: 'Suppliers!A1:F13', dataRowCount: 12 });
  });
});

describe('screen', () => {
  test('a plain range: outputs, colours, filter and summary; the reviewer decision survives a re-run', async () => {
    const wb = supplierBook({ rows: 40 });
    const d = install(wb);
    const g = gateway();
    const phases = new Set<string>();
    const table = await g.detectTable();
    const detectSyncs = d.stats.syncs;
    const outcome = await g.screen({ ...request({ onProgress: (p: ScreenProgress) => phases.add(p.phase) }), table });
    expect(outcome.state).toBe('complete');
    expect(outcome.rowsScreened).toBe(40);
    expect(outcome.message).toBe("rows 2–41 of 'Suppliers' screened; output columns are complete.");
    expect([...phases]).toEqual(['reading', 'screening', 'preparing', 'writing', 'finishing']);
    expect(Object.values(outcome.counts).reduce((a, b) => a + b, 0)).toBe(40);
    expect(outcome.syncs).toBe(d.stats.syncs - detectSyncs);
    expect(wb.values('Suppliers!G1:Z1')[0].slice(0, ALL_OUTPUT_HEADERS.length)).toEqual([...ALL_OUTPUT_HEADERS]);
    expect(wb.value('Suppliers!G2')).toBe('Disengage now'); // Urumqi
    expect(wb.sheetNames()).toEqual(['Suppliers', 'CtA Summary', 'CtA Provenance']);
    expect(wb.visibility('CtA Provenance')).toBe('VeryHidden');
    expect(wb.charts('CtA Summary')).toHaveLength(1);

    const decision = colOf(wb, 'Reviewer Decision');
    const note = colOf(wb, 'Reviewer Note');
    wb.type(`Suppliers!${decision}2`, 'False positive');
    wb.type(`Suppliers!${note}2`, 'audit shows no Xinjiang site');
    const again = await g.screen(request());
    expect(again.state).toBe('complete');
    expect(wb.value(`Suppliers!${decision}2`)).toBe('False positive');
    expect(wb.value(`Suppliers!${note}2`)).toBe('audit shows no Xinjiang site');
    expect(wb.values('Suppliers!A1:Z1')[0].filter((h) => h === 'CtA Status')).toHaveLength(1);
    expect(wb.sheetNames()).toEqual(['Suppliers', 'CtA Summary', 'CtA Provenance']);
  });

  test('an Excel table: output columns are added to the table; cells right of it are moved, not overwritten', async () => {
    const wb = supplierBook({ rows: 15, table: true, userColumnRight: true });
    install(wb);
    const outcome = await gateway().screen(request());
    expect(outcome.state).toBe('complete');
    const table = wb.tableList()[0];
    const headers = wb.values(`Suppliers!A1:Z1`)[0];
    expect(headers.slice(0, 6 + ALL_OUTPUT_HEADERS.length)).toEqual([...USER_HEADERS, ...ALL_OUTPUT_HEADERS]);
    expect(table.address).toBe(`Suppliers!A1:${String.fromCharCode(64 + 6 + ALL_OUTPUT_HEADERS.length)}16`);
    expect(headers[6 + ALL_OUTPUT_HEADERS.length]).toBe('My notes');
    expect(wb.value(`Suppliers!${String.fromCharCode(65 + 6 + ALL_OUTPUT_HEADERS.length)}16`)).toBe('note 15');
  });

  test('user cells directly right of a plain range are untouched: columns are inserted', async () => {
    const cells: (string | number | null)[][] = [[...USER_HEADERS], ...supplierRows(10)];
    cells.forEach((row, i) => i > 0 && row.push(`my note ${i}`)); // no header: not part of the table
    const wb = createWorkbook({ sheets: [{ name: 'Suppliers', cells }, { name: 'Far' }], selection: 'Suppliers!B3' });
    install(wb);
    await gateway().screen(request());
    expect(wb.value('Suppliers!G1')).toBe('CtA Status');
    expect(wb.value('Suppliers!G2')).not.toBe('my note 1');
    const moved = String.fromCharCode(65 + 6 + ALL_OUTPUT_HEADERS.length);
    expect(wb.values(`Suppliers!${moved}2:${moved}11`).flat()).toEqual(Array.from({ length: 10 }, (_, i) => `my note ${i + 1}`));
    expect(wb.value(`Suppliers!${moved}1`)).toBeNull();
  });

  test('a user column with a header right of the range counts as part of the table; nothing is overwritten', async () => {
    const wb = supplierBook({ rows: 10, userColumnRight: true });
    install(wb);
    await gateway().screen(request());
    expect(wb.values('Suppliers!G1:H1')).toEqual([['My notes', 'CtA Status']]);
    expect(wb.values('Suppliers!G2:G11').flat()).toEqual(Array.from({ length: 10 }, (_, i) => `note ${i + 1}`));
  });

  test('a supplier name "=HYPERLINK(...)" is never written back as a formula', async () => {
    const hostile = '=HYPERLINK("http://evil.example","Urumqi Cotton")';
    const wb = createWorkbook({
      sheets: [{ name: 'Suppliers', cells: [USER_HEADERS, ['S-1', hostile, '1 Road', 'Urumqi', 'China', 'cotton'], ['S-2', 'Acme', '2 Road', 'Hanoi', 'Viet Nam', 'buttons']] }],
      selection: 'Suppliers!A1',
    });
    install(wb);
    await gateway().screen(request());
    const out = wb.sheet('Suppliers');
    for (let c = 6; c < 6 + ALL_OUTPUT_HEADERS.length; c++) for (let r = 0; r <= 2; r++) expect(out.cell(r, c).formula).toBeNull();
    expect(wb.formula('Suppliers!B2')).toBe(hostile); // the user's own cell is left as it was
  });

  test("a user's own 'CtA Summary' sheet is never replaced", async () => {
    const wb = supplierBook({ rows: 5, extraSheets: [{ name: 'CtA Summary', cells: [['Board notes'], ['do not delete']] }] });
    install(wb);
    await gateway().screen(request());
    expect(wb.values('CtA Summary!A1:A2')).toEqual([['Board notes'], ['do not delete']]);
    expect(wb.sheetNames()).toContain('CtA Summary (2)');
    await gateway().screen(request());
    expect(wb.values('CtA Summary!A1:A2')).toEqual([['Board notes'], ['do not delete']]);
    expect(wb.sheetNames().filter((n) => n.startsWith('CtA Summary'))).toEqual(['CtA Summary', 'CtA Summary (2)']);
  });

  test('10,000 rows end to end in a bounded number of syncs', async () => {
    const wb = supplierBook({ rows: 10_000, table: true });
    const d = install(wb);
    const outcome = await gateway().screen(request());
    console.log(`gateway, 10,000-row table: ${outcome.syncs} syncs, largest request ${d.stats.maxRequestBytes.toLocaleString('en-US')} B, largest response ${d.stats.maxResponseBytes.toLocaleString('en-US')} B`);
    expect(outcome.state).toBe('complete');
    expect(outcome.rowsScreened).toBe(10_000);
    expect(outcome.syncs).toBeLessThanOrEqual(30);
    expect(d.stats.maxRequestBytes).toBeLessThan(4_000_000);
    expect(d.stats.runOptions.every((o) => (o as { delayForCellEdit?: boolean }).delayForCellEdit === true)).toBe(true);
  }, 60_000);
});

describe('interrupted runs', () => {
  test('a sync failing while writing: the pane gets plain words, rows left are marked, a re-run completes', async () => {
    const wb = supplierBook({ rows: 8000 });
    const d = install(wb);
    const g = gateway();
    // reading takes a few syncs; fail the 3rd sync of the writing run
    const read = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
    });
    void read;
    const base = d.stats.syncs;
    let failedAt = 0;
    const outcome = g.screen(
      request({
        onProgress: (p) => {
          if (p.phase === 'writing' && !failedAt) {
            failedAt = d.stats.syncs;
            // The sync and its one retry at half the size.
            d.faults.failNthSync(1);
            d.faults.failNthSync(2);
          }
        },
      }),
    );
    await expect(outcome).rejects.toMatchObject({ name: 'WriteIncomplete', message: expect.stringContaining('Screen again to finish') });
    expect(d.stats.syncs).toBeGreaterThan(base);
    const statuses = wb.values('Suppliers!G2:G8001').flat();
    expect(statuses).toContain(INCOMPLETE_MARKER);
    expect(statuses[0]).not.toBe(INCOMPLETE_MARKER);
    const again = await g.screen(request());
    expect(again.state).toBe('complete');
    expect(wb.values('Suppliers!G2:G8001').flat()).not.toContain(INCOMPLETE_MARKER);
  }, 60_000);

  test('cancel while writing: outcome cancelled, rows left are marked; a re-run completes', async () => {
    const wb = supplierBook({ rows: 8000 });
    install(wb);
    const g = gateway();
    const abort = new AbortController();
    const outcome = await g.screen(request({ signal: abort.signal, onProgress: (p) => p.phase === 'writing' && abort.abort() }));
    expect(outcome.state).toBe('cancelled');
    expect(outcome.message).toContain(INCOMPLETE_MARKER);
    expect(wb.values('Suppliers!G2:G8001').flat()).toContain(INCOMPLETE_MARKER);
    const again = await g.screen(request());
    expect(again.state).toBe('complete');
    expect(wb.values('Suppliers!G2:G8001').flat()).not.toContain(INCOMPLETE_MARKER);
  }, 60_000);

  /**
   * Screens the installed workbook with a timer ticking as often as the event loop lets it; returns the
   * longest gap between ticks, and their number, while `inPhase(progress)` last said so.
   */
  async function turnsDuring(inPhase: (p: ScreenProgress) => boolean): Promise<{ longest: number; turns: number }> {
    let measuring = false;
    let last = 0;
    let longest = 0;
    let turns = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      if (measuring) {
        longest = Math.max(longest, now - last);
        turns++;
      }
      last = now;
    }, 0);
    try {
      await gateway().screen(
        request({
          onProgress: (p) => {
            const now = inPhase(p);
            if (now && !measuring) last = performance.now();
            measuring = now;
          },
        }),
      );
    } finally {
      clearInterval(timer);
    }
    return { longest, turns };
  }

  test('screening gives the event loop a turn every few dozen milliseconds, whatever the slice of rows costs', async () => {
    install(supplierBook({ rows: 3000 }));
    const { longest, turns } = await turnsDuring((p) => p.phase === 'screening');
    expect(turns).toBeGreaterThan(0);
    console.log(`longest turn while screening: ${longest.toFixed(0)} ms over ${turns} turns`);
    expect(longest).toBeLessThan(200);
  });

  test('writing gives the event loop a turn every few dozen milliseconds, though each sync carries about a megabyte', async () => {
    const d = install(supplierBook({ rows: 12_000 }));
    // From the last row screened to the end: the write plan, every write sync and the summary.
    const { longest, turns } = await turnsDuring((p) => p.phase !== 'reading' && (p.phase !== 'screening' || p.done === p.total));
    const largest = Math.max(...d.stats.records.map((r) => r.requestBytes));
    console.log(`longest turn while writing: ${longest.toFixed(0)} ms over ${turns} turns; largest request ${largest.toLocaleString('en-US')} B`);
    expect(largest).toBeGreaterThan(500_000);
    expect(turns).toBeGreaterThanOrEqual(4); // 2 when a sync is filled in one go
    expect(longest).toBeLessThan(200);
  }, 60_000);

  test('a watchlist sheet of 20,000 companies is indexed in slices: the event loop keeps getting turns', async () => {
    const list = syntheticList(20_000, 3);
    const watchlist = [['Name', 'Aliases'], ...list.entries.map((e) => [e.name, [...e.aliases, ...e.namesZh].join('; ')])];
    install(supplierBook({ rows: 500, extraSheets: [{ name: 'CtA Watchlist', cells: watchlist }] }));
    // The whole run: the watchlist is parsed and indexed before the first row is screened.
    const { longest, turns } = await turnsDuring(() => true);
    console.log(`longest turn with a 20,000-entry watchlist: ${longest.toFixed(0)} ms over ${turns} turns`);
    expect(turns).toBeGreaterThan(20);
    expect(longest).toBeLessThan(200);
  }, 60_000);

  test('cancel while screening: nothing is written', async () => {
    const wb = supplierBook({ rows: 3000 });
    install(wb);
    const abort = new AbortController();
    const outcome = await gateway().screen(request({ signal: abort.signal, onProgress: (p) => p.phase === 'screening' && abort.abort() }));
    expect(outcome).toMatchObject({ state: 'cancelled', message: 'Stopped before anything was written. The workbook is unchanged.' });
    expect(wb.value('Suppliers!G1')).toBeNull();
    expect(wb.sheetNames()).toEqual(['Suppliers']);
  });
});

describe('filterByStatus', () => {
  test('filters a screened range with the AutoFilter and clears it', async () => {
    const wb = supplierBook({ rows: 14 });
    install(wb);
    const g = gateway();
    await g.screen(request());
    await g.filterByStatus('Disengage now');
    const hidden = wb.hiddenRows('Suppliers');
    const statuses = wb.values('Suppliers!G2:G15').flat();
    const visible = statuses.map((s, i) => ({ s, row: i + 2 })).filter((x) => !hidden.includes(x.row));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((x) => x.s === 'Disengage now')).toBe(true);
    await g.filterByStatus(null);
    expect(wb.hiddenRows('Suppliers')).toEqual([]);
  });

  test('filters a screened Excel table with the table filter', async () => {
    const wb = supplierBook({ rows: 14, table: true });
    install(wb);
    const g = gateway();
    await g.screen(request());
    await g.filterByStatus('No link found');
    const hidden = wb.hiddenRows('Suppliers');
    const statuses = wb.values('Suppliers!G2:G15').flat();
    statuses.forEach((s, i) => expect(hidden.includes(i + 2)).toBe(s !== 'No link found'));
    await g.filterByStatus(null);
    expect(wb.hiddenRows('Suppliers')).toEqual([]);
  });
});
