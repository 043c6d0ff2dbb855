// Runs one corpus case through the command line and checks the invariants every case must keep.
import { existsSync, mkdtempSync, promises as fs, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultOutput } from '../../../src/cli/screen-file';
import type { CorpusCase, Group, OkContext } from './corpus';
import { CASES } from './corpus';
import { compareWorkbooks } from './invariants';
import { runCli, sha256, stackTraceLines } from './run-cli';

export function tempRoot(label: string): string {
  return mkdtempSync(join(tmpdir(), `ctas-reliability-${label}-`));
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    files.set(name, statSync(path).isFile() ? sha256(path) : 'folder');
  }
  return files;
}

function optionValue(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 ? args[i + 1] : undefined;
}

/** The input workbook as the output must still show it: the .xlsx itself, or the CSV rows as text. */
async function expectedInput(input: string, csv?: { sheet: string; rows: string[][] }): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (csv) {
    const ws = wb.addWorksheet(csv.sheet);
    // Every CSV value is text in the output, formatted as text ('@').
    csv.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '') return;
        ws.getCell(r + 1, c + 1).numFmt = '@';
        ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  } else await wb.xlsx.readFile(input);
  return wb;
}

export async function runCase(c: CorpusCase, root: string): Promise<void> {
  const dir = join(root, c.id);
  await fs.mkdir(dir, { recursive: true });
  const built = await c.build(dir);
  const input = built.input ? join(dir, built.input) : '';
  const args = c.args ? c.args(dir, input) : [input];
  const output = optionValue(args, '-o', '--output') ?? (input ? defaultOutput(input) : '');
  const report = optionValue(args, '--report');
  const before = snapshot(dir);

  c.mock?.();
  let run;
  try {
    run = await runCli(args);
  } finally {
    jest.restoreAllMocks();
  }
  const shown = (text: string) => text.split(`${dir}/`).join('');
  const context = `case ${c.id}\nexit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

  // Exit code 0 or 1, as expected; a few plain lines; never a stack trace.
  expect({ code: run.code, context }).toEqual({ code: c.expect.code, context });
  expect(stackTraceLines(run.stdout + run.stderr)).toEqual([]);
  if (c.expect.code === 1) {
    expect(run.messages.length).toBeGreaterThanOrEqual(1);
    expect(run.messages.length).toBeLessThanOrEqual(2); // the message, and the usage line for usage errors
    expect(shown(run.messages[0])).toBe(c.expect.message);
  } else expect(run.messages).toEqual([]);

  // Every file that was there is byte-identical; the only new files are the output (and report).
  const after = snapshot(dir);
  for (const [name, hash] of before) expect({ name, hash: after.get(name) }).toEqual({ name, hash });
  const created = [...after.keys()].filter((n) => !before.has(n));
  const allowed = run.code === 0 ? [output, report].filter(Boolean).map((p) => p!.slice(dir.length + 1)) : [];
  expect(created.filter((n) => !allowed.includes(n))).toEqual([]);

  const expected = c.expect;
  if (run.code !== 0 || expected.code !== 0) return;
  expect(existsSync(output)).toBe(true);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(output);
  const { problems, zones } = compareWorkbooks(await expectedInput(input, built.csv), out);
  expect(problems).toEqual([]);
  if (expected.check) {
    const headerColumn = (sheet: string, header: string) => {
      const zone = zones.get(sheet);
      const column = zone ? [...zone.ours].find(([, h]) => h === header)?.[0] : undefined;
      return { zone, column };
    };
    const ctx: OkContext = {
      dir,
      output: out,
      outputFile: output,
      stdout: run.stdout,
      status: (sheet, row) => {
        const { zone, column } = headerColumn(sheet, 'CtA Status');
        if (!zone || !column || row <= zone.headerRow || row > zone.lastRow) return undefined;
        const v = out.getWorksheet(sheet)!.getCell(row, column).value;
        return typeof v === 'string' ? v : undefined;
      },
      cell: (sheet, row, header) => {
        const { column } = headerColumn(sheet, header);
        if (!column) throw new Error(`no column ${header} on ${sheet}`);
        return out.getWorksheet(sheet)!.getCell(row, column);
      },
    };
    await expected.check(ctx);
  }
}

/** One jest test per case of the given groups. */
export function describeCorpus(label: string, groups: Group[]): void {
  const cases = CASES.filter((c) => groups.includes(c.group));
  let root = '';
  beforeAll(() => {
    root = tempRoot(label);
  });
  afterAll(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });
  for (const c of cases) {
    if (c.knownBug) test.failing(`${c.id} (known bug: ${c.knownBug})`, () => runCase(c, root));
    else test(c.id, () => runCase(c, root));
  }
}
