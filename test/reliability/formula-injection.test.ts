// Formula injection: supplier text beginning with =, +, -, @, tab or carriage return must end up as
// inert text everywhere the product writes it (output columns, evidence, summary, provenance):
// string cells with number format '@', never formulas, and no <f> element in the package.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { csvText, encode, writeBook } from './support/build';
import { INJECTION } from './support/corpus';
import { checkInert, compareWorkbooks, findZone, isFormula, OUR_SHEET } from './support/invariants';
import { tempRoot } from './support/run-case';
import { runCli } from './support/run-cli';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const startsWithTrigger = (v: unknown) => typeof v === 'string' && TRIGGERS.some((t) => v.startsWith(t));

let root: string;
beforeAll(() => {
  root = tempRoot('injection');
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

/** One sheet per trigger, named with it, whose headers and cells all begin with it. */
function sheetFor(p: string, i: number) {
  return {
    name: `${p === '\t' || p === '\r' ? 'x' : p}Suppliers ${i}`,
    rows: [
      [`${p}Supplier Name`, `${p}City`, `${p}Country`, `${p}Product`, `${p}Parent company`],
      [`${INJECTION[i]} Tianshan Textile Co Ltd`, `${p}Urumqi`, `${p}China`, `${p}cotton yarn`, `${p}Xinjiang Production and Construction Corps`],
      [`${p}Ningbo Plastics Co Ltd`, `${p}Ningbo`, `${p}China`, `${p}toys`, INJECTION[(i + 1) % INJECTION.length]],
      [`${p}Kashgar Co Ltd`, `${p}Kashgar`, 'China', `${p}cotton`, ''],
    ],
  };
}

async function outputProblems(input: ExcelJS.Workbook, outputFile: string) {
  const output = new ExcelJS.Workbook();
  await output.xlsx.readFile(outputFile);
  const { problems } = compareWorkbooks(input, output);
  const written: string[] = []; // every product-written text that begins with a trigger
  for (const ws of output.worksheets) {
    const source = input.getWorksheet(ws.name);
    const zone = source ? findZone(source, ws) : null;
    if (source && !zone) continue;
    const p = { list: problems, add: (m: string) => void problems.push(m) };
    checkInert(ws, p, zone ?? undefined);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const ours = !source || (zone && r >= zone.headerRow && r <= zone.lastRow && zone.ours.has(c));
        if (isFormula(cell.value)) problems.push(`${ws.name}!R${r}C${c} is a formula`);
        if (ours && typeof cell.value === 'string') {
          if (startsWithTrigger(cell.value)) written.push(cell.value);
          for (const t of INJECTION) if (cell.value.includes(t.trim()) && cell.numFmt !== '@') problems.push(`${ws.name}!R${r}C${c} echoes ${JSON.stringify(t)} without '@'`);
        }
      }),
    );
  }
  // At the package level: no formula element anywhere, and no string typed as a formula result.
  const zip = await JSZip.loadAsync(await fs.readFile(outputFile));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (/<f[\s>]/.test(xml)) problems.push(`${name} holds a formula element`);
    if (/t="str"/.test(xml)) problems.push(`${name} holds a formula-result string`);
  }
  return { problems, written, output };
}

test('xlsx: text beginning with =, +, -, @, tab or CR stays inert text in every output cell, the summary and the provenance', async () => {
  const file = join(root, 'injection.xlsx');
  const sheets = ['=', '+', '-', '@', '\t', '\r'].map(sheetFor);
  await writeBook(file, sheets);
  const run = await runCli([file, '-o', join(root, 'injection.out.xlsx')]);
  expect(run.messages).toEqual([]);
  expect(run.code).toBe(0);
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(file);
  const { problems, written, output } = await outputProblems(input, join(root, 'injection.out.xlsx'));
  expect(problems).toEqual([]);
  // The test means something only if the product did echo text beginning with these characters.
  for (const t of ['=', '+', '-', '@']) expect(written.some((w) => w.startsWith(t))).toBe(true);
  const summary = output.worksheets.find((w) => /^CtA Summary/.test(w.name))!;
  const summaryTexts: string[] = [];
  summary.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && summaryTexts.push(cell.value)));
  expect(summaryTexts.some((t) => t.startsWith('=Suppliers 0') || t.includes('=Suppliers 0'))).toBe(true);
  expect(output.worksheets.filter((w) => OUR_SHEET.test(w.name)).length).toBeGreaterThanOrEqual(2);
});

test('CSV: cells beginning with =, +, -, @, tab or CR are text-formatted strings in the output copy and inert in our columns', async () => {
  const rows = [['Supplier Name', 'City', 'Country', 'Product', 'Phone'], ...INJECTION.map((t, i) => [t, i === 0 ? 'Urumqi' : t, 'China', t, t])];
  const file = join(root, 'injection.csv');
  await fs.writeFile(file, encode(csvText(rows), 'utf8-bom'));
  const run = await runCli([file]);
  expect(run.code).toBe(0);
  const input = new ExcelJS.Workbook();
  const ws = input.addWorksheet('injection');
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      ws.getCell(i + 1, c + 1).numFmt = '@';
      ws.getCell(i + 1, c + 1).value = v;
    }),
  );
  const { problems, output } = await outputProblems(input, join(root, 'injection.screened.xlsx'));
  expect(problems).toEqual([]);
  const sheet = output.getWorksheet('injection')!;
  for (let r = 2; r <= rows.length; r++) {
    const cell = sheet.getCell(r, 1);
    expect({ r, value: cell.value, numFmt: cell.numFmt }).toEqual({ r, value: rows[r - 1][0], numFmt: '@' });
  }
});
