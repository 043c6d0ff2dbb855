// patchPackage against the ExcelJS host it replaces: both write the same plan (built by the real
// domain) to the same workbook, and ExcelJS reads both outputs back: every cell value, number
// format, bold, width, conditional format, validation, filter, merge and sheet state must agree.
// Every part the patch does not edit must come out byte-identical.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { storedBytes } from '../../../src/cli/package/library-internals';
import { screenWorkbook } from '../../../src/domain/engine';
import type { WritePlan } from '../../../src/domain/write-plan-types';
import { isProvenanceName, PROVENANCE_MARKER } from '../../../src/domain/provenance';
import { SUMMARY_MARKER } from '../../../src/domain/write-plan';
import { applyPlanToWorkbook, escapeWorkbookText } from '../../support/exceljs-apply-plan';
import { InputError } from '../../../src/cli/input-error';
import { plainValue, sheetGrid } from '../../../src/cli/workbook-grid';
import { patchPackage } from '../../../src/cli/package/patch-package';
import { WORKSHEET_ORDER } from '../../../src/cli/package/patch-sheet';
import type { PackagePatch } from '../../../src/cli/package/types';

const FIXTURES = join(__dirname, '../../../../shared/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'patch-package-'));
let n = 0;

async function planOf(bytes: Buffer): Promise<WritePlan> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const a1 = (ws: ExcelJS.Worksheet) => plainValue(ws.getCell(1, 1).value);
  const isProv = (ws: ExcelJS.Worksheet) => isProvenanceName(ws.name) && a1(ws) === PROVENANCE_MARKER;
  const targets = wb.worksheets.filter((ws) => !isProv(ws) && a1(ws) !== SUMMARY_MARKER && ws.state !== 'veryHidden');
  const sheetA1: Record<string, ReturnType<typeof plainValue>> = {};
  for (const ws of wb.worksheets) if (ws.name.startsWith('CtA Summary')) sheetA1[ws.name] = a1(ws);
  const provenance = wb.worksheets.find(isProv);
  const result = await screenWorkbook({
    targets: targets.map((ws) => ({ grid: sheetGrid(ws) })),
    sheetNames: wb.worksheets.map((w) => w.name),
    summaryA1: sheetA1['CtA Summary'],
    sheetA1,
    provenance: provenance ? sheetGrid(provenance) : null,
    settings: { usImporter: false },
    today: '2026-11-28',
  });
  return result.plan;
}

/** The plan as the writer receives it: values come from rowValues, called in order. */
function patchOf(plan: WritePlan, calls: number[] = []): PackagePatch {
  return {
    sheets: plan.sheets.map((w) => ({
      write: { ...w, columns: w.columns.map((c) => ({ ...c, values: [] })) },
      rowValues(row: number) {
        calls.push(row);
        return w.columns.map((c) => c.values[row - w.firstDataRow] ?? null);
      },
    })),
    finish: () => ({ summary: plan.summary, provenance: plan.provenance }),
  };
}

async function exceljsOutput(bytes: Buffer, plan: WritePlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  applyPlanToWorkbook(wb, plan);
  escapeWorkbookText(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function ours(bytes: Buffer, plan: WritePlan, calls?: number[]): Promise<Buffer> {
  const file = join(dir, `out-${n++}.xlsx`);
  await patchPackage(bytes, file, patchOf(plan, calls));
  return readFileSync(file);
}

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

// ExcelJS reads an empty inline string back as no value, and an empty shared string as '': both
// are an empty text cell to Excel.
function cellView(cell: ExcelJS.Cell) {
  const value = plainValue(cell.value);
  return { value: value === '' ? null : value, numFmt: cell.numFmt ?? null, bold: !!cell.font?.bold };
}

function cfView(ws: ExcelJS.Worksheet) {
  const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  return cfs.map((cf) => ({
    ref: cf.ref,
    rules: [...cf.rules]
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((r) => {
        const style = r.style as { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } | undefined;
        return { type: r.type, formulae: (r as { formulae?: string[] }).formulae, fill: style?.fill?.bgColor?.argb, font: style?.font?.color?.argb };
      }),
  }));
}

function dvView(ws: ExcelJS.Worksheet) {
  const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
  return Object.fromEntries(Object.entries(model).map(([k, v]) => [k, { type: v.type, formulae: v.formulae }]));
}

/** Everything Excel would show of the sheets, ExcelJS-read, in a comparable form. */
function view(wb: ExcelJS.Workbook) {
  const sheets: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cellView(cell);
        if (v.value !== null || v.bold || v.numFmt) cells[cell.address] = v;
      }),
    );
    const widths: (number | undefined)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
    sheets[ws.name] = {
      state: ws.state,
      cells,
      widths,
      cf: cfView(ws),
      dv: dvView(ws),
      autoFilter: ws.autoFilter ?? null,
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
    };
  }
  return sheets;
}

