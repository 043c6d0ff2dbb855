// A few corpus cases through a real process (`npx tsx src/cli/main.ts ...`): the exit status the shell
// sees, and nothing on stderr but the one-line message, whatever Node itself might add.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { CASES } from './support/corpus';
import { tempRoot } from './support/run-case';
import { sha256, stackTraceLines } from './support/run-cli';

const REPO = resolve(__dirname, '../..');
const IDS = ['xlsx-title-rows', 'file-truncated-xlsx', 'csv-binary', 'usage-unknown-option'];

let root: string;
beforeAll(() => {
  root = tempRoot('spawned');
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: REPO, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

test('real processes: exit status 0 or 1, the exact one-line message, no stack trace, the input unchanged', async () => {
  const results = await Promise.all(
    IDS.map(async (id) => {
      const c = CASES.find((x) => x.id === id)!;
      const dir = join(root, id);
      await fs.mkdir(dir);
      const built = await c.build(dir);
      const input = join(dir, built.input);
      const before = sha256(input);
      const r = await run(c.args ? c.args(dir, input) : [input]);
      const lines = r.stderr.split('\n').filter(Boolean);
      return {
        id,
        code: r.code,
        message: c.expect.code === 1 ? lines[0]?.split(`${dir}/`).join('') : lines.join('\n'),
        extraLines: lines.slice(c.expect.code === 1 ? 1 : 0).filter((l) => !l.startsWith('Usage: ')),
        traces: stackTraceLines(r.stdout + r.stderr),
        inputUnchanged: sha256(input) === before,
      };
    }),
  );
  expect(results).toEqual(
    IDS.map((id) => {
      const c = CASES.find((x) => x.id === id)!;
      return { id, code: c.expect.code, message: c.expect.code === 1 ? c.expect.message : '', extraLines: [], traces: [], inputUnchanged: true };
    }),
  );
});
