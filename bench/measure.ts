// In-process measurements: the screening engine against its floor, and entity matching with the
// built-in list against a 50,000-entry list.
import { screenWorkbook, type ScreenWorkbookInput } from '../src/domain/engine';
import { BUILT_IN_LIST, type ScreeningList } from '../src/domain/lists';
import { EntityIndex } from '../src/domain/matchers/entities';
import { cellText, normalizeText } from '../src/domain/normalize';
import { generateGrids, nameQueries, type GeneratedWorkbook, type NameQuery } from './generate';
import { median } from './lib';

export function engineInput(g: GeneratedWorkbook, extraLists: ScreeningList[] = []): ScreenWorkbookInput & { extraLists: ScreeningList[] } {
  return {
    targets: g.grids.map((grid) => ({ grid })),
    sheetNames: g.sheetNames,
    provenance: null,
    settings: { usImporter: false },
    today: '2026-11-28',
    extraLists,
  };
}

/** Header row (0-based index into grid.rows) of each generated sheet. */
function headerIndex(sheetName: string): number {
  return sheetName === 'Suppliers' ? 2 : 0;
}

/** The floor: read every cell of the same data rows and normalise it, nothing else. */
export function floorPass(g: GeneratedWorkbook): number {
  let chars = 0;
  for (const grid of g.grids) {
    for (let r = headerIndex(grid.sheetName) + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      for (let c = 0; c < row.length; c++) chars += normalizeText(cellText(row[c])).length;
    }
  }
  return chars;
}

export interface EngineMeasure {
  rows: number;
  runs: number;
  engineMs: number[];
  floorMs: number[];
  engineRowsPerSec: number;
  floorRowsPerSec: number;
  engineVsFloor: number;
}

/** Engine and floor, run alternately `runs` times after a warm-up on a different workbook; medians. */
export async function measureEngine(rows: number, runs: number): Promise<EngineMeasure> {
  const warm = generateGrids(2000, 1);
  await screenWorkbook(engineInput(warm));
  floorPass(warm);
  const g = generateGrids(rows);
  const engineMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    floorMs.push(await timedFromCleanHeap(() => floorPass(g)));
    engineMs.push(
      await timedFromCleanHeap(async () => {
        const res = await screenWorkbook(engineInput(g));
        if (res.results.flat().length === 0) throw new Error('nothing screened');
      }),
    );
  }
  const e = median(engineMs);
  const f = median(floorMs);
  // Each engine run is paired with the floor run just before it, so a busy moment of the machine weighs
  // on both: the ratio is the median of the pairs' ratios.
  const ratio = median(engineMs.map((ms, i) => ms / floorMs[i]));
  return { rows, runs, engineMs, floorMs, engineRowsPerSec: (rows / e) * 1000, floorRowsPerSec: (rows / f) * 1000, engineVsFloor: ratio };
}

/**
 * A pass's time, started from a collected heap (with --expose-gc, as `npm run bench` runs): the
 * garbage of a 100,000-row engine run is otherwise collected inside whichever pass comes next, which
 * moved the floor pass between 2.6 and 5.1 s. Collections the pass itself needs stay in its time.
 */
async function timedFromCleanHeap(pass: () => unknown): Promise<number> {
  cleanHeap();
  const t = performance.now();
  await pass();
  return performance.now() - t;
}