/**
 * Patches `bytes` and compares with the ExcelJS host's output. ExcelJS cannot read every valid
 * sheet (prefixed elements, rows without r): `reference` is then the same workbook as ExcelJS
 * writes it, and `normalize` turns our output into XML ExcelJS reads.
 */
async function same(bytes: Buffer, reference = bytes, normalize?: (out: Buffer) => Promise<Buffer>): Promise<{ plan: WritePlan; out: Buffer }> {
  const plan = await planOf(reference);
  const calls: number[] = [];
  const out = await ours(bytes, plan, calls);
  expect(view(await read(normalize ? await normalize(out) : out))).toEqual(view(await read(await exceljsOutput(reference, plan))));
  expect(calls).toEqual(plan.sheets.flatMap((w) => Array.from({ length: w.lastDataRow - w.firstDataRow + 1 }, (_, i) => w.firstDataRow + i)));
  return { plan, out };
}

async function entries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) found.set(f.name, await f.async('nodebuffer'));
  return found;
}

function worksheetChildren(xml: string): string[] {
  const body = xml.slice(xml.search(/<(\w+:)?worksheet[\s>]/));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2].replace(/^\w+:/, ''));
      if (!m[3]) depth++;
    }
  }
  return names;
}

function expectOrdered(xml: string) {
  const ranks = worksheetChildren(xml).map((name) => WORKSHEET_ORDER.indexOf(name));
  expect(ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]))).toBe(true);
}

/** Parts not in `edited` are byte-identical (uncompressed) and, when deflated, reuse the input's compressed bytes. */
async function expectUntouched(input: Buffer, output: Buffer, edited: (name: string) => boolean) {
  const before = await entries(input);
  const after = await entries(output);
  const inZip = await JSZip.loadAsync(input);
  const outZip = await JSZip.loadAsync(output);
  const raw = (z: JSZip, name: string) => storedBytes(z.file(name)!)!;
  let compared = 0;
  for (const [name, bytes] of before) {
    if (edited(name)) continue;
    expect({ name, bytes: after.get(name)?.equals(bytes) }).toEqual({ name, bytes: true });
    const a = raw(inZip, name);
    const b = raw(outZip, name);
    if (a.method === b.method) expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    compared++;
  }
  return compared;
}

async function workbookOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADERS = ['Supplier', 'Address', 'Country', 'Product'];
const ROWS = [
  ['Xinjiang Cotton Co', 'Urumqi, Xinjiang', 'China', 'cotton yarn'],
  ['Acme Textiles', '12 Main St, Leeds', 'UK', 'shirts'],
  ['Hotan Mills', 'Hotan, Xinjiang', 'China', 'fabric'],
  ['Solar Poly Ltd', 'Shanghai', 'China', 'polysilicon'],
];

function suppliers(wb: ExcelJS.Workbook, name = 'Suppliers'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(HEADERS);
  for (const r of ROWS) ws.addRow(r);
  return ws;
}

