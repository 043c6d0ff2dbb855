// Command line: npm run screen -- INPUT [-o OUTPUT] [--us-importer] [--report REPORT.json] [--sheet NAME] [--list LIST ...]
//                 [--track [--proof-days N]] [--letters-for CHOICE ...] [--letters DIR] [--company NAME]
//               npm run screen -- --explain "NAME" [--list LIST ...]
import { parseArgs } from 'node:util';
import { BUILT_IN_LIST } from '../domain/lists';
import { EntityIndex, STRONG, WEAK } from '../domain/matchers/entities';
import { parseLetterChoice, type LetterChoice } from '../domain/letters';
import { NEXT_STEPS } from '../domain/next-step';
import { STATUSES } from '../domain/types';
import { STANDING_INSTRUCTION } from '../domain/wording';
import { InputError } from './input-error';
import { loadListFile } from './read-list';
import { screenFile } from './screen-file';

const USAGE =
  'Usage: npm run screen -- INPUT.xlsx|INPUT.csv [-o OUTPUT.xlsx] [--us-importer] [--report REPORT.json] [--sheet NAME] [--list LIST.csv|LIST.xlsx|SAVED-DHS-PAGE.html ...]' +
  ' [--track] [--proof-days N] [--letters-for all|STATUS|NEXT STEP ...] [--letters DIR] [--company NAME] | --explain "NAME" [--list LIST ...]';

/** Lines of --explain: every listed name the name was compared with, its score and why, and the groups it holds a word of. */
export function explainLines(name: string, index: EntityIndex): string[] {
  const all = index.explainName(name);
  // The best-scoring name of each entry (an entry's other names are compared too).
  const candidates = all.filter((c, i) => all.findIndex((d) => d.list === c.list && d.entry === c.entry) === i);
  const lines = [
    `"${name}" against ${index.size.toLocaleString('en')} listed names: ${all.length} compared, ${candidates.length} ${candidates.length === 1 ? 'entry' : 'entries'} (strong from ${STRONG}, Review from ${WEAK}, below ${WEAK} no finding).`,
  ];
  for (const c of candidates) {
    const level = c.strong ? 'strong' : c.score >= WEAK ? 'weak' : 'below';
    lines.push(`  ${c.score.toFixed(2)} ${level.padEnd(6)} ${c.list.name} "${c.entry.name}"${c.matchedName !== c.entry.name ? ` as "${c.matchedName}"` : ''}`, `         ${c.explanation}`);
  }
  for (const m of index.match(name).filter((x) => x.kind === 'group')) {
    lines.push(`  group  ${m.list.name} "${m.entry.name}": ${m.explanation}`, `         Review (A.2) only with the group's context: its trade in the row, a Region place, or its names' word order ${m.group?.order ? `(here: "${m.group.order}")` : ''}`);
  }
  if (candidates.length > 0) lines.push('When a sheet is screened, a match that is not strong is also weighed against the row: a country other than China, Hong Kong or Macau, or an unrelated trade, keeps it below Review.');
  return lines;
}

/** The letters asked for, or a plain-words reason why the options cannot be used. */
function lettersOption(values: { letters?: string; 'letters-for'?: string[]; company?: string }): { choices: LetterChoice[]; companyName: string; dir?: string } | string | undefined {
  const asked = values['letters-for'] ?? [];
  if (!values.letters && asked.length === 0) return undefined;
  const companyName = values.company?.trim();
  if (!companyName) return 'Letters are signed with your company\'s name: add --company "NAME".';
  const choices: LetterChoice[] = [];
  for (const text of asked.length ? asked : ['all']) {
    try {
      choices.push(parseLetterChoice(text));
    } catch (e) {
      return `--letters-for ${(e as Error).message}.`;
    }
  }
  return { choices, companyName, dir: values.letters };
}

