import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadListFile } from '../../src/cli/read-list';
import { screenAndCollect as screenFile } from '../support/screen-collect';
import { InputError } from '../../src/cli/input-error';

const today = '2026-11-28';
const settings = { usImporter: false };

async function workbook(dir: string, rows: string[][], extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Suppliers');
  rows.forEach((r) => ws.addRow(r));
  extra?.(wb);
  const file = join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const SUPPLIERS = [
  ['Supplier Name', 'Country', 'Product'],
  ['Kunlun Bright Textiles Co., Ltd.', 'China', 'Buttons'],
  ['Harbour Star Trading Ltd', 'China', 'Zippers'],
  ['Plain Valley Packaging Co.', 'China', 'Cartons'],
];

const OPENSANCTIONS = [
  'id,schema,name,aliases,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change',
  'NK-abc123,Company,"Kunlun Bright Textiles Co., Ltd.","昆仑光明纺织有限公司;Kunlun Guangming Textile",cn,,,"UFLPA Entity List - Section 2(d)(2)(B)(ii)",,,US DHS UFLPA Entity List,2026-09-01T00:00:00,2026-11-01T00:00:00,2026-09-01T00:00:00',
].join('\n');

describe('imported screening lists', () => {
  it('flags a supplier that appears only in an imported OpenSanctions-format file, naming the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const input = await workbook(dir, SUPPLIERS);
    writeFileSync(join(dir, 'us_dhs_uflpa.csv'), OPENSANCTIONS);
    const without = await screenFile({ input, output: join(dir, 'a.xlsx'), settings, today });
    expect(without.result.results[0][0].status).toBe('No link found');
    const list = await loadListFile(join(dir, 'us_dhs_uflpa.csv'));
    expect(list.entries[0]).toMatchObject({ category: 'A.3', namesZh: ['昆仑光明纺织有限公司'] });
    const withList = await screenFile({ input, output: join(dir, 'b.xlsx'), settings, today, extraLists: [list] });
    const row = withList.result.results[0][0];
    expect(row.status).toBe('Disengage');
    expect(row.findings[0].listRef).toMatchObject({ listName: 'us_dhs_uflpa', entryName: 'Kunlun Bright Textiles Co., Ltd.' });
    expect(row.citations).toContain('us_dhs_uflpa');
    expect(withList.result.lists.map((l) => l.name)).toEqual(['UFLPA Entity List', 'us_dhs_uflpa']);
  });

  it('flags a supplier that appears only in a plain watchlist CSV without a category as Review', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const input = await workbook(dir, SUPPLIERS);
    writeFileSync(join(dir, 'watch.csv'), 'Name;Aliases;Country;Source\nHarbour Star Trading Limited;;CN;NGO report 2026\n');
    const list = await loadListFile(join(dir, 'watch.csv'));
    const { result } = await screenFile({ input, output: join(dir, 'o.xlsx'), settings, today, extraLists: [list] });
    const row = result.results[0][1];
    expect(row.status).toBe('Review');
    expect(row.findings[0].detail).toMatch(/watch/);
    expect(row.findings[0].detail).toMatch(/no category/);
    expect(result.results[0][0].status).toBe('No link found');
  });

  it('screens with a CtA Watchlist sheet that travels with the workbook, and does not screen the watchlist itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const input = await workbook(dir, SUPPLIERS, (wb) => {
      const ws = wb.addWorksheet('CtA Watchlist');
      ws.addRow(['Name', 'Category', 'Source']);
      ws.addRow(['Plain Valley Packaging Company', 'A.1', 'own audit 2026']);
    });
    const { result } = await screenFile({ input, output: join(dir, 'o.xlsx'), settings, today });
    expect(result.results[0][2].status).toBe('Disengage now');
    expect(result.layouts.map((l) => l.sheetName)).toEqual(['Suppliers']);
  });

  it('rejects a malformed list with a row-level message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    writeFileSync(join(dir, 'bad.csv'), 'name,category\nGood Co,A.1\n,A.2\n');
    await expect(loadListFile(join(dir, 'bad.csv'))).rejects.toThrow(InputError);
    await expect(loadListFile(join(dir, 'bad.csv'))).rejects.toThrow(/row 3: name: the name is empty/);
    writeFileSync(join(dir, 'bad2.csv'), 'name,category\nGood Co,B.7\n');
    await expect(loadListFile(join(dir, 'bad2.csv'))).rejects.toThrow(/row 2: category: category must be A.1/);
    writeFileSync(join(dir, 'bad3.csv'), 'company_id,what\n1,2\n');
    await expect(loadListFile(join(dir, 'bad3.csv'))).rejects.toThrow(/no header row with a "name" column/);
  });

  it('marks exactly the rows a list update changed, and counts them in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const input = await workbook(dir, SUPPLIERS);
    const first = join(dir, 'first.xlsx');
    const r1 = await screenFile({ input, output: first, settings, today });
    expect(r1.result.results[0].map((r) => r.change)).toEqual(['First screening', 'First screening', 'First screening']);
    writeFileSync(join(dir, 'us_dhs_uflpa.csv'), OPENSANCTIONS);
    const list = await loadListFile(join(dir, 'us_dhs_uflpa.csv'));
    const second = join(dir, 'second.xlsx');
    const r2 = await screenFile({ input: first, output: second, settings, today, extraLists: [list] });
    expect(r2.result.results[0].map((r) => r.change)).toEqual(['New flag', 'Unchanged', 'Unchanged']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const ws = wb.getWorksheet('Suppliers')!;
    let changeCol = 0;
    ws.getRow(1).eachCell((c, i) => {
      if (c.value === 'CtA Change') changeCol = i;
    });
    expect(ws.getCell(2, changeCol).value).toBe('New flag');
    const summary: string[] = [];
    wb.getWorksheet('CtA Summary')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1).join(' | ')));
    expect(summary).toContain('New flag | 1');
    expect(summary).toContain('Unchanged | 2');
    expect(summary.some((l) => /Lists then: UFLPA Entity List .*Lists now: .*us_dhs_uflpa/.test(l))).toBe(true);
  });
});
