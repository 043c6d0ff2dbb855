// Write safety: a failure while writing never leaves a half-written output in place of a good one,
// and never leaves a temp file behind. The CLI writes hidden temp files and renames them when complete.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, promises as fs, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLE, writeBook } from './support/build';
import { tempRoot } from './support/run-case';
import { runCli, sha256, stackTraceLines } from './support/run-cli';

import { Readable } from 'node:stream';
import JSZip from 'jszip';

/** The package writer's stream: `before` is written, then the stream fails with `error`. */
function failingPackageStream(before: Buffer, error: Error, onFail: () => void = () => undefined): void {
  jest.spyOn(JSZip.prototype, 'generateNodeStream').mockImplementation(() => {
    let sent = false;
    const stream = new Readable({
      read() {
        if (sent) return;
        sent = true;
        this.push(before);
        setTimeout(() => {
          onFail();
          this.destroy(error);
        }, 50);
      },
    });
    return stream as unknown as NodeJS.ReadableStream;
  });
}

const REPO = resolve(__dirname, '../..');
const NOBODY = 65534;
let root: string;
let n = 0;

beforeAll(() => {
  root = tempRoot('write');
  chmodSync(root, 0o755);
});
afterAll(async () => {
  await fs.chmod(root, 0o755);
  await fs.rm(root, { recursive: true, force: true });
});

/** A folder with an input and a good output of an earlier run (here: a recognisable stand-in). */
async function setup(): Promise<{ dir: string; input: string; output: string; goodHash: string }> {
  const dir = join(root, `case-${++n}`);
  await fs.mkdir(dir);
  await fs.chmod(dir, 0o755);
  const input = join(dir, 'suppliers.xlsx');
  await writeBook(input, [{ name: 'Suppliers', rows: TABLE }]);
  const output = join(dir, 'suppliers.screened.xlsx');
  await fs.writeFile(output, 'the good output of yesterday');
  await fs.chmod(input, 0o644);
  await fs.chmod(output, 0o644);
  return { dir, input, output, goodHash: sha256(output) };
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

afterEach(() => jest.restoreAllMocks());

test('the output folder is read-only: exit 1, one line, the existing output unchanged, no temp file', async () => {
  const { dir, input, output, goodHash } = await setup();
  const inputHash = sha256(input);
  await fs.chmod(dir, 0o555);
  let code: number | null;
  let stderr: string;
  let stdout: string;
  if (process.getuid?.() === 0) {
    // root ignores file permissions: run the command line as 'nobody', for whom the folder is read-only.
    const r = spawnSync(join(REPO, 'node_modules/.bin/tsx'), ['src/cli/main.ts', input], {
      cwd: REPO,
      uid: NOBODY,
      gid: NOBODY,
      env: { PATH: process.env.PATH, HOME: '/tmp', TMPDIR: '/tmp' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    code = r.status;
    stderr = r.stderr;
    stdout = r.stdout;
  } else {
    const r = await runCli([input]);
    code = r.code;
    stderr = r.stderr;
    stdout = r.stdout;
  }
  await fs.chmod(dir, 0o755);
  expect({ code, stderr }).toEqual({ code: 1, stderr: `Could not write ${output}: EACCES (is the file open in Excel, or the folder read-only?).\n` });
  expect(stackTraceLines(stdout + stderr)).toEqual([]);
  expect(sha256(output)).toBe(goodHash);
  expect(sha256(input)).toBe(inputHash);
  expect(leftovers(dir)).toEqual([]);
});

test('the output path is a folder: exit 1, the folder and its contents untouched, no temp file', async () => {
  const { dir, input } = await setup();
  const folder = join(dir, 'out.xlsx');
  await fs.mkdir(folder);
  await fs.writeFile(join(folder, 'keep.txt'), 'keep');
  const r = await runCli([input, '-o', folder]);
  expect(r.code).toBe(1);
  expect(r.messages).toEqual([`Could not write ${folder}: EISDIR (is the file open in Excel, or the folder read-only?).`]);
  expect(readdirSync(folder)).toEqual(['keep.txt']);
  expect(leftovers(dir)).toEqual([]);
});

test('the disk fills up half-way through writing: the good output stays, the partial temp file is removed', async () => {
  const { dir, input, output, goodHash } = await setup();
  let partial = '';
  failingPackageStream(Buffer.from('PK\u0003\u0004 half a workbook'), Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC' }), () => {
    partial = readdirSync(dir).find((f) => f.endsWith('.tmp')) ?? '';
    expect(partial).not.toBe('');
    partial = join(dir, partial);
    expect(existsSync(partial)).toBe(true); // the half-written file exists, under a temp name
  });
  const r = await runCli([input]);
  expect(r.code).toBe(1);
  expect(r.messages).toEqual([`Could not write ${output}: ENOSPC (is the file open in Excel, or the folder read-only?).`]);
  expect(partial).not.toBe(output);
  expect(sha256(output)).toBe(goodHash);
  expect(existsSync(partial)).toBe(false);
  expect(leftovers(dir)).toEqual([]);
});

test('an error without a code while writing is named, not hidden behind "write failed"', async () => {
  const { dir, input, output, goodHash } = await setup();
  failingPackageStream(Buffer.from('PK'), new Error('Shared Formula master must exist above and or left of clone for cell X1'));
  const r = await runCli([input]);
  expect(r.messages).toEqual([
    `Could not write ${output}: Shared Formula master must exist above and or left of clone for cell X1 (is the file open in Excel, or the folder read-only?).`,
  ]);
  expect(sha256(output)).toBe(goodHash);
  expect(leftovers(dir)).toEqual([]);
});

test('the final rename fails (file locked, other device): the good output stays, no temp file', async () => {
  const { dir, input, output, goodHash } = await setup();
  const rename = fs.rename;
  jest.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
    if (String(to) === output) throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
    return rename(from, to);
  });
  const r = await runCli([input]);
  expect(r.code).toBe(1);
  expect(r.messages).toEqual([`Could not write ${output}: EBUSY (is the file open in Excel, or the folder read-only?).`]);
  expect(sha256(output)).toBe(goodHash);
  expect(leftovers(dir)).toEqual([]);
});

test('the report cannot be written: neither the output nor the report is replaced, no temp file', async () => {
  const { dir, input, output, goodHash } = await setup();
  const report = join(dir, 'report.json');
  await fs.writeFile(report, '{"old": true}');
  const reportHash = sha256(report);
  const writeFile = fs.writeFile;
  jest.spyOn(fs, 'writeFile').mockImplementation(async (file, data, options) => {
    if (String(file).includes('report.json')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    return writeFile(file, data, options);
  });
  const r = await runCli([input, '--report', report]);
  expect(r.code).toBe(1);
  expect(r.messages).toEqual([`Could not write ${report}: EACCES (is the file open in Excel, or the folder read-only?).`]);
  expect(sha256(output)).toBe(goodHash);
  expect(sha256(report)).toBe(reportHash);
  expect(leftovers(dir)).toEqual([]);
});

test('a successful run replaces the old output whole and leaves no temp file', async () => {
  const { dir, input, output, goodHash } = await setup();
  const r = await runCli([input, '--report', join(dir, 'report.json')]);
  expect(r.code).toBe(0);
  expect(sha256(output)).not.toBe(goodHash);
  expect(JSON.parse(await fs.readFile(join(dir, 'report.json'), 'utf8')).rows.length).toBe(3);
  expect(leftovers(dir)).toEqual([]);
});
