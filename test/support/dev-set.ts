// The labelled dev set in ../shared/fixtures: expected status (alternatives split by "|") and the
// categories that must appear, per sheet row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const FIXTURES = join(__dirname, '..', '..', '..', 'shared', 'fixtures');

export interface Expectation {
  sheet: string;
  row: number;
  statuses: string[];
  categories: string[];
  why: string;
}

export function expectations(): Expectation[] {
  const text = readFileSync(join(FIXTURES, 'dev-expected.csv'), 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({
    sheet: r.sheet,
    row: Number(r.row),
    statuses: r.expected_status.split('|').map((s) => s.trim()),
    categories: r.must_include_categories ? r.must_include_categories.split(/[;,\s]+/).filter(Boolean) : [],
    why: r.why,
  }));
}

export interface Scored {
  expected: Expectation;
  status: string | undefined;
  categories: string[];
  ok: boolean;
}

export function score(results: { sheet: string; row: number; status: string; categories: string[] }[]): Scored[] {
  return expectations().map((e) => {
    const got = results.find((r) => r.sheet === e.sheet && r.row === e.row);
    const ok = !!got && e.statuses.includes(got.status) && e.categories.every((c) => got.categories.includes(c));
    return { expected: e, status: got?.status, categories: got?.categories ?? [], ok };
  });
}
