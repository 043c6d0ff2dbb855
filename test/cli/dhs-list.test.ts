// The command line with a saved DHS page as a list, the coverage line and the age warning in what it
// prints, writes and reports; list workbooks through the package reader; one CSV parser for both hosts.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { parseCsv } from '../../src/cli/read-csv';
import { loadListFile } from '../../src/cli/read-list';
import { delimitedRows } from '../../src/domain/list-text';

const PAGE = join(__dirname, '../support/dhs/uflpa-entity-list-2026-08.html');
const COVERAGE = '106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage.';

async function suppliers(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Suppliers');
  ws.addRow(['Supplier Name', 'Country', 'Product']);
  ws.addRow(['Testbrook Walnut Trading Co., Ltd.', 'China', 'Walnuts']);
  ws.addRow(['Plain Valley Packaging Co.', 'Italy', 'Cartons']);
  const file = join(dir, 'suppliers.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('npm run screen with a saved DHS page', () => {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('screens with the page, and says the coverage line in its output, the summary sheet and the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhs-'));
    const input = await suppliers(dir);
    copyFileSync(PAGE, join(dir, 'UFLPA Entity List.html'));
    const code = await main([input, '-o', join(dir, 'o.xlsx'), '--report', join(dir, 'r.json'), '--list', join(dir, 'UFLPA Entity List.html')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(`  ${COVERAGE}`);
    expect(out).toMatch(/Lists: UFLPA Entity List 2026-08-03 \(106 entries\); UFLPA Entity List 2026-08-03 \(24 entries\)\./);
    // The page lacks most built-in entries: they stay in force, and the output says so.
    expect(out).toMatch(/"UFLPA Entity List" does not name \d+ entities of the built-in list .*stay in force: .*TBEA Co\., Ltd\./);

    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.lists[0].notes).toEqual([COVERAGE]);
    expect(report.lists[1]).toMatchObject({ name: 'UFLPA Entity List', version: '2026-08-03', entryCount: 24 });
    const walnut = report.rows.find((r: { row: number }) => r.row === 2);
    expect(walnut.status).toBe('Disengage');
    expect(walnut.evidence[0].detail).toMatch(/matches UFLPA Entity List entry "Testbrook Walnut Trading Co\., Ltd\."/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'o.xlsx'));
    const summary: string[] = [];
    wb.getWorksheet('CtA Summary')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1).join(' | ')));
    expect(summary).toContain(COVERAGE);
    const citations = wb.getWorksheet('Suppliers')!.getRow(2).values as unknown[];
    expect(citations.join(' ')).toMatch(/UFLPA Entity List \(sources Region material, added 2026-08-03\): Testbrook Walnut Trading Co\., Ltd\./);
  });

  it('warns, with the route to update, when the screening is more than 180 days after the list\'s latest action', async () => {
    jest.useFakeTimers({ now: new Date('2027-06-01T12:00:00'), doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    const dir = mkdtempSync(join(tmpdir(), 'dhs-'));
    const input = await suppliers(dir);
    const code = await main([input, '-o', join(dir, 'o.xlsx'), '--report', join(dir, 'r.json')]);
    expect(code).toBe(0);
    expect(out).toMatch(/Warning: the latest listing action in "UFLPA Entity List" is of 2026-08-03, 302 days before 2027-06-01: .*save the DHS "UFLPA Entity List" page/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.lists[0].notes[1]).toMatch(/^Warning: the latest listing action/);
  });

  it('refuses a malformed page in one line, imports nothing and screens nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhs-'));
    const input = await suppliers(dir);
    const bad = readFileSync(PAGE, 'utf8').replace('<td>November 25, 2024</td>', '<td>Novembre 25th</td>');
    writeFileSync(join(dir, 'page.html'), bad);
    const code = await main([input, '-o', join(dir, 'o.xlsx'), '--list', join(dir, 'page.html')]);
    expect(code).toBe(1);
    expect(err).toBe('List page.html is not usable: the section (v) table, row 1: "Novembre 25th" is not a date (expected e.g. "August 3, 2026").\n');
    expect(out).toBe('');
  });
});

describe('list files', () => {
  it('a list workbook is read by the package reader (first sheet; dates and numbers as text)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'list-xlsx-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Watch');
    ws.addRow(['Name', 'Section', 'Listed']);
    ws.addRow(['Harbourline Labour Services Co., Ltd.', '(ii)', new Date('2026-08-03T00:00:00Z')]);
    ws.addRow([12345, 'v', null]);
    wb.addWorksheet('Other').addRow(['Name']);
    await wb.xlsx.writeFile(join(dir, 'watch.xlsx'));
    const list = await loadListFile(join(dir, 'watch.xlsx'));
    expect(list.entries.map((e) => [e.name, e.category])).toEqual([
      ['Harbourline Labour Services Co., Ltd.', 'A.3'],
      ['12345', 'A.4'],
    ]);
    writeFileSync(join(dir, 'broken.xlsx'), 'PK\u0003\u0004 not really a zip');
    await expect(loadListFile(join(dir, 'broken.xlsx'))).rejects.toThrow(/List broken\.xlsx could not be opened as a workbook/);
  });

  it('the command line and the pane read a CSV into the same rows (one parser): blank lines, semicolons, commas in cells', () => {
    const samples = [
      'name;aliases\n\nA Co;x, y\n\nB Co;z\n',
      'Supplier list 2026\nname,country\nA Co,China\n',
      'name\tnotes\nA Co\tmakes yarn, fabric, thread\n\nB Co\tx, y\n',
      '\uFEFFname,notes\n"A, B Co","line 1\nline 2"\n\nC Co,\n',
    ];
    for (const text of samples) expect(parseCsv(Buffer.from(text, 'utf8'), 'x.csv')).toEqual(delimitedRows(text));
    expect(delimitedRows(samples[0])).toEqual([['name', 'aliases'], [''], ['A Co', 'x, y'], [''], ['B Co', 'z']]);
  });
});
