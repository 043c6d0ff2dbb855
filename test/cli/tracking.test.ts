// The tracker and the letters from the command line: --track adds the columns; what the user records
// there and in the reviewer columns survives re-runs (with or without --track); CtA Next Step follows
// it; --letters writes the CtA Letters sheet and one .docx per supplier, read back with mammoth.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { main } from '../../src/cli/main';
import { screenFile } from '../../src/cli/screen-file';
import { LETTERS_MARKER } from '../../src/domain/letters-sheet';
import { TRACKER_HEADERS } from '../../src/domain/types';
import { FIXTURES } from '../support/dev-set';

const DEV = join(FIXTURES, 'dev-suppliers.xlsx');
const TODAY = '2026-06-30';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'cli-track-'));
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function columnsOf(ws: ExcelJS.Worksheet, headerRow: number): Record<string, number> {
  const out: Record<string, number> = {};
  ws.getRow(headerRow).eachCell((c, col) => {
    if (typeof c.value === 'string') out[c.value] = col;
  });
  return out;
}

function text(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
}

async function quietly(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('--track from the command line', () => {
  it('adds the tracker; the user’s entries and reviewer columns survive re-runs; the next step follows them', async () => {
    const dir = tmp();
    const first = join(dir, 'first.xlsx');
    await screenFile({ input: DEV, output: first, settings: { usImporter: false, track: true }, today: TODAY });
    const wb = await open(first);
    const ws = wb.getWorksheet('Suppliers')!;
    const cols = columnsOf(ws, 3);
    expect(Object.keys(cols).slice(-6)).toEqual(['Reviewer Note', 'CtA Next Step', ...TRACKER_HEADERS]);
    expect(cols['CtA Next Step']).toBe(cols['Reviewer Note'] + 1);
    // Row 4: Disengage now. Row 20: Instruct & verify. Rows 23–24: Trace inputs; 25–26: No link found (the dev fixture's labels).
    expect(text(ws, 4, cols['CtA Next Step'])).toBe('Disengage (B.1–B.3)');
    expect(text(ws, 20, cols['CtA Next Step'])).toBe('Send B.4 instruction');
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    const reply = ExcelJS ? `${ws.getColumn(cols['Supplier Reply']).letter}20` : '';
    expect(validations[reply]?.formulae).toEqual(['"Agreed,Agreed and proved,Declined,No reply"']);

    // The buyer records the instruction and the replies, a reviewer decision and note, then screens again.
    ws.getCell(20, cols['Instruction Sent']).value = new Date(Date.UTC(2026, 2, 1)); // a real Excel date, 2026-03-01
    ws.getCell(20, cols['Supplier Reply']).value = 'Agreed';
    ws.getCell(23, cols['Instruction Sent']).value = '2026-06-10';
    ws.getCell(24, cols['Instruction Sent']).value = '10/06/2026'; // could be 10 June or 6 October
    ws.getCell(25, cols['Instruction Sent']).value = '2026-01-05';
    ws.getCell(25, cols['Supplier Reply']).value = 'Agreed and proved';
    ws.getCell(25, cols['Proof Received']).value = '2026-02-01';
    ws.getCell(25, cols['Proof Due']).value = { formula: 'DATE(2026,3,1)', result: new Date(Date.UTC(2026, 2, 1)) } as ExcelJS.CellFormulaValue;
    // A formula with no cached result reads as blank: the writer must still not put the default over it.
    ws.getCell(26, cols['Instruction Sent']).value = '2026-06-01';
    ws.getCell(26, cols['Proof Due']).value = { formula: `${ws.getColumn(cols['Instruction Sent']).letter}26+30` } as ExcelJS.CellFormulaValue;
    ws.getCell(5, cols['Reviewer Decision']).value = 'Confirmed';
    ws.getCell(5, cols['Reviewer Note']).value = 'site visit 2026-05';
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);

    for (const track of [false, true]) {
      const second = join(dir, `second-${track}.xlsx`);
      const { result } = await screenFile({ input: edited, output: second, settings: { usImporter: false, ...(track ? { track } : {}) }, today: TODAY });
      expect(result.tracked).toBe(true);
      expect(Object.fromEntries(result.nextStepCounts)).toEqual({ 'Send B.4 instruction': 22, 'Awaiting reply': 2, 'B.5: plan a responsible exit': 1, 'Disengage (B.1–B.3)': 17, Done: 1 });
      expect(result.overdue).toBe(1);
      const again = (await open(second)).getWorksheet('Suppliers')!;
      expect(columnsOf(again, 3)).toEqual(cols); // updated in place: no second set of columns
      // The user's cells are as they were.
      expect(text(again, 20, cols['Instruction Sent'])).toBe('2026-03-01');
      expect(text(again, 20, cols['Supplier Reply'])).toBe('Agreed');
      expect(text(again, 25, cols['Proof Received'])).toBe('2026-02-01');
      expect((again.getCell(25, cols['Proof Due']).value as ExcelJS.CellFormulaValue).formula).toBe('DATE(2026,3,1)');
      expect((again.getCell(26, cols['Proof Due']).value as ExcelJS.CellFormulaValue).formula).toBe(`${again.getColumn(cols['Instruction Sent']).letter}26+30`);
      expect(text(again, 5, cols['Reviewer Decision'])).toBe('Confirmed');
      expect(text(again, 5, cols['Reviewer Note'])).toBe('site visit 2026-05');
      // The next step follows them; a blank Proof Due gets the default.
      expect(text(again, 20, cols['CtA Next Step'])).toBe('B.5: plan a responsible exit (agreed, but no proof by 2026-04-30: 61 days past due)');
      expect(text(again, 20, cols['Proof Due'])).toBe('2026-04-30');
      expect(text(again, 23, cols['CtA Next Step'])).toBe('Awaiting reply (due 2026-08-09)');
      expect(text(again, 23, cols['Proof Due'])).toBe('2026-08-09');
      expect(text(again, 25, cols['CtA Next Step'])).toBe('Done');
      // The unreadable date is named in the evidence, not guessed.
      expect(text(again, 24, cols['CtA Next Step'])).toBe('Send B.4 instruction');
      expect(text(again, 24, cols['Proof Due'])).toBe('');
      expect(text(again, 24, cols['CtA Evidence'])).toContain(`Instruction Sent (${again.getColumn(cols['Instruction Sent']).letter}24): "10/06/2026" could be 10 June 2026 or 6 October 2026; not read`);
      // Overdue rows are marked: a colour rule on the next-step column.
      const formats = (again as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
      const rules = formats.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []));
      expect(rules.filter((f) => String(f).includes('past due'))).toEqual([`ISNUMBER(SEARCH("past due",$${again.getColumn(cols['CtA Next Step']).letter}4))`]);
    }
  });
});