describe('patchPackage matches the ExcelJS host', () => {
  test('the dev fixture: every sheet, cell, style, rule and state, parts untouched byte for byte', async () => {
    const input = readFileSync(join(FIXTURES, 'dev-suppliers.xlsx'));
    const { out } = await same(input);
    const zip = await JSZip.loadAsync(input);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const outEntries = await entries(out);
    for (const s of sheets) expectOrdered(outEntries.get(s)!.toString('utf8'));
    const edited = (name: string) => sheets.includes(name) || ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'].includes(name);
    expect(await expectUntouched(input, out, edited)).toBeGreaterThan(0);
  });

  test('screening the output again updates in place, replaces our sheets and does not grow styles', async () => {
    const input = readFileSync(join(FIXTURES, 'dev-suppliers.xlsx'));
    const first = (await same(input)).out;
    const { out: second } = await same(first);
    const again = await read(second);
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('CtA'))).toEqual(['CtA Summary', 'CtA Provenance']);
    const styles = (b: Buffer) => entries(b).then((e) => e.get('xl/styles.xml')!.toString());
    const third = await ours(second, await planOf(second));
    expect(await styles(third)).toBe(await styles(second));
  });

  test('content right of the table makes it insert, moving cells, merges and hyperlinks', async () => {
    const input = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('F1').value = 'Notes';
      ws.getCell('F2').value = '   ';
      ws.getCell('G3').value = { formula: 'F3&"x"', result: 'x' } as ExcelJS.CellFormulaValue;
      ws.getCell('F4').value = 12;
      ws.mergeCells('G4:H5');
      ws.getCell('F6').value = { text: 'site', hyperlink: 'https://example.com/' };
      ws.getCell('F9').value = 'below the table stays';
      ws.getColumn(6).width = 33;
    });
    const { plan, out } = await same(input);
    expect(plan.sheets[0].insert).not.toBeNull();
    const ws = (await read(out)).getWorksheet('Suppliers')!;
    const shift = plan.sheets[0].insert!.count;
    expect(ws.getCell(1, 6 + shift).value).toBe('Notes');
    expect(ws.getCell('F9').value).toBe('below the table stays');
  });

  test('an empty string or a formula without result in the new columns also makes it insert', async () => {
    const input = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('G3').value = { formula: 'A1&""' } as ExcelJS.CellFormulaValue;
    });
    const plan = await planOf(input);
    expect(plan.sheets[0].insert).toBeNull();
    const out = await ours(input, plan);
    const ws = (await read(out)).getWorksheet('Suppliers')!;
    const added = plan.sheets[0].columns.filter((c) => c.isNew).length;
    expect((ws.getCell(3, 7 + added).value as ExcelJS.CellFormulaValue).formula).toBe('A1&""');
    expect(view(await read(out))).toEqual(view(await read(await exceljsOutput(input, { ...plan, sheets: [{ ...plan.sheets[0] }] }))));
  });

  test('shared formulas in moved cells become plain formulas that still say the same', async () => {
    const input = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('G2').value = { formula: 'B2&C2', result: '' } as ExcelJS.CellFormulaValue;
      for (let r = 3; r <= 5; r++) ws.getCell(`G${r}`).value = { sharedFormula: 'G2', result: '' } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('F1').value = 'x';
    });
    const { out } = await same(input);
    const xml = (await entries(out)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(xml).not.toContain('t="shared"');
    expect(xml).toContain('<f>B5&amp;C5</f>');
  });

  test('a merge across the edge of the moved block and an Excel table in it are refused in plain words', async () => {
    const merged = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('F1').value = 'x';
      ws.mergeCells('F5:F7');
    });
    const refusal = async (bytes: Buffer) => {
      const plan = await planOf(bytes);
      const theirs = await read(bytes);
      let expected = '';
      try {
        applyPlanToWorkbook(theirs, plan);
      } catch (e) {
        expected = (e as Error).message;
      }
      expect(expected).toMatch(/^the screen needs to insert \d+ columns at/);
      const error = await ours(bytes, plan).catch((e: Error) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(expected);
      return expected;
    };
    expect(await refusal(merged)).toMatch(/merged cells F5:F7 cross the edge of that block/);
    const tabled = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('F1').value = 'x';
      ws.addTable({ name: 'Side', ref: 'H2', columns: [{ name: 'A' }, { name: 'B' }], rows: [[1, 2]] });
    });
    expect(await refusal(tabled)).toMatch(/the Excel table Side \(H2:I3\) is in the cells that would move: move it, and try again\./);
  });

  test("the user's conditional formats and validations are kept, ours replace our earlier ones", async () => {
    const input = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.addConditionalFormatting({ ref: 'A2:A5', rules: [{ type: 'expression', priority: 1, formulae: ['LEN($A2)>20'], style: { font: { color: { argb: 'FFFF0000' } } } }] });
      ws.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"China,UK"'] };
    });
    const { out } = await same(input);
    const again = await same(out);
    const ws = (await read(again.out)).getWorksheet('Suppliers')!;
    const cfs = cfView(ws);
    expect(cfs).toHaveLength(2);
    expect(cfs[0].rules[0].formulae).toEqual(['LEN($A2)>20']);
    const xml = (await entries(again.out)).get('xl/worksheets/sheet1.xml')!.toString();
    const prios = [...xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(prios).size).toBe(prios.length);
    expectOrdered(xml);
  });

  test('an Excel table keeps its own filter: no sheet AutoFilter over it', async () => {
    const input = await workbookOf((wb) => {
      const ws = wb.addWorksheet('Suppliers');
      ws.addTable({ name: 'Sup', ref: 'A1', headerRow: true, columns: HEADERS.map((name) => ({ name, filterButton: true })), rows: ROWS });
    });
    const { out } = await same(input);
    expect((await read(out)).getWorksheet('Suppliers')!.autoFilter).toBeUndefined();
  });
});

