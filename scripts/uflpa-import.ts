/**
 * Maintainer command: bring the built-in UFLPA Entity List up to date from an official copy.
 *
 *   npm run data:uflpa -- FILE [--dry-run]
 *
 * FILE is the DHS "UFLPA Entity List" page saved from a browser (.html) or the OpenSanctions simple
 * CSV export of the US DHS UFLPA Entity List. It is parsed by the same domain functions the product
 * uses, kept as scripts/data/uflpa-official.json, and merged into the entries built from the research
 * tables (scripts/data/uflpa-merge.ts); src/data/uflpa-entity-list.json is rewritten and the command
 * prints what was added, renamed, dropped (kept as removed) and updated. When the file holds nothing
 * the built-in list does not already say, nothing is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeText } from '../src/cli/read-csv';
import { entriesOfRows, looksLikeHtml, readDhsRows } from '../src/domain/dhs-page';
import { parseListTable } from '../src/domain/list-import';
import { delimitedRows } from '../src/domain/list-text';
import type { ScreeningEntry } from '../src/domain/lists';
import type { EntityEntry, EntityListFile, UflpaSection } from '../src/data/schemas';
import { buildEntityList, OFFICIAL_SNAPSHOT, toJson } from './build-data';
import type { MergeReport, OfficialEntity, OfficialSnapshot } from './data/uflpa-merge';

const LIST_JSON = path.resolve(__dirname, '../src/data/uflpa-entity-list.json');

function official(e: ScreeningEntry, fallbackDate: string): OfficialEntity {
  return {
    name: e.name,
    aliases: e.aliases,
    formerNames: e.formerNames ?? [],
    namesZh: e.namesZh,
    sections: (e.sections ?? []) as UflpaSection[],
    dateAdded: e.dateAdded && /^\d{4}-\d{2}-\d{2}$/.test(e.dateAdded) ? e.dateAdded : fallbackDate,
    coversSubsidiaries: e.coversSubsidiaries,
  };
}

/** The official copy in FILE; throws an Error of one line when it is neither a DHS page nor an OpenSanctions CSV. */
export function readOfficialFile(file: string): OfficialSnapshot {
  const label = path.basename(file);
  const text = decodeText(fs.readFileSync(file), label);
  if (looksLikeHtml(text)) {
    const entries = entriesOfRows(readDhsRows(text));
    if (entries.length === 0) throw new Error(`${label}: the page's UFLPA tables hold no entities`);
    const date = entries.reduce((d, e) => (e.dateAdded! > d ? e.dateAdded! : d), '');
    return { file: label, kind: 'DHS page', date, entities: entries.map((e) => official(e, date)) };
  }
  const list = parseListTable(delimitedRows(text), label, '');
  if (!/OpenSanctions/.test(list.source) || !list.official) {
    throw new Error(`${label} is neither a saved DHS "UFLPA Entity List" page nor an OpenSanctions simple CSV of the US DHS UFLPA Entity List`);
  }
  const date = list.official.latestAction;
  return { file: label, kind: 'OpenSanctions CSV', date, entities: list.entries.map((e) => official(e, date)) };
}

export interface ImportResult {
  changed: boolean;
  lines: string[];
  /** The list file to write: the current one, unchanged, when the copy changes no entry. */
  json: string;
  report: MergeReport | null;
}

function sameEntries(a: EntityEntry[], b: EntityEntry[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What `snapshot` changes in the list `current` holds, in lines for the maintainer. */
export function importOfficial(snapshot: OfficialSnapshot, current: EntityListFile): ImportResult {
  const { file, report } = buildEntityList(snapshot);
  const json = toJson(file, 'entries');
  const before = new Map(current.entries.map((e) => [e.id, e]));
  const lines: string[] = [`${snapshot.file}: ${snapshot.kind} of ${snapshot.date}, ${snapshot.entities.length} entities.`];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title} (${items.length}):`, ...items.map((x) => `  ${x}`));
  };
  section('Added', file.entries.filter((e) => !before.has(e.id)).map((e) => e.name));
  section(
    'Renamed',
    file.entries.filter((e) => before.has(e.id) && before.get(e.id)!.name !== e.name).map((e) => `${before.get(e.id)!.name} → ${e.name}`),
  );
  section(
    'Dropped (kept, marked removed)',
    file.entries.filter((e) => e.removed && !before.get(e.id)?.removed).map((e) => `${e.name} (removed ${e.removed})`),
  );
  section(
    'Updated',
    file.entries
      .filter((e) => before.has(e.id) && before.get(e.id)!.name === e.name && !e.removed && JSON.stringify(before.get(e.id)) !== JSON.stringify(e))
      .map((e) => `${e.name}: ${report?.updated.find((u) => u.name === e.name)?.what.join('; ') ?? 'changed'}`),
  );
  section('Not named in the file, sourced outside a copy of the list or newer than it: left as they are', report?.notNamed ?? []);
  section('Matched on the words of the names, not a whole name: check', (report?.byWords ?? []).map((m) => `${m.entry} ↔ ${m.file}`));
  const changed = !sameEntries(current.entries, file.entries);
  lines.push(changed ? `The list now holds ${file.entries.filter((e) => !e.removed).length} of ${file.expectedCount} entities (version ${file.version}).` : 'No change: the file holds nothing the built-in list does not already say.');
  // Unchanged entries: the file stays as it is (not even a line naming the copy is added).
  return { changed, lines, json: changed ? json : toJson(current as unknown as Record<string, unknown>, 'entries'), report };
}

function main(): number {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = args.filter((a) => a !== '--dry-run');
  if (files.length !== 1) {
    process.stderr.write('Usage: npm run data:uflpa -- SAVED-DHS-PAGE.html|OPENSANCTIONS.csv [--dry-run]\n');
    return 1;
  }
  let snapshot: OfficialSnapshot;
  try {
    snapshot = readOfficialFile(files[0]);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 1;
  }
  const current = JSON.parse(fs.readFileSync(LIST_JSON, 'utf8')) as EntityListFile;
  const result = importOfficial(snapshot, current);
  process.stdout.write(`${result.lines.join('\n')}\n`);
  if (result.changed && !dryRun) {
    fs.writeFileSync(OFFICIAL_SNAPSHOT, `${JSON.stringify(snapshot, null, 1)}\n`);
    fs.writeFileSync(LIST_JSON, result.json);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), OFFICIAL_SNAPSHOT)} and ${path.relative(process.cwd(), LIST_JSON)}.\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
