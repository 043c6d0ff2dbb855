// Small helpers shared by the benchmark scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const OUT = join(__dirname, 'out');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function now(): number {
  return performance.now();
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  freeMemoryGb: number;
  node: string;
  platform: string;
  loadAverageAtStart: number[];
}

export function machine(): Machine {
  const nproc = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || cpus().length;
  return {
    nproc,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    freeMemoryGb: round(freemem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  };
}

export const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  /** What the child reported on its BENCH_RESULT line. */
  result: Record<string, unknown>;
  /** Peak resident set of the child, MB (from /usr/bin/time -v when present, else the child's own resourceUsage). */
  maxRssMb: number;
  wallMs: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript entry point in a fresh Node process (tsx loader), under `/usr/bin/time -v` when it
 * exists so the peak RSS is the kernel's figure. The child prints one line `BENCH_RESULT {json}`.
 */
export function runChild(script: string, args: string[], options: { nodeArgs?: string[] } = {}): ChildRun {
  const node = process.execPath;
  const nodeArgs = [...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args];
  const useTime = existsSync(GNU_TIME);
  const t = performance.now();
  const p = useTime
    ? spawnSync(GNU_TIME, ['-v', node, ...nodeArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(node, nodeArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t;
  const line = (p.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (p.status !== 0 || !line) {
    throw new Error(`child ${script} ${args.join(' ')} failed (status ${p.status}):\n${(p.stderr ?? '').slice(-3000)}\n${(p.stdout ?? '').slice(-2000)}`);
  }
  const result = JSON.parse(line.slice('BENCH_RESULT '.length)) as Record<string, unknown>;
  let maxRssMb = Number(result.maxRssMb ?? NaN);
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(p.stderr ?? '');
    if (m) maxRssMb = Number(m[1]) / 1024;
  }
  return { result, maxRssMb, wallMs, stdout: p.stdout ?? '', stderr: p.stderr ?? '' };
}

/** For child scripts: report a result to the parent. */
export function report(result: Record<string, unknown>): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
