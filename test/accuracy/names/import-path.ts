// The import path: an OpenSanctions simple-CSV list made from the built-in list — each entry with its
// names shuffled (the listed name may arrive as an alias, a Chinese name as the name), and beside it a
// made-up sister company of the same brand ("Huafu Fashion International Trading Co., Ltd."), which the
// entry's own names must not lose to — plus generated Chinese companies, read by the command line's
// list reader (--list) and screened by the command line. Every name of every imported entry, screened
// as a supplier name, must find that imported entry strongly: importing a list must not lose recall.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, syntheticList } from '../../../bench/generate';
import { loadListFile } from '../../../src/cli/read-list';
import { BUILT_IN_LIST, type ScreeningEntry } from '../../../src/domain/lists';
import { screenAndCollect } from '../../support/screen-collect';
import type { CaseResult, Generator } from '../types';
import { describeRow, entryOutcome, fold, listedNames } from './listed';

const HEADER = ['id', 'schema', 'name', 'aliases', 'countries', 'addresses', 'identifiers', 'sanctions', 'phones', 'emails', 'dataset', 'first_seen', 'last_seen', 'last_change'];
const SECTION_OF: Record<string, string> = { 'A.1': '(i)', 'A.3': '(ii)', 'A.4': '(v)' };
/** Generated companies added to the built-in list's entries, so the file holds at least 200. */
const GENERATED = 130;

interface Imported {
  id: string;
  names: string[];
  category: ScreeningEntry['category'];
  dateAdded?: string;
}

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function shuffled<T>(rng: Rng, items: T[]): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The entries of the generated file: the built-in list's (names shuffled) and generated companies. */
export function importedEntries(seed = 14): Imported[] {
  const rng = new Rng(seed);
  const byEntry = new Map<ScreeningEntry, string[]>();
  for (const n of listedNames(BUILT_IN_LIST)) byEntry.set(n.entry, [...(byEntry.get(n.entry) ?? []), n.text]);
  const out: Imported[] = [...byEntry].map(([e, names], i) => ({ id: `NK-uflpa-${i}`, names: shuffled(rng, names), category: e.category, dateAdded: e.dateAdded }));
  // One sister per leading word (two entries of one brand would give two sisters of one name).
  const stems = new Set<string>();
  [...byEntry.keys()].forEach((e, i) => {
    const stem = e.name.replace(/[,(].*$/, '').split(/\s+/).slice(0, 2).join(' ');
    const lead = stem.split(' ')[0].toLowerCase();
    if (!/[a-z]/i.test(stem) || stems.has(lead)) return;
    stems.add(lead);
    out.push({ id: `NK-uflpa-sister-${i}`, names: [`${stem} Overseas Co., Ltd.`], category: e.category, dateAdded: e.dateAdded });
  });
  for (const e of syntheticList(GENERATED, seed).entries) {
    out.push({ id: `NK-gen-${e.id}`, names: shuffled(rng, [e.name, ...e.aliases, ...e.namesZh]), category: e.category });
  }
  return out;
}

export function openSanctionsCsv(entries: Imported[]): string {
  const rows = entries.map((e) => [
    e.id,
    'Company',
    e.names[0],
    e.names.slice(1).join(';'),
    'cn',
    '',
    '',
    `US DHS UFLPA Entity List - Section 2(d)(2)(B)${SECTION_OF[e.category ?? 'A.4'] ?? '(v)'}`,
    '',
    '',
    'US DHS UFLPA Entity List',
    `${e.dateAdded ?? '2024-01-01'}T00:00:00`,
    '2026-11-01T00:00:00',
    `${e.dateAdded ?? '2024-01-01'}T00:00:00`,
  ]);
  return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
}

async function run(): Promise<CaseResult[]> {
  const entries = importedEntries();
  const cases = entries.flatMap((e) => e.names.map((text) => ({ e, text })));
  const dir = mkdtempSync(join(tmpdir(), 'accuracy-import-'));
  try {
    writeFileSync(join(dir, 'us_dhs_uflpa.csv'), openSanctionsCsv(entries));
    writeFileSync(join(dir, 'suppliers.csv'), ['Supplier Name,Country', ...cases.map((c) => `${csvCell(c.text)},`)].join('\n'));
    const list = await loadListFile(join(dir, 'us_dhs_uflpa.csv'));
    if (list.entries.length !== entries.length) throw new Error(`the list reader kept ${list.entries.length} of ${entries.length} entries`);
    const { result } = await screenAndCollect({ input: join(dir, 'suppliers.csv'), output: join(dir, 'out.xlsx'), settings: { usImporter: false }, extraLists: [list], today: '2026-12-08' });
    const rows = result.results[0] ?? [];
    const byRow = new Map(rows.map((r) => [r.row, r]));
    return cases.map((c, i) => {
      const r = byRow.get(i + 2) ?? null;
      // Imported entries that carry the same name (a generated company may repeat one) count alike.
      const ids = new Set(entries.filter((e) => e.names.some((n) => fold(n) === fold(c.text))).map((e) => e.id));
      const outcome = entryOutcome(r, list.id, ids);
      return { id: `"${c.text}" → ${c.e.id}`, outcome, pass: outcome === 'strong', detail: outcome === 'strong' ? undefined : describeRow(r) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const importPathGenerator: Generator = {
  suite: 'names',
  name: 'import path: OpenSanctions CSV via --list',
  description: `An OpenSanctions simple-CSV file of the built-in list's entries (names shuffled between name and aliases), a made-up sister company of each brand ("… Overseas Co., Ltd.") and ${GENERATED} generated Chinese companies, read by the command line's --list reader; every name of every entry screened as a supplier → a strong finding naming the imported entry.`,
  required: 1,
  run,
};
