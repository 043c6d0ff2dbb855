// docs/RELIABILITY.md must describe every corpus case: one table row per id, with the exit code the
// case expects and, for rejected input, the exact one-line message. Adding a case without a line in
// the doc (or leaving a row for a case that is gone) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './support/corpus';

const DOC = readFileSync(join(__dirname, '../../docs/RELIABILITY.md'), 'utf8');

interface Row {
  id: string;
  exit: string;
  happens: string;
}

const rows: Row[] = DOC.split('\n')
  .map((line) => /^\| `([a-z0-9-]+)` \| (.*) \| (\d) \| (.*) \|$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ id: m[1], exit: m[3], happens: m[4] }));

test('every corpus case has exactly one row in docs/RELIABILITY.md, and every row is a case', () => {
  const ids = CASES.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length); // ids are unique
  const documented = rows.map((r) => r.id);
  expect(ids.filter((id) => !documented.includes(id))).toEqual([]);
  expect(documented.filter((id) => !ids.includes(id))).toEqual([]);
  expect(documented.filter((id, i) => documented.indexOf(id) !== i)).toEqual([]);
});

test.each(CASES.map((c) => [c.id, c] as const))('%s: the doc gives its exit code, and its exact message when rejected', (id, c) => {
  const row = rows.find((r) => r.id === id);
  expect(row).toBeDefined();
  expect(row!.exit).toBe(String(c.expect.code));
  if (c.expect.code === 1) expect(row!.happens).toContain(`\`${c.expect.message}\``);
  if (c.knownBug) expect(row!.happens).toContain('**known bug**');
});

test('the corpus has at least 40 cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});
