// One command-line measurement in a fresh process (bench/run.ts starts it under /usr/bin/time -v).
//
//   cli   IN OUT  the command line itself: main(['IN', '-o', 'OUT']) from src/cli/main.ts, i.e. read the
//                 .xlsx, screen every supplier sheet, write the annotated .xlsx
//   floor IN OUT  the floor the budget is set against: ExcelJS reading and writing the same workbook
//                 (fs.readFile + xlsx.load, xlsx.writeFile), with no screening
//   io    IN OUT  the command line's own reading and writing with no screening: readPackage, the tables
//                 found and the output columns placed, then patchPackage writing every row's cells empty
//
// Prints BENCH_RESULT {"ms": …, "maxRssMb": …}; ms excludes Node and tsx start-up and module loading.
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { report } from './lib';

async function floor(input: string, output: string): Promise<void> {
  const bytes = await fs.readFile(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await wb.xlsx.writeFile(output);
}

async function io(input: string, output: string): Promise<void> {
  const { readPackage } = await import('../src/cli/package/read-package');
  const { patchPackage } = await import('../src/cli/package/patch-package');
  const { prepareScreening } = await import('../src/domain/engine');
  const bytes = await fs.readFile(input);
  const contents = await readPackage(bytes, input);
  const screening = await prepareScreening({
    targets: contents.sheets.map((s) => ({ grid: s.grid })),
    sheetNames: contents.sheetNames,
    provenance: null,
    settings: { usImporter: false },
    today: '2026-11-28',
  });
  await patchPackage(bytes, output, {
    sheets: screening.sheets.map((write) => ({ write, rowValues: () => write.columns.map(() => null) })),
    finish: () => screening.finish(),
  });
}

async function cli(input: string, output: string): Promise<void> {
  const { main } = await import('../src/cli/main');
  const code = await main([input, '-o', output]);
  if (code !== 0) throw new Error(`the command line exited with ${code}`);
}

async function run(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  const fn = mode === 'floor' ? floor : mode === 'cli' ? cli : mode === 'io' ? io : null;
  if (!fn || !input || !output) throw new Error('usage: cli-child.ts cli|floor|io IN.xlsx OUT.xlsx');
  if (mode !== 'floor') await import('../src/cli/main'); // load modules before the clock starts, as for the floor
  const t = performance.now();
  await fn(input, output);
  const ms = performance.now() - t;
  report({ mode, ms });
}

run().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