describe('patchPackage reads the XML as Excel writes it, not only as ExcelJS does', () => {
  /** Rewrites the first sheet's XML of a workbook. */
  async function withSheetXml(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', edit(xml));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  const unprefixed = (out: Buffer) =>
    withSheetXml(out, (xml) => xml.replace(/<(\/?)x:/g, '<$1').replace(/xmlns:x=/, 'xmlns='));

  test('namespace-prefixed elements (<x:row>), as the OpenXML SDK writes them', async () => {
    const base = await workbookOf((wb) => suppliers(wb));
    const input = await withSheetXml(base, (xml) =>
      xml
        .replace(/<worksheet xmlns="([^"]+)"/, '<x:worksheet xmlns:x="$1"')
        .replace(/<(\/?)(?!x:|\?)([a-zA-Z]+)([\s>/])/g, (m, slash, name, after) => (name === 'worksheet' ? m : `<${slash}x:${name}${after}`))
        .replace('</worksheet>', '</x:worksheet>'),
    );
    expect((await entries(input)).get('xl/worksheets/sheet1.xml')!.toString()).toContain('<x:row');
    const { out } = await same(input, base, unprefixed);
    const xml = (await entries(out)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(xml).toContain('<x:c r="E1" s=');
    expect(xml).not.toMatch(/<(c|row|is|t|conditionalFormatting|cfRule|dataValidation|autoFilter|cols|col) /);
    expectOrdered(xml);
  });

  test('rows and cells without r attributes, self-closing rows, a sheet without <cols> or <dimension>', async () => {
    const base = await workbookOf((wb) => {
      suppliers(wb);
    });
    const input = await withSheetXml(base, (xml) =>
      xml
        .replace(/<row r="\d+"/g, '<row')
        .replace(/<c r="[A-Z]+\d+"/g, '<c')
        .replace(/<cols>.*?<\/cols>/, '')
        .replace(/<dimension[^>]*\/>/, '')
        .replace('</sheetData>', '<row r="9"/></sheetData>'),
    );
    expect((await entries(input)).get('xl/worksheets/sheet1.xml')!.toString()).not.toMatch(/<row r="[1-5]"|<c r=/);
    const { out } = await same(input, base);
    expectOrdered((await entries(out)).get('xl/worksheets/sheet1.xml')!.toString());
  });

  test('a tag split across chunks, a ">" inside an attribute value and UTF-8 split across chunks', async () => {
    const base = await workbookOf((wb) => {
      const ws = suppliers(wb);
      ws.getCell('A3').value = '新疆 Hotan Mills ' + '棉'.repeat(40000);
    });
    const input = await withSheetXml(base, (xml) => xml.replace('<sheetData>', '<sheetData><!-- a > b --><row r="1" x14ac:dyDescent="0.25" foo:bar="a>b" xmlns:foo="urn:x">').replace(/<row r="1"([^>]*)>/, ''));
    await same(input);
  });
});
