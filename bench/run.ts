// npm run bench: performance of the screener on generated workbooks of 1,000, 10,000 and 100,000 rows.
// A benchmark, not a test: it prints a table, checks the budgets and writes bench/results.json.
//
//   npm run bench                       everything (about 10 minutes on 2 cores)
//   npm run bench -- --sizes=1000,10000 fewer sizes (results.json is then not rewritten unless --write)
//   npm run bench -- --only=engine,entities,double,cli,bundle
//
// What is measured, and against what (see docs/PERFORMANCE.md):
//   engine    screenWorkbook on the generated sheets, rows/s, and its ratio to the floor: one pass that
//             reads and normalises (normalizeText) every cell of the same rows. Median of several runs,
//             each pass started from a collected heap (--expose-gc).
//   cli       the command line end to end (read .xlsx, screen, write .xlsx) in a fresh process, and its
//             ratio to the floor: ExcelJS reading and writing the same workbook with no screening.
//             Peak RSS of the command line from /usr/bin/time -v.
//   double    the task pane's run (read, screen, apply the plan) on the in-memory Excel double: syncs,
//             largest request in bytes, and the megabytes of values written (chunks).
//   entities  entity matching of every name cell of 10,000 rows with the built-in list, and with the
//             built-in list plus a synthetic list of 50,000 Chinese companies (Pinyin and Chinese names);
//             and the slowdown at 5,000 and 200,000 entries, to show how it grows with the list.
//   bundle    the production task pane JavaScript, gzipped (webpack --mode production into bench/out/dist).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { composition, paneScripts } from './bundle-composition';
import { generateGrids, syntheticList, writeWorkbook } from './generate';
import { fmtInt, machine, median, OUT, ROOT, round, runChild } from './lib';
import { measureEngine, measureEngineWithList, measureEntities, measureListSizes, type EngineMeasure, type EntityMeasure, type EngineWithListMeasure, type ListSizePoint } from './measure';

const SIZES = [1_000, 10_000, 100_000];
const ENGINE_RUNS: Record<number, number> = { 1000: 7, 10000: 5, 100000: 5 };
const CLI_RUNS: Record<number, number> = { 1000: 5, 10000: 3, 100000: 2 };
const ENTITY_ROWS = 10_000;
const ENTITY_RUNS = 11;
const BIG_LIST = 50_000;
/** Other list sizes the slowdown is measured at, to show how it grows with the list. */
const SWEEP_LISTS = [5_000, 200_000];
const SWEEP_RUNS = 5;

export const BUDGETS = {
  engineVsFloor: 3,
  cliVsFloor: 1.5,
  /** syncs at 100,000 rows ≤ 2 × chunks + 6 */
  syncsPerChunk: 2,
  syncsExtra: 6,
  maxRequestBytes: 4_000_000,
  bigListSlowdown: 2,
  peakRssMb: 500,
  taskpaneGzipBytes: 300_000,
};

