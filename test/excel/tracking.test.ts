// Tracking and letters through the Office gateway on the Excel double: the tracker columns, the reply
// drop-down and the overdue colour; the user's entries survive a re-run from the pane; the next-step
// filter; letters for a status and for the selection on the CtA Letters sheet.
import { LETTERS_MARKER, planLettersSheet, writeLetters } from '../../src/domain/letters-sheet';
import { applyPlan } from '../../src/excel/apply-plan';
import { TRACKER_HEADERS, type OutputHeader } from '../../src/domain/types';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import { DoubleWorkbook, installExcelDouble, InstalledDouble } from '../support/excel-double';
import { detectThenScreen, plan, supplierBook, type PaneRequest } from './fixtures';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

const TODAY = '2026-06-30';
const gateway = () => detectThenScreen(createOfficeGateway({ today: () => TODAY }));

function request(over: Partial<PaneRequest> = {}): PaneRequest {
  return { overrides: {}, settings: { usImporter: false, track: true }, onProgress: () => undefined, signal: new AbortController().signal, ...over };
}

function letterOf(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function colOf(wb: DoubleWorkbook, header: OutputHeader): string {
  const i = wb.values('Suppliers!A1:AZ1')[0].indexOf(header);
  if (i < 0) throw new Error(`no ${header}`);
  return letterOf(i + 1);
}

const cell = (wb: DoubleWorkbook, header: OutputHeader, row: number) => wb.value(`Suppliers!${colOf(wb, header)}${row}`);

describe('tracking from the pane', () => {
  test('the tracker columns, drop-down and overdue colour; the entries survive a re-run; the next step follows them; the filter', async () => {
    const wb = supplierBook({ rows: 14 });
    installed = installExcelDouble(wb);
    const g = gateway();
    const first = await g.screen(request());
    expect(first.nextStepCounts).toMatchObject({ 'Send B.4 instruction': expect.any(Number), 'Disengage (B.1–B.3)': expect.any(Number) });
    const header = wb.values('Suppliers!A1:AZ1')[0].filter((v) => v !== null);
    expect(header.slice(-6)).toEqual(['Reviewer Note', 'CtA Next Step', ...TRACKER_HEADERS]);
    const reply = colOf(wb, 'Supplier Reply');
    expect(wb.validations('Suppliers').find((v) => v.range === `${reply}2:${reply}15`)?.rule).toMatchObject({ list: { source: 'Agreed,Agreed and proved,Declined,No reply' } });
    const step = colOf(wb, 'CtA Next Step');
    const overdueRule = wb.conditionalFormats('Suppliers').find((cf) => String(cf.rule.formula).includes('past due'));
    expect(overdueRule).toMatchObject({ ranges: [`${step}2:${step}15`], rule: { formula: `=ISNUMBER(SEARCH("past due",$${step}2))` }, format: { fill: '#FFC7CE', fontColor: '#9C0006' } });
    // Row 2 is in Urumqi (Disengage now); row 3 in Shenzhen.
    expect(cell(wb, 'CtA Next Step', 2)).toBe('Disengage (B.1–B.3)');
    expect(cell(wb, 'CtA Next Step', 3)).toBe('Send B.4 instruction');

    // The buyer records: row 3 sent long ago with no reply; row 5 sent lately; row 6 declined; a reviewer note.
    wb.type(`Suppliers!${colOf(wb, 'Instruction Sent')}3`, 46082); // 2026-03-01
    wb.type(`Suppliers!${colOf(wb, 'Instruction Sent')}5`, '2026-06-20');
    wb.type(`Suppliers!${colOf(wb, 'Supplier Reply')}6`, 'Declined');
    wb.type(`Suppliers!${colOf(wb, 'Proof Due')}5`, 'end of August');
    wb.type(`Suppliers!${colOf(wb, 'Reviewer Note')}3`, 'spoke to their sales office');
    const again = await g.screen(request({ settings: { usImporter: false } }));
    expect(again.overdue).toBe(1);
    expect(cell(wb, 'Instruction Sent', 3)).toBe(46082);
    expect(cell(wb, 'Supplier Reply', 6)).toBe('Declined');
    expect(cell(wb, 'Proof Due', 5)).toBe('end of August');
    expect(cell(wb, 'Reviewer Note', 3)).toBe('spoke to their sales office');
    expect(cell(wb, 'CtA Next Step', 3)).toBe('Chase: no reply, 61 days past due');
    expect(cell(wb, 'Proof Due', 3)).toBe('2026-04-30');
    expect(cell(wb, 'CtA Next Step', 6)).toBe('B.5: plan a responsible exit (declined)');
    expect(String(cell(wb, 'CtA Evidence', 5))).toContain(`Proof Due (${colOf(wb, 'Proof Due')}5): "end of August" is not a date the screen can read; not read`);
    expect(wb.values('Suppliers!A1:AZ1')[0].filter((v) => v !== null)).toEqual(header);

    // Filter by next step: only the chase row shows; a status filter then replaces it.
    await g.filterByNextStep!('Chase');
    expect(wb.hiddenRows('Suppliers')).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    await g.filterByStatus('Disengage now');
    const af = wb.autoFilter('Suppliers')!;
    expect(Object.values(af.criteria).map((c) => (c as { values: string[] }).values)).toEqual([['Disengage now']]);
    await g.filterByNextStep!(null);
    expect(wb.hiddenRows('Suppliers')).toEqual([]);
  });
});

describe('letters from the pane', () => {
  test('for a status and for the selected rows, on the CtA Letters sheet, replaced on the next request', async () => {
    const wb = supplierBook({ rows: 14 });
    installed = installExcelDouble(wb);
    const g = gateway();
    await expect(g.writeLetters!({ rows: { kind: 'status', status: 'Disengage now' }, companyName: 'Northwind' })).rejects.toThrow('Screen the sheet first');
    await g.screen(request());
    await expect(g.writeLetters!({ rows: { kind: 'status', status: 'Disengage now' }, companyName: '  ' })).rejects.toThrow("Type your company's name first");
    const byStatus = await g.writeLetters!({ rows: { kind: 'status', status: 'Disengage now' }, companyName: 'Northwind Apparel Ltd' });
    expect(byStatus.sheetName).toBe('CtA Letters');
    expect(wb.sheetNames()).toContain('CtA Letters');
    const rows = wb.values('CtA Letters!A1:H60');
    expect(rows[0][0]).toBe(LETTERS_MARKER);
    const start = rows.findIndex((r) => r[0] === 'Sheet');
    const letters = rows.slice(start + 1).filter((r) => r[0] !== null);
    expect(letters.length).toBe(byStatus.suppliers * 2);
    expect(new Set(letters.map((r) => r[3]))).toEqual(new Set(['Disengage now']));
    expect(letters.map((r) => r[5])).toEqual(letters.map((_, i) => (i % 2 ? '简体中文' : 'English')));
    expect(String(letters[0][7])).toContain('Dear Sir or Madam,\nNorthwind Apparel Ltd is working');
    expect(String(letters[1][7])).toContain('尊敬的供应商：');
    expect(byStatus.message).toBe(`Letters for ${byStatus.suppliers} suppliers, in English and Simplified Chinese, are on the 'CtA Letters' sheet. Read each one before you send it.`);

    wb.select('Suppliers!B3:C4');
    const bySelection = await g.writeLetters!({ rows: { kind: 'selection' }, companyName: 'Northwind Apparel Ltd' });
    expect(bySelection.suppliers).toBe(2);
    expect(wb.sheetNames().filter((n) => n.startsWith('CtA Letters'))).toEqual(['CtA Letters']);
    const again = wb.values('CtA Letters!A1:H20');
    const s2 = again.findIndex((r) => r[0] === 'Sheet');
    expect(again.slice(s2 + 1, s2 + 5).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Suppliers', '3', 'Supplier 2 Textile Co., Ltd.'],
      ['Suppliers', '3', 'Supplier 2 Textile Co., Ltd.'],
      ['Suppliers', '4', 'Supplier 3 Textile Co., Ltd.'],
      ['Suppliers', '4', 'Supplier 3 Textile Co., Ltd.'],
    ]);
    // A user's own sheet of that name is never replaced.
    wb.select('CtA Letters!A1');
    installed.uninstall();
    const theirs = supplierBook({ rows: 5, extraSheets: [{ name: 'CtA Letters', cells: [['my draft letters']] }] });
    installed = installExcelDouble(theirs);
    const g2 = gateway();
    await g2.screen(request());
    const outcome = await g2.writeLetters!({ rows: { kind: 'status', status: 'Disengage now' }, companyName: 'Northwind' });
    expect(outcome.sheetName).toBe('CtA Letters (2)');
    expect(theirs.value('CtA Letters!A1')).toBe('my draft letters');
  });
});

describe('a plan that carries letters', () => {
  test('applyPlan writes the CtA Letters sheet with the rest, the bodies wrapped', async () => {
    const wb = supplierBook({ rows: 3 });
    installed = installExcelDouble(wb);
    const subject = { sheetName: 'Suppliers', row: 2, supplierName: 'Supplier 1 Textile Co., Ltd.', status: 'Review' as const, findings: [], due: '2026-08-29' };
    const letters = planLettersSheet({ written: writeLetters([subject], 'Northwind', TODAY), today: TODAY, sheetNames: ['Suppliers'], a1Of: () => undefined });
    const result = await Excel.run((context) => applyPlan(context, { ...plan({ rows: 3 }), letters }));
    expect(result.state).toBe('complete');
    expect(wb.value('CtA Letters!A1')).toBe(LETTERS_MARKER);
    expect(wb.value('CtA Letters!C5')).toBe('Supplier 1 Textile Co., Ltd.');
    expect(String(wb.value('CtA Letters!H6'))).toContain('尊敬的供应商：');
    expect(wb.sheet('CtA Letters').wrapped.has('4:7')).toBe(true); // H5 (0-based row 4, column 7)
    expect(wb.bold('CtA Letters!A4')).toBe(true);
  });
});