/** A full collection, when the bench runs with --expose-gc (npm run bench does). */
function cleanHeap(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function clearMemo(index: EntityIndex): void {
  const memo = (index as unknown as { memo?: Map<string, unknown> }).memo;
  if (!(memo instanceof Map)) throw new Error('EntityIndex has no memo field any more: update bench/measure.ts');
  memo.clear();
}

function matchAll(index: EntityIndex, rows: NameQuery[][]): number {
  let hits = 0;
  for (const row of rows) for (const q of row) hits += index.match(q.text, q.mode).length;
  return hits;
}

export interface EntityMeasure {
  rows: number;
  listEntries: number;
  forms: { builtIn: number; big: number };
  buildMs: { builtIn: number; big: number };
  runs: number;
  builtInMs: number[];
  bigMs: number[];
  builtInRowsPerSec: number;
  bigRowsPerSec: number;
  bigListSlowdown: number;
  candidates: { builtIn: { mean: number; max: number }; big: { mean: number; max: number } };
  /** Pairs scored (each candidate once). */
  fullScores: { builtIn: { mean: number; max: number }; big: { mean: number; max: number } };
  hits: { builtIn: number; big: number };
  /** Name cells matched per run. */
  names: number;
}

/**
 * `runs` timed passes of the same queries over two indexes, alternated so a busy moment of the machine
 * weighs on both; `other` is warmed up (JIT) first, and each pass starts with an empty memo and from a
 * collected heap (cleanHeap): otherwise one pass's garbage is collected inside the next, and a major
 * collection of the bench's heap, landing in one pass or the other, moved single ratios by a third.
 */
function alternatedRuns(base: EntityIndex, other: EntityIndex, queries: NameQuery[][], runs: number) {
  matchAll(other, nameQueries(generateGrids(1000, 1)));
  const baseMs: number[] = [];
  const otherMs: number[] = [];
  let baseHits = 0;
  let otherHits = 0;
  const timed = (index: EntityIndex): [number, number] => {
    clearMemo(index);
    cleanHeap();
    const t = performance.now();
    const hits = matchAll(index, queries);
    return [performance.now() - t, hits];
  };
  for (let i = 0; i < runs; i++) {
    let ms: number;
    [ms, baseHits] = timed(base);
    baseMs.push(ms);
    [ms, otherHits] = timed(other);
    otherMs.push(ms);
  }
  return { baseMs, otherMs, baseHits, otherHits };
}

/** Entity matching of every name cell of `rows` generated rows, built-in list vs built-in + synthetic list. */
export function measureEntities(rows: number, list: ScreeningList, runs: number): EntityMeasure {
  const queries = nameQueries(generateGrids(rows));
  let t = performance.now();
  const builtIn = new EntityIndex([BUILT_IN_LIST]);
  const builtInBuild = performance.now() - t;
  t = performance.now();
  const big = new EntityIndex([BUILT_IN_LIST, list]);
  const bigBuild = performance.now() - t;
  matchAll(builtIn, nameQueries(generateGrids(1000, 1)));
  const { baseMs: builtInMs, otherMs: bigMs, baseHits, otherHits } = alternatedRuns(builtIn, big, queries, runs);
  const hits = { builtIn: baseHits, big: otherHits };
  const summary = (counts: number[]) => ({ mean: round2(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)), max: Math.max(0, ...counts) });
  const count = (index: EntityIndex) => summary(queries.flat().map((q) => index.candidateCount(q.text, q.mode)));
  const fullScores = (index: EntityIndex) => summary(queries.flat().map((q) => index.fullScoreCount(q.text, q.mode)));
  const b = median(builtInMs);
  const l = median(bigMs);
  const slowdown = median(bigMs.map((ms, i) => ms / builtInMs[i]));
  return {
    rows,
    listEntries: list.entries.length,
    forms: { builtIn: builtIn.size, big: big.size },
    buildMs: { builtIn: builtInBuild, big: bigBuild },
    runs,
    builtInMs,
    bigMs,
    builtInRowsPerSec: (rows / b) * 1000,
    bigRowsPerSec: (rows / l) * 1000,
    bigListSlowdown: slowdown,
    candidates: { builtIn: count(builtIn), big: count(big) },
    fullScores: { builtIn: fullScores(builtIn), big: fullScores(big) },
    hits,
    names: queries.flat().length,
  };
}

export interface ListSizePoint {
  entries: number;
  forms: number;
  buildMs: number;
  /** Median over runs of (time with this list / time with the built-in list), runs alternated. */
  slowdown: number;
  candidatesPerName: number;
  /** Matches found per name cell: the work a list brings that no index can skip. */
  matchesPerName: number;
}

/**
 * The slowdown at several list sizes. An index that scaled with the list would slow down in
 * proportion to it; blocking keeps the candidates per name bounded, so what changes is the number of
 * names the list really matches.
 */
export function measureListSizes(rows: number, sizes: number[], runs: number, makeList: (size: number) => ScreeningList): ListSizePoint[] {
  const queries = nameQueries(generateGrids(rows));
  const flat = queries.flat();
  const builtIn = new EntityIndex([BUILT_IN_LIST]);
  matchAll(builtIn, nameQueries(generateGrids(1000, 1)));
  const points: ListSizePoint[] = [];
  for (const size of sizes) {
    const t = performance.now();
    let index: EntityIndex | null = new EntityIndex([BUILT_IN_LIST, makeList(size)]);
    const buildMs = performance.now() - t;
    const { baseMs, otherMs, otherHits } = alternatedRuns(builtIn, index, queries, runs);
    const candidates = flat.reduce((n, q) => n + index!.candidateCount(q.text, q.mode), 0);
    const slowdown = median(otherMs.map((ms, i) => ms / baseMs[i]));
    points.push({ entries: size, forms: index.size, buildMs, slowdown, candidatesPerName: candidates / flat.length, matchesPerName: otherHits / flat.length });
    index = null;
  }
  return points;
}

export interface EngineWithListMeasure {
  rows: number;
  builtInMs: number;
  withListMs: number;
  slowdown: number;
}

/** The whole screening engine with the big list added (its index built inside, as a user's run would). */
export async function measureEngineWithList(rows: number, list: ScreeningList): Promise<EngineWithListMeasure> {
  const g = generateGrids(rows);
  let t = performance.now();
  await screenWorkbook(engineInput(g));
  const builtInMs = performance.now() - t;
  t = performance.now();
  await screenWorkbook(engineInput(g, [list]));
  const withListMs = performance.now() - t;
  return { rows, builtInMs, withListMs, slowdown: withListMs / builtInMs };
}
