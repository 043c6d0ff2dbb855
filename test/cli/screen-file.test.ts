import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { screenAndCollect as screenFile } from '../support/screen-collect';
import { FIXTURES } from '../support/dev-set';

const today = '2026-11-28';
const settings = { usImporter: false };

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'cli-'));
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function headerColumn(ws: ExcelJS.Worksheet, headerRow: number, text: string): number {
  let found = -1;
  ws.getRow(headerRow).eachCell((c, col) => {
    if (c.value === text) found = col;
  });
  return found;
}

describe('command line on the example workbook', () => {
  it('writes the output columns, text format, filter, validation, summary and provenance; the input is unchanged', async () => {
    const dir = tmp();
    const input = join(FIXTURES, 'dev-suppliers.xlsx');
    const before = readFileSync(input);
    const out = join(dir, 'out.xlsx');
    await screenFile({ input, output: out, settings, today });
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = await open(out);
    const ws = wb.getWorksheet('Suppliers')!;
    const status = headerColumn(ws, 3, 'CtA Status');
    expect(status).toBe(19); // directly right of the 18 user columns (A is empty)
    for (const h of ['CtA Categories', 'CtA Required Actions', 'CtA Citations', 'CtA Evidence', 'CtA Confidence', 'CtA Screened', 'Reviewer Decision', 'Reviewer Note']) {
      expect(headerColumn(ws, 3, h)).toBeGreaterThan(status);
    }
    expect(ws.getCell(4, status).value).toBe('Disengage now');
    expect(ws.getCell(4, status).numFmt).toBe('@');
    expect(String(ws.getCell(4, status + 6).value)).toMatch(/^2026-11-28 · rules 1\.0 · UFLPA list \d{4}-\d{2}-\d{2}$/);
    expect(ws.autoFilter).toBeTruthy();
    expect(wb.getWorksheet('CtA Summary')!.getCell('A1').value).toMatch(/summary/);
    expect(wb.getWorksheet('CtA Provenance')!.state).toBe('veryHidden');
  });

  it('updates its own columns in place on a re-run and keeps the reviewer columns', async () => {
    const dir = tmp();
    const first = join(dir, 'first.xlsx');
    await screenFile({ input: join(FIXTURES, 'dev-suppliers.xlsx'), output: first, settings, today });
    const wb = await open(first);
    const ws = wb.getWorksheet('Suppliers')!;
    const decision = headerColumn(ws, 3, 'Reviewer Decision');
    ws.getCell(5, decision).value = 'Confirmed';
    ws.getCell(5, decision + 1).value = 'Visited the mill in 2025';
    await wb.xlsx.writeFile(first);
    const second = join(dir, 'second.xlsx');
    await screenFile({ input: first, output: second, settings, today });
    const again = (await open(second)).getWorksheet('Suppliers')!;
    expect(headerColumn(again, 3, 'Reviewer Decision')).toBe(decision);
    expect(again.getCell(5, decision).value).toBe('Confirmed');
    expect(again.getCell(5, decision + 1).value).toBe('Visited the mill in 2025');
    let statusColumns = 0;
    again.getRow(3).eachCell((c) => {
      if (c.value === 'CtA Status') statusColumns++;
    });
    expect(statusColumns).toBe(1);
  });

  it('suppresses a finding a reviewer marked False positive, and still shows a new one', async () => {
    const dir = tmp();
    const input = join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Suppliers');
    ws.addRow(['Supplier Name', 'Country', 'Phone', 'Notes']);
    ws.addRow(['Alpha Trading Co', 'China', '+86 991 1234567', '']);
    await wb.xlsx.writeFile(input);
    const first = join(dir, 'first.xlsx');
    const r1 = await screenFile({ input, output: first, settings, today });
    expect(r1.result.results[0][0].status).toBe('Review');
    const reviewed = await open(first);
    const sheet = reviewed.getWorksheet('Suppliers')!;
    sheet.getCell(2, headerColumn(sheet, 1, 'Reviewer Decision')).value = 'False positive';
    await reviewed.xlsx.writeFile(first);
    const second = join(dir, 'second.xlsx');
    const r2 = await screenFile({ input: first, output: second, settings, today });
    expect(r2.result.results[0][0].status).toBe('No link found');
    expect(r2.result.results[0][0].suppressed).toHaveLength(1);
    const evidence = (await open(second)).getWorksheet('Suppliers')!.getCell(2, headerColumn(sheet, 1, 'CtA Evidence')).value;
    expect(String(evidence)).toMatch(/Suppressed by a reviewer/);
    // A new, different finding on the same row still shows.
    const third = await open(second);
    third.getWorksheet('Suppliers')!.getCell(2, 4).value = 'Workers arrived through a labour transfer programme';
    await third.xlsx.writeFile(second);
    const r3 = await screenFile({ input: second, output: join(dir, 'third.xlsx'), settings, today });
    expect(r3.result.results[0][0].status).toBe('Review');
    expect(r3.result.results[0][0].findings.map((f) => f.matcher)).toEqual(['labourTransfer']);
  });

  it('screens the CSV export the same way as the sheet', async () => {
    const dir = tmp();
    const { result } = await screenFile({ input: join(FIXTURES, 'dev-suppliers.csv'), output: join(dir, 'csv.xlsx'), settings, today });
    const { result: fromXlsx } = await screenFile({ input: join(FIXTURES, 'dev-suppliers.xlsx'), output: join(dir, 'x.xlsx'), settings, today, sheet: 'Suppliers' });
    expect(result.results[0].map((r) => r.status)).toEqual(fromXlsx.results[0].map((r) => r.status));
    expect(result.results[0][0].row).toBe(2);
  });

  it('reads semicolon-separated GB18030 CSV', async () => {
    const dir = tmp();
    const file = join(dir, 'gb.csv');
    const iconv = await import('iconv-lite');
    writeFileSync(file, iconv.default.encode('供应商名称;省份;详细地址\n"乌鲁木齐某某有限公司";新疆;"乌鲁木齐市\n天山区"\n', 'gb18030'));
    const { result } = await screenFile({ input: file, output: join(dir, 'gb.xlsx'), settings, today });
    expect(result.results[0][0].status).toBe('Disengage now');
  });
});