describe('the command line’s words on tracking', () => {
  it('prints the rows per next step', async () => {
    const { code, out } = await quietly([DEV, '-o', join(tmp(), 'out.xlsx'), '--track', '--proof-days', '30']);
    expect(code).toBe(0);
    expect(out).toMatch(/Next steps:\n {2}Send B\.4 instruction +26\n {2}Awaiting reply +0\n {2}Chase +0\n {2}Verify the proof +0\n {2}B\.5: plan a responsible exit +0\n {2}Disengage \(B\.1–B\.3\) +17\n {2}Done +0\n {2}overdue +0\n/);
  });
});

describe('--letters from the command line', () => {
  it('writes the CtA Letters sheet and one .docx per supplier with both languages, read back by mammoth', async () => {
    const dir = tmp();
    const out = join(dir, 'out.xlsx');
    const letters = join(dir, 'letters');
    const { code, out: said } = await quietly([DEV, '-o', out, '--track', '--letters', letters, '--letters-for', 'Disengage', '--letters-for', 'Instruct & verify', '--company', 'Northwind Apparel Ltd']);
    expect(code).toBe(0);
    const wb = await open(out);
    const sheet = wb.getWorksheet('CtA Letters')!;
    expect(sheet.getCell('A1').value).toBe(LETTERS_MARKER);
    const rows: string[][] = [];
    sheet.eachRow((r, n) => n > 4 && rows.push((r.values as unknown[]).slice(1).map(String)));
    const suppliers = new Set(rows.map((r) => `${r[0]}!${r[1]}`));
    expect(rows.length).toBe(suppliers.size * 2);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['Disengage', 'Instruct & verify']));
    expect(said).toContain(`Letters: ${suppliers.size} supplier(s) in English and Simplified Chinese on the "CtA Letters" sheet, and ${suppliers.size} .docx file(s) in ${letters}.`);
    expect(sheet.getCell(5, 8).alignment?.wrapText).toBe(true);

    const files = readdirSync(letters).sort();
    expect(files).toHaveLength(suppliers.size);
    expect(files.every((f) => f.endsWith('.docx'))).toBe(true);
    for (const file of files) {
      const { value } = await mammoth.extractRawText({ path: join(letters, file) });
      const paragraphs = value.split('\n').filter((p) => p.trim() !== '');
      const row = rows.filter((r) => file.startsWith(`${r[0]} row ${r[1]} - `));
      expect(row).toHaveLength(2);
      // Each letter in the document is the sheet's, subject then body, English then Chinese.
      const expected = row.flatMap((r) => [r[6], ...r[7].split('\n')]);
      expect(paragraphs).toEqual(expected);
      expect(value).toContain('Northwind Apparel Ltd');
      expect(value).toMatch(/尊敬的供应商/);
      expect(value).not.toMatch(/[{}]/);
    }
  });

  it('refuses letters without a company name, and a choice it does not know, in one line', async () => {
    const dir = tmp();
    const none = await quietly([DEV, '-o', join(dir, 'a.xlsx'), '--letters', join(dir, 'l')]);
    expect(none.code).toBe(1);
    expect(none.err.split('\n')[0]).toBe('Letters are signed with your company\'s name: add --company "NAME".');
    const bad = await quietly([DEV, '-o', join(dir, 'b.xlsx'), '--letters-for', 'everyone', '--company', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')[0]).toMatch(/^--letters-for "everyone" is not "all", a status/);
    const days = await quietly([DEV, '-o', join(dir, 'c.xlsx'), '--track', '--proof-days', 'soon']);
    expect(days.code).toBe(1);
    expect(days.err.split('\n')[0]).toBe('--proof-days takes a whole number of days (1 to 3650), not "soon".');
    expect(existsSync(join(dir, 'a.xlsx')) || existsSync(join(dir, 'b.xlsx')) || existsSync(join(dir, 'c.xlsx'))).toBe(false);
  });

  it('does not screen its own letters sheet as a supplier table on a re-run, and replaces it', async () => {
    const dir = tmp();
    const first = join(dir, 'first.xlsx');
    expect((await quietly([DEV, '-o', first, '--letters-for', 'all', '--company', 'Northwind Apparel Ltd'])).code).toBe(0);
    const second = join(dir, 'second.xlsx');
    const { code, out } = await quietly([first, '-o', second, '--letters-for', 'Disengage now', '--company', 'Northwind Apparel Ltd']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Screened 43 supplier rows in "Suppliers" \(header row 3\), "二级供应商" \(header row 1\)/);
    const wb = await open(second);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('CtA Letters'))).toEqual(['CtA Letters']);
    const statuses = new Set<string>();
    wb.getWorksheet('CtA Letters')!.eachRow((r, n) => n > 4 && statuses.add(String(r.getCell(4).value)));
    expect([...statuses]).toEqual(['Disengage now']);
  });
});
