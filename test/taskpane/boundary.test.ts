// The pane reaches the workbook only through WorkbookGateway: no Excel API and no workbook calls in
// src/taskpane. The production entry may wait for Office.onReady and read the host type, nothing else.
import * as fs from 'fs';
import * as path from 'path';

const PANE_DIR = path.resolve(__dirname, '../../src/taskpane');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function code(file: string): string {
  // Drop comments so that prose about Excel does not count.
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Code without comments and string literals (messages may well mention Excel). */
function codeOnly(file: string): string {
  return code(file).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('task pane boundary', () => {
  const files = sourceFiles(PANE_DIR);

  test('finds the pane sources', () => {
    expect(files.map((f) => path.relative(PANE_DIR, f))).toEqual(expect.arrayContaining(['App.tsx', 'index.tsx', 'mount.tsx']));
  });

  test.each(files.map((f) => [path.relative(PANE_DIR, f), f]))('%s does not use the Excel API', (_name, file) => {
    expect(codeOnly(file)).not.toMatch(/\bExcel\s*\.|\bExcel\s*\[|Excel\.run/);
  });

  test.each(files.map((f) => [path.relative(PANE_DIR, f), f]))('%s uses Office only for onReady and the host type', (name, file) => {
    const uses = codeOnly(file).match(/\bOffice\s*\.\s*[\w.]+/g) ?? [];
    const entry = name === 'index.tsx' || name === 'e2e-entry.tsx';
    const allowed = entry ? ['Office.onReady', 'Office.HostType.Excel'] : [];
    expect(uses.map((u) => u.replace(/\s+/g, '')).filter((u) => !allowed.includes(u))).toEqual([]);
  });

  test('only the entries import the Office.js gateway: production, and the test build (on the Excel double)', () => {
    const importers = files.filter((f) => /from\s+['"][./]*\.\.\/excel\//.test(code(f))).map((f) => path.relative(PANE_DIR, f));
    expect(importers.sort()).toEqual(['e2e-entry.tsx', 'index.tsx']);
  });
});

// Webpack does not provide Node's globals: in the pane, `process.env.X` throws "process is not
// defined" at the moment the line runs, which may be deep in a screening of a big list.
describe('code the pane bundles', () => {
  const dirs = ['domain', 'excel', 'taskpane', 'gateway', 'data'].map((d) => path.resolve(__dirname, '../../src', d));
  const files = dirs.flatMap(sourceFiles);

  test('finds the bundled sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(path.join('matchers', 'entities.ts')))).toBe(true);
  });

  test.each(files.map((f) => [path.relative(path.resolve(__dirname, '../../src'), f), f]))('%s uses no Node global', (_name, file) => {
    expect(codeOnly(file).match(/\bprocess\s*\.|\brequire\s*\(|\bBuffer\s*\.|\b__dirname\b|\bglobal\s*\./g) ?? []).toEqual([]);
  });
});
