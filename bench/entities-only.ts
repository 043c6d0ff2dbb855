// The entity-matching measure alone (npm run bench measures everything): the name cells of 10,000
// generated rows matched against the built-in list and against it plus the 50,000-entry synthetic
// list, passes alternated. For comparing a matcher change in one process while the machine is shared:
//   npx tsx --expose-gc bench/entities-only.ts [runs]
import { syntheticList } from './generate';
import { measureEntities } from './measure';

const runs = Number(process.argv[2] ?? 7);
const m = measureEntities(10_000, syntheticList(50_000), runs);
const ms = (a: number[]) => a.map((x) => x.toFixed(0)).join(' ');
process.stdout.write(
  [
    `names matched per pass: ${m.names}; forms: built-in ${m.forms.builtIn}, big ${m.forms.big}; index build ${m.buildMs.builtIn.toFixed(0)} ms / ${(m.buildMs.big / 1000).toFixed(1)} s`,
    `built-in list: ${Math.round(m.builtInRowsPerSec)} rows/s (${ms(m.builtInMs)} ms)`,
    `with 50,000 entries: ${Math.round(m.bigRowsPerSec)} rows/s (${ms(m.bigMs)} ms)`,
    `slowdown (median of pairs): ${m.bigListSlowdown.toFixed(2)}`,
    `candidates per name: built-in ${m.candidates.builtIn.mean} (max ${m.candidates.builtIn.max}), big ${m.candidates.big.mean} (max ${m.candidates.big.max})`,
    `fully scored per name: built-in ${m.fullScores.builtIn.mean}, big ${m.fullScores.big.mean}; matches: built-in ${m.hits.builtIn}, big ${m.hits.big}`,
  ].join('\n') + '\n',
);
