// The lint rules fire: small bad files, linted with the project's own eslint.config.mjs, break the
// folder table and make an import cycle. ESLint loads its config as an ES module, which jest's module
// system does not, so one child Node process lints every case.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Case {
  /** Where the text pretends to be, from the repository root (the folder rule reads the path). */
  file: string;
  code: string;
  /** The rules that must fire, each once. */
  rules: string[];
}

const CASES: Case[] = [
  // The domain: src/data and zod only.
  { file: 'src/domain/ok.ts', code: "import { places } from '../data';\nimport { z } from 'zod/mini';\nimport { a1 } from './a1';\nexport const x = [places, z, a1];\n", rules: [] },
  { file: 'src/domain/bad.ts', code: "import { parseAddress } from '../excel/a1';\nexport const x = parseAddress;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/domain/matchers/bad.ts', code: "import type { PackageSheet } from '../../cli/package/types';\nexport type X = PackageSheet;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/domain/bad.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/domain/bad.ts', code: "import path from 'path';\nexport const x = path;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/domain/bad.ts', code: "import { useState } from 'react';\nexport const x = useState;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/domain/bad.ts', code: "export const x = require('exceljs');\n", rules: ['architecture/folder-imports', '@typescript-eslint/no-require-imports'] },
  { file: 'src/domain/bad.ts', code: 'export const run = () => Excel.run(async () => undefined);\n', rules: ['no-restricted-globals'] },
  { file: 'src/domain/bad.ts', code: 'export const sixDigits = /(?<!\\d)\\d{6}/;\n', rules: ['no-restricted-syntax'] },
  { file: 'src/data/bad.ts', code: "import { normalizeText } from '../domain/normalize';\nexport const x = normalizeText;\n", rules: ['architecture/folder-imports'] },
  // The pane: through the gateway; only the entries build the Office.js gateway.
  { file: 'src/taskpane/components/Bad.tsx', code: "import { applyPlan } from '../../excel/apply-plan';\nexport const x = applyPlan;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/taskpane/components/Bad.tsx', code: "import { createOfficeGateway } from '../../excel/office-gateway';\nexport const x = createOfficeGateway;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/taskpane/index.tsx', code: "import { createOfficeGateway } from '../excel/office-gateway';\nexport const x = createOfficeGateway;\nvoid Office.onReady();\n", rules: [] },
  { file: 'src/taskpane/index.tsx', code: 'export const run = () => Excel.run(async () => undefined);\n', rules: ['no-restricted-globals'] },
  { file: 'src/taskpane/App2.tsx', code: 'export const ready = () => Office.onReady();\n', rules: ['no-restricted-globals'] },
  { file: 'src/taskpane/Bad.tsx', code: "import { helper } from '../../test/support/excel-double';\nexport const x = helper;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/gateway/bad.ts', code: "import { applyPlan } from '../excel/apply-plan';\nexport const x = applyPlan;\n", rules: ['architecture/folder-imports'] },
  // The hosts.
  { file: 'src/excel/ok.ts', code: "import { decide } from '../domain/decide';\nimport type { WorkbookGateway } from '../gateway/workbook-gateway';\nexport type G = WorkbookGateway;\nexport const run = () => Excel.run(async () => decide);\n", rules: [] },
  { file: 'src/excel/bad.ts', code: "import { screenFile } from '../cli/screen-file';\nexport const x = screenFile;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/excel/bad.ts', code: "import { writeFileSync } from 'fs';\nexport const x = writeFileSync;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/cli/ok.ts', code: "import { readFileSync } from 'node:fs';\nimport JSZip from 'jszip';\nimport { decide } from '../domain/decide';\nexport const x = [readFileSync, JSZip, decide];\n", rules: [] },
  { file: 'src/cli/bad.ts', code: "import { applyPlan } from '../excel/apply-plan';\nexport const x = applyPlan;\n", rules: ['architecture/folder-imports'] },
  { file: 'src/cli/bad.ts', code: "import React from 'react';\nexport const x = React;\n", rules: ['architecture/folder-imports'] },
  // Tests and scripts may import anything.
  { file: 'test/ok.ts', code: "import { readFileSync } from 'node:fs';\nimport { applyPlan } from '../src/excel/apply-plan';\nexport const x = [readFileSync, applyPlan];\n", rules: [] },
  // Disable comments: an unused one fails.
  { file: 'src/domain/bad.ts', code: '// eslint-disable-next-line no-control-regex -- nothing here needs it\nexport const x = 1;\n', rules: ['unused-disable'] },
];

/** Lints every case, and the files of `cycleDir`, in one child process: rule ids per case, then for the cycle files. */
function lint(cycleDir: string): { cases: string[][]; cycle: string[][] } {
  const script = `
    import { ESLint } from 'eslint';
    const [root, cycleDir, casesJson] = process.argv.slice(1);
    const cases = JSON.parse(casesJson);
    const repo = new ESLint({ cwd: root });
    const ids = (results) => results.map((r) => r.messages.map((m) => m.ruleId ?? (/Unused eslint-disable/.test(m.message) ? 'unused-disable' : 'fatal: ' + m.message)));
    const out = { cases: [], cycle: [] };
    for (const c of cases) out.cases.push(ids(await repo.lintText(c.code, { filePath: root + '/' + c.file }))[0]);
    const apart = new ESLint({ cwd: cycleDir, overrideConfigFile: root + '/eslint.config.mjs' });
    out.cycle = ids(await apart.lintFiles(['a.ts', 'b.ts']));
    console.log(JSON.stringify(out));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, ROOT, cycleDir, JSON.stringify(CASES)], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe('lint rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-cycle-'));
  writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
  writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a();\n");
  const results = lint(dir);

  it.each(CASES.map((c, i) => [c.file, c.code.split('\n')[0], i] as const))('%s: %s', (_file, _line, i) => {
    expect([...results.cases[i]].sort()).toEqual([...CASES[i].rules].sort());
  });

  it('an import cycle fails, from both sides (extension-less TypeScript imports are resolved)', () => {
    expect(results.cycle).toEqual([['import-x/no-cycle'], ['import-x/no-cycle']]);
  });
});

describe('eslint-disable comments', () => {
  const files = ['src', 'test', 'scripts', 'bench'].flatMap((d) => sources(join(ROOT, d)));

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sources(full);
      return /\.(ts|tsx|mjs)$/.test(name) ? [full] : [];
    });
  }

  it('each says why, on the same line', () => {
    const bare: string[] = [];
    for (const file of files) {
      if (file === __filename) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/eslint-disable(?:-next-line|-line)?\s/.test(line) && !/ -- \S/.test(line)) bare.push(`${relative(ROOT, file)}:${i + 1}`);
        });
    }
    expect(bare).toEqual([]);
  });
});