describe('command line flags and errors', () => {
  let err = '';
  let out = '';
  beforeEach(() => {
    err = '';
    out = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('prints a one-screen summary and writes the JSON report', async () => {
    const dir = tmp();
    const code = await main([join(FIXTURES, 'dev-suppliers.xlsx'), '-o', join(dir, 'o.xlsx'), '--report', join(dir, 'r.json'), '--us-importer']);
    expect(code).toBe(0);
    expect(out).toMatch(/Disengage now\s+11/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.rulesVersion).toBe('1.0');
    expect(report.rows[0]).toMatchObject({ sheet: 'Suppliers', row: 4, status: 'Disengage now' });
    expect(report.rows[0].evidence[0]).toEqual(expect.objectContaining({ category: expect.any(String), column: expect.any(String), cell: expect.any(String), matched: expect.any(String), detail: expect.any(String) }));
  });

  it.each([
    [['/nonexistent/file.xlsx'], /does not exist/],
    [[], /No input file/],
    [['a.xlsx', 'b.xlsx'], /one input file/],
    [['--bogus'], /Unknown option/],
  ])('rejects %j with one plain line and exit code 1', async (args, message) => {
    const code = await main(args as string[]);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses to write over the input', async () => {
    const code = await main([join(FIXTURES, 'dev-suppliers.xlsx'), '-o', join(FIXTURES, 'dev-suppliers.xlsx')]);
    expect(code).toBe(1);
    expect(err).toMatch(/would replace the input/);
  });
});

describe('real published facility lists', () => {
  const lists = ['open-supply-hub-Fall-2018-Compliance-List.csv', 'open-supply-hub-Summer-2019-Apparel-List.csv', 'open-supply-hub-Winter-2019-Compliance-List.csv'];
  it.each(lists)('%s screens without error and its columns are detected', async (name) => {
    const dir = tmp();
    const { result } = await screenFile({ input: join(FIXTURES, '..', 'reference', 'facility-lists', name), output: join(dir, 'o.xlsx'), settings, today });
    const roles = Object.fromEntries(result.layouts[0].columns.map((c) => [c.header, c.role]));
    expect(roles).toMatchObject({ country: 'country', name: 'supplierName', address: 'address', sector: 'product' });
    expect(result.results[0].length).toBeGreaterThan(30);
    expect(result.results[0].every((r) => r.status !== 'Insufficient data')).toBe(true);
  });
});