function arg(name: string): string | undefined {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`) || x === `--${name}`);
  return a === undefined ? undefined : a.includes('=') ? a.slice(a.indexOf('=') + 1) : '';
}

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** The generated workbook for a size, regenerated when bench/generate.ts changes. */
async function workbookFile(rows: number): Promise<string> {
  const stamp = createHash('sha256').update(readFileSync(join(__dirname, 'generate.ts'))).digest('hex').slice(0, 16);
  const file = join(OUT, `suppliers-${rows}.xlsx`);
  const stampFile = `${file}.stamp`;
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return file;
  log(`generating ${fmtInt(rows)} rows → ${file}`);
  await writeWorkbook(file, generateGrids(rows));
  writeFileSync(stampFile, stamp);
  return file;
}

interface CliMeasure {
  rows: number;
  runs: number;
  cliMs: number[];
  floorMs: number[];
  cliRssMb: number[];
  floorRssMb: number[];
  cliRowsPerSec: number;
  cliVsFloor: number;
  /** Our own package reading and writing with no screening: how much of the command line is I/O. */
  ioMs: number[];
  cliVsIo: number;
  peakRssMb: number;
  floorPeakRssMb: number;
  ioPeakRssMb: number;
}

function measureCli(rows: number, file: string, runs: number): CliMeasure {
  const out = join(OUT, `screened-${rows}.xlsx`);
  const floorOut = join(OUT, `floor-${rows}.xlsx`);
  const cliMs: number[] = [];
  const floorMs: number[] = [];
  const cliRssMb: number[] = [];
  const floorRssMb: number[] = [];
  const ioMs: number[] = [];
  const ioRssMb: number[] = [];
  for (let i = 0; i < runs; i++) {
    const f = runChild('bench/cli-child.ts', ['floor', file, floorOut]);
    floorMs.push(Number(f.result.ms));
    floorRssMb.push(f.maxRssMb);
    rmSync(out, { force: true });
    const c = runChild('bench/cli-child.ts', ['cli', file, out]);
    cliMs.push(Number(c.result.ms));
    cliRssMb.push(c.maxRssMb);
    const o = runChild('bench/cli-child.ts', ['io', file, floorOut]);
    ioMs.push(Number(o.result.ms));
    ioRssMb.push(o.maxRssMb);
    log(`  cli ${fmtInt(rows)} run ${i + 1}/${runs}: cli ${fmtInt(c.result.ms as number)} ms (${fmtInt(c.maxRssMb)} MB), floor ${fmtInt(f.result.ms as number)} ms (${fmtInt(f.maxRssMb)} MB), own I/O ${fmtInt(o.result.ms as number)} ms (${fmtInt(o.maxRssMb)} MB)`);
  }
  const c = median(cliMs);
  return {
    rows,
    runs,
    cliMs,
    floorMs,
    cliRssMb,
    floorRssMb,
    cliRowsPerSec: (rows / c) * 1000,
    cliVsFloor: median(cliMs.map((ms, i) => ms / floorMs[i])), // each CLI run paired with the floor run before it
    ioMs,
    cliVsIo: median(cliMs.map((ms, i) => ms / ioMs[i])),
    peakRssMb: Math.max(...cliRssMb),
    floorPeakRssMb: Math.max(...floorRssMb),
    ioPeakRssMb: Math.max(...ioRssMb),
  };
}

interface DoubleMeasure {
  rows: number;
  syncs: number;
  readSyncs: number;
  applySyncs: number;
  chunks: number;
  syncBudget: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  planValueBytes: number;
  applyState: string;
  screenMs: number;
  applyMs: number;
  maxRssMb: number;
}

function measureDouble(rows: number): DoubleMeasure {
  const r = runChild('bench/double-child.ts', [String(rows)], { nodeArgs: ['--max-old-space-size=4096'] });
  const x = r.result as Record<string, number & string>;
  return {
    rows,
    syncs: x.syncs,
    readSyncs: x.readSyncs,
    applySyncs: x.applySyncs,
    chunks: x.chunks,
    syncBudget: BUDGETS.syncsPerChunk * x.chunks + BUDGETS.syncsExtra,
    maxRequestBytes: x.maxRequestBytes,
    maxResponseBytes: x.maxResponseBytes,
    planValueBytes: x.planValueBytes,
    applyState: x.applyState,
    screenMs: x.screenMs,
    applyMs: x.applyMs,
    maxRssMb: r.maxRssMb,
  };
}

interface BundleMeasure {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
  bytes: number;
  built: boolean;
  composition: { pkg: string; bytes: number; gzip: number }[];
}

function measureBundle(): BundleMeasure {
  const dist = join(OUT, 'dist');
  // Built into bench/out/dist so that the bench neither needs nor disturbs a dist/ somebody else made.
  rmSync(dist, { recursive: true, force: true });
  log('building the production task pane (webpack --mode production)…');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', dist], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, E2E: '' },
  });
  // Every emitted script counts, lazily loaded chunks and workers too; each is gzipped on its own, as served.
  const js = paneScripts(dist);
  const files = js.map((f) => {
    const bytes = readFileSync(join(dist, f));
    return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    built: true,
    composition: composition(js.map((f) => join(dist, f))).slice(0, 12),
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r, i) => {
    const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
    return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const sizes = arg('sizes') ? arg('sizes')!.split(',').map(Number) : SIZES;
  const only = arg('only') ? new Set(arg('only')!.split(',')) : null;
  const want = (s: string) => !only || only.has(s);
  const full = !arg('sizes') && !only;
  const host = machine();
  log(`machine: ${host.nproc} CPUs (${host.cpuModel}), ${host.memoryGb} GB, Node ${host.node}, load ${host.loadAverageAtStart.join(' ')}`);

  const engine: Record<number, EngineMeasure> = {};
  const cli: Record<number, CliMeasure> = {};
  const double: Record<number, DoubleMeasure> = {};
  let entities: EntityMeasure | null = null;
  let engineWithList: EngineWithListMeasure | null = null;
  let listSizes: ListSizePoint[] = [];
  let bundle: BundleMeasure | null = null;

  if (want('engine')) {
    for (const rows of sizes) {
      log(`engine ${fmtInt(rows)} rows × ${ENGINE_RUNS[rows] ?? 3} runs`);
      engine[rows] = await measureEngine(rows, ENGINE_RUNS[rows] ?? 3);
    }
  }
  if (want('entities')) {
    log(`entities: ${fmtInt(ENTITY_ROWS)} rows, built-in list vs + ${fmtInt(BIG_LIST)} synthetic entries`);
    const list = syntheticList(BIG_LIST);
    entities = measureEntities(ENTITY_ROWS, list, ENTITY_RUNS);
    engineWithList = await measureEngineWithList(ENTITY_ROWS, list);
    log(`entities: slowdown at ${SWEEP_LISTS.map(fmtInt).join(' and ')} entries`);
    listSizes = measureListSizes(ENTITY_ROWS, SWEEP_LISTS, SWEEP_RUNS, (n) => syntheticList(n));
  }
  if (want('double')) {
    for (const rows of sizes) {
      log(`Excel double ${fmtInt(rows)} rows`);
      double[rows] = measureDouble(rows);
    }
  }
  if (want('cli')) {
    for (const rows of sizes) {
      const file = await workbookFile(rows);
      log(`command line ${fmtInt(rows)} rows × ${CLI_RUNS[rows] ?? 2} runs`);
      cli[rows] = measureCli(rows, file, CLI_RUNS[rows] ?? 2);
    }
  }
  if (want('bundle')) bundle = measureBundle();

  const largest = Math.max(...sizes);
  const results = {
    engineRowsPerSec: engine[largest] ? Math.round(engine[largest].engineRowsPerSec) : null,
    engineVsFloor: engine[largest] ? round(engine[largest].engineVsFloor) : null,
    cliVsFloor: cli[largest] ? round(cli[largest].cliVsFloor) : null,
    syncs: Object.fromEntries(Object.values(double).map((d) => [d.rows, d.syncs])),
    maxRequestBytes: Object.fromEntries(Object.values(double).map((d) => [d.rows, d.maxRequestBytes])),
    bigListSlowdown: entities ? round(entities.bigListSlowdown) : null,
    peakRssMb: cli[largest] ? Math.round(cli[largest].peakRssMb) : null,
    taskpaneGzipBytes: bundle ? bundle.gzipBytes : null,
    budgets: {} as Record<string, { value: number | null; budget: number | string; met: boolean | null }>,
    detail: {
      measuredAt: new Date().toISOString(),
      machine: host,
      loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
      benchSeconds: 0,
      sizes,
      engine: Object.fromEntries(Object.values(engine).map((e) => [e.rows, { ...e, engineMs: e.engineMs.map(Math.round), floorMs: e.floorMs.map(Math.round), engineRowsPerSec: Math.round(e.engineRowsPerSec), floorRowsPerSec: Math.round(e.floorRowsPerSec), engineVsFloor: round(e.engineVsFloor) }])),
      cli: Object.fromEntries(Object.values(cli).map((c) => [c.rows, { ...c, cliMs: c.cliMs.map(Math.round), floorMs: c.floorMs.map(Math.round), cliRssMb: c.cliRssMb.map(Math.round), floorRssMb: c.floorRssMb.map(Math.round), cliRowsPerSec: Math.round(c.cliRowsPerSec), cliVsFloor: round(c.cliVsFloor), ioMs: c.ioMs.map(Math.round), cliVsIo: round(c.cliVsIo), peakRssMb: Math.round(c.peakRssMb), floorPeakRssMb: Math.round(c.floorPeakRssMb), ioPeakRssMb: Math.round(c.ioPeakRssMb) }])),
      double: Object.fromEntries(Object.values(double).map((d) => [d.rows, { ...d, screenMs: Math.round(d.screenMs), applyMs: Math.round(d.applyMs), maxRssMb: Math.round(d.maxRssMb) }])),
      entities: entities && {
        ...entities,
        builtInMs: entities.builtInMs.map(Math.round),
        bigMs: entities.bigMs.map(Math.round),
        buildMs: { builtIn: Math.round(entities.buildMs.builtIn), big: Math.round(entities.buildMs.big) },
        builtInRowsPerSec: Math.round(entities.builtInRowsPerSec),
        bigRowsPerSec: Math.round(entities.bigRowsPerSec),
        bigListSlowdown: round(entities.bigListSlowdown),
        candidates: { builtIn: { mean: round(entities.candidates.builtIn.mean), max: entities.candidates.builtIn.max }, big: { mean: round(entities.candidates.big.mean), max: entities.candidates.big.max } },
      },
      listSizes: listSizes.map((p) => ({ ...p, buildMs: Math.round(p.buildMs), slowdown: round(p.slowdown), candidatesPerName: round(p.candidatesPerName), matchesPerName: round(p.matchesPerName) })),
      engineWithBigList: engineWithList && { ...engineWithList, builtInMs: Math.round(engineWithList.builtInMs), withListMs: Math.round(engineWithList.withListMs), slowdown: round(engineWithList.slowdown) },
      bundle,
    },
  };
  const d100 = double[largest];
  const check = (value: number | null, budget: number, label = String(budget)) => ({ value, budget: label, met: value === null ? null : value <= budget });
  results.budgets = {
    engineVsFloor: check(results.engineVsFloor, BUDGETS.engineVsFloor),
    cliVsFloor: check(results.cliVsFloor, BUDGETS.cliVsFloor),
    syncs: d100 ? { value: d100.syncs, budget: `2 × ${d100.chunks} chunks + 6 = ${d100.syncBudget}`, met: d100.syncs <= d100.syncBudget } : { value: null, budget: '2 × chunks + 6', met: null },
    maxRequestBytes: check(d100 ? Math.max(...Object.values(double).map((d) => d.maxRequestBytes)) : null, BUDGETS.maxRequestBytes),
    bigListSlowdown: check(results.bigListSlowdown, BUDGETS.bigListSlowdown),
    peakRssMb: check(results.peakRssMb, BUDGETS.peakRssMb),
    taskpaneGzipBytes: check(results.taskpaneGzipBytes, BUDGETS.taskpaneGzipBytes),
  };
  results.detail.benchSeconds = Math.round((performance.now() - started) / 1000);

  // ---- the table ----
  const lines: string[] = [];
  lines.push(`Machine: ${host.nproc} CPUs (${host.cpuModel}), ${host.memoryGb} GB RAM, Node ${host.node}; load average ${host.loadAverageAtStart[0]} at start, ${results.detail.loadAverageAtEnd[0]} at end`);
  lines.push('');
  const head = ['', ...sizes.map((s) => `${fmtInt(s)} rows`)];
  const perSize: string[][] = [head];
  if (Object.keys(engine).length) {
    perSize.push(['engine rows/s (median)', ...sizes.map((s) => (engine[s] ? fmtInt(engine[s].engineRowsPerSec) : '–'))]);
    perSize.push(['floor rows/s (normalise every cell)', ...sizes.map((s) => (engine[s] ? fmtInt(engine[s].floorRowsPerSec) : '–'))]);
    perSize.push(['engine / floor (time)', ...sizes.map((s) => (engine[s] ? engine[s].engineVsFloor.toFixed(2) : '–'))]);
  }
  if (Object.keys(cli).length) {
    perSize.push(['CLI end to end, s (median)', ...sizes.map((s) => (cli[s] ? (median(cli[s].cliMs) / 1000).toFixed(2) : '–'))]);
    perSize.push(['ExcelJS read+write floor, s', ...sizes.map((s) => (cli[s] ? (median(cli[s].floorMs) / 1000).toFixed(2) : '–'))]);
    perSize.push(['CLI / floor (time)', ...sizes.map((s) => (cli[s] ? cli[s].cliVsFloor.toFixed(2) : '–'))]);
    perSize.push(['CLI peak RSS, MB', ...sizes.map((s) => (cli[s] ? fmtInt(cli[s].peakRssMb) : '–'))]);
    perSize.push(['floor peak RSS, MB', ...sizes.map((s) => (cli[s] ? fmtInt(cli[s].floorPeakRssMb) : '–'))]);
    perSize.push(['CLI / own I/O (time)', ...sizes.map((s) => (cli[s] ? cli[s].cliVsIo.toFixed(2) : '–'))]);
    perSize.push(['own I/O peak RSS, MB', ...sizes.map((s) => (cli[s] ? fmtInt(cli[s].ioPeakRssMb) : '–'))]);
  }
  if (Object.keys(double).length) {
    perSize.push(['Excel double: syncs (read + apply)', ...sizes.map((s) => (double[s] ? `${double[s].syncs} (${double[s].readSyncs}+${double[s].applySyncs})` : '–'))]);
    perSize.push(['  budget 2 × chunks + 6', ...sizes.map((s) => (double[s] ? `${double[s].syncBudget} (${double[s].chunks} MB)` : '–'))]);
    perSize.push(['  largest request, bytes', ...sizes.map((s) => (double[s] ? fmtInt(double[s].maxRequestBytes) : '–'))]);
    perSize.push(['  largest response, bytes', ...sizes.map((s) => (double[s] ? fmtInt(double[s].maxResponseBytes) : '–'))]);
  }
  lines.push(table(perSize));
  if (entities) {
    lines.push('');
    lines.push(
      table([
        ['entity matching, 10,000 rows', 'built-in list', `+ ${fmtInt(entities.listEntries)} entries`],
        ['names indexed (forms)', fmtInt(entities.forms.builtIn), fmtInt(entities.forms.big)],
        ['index build, ms', fmtInt(entities.buildMs.builtIn), fmtInt(entities.buildMs.big)],
        ['rows/s (median)', fmtInt(entities.builtInRowsPerSec), fmtInt(entities.bigRowsPerSec)],
        ['candidates per name, mean / max', `${entities.candidates.builtIn.mean.toFixed(1)} / ${entities.candidates.builtIn.max}`, `${entities.candidates.big.mean.toFixed(1)} / ${entities.candidates.big.max}`],
        ['matches per name', (entities.hits.builtIn / entities.names).toFixed(2), (entities.hits.big / entities.names).toFixed(2)],
        ['whole engine, s (incl. index build)', (engineWithList!.builtInMs / 1000).toFixed(2), (engineWithList!.withListMs / 1000).toFixed(2)],
      ]),
    );
    if (listSizes.length) {
      const points = [...listSizes, { entries: entities.listEntries, forms: entities.forms.big, slowdown: entities.bigListSlowdown, candidatesPerName: entities.candidates.big.mean, matchesPerName: entities.hits.big / entities.names }].sort((a, b) => a.entries - b.entries);
      lines.push('');
      lines.push(
        table([
          ['slowdown by list size', ...points.map((p) => `${fmtInt(p.entries)} entries`)],
          ['names indexed (forms)', ...points.map((p) => fmtInt(p.forms))],
          ['slowdown vs built-in list', ...points.map((p) => p.slowdown.toFixed(2))],
          ['candidates per name, mean', ...points.map((p) => p.candidatesPerName.toFixed(1))],
          ['matches per name', ...points.map((p) => p.matchesPerName.toFixed(2))],
        ]),
      );
    }
  }
  if (bundle) {
    lines.push('');
    lines.push(`Task pane JavaScript: ${fmtInt(bundle.bytes)} B, ${fmtInt(bundle.gzipBytes)} B gzipped (${bundle.files.map((f) => f.file).join(', ')})`);
    lines.push(`  largest parts (gzip of each part alone): ${bundle.composition.slice(0, 6).map((c) => `${c.pkg} ${fmtInt(c.gzip)}`).join('; ')}`);
  }
  lines.push('');
  lines.push(
    table([
      ['budget', 'value', 'limit', 'met'],
      ...Object.entries(results.budgets).map(([k, b]) => [k, b.value === null ? '–' : String(b.value), String(b.budget), b.met === null ? 'not measured' : b.met ? 'yes' : 'NO']),
    ]),
  );
  lines.push('');
  lines.push(`Bench took ${results.detail.benchSeconds} s.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(join(OUT, 'last-table.txt'), `${lines.join('\n')}\n`);
  const target = full || arg('write') !== undefined ? join(__dirname, 'results.json') : join(OUT, 'results.partial.json');
  writeFileSync(target, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${target}`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