function proofDaysOption(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  const days = Number(text);
  return Number.isInteger(days) && days > 0 && days <= 3650 ? days : `--proof-days takes a whole number of days (1 to 3650), not "${text}".`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'us-importer': { type: 'boolean' },
        report: { type: 'string' },
        sheet: { type: 'string' },
        list: { type: 'string', multiple: true },
        explain: { type: 'string' },
        track: { type: 'boolean' },
        'proof-days': { type: 'string' },
        letters: { type: 'string' },
        'letters-for': { type: 'string', multiple: true },
        company: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // Node's own wording, without its advice on positional arguments that start with '-'.
    const message = (e as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '.');
    process.stderr.write(`${message}\n${USAGE}\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.values.explain !== undefined) {
    try {
      const extraLists = await Promise.all((args.values.list ?? []).map((f) => loadListFile(f)));
      process.stdout.write(`${explainLines(args.values.explain, new EntityIndex([BUILT_IN_LIST, ...extraLists])).join('\n')}\n`);
      return 0;
    } catch (e) {
      process.stderr.write(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
      return 1;
    }
  }
  if (args.positionals.length !== 1) {
    process.stderr.write(`${args.positionals.length === 0 ? 'No input file given.' : 'Give one input file at a time.'}\n${USAGE}\n`);
    return 1;
  }
  const input = args.positionals[0];
  const letters = lettersOption(args.values);
  const proofDays = proofDaysOption(args.values['proof-days']);
  for (const problem of [letters, proofDays]) {
    if (typeof problem === 'string') {
      process.stderr.write(`${problem}\n${USAGE}\n`);
      return 1;
    }
  }
  const started = Date.now();
  let lastProgress = 0;
  try {
    const extraLists = await Promise.all((args.values.list ?? []).map((f) => loadListFile(f)));
    const { output, result } = await screenFile({
      input,
      output: args.values.output,
      report: args.values.report,
      sheet: args.values.sheet,
      settings: {
        usImporter: args.values['us-importer'] ?? false,
        ...(args.values.track ? { track: true } : {}),
        ...(typeof proofDays === 'number' ? { proofDays } : {}),
      },
      letters: typeof letters === 'object' ? letters : undefined,
      extraLists,
      today: today(),
      onProgress: (done, total) => {
        if (total >= 5000 && Date.now() - lastProgress > 1000) {
          lastProgress = Date.now();
          process.stderr.write(`screening: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows\n`);
        }
      },
    });
    const lines = [
      `Screened ${result.rows} supplier rows in ${result.layouts.map((l) => `"${l.sheetName}" (header row ${l.headerRow})`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      ...STATUSES.map((s) => `  ${s.padEnd(18)} ${String(result.statusCounts.get(s) ?? 0).padStart(6)}`),
      ...(result.tracked
        ? ['Next steps:', ...NEXT_STEPS.map((k) => `  ${k.padEnd(30)} ${String(result.nextStepCounts.get(k) ?? 0).padStart(6)}`), `  ${'overdue'.padEnd(30)} ${String(result.overdue).padStart(6)}`]
        : []),
      ...(result.letters
        ? [
            `Letters: ${result.letters.suppliers} supplier(s) in English and Simplified Chinese on the "${result.letters.sheetName}" sheet${result.letters.files.length ? `, and ${result.letters.files.length} .docx file(s) in ${args.values.letters}` : ''}${result.letters.unnamedRows ? ` (${result.letters.unnamedRows} chosen row(s) have no supplier name and got none)` : ''}.`,
          ]
        : []),
      ...result.skipped.map((s) => `Skipped sheet "${s.sheetName}": ${s.reason}.`),
      `Lists: ${result.lists.map((l) => `${l.name} ${l.version} (${l.entryCount} entries)`).join('; ')}.`,
      ...result.lists.flatMap((l) => (l.notes ?? []).map((n) => `  ${n}`)),
      STANDING_INSTRUCTION,
      `Written: ${output}${args.values.report ? ` and ${args.values.report}` : ''}.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`Could not screen ${input}: ${message}\n`);
    return 1;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (e: NodeJS.ErrnoException) => e.code === 'EPIPE' && process.exit(0));
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
