// ESLint (flat config). `npm run lint` runs tsc, then this with no warning allowed. What each rule
// enforces, and why, is in ARCHITECTURE.md ("Lint").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';
import { folderImports } from './scripts/eslint-folder-imports.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * ARCHITECTURE.md's folder table: what each folder of src/ may import besides itself. `folders` are
 * folders of the repository, `packages` npm packages, `node` Node's built-ins; `files` lists single
 * imports one file may make across the table.
 */
export const FOLDERS = {
  'src/domain': { folders: ['src/data'], packages: ['zod', 'papaparse'] },
  'src/data': { folders: [], packages: ['zod'] },
  'src/gateway': { folders: ['src/domain'], packages: [] },
  'src/excel': { folders: ['src/domain', 'src/gateway'], packages: ['papaparse'] },
  'src/cli': { folders: ['src/domain'], packages: ['jszip', 'saxes', 'exceljs', 'papaparse', 'iconv-lite', 'docx'], node: true },
  'src/taskpane': {
    folders: ['src/domain', 'src/gateway'],
    packages: ['react', 'react-dom', '@fluentui/react-components'],
    // The entries build the pane on the Office.js gateway; nothing else in the pane reaches src/excel.
    files: [{ target: 'src/excel/office-gateway', from: ['src/taskpane/index.tsx', 'src/taskpane/e2e-entry.tsx'] }],
  },
};

/** The Office.js globals: only src/excel calls Office (the pane's entries wait for Office.onReady). */
const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
  name,
  message: 'Only src/excel touches Office.js: reach the workbook through the WorkbookGateway (src/gateway) or the write plan.',
}));

// The Office add-in rules, at the severities the plugin's recommended config (the one the Office
// templates use) gives them. Its formatting rules (prettier) are left out: the code is not
// prettier-formatted, and reformatting every file is not lint's job.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([rule]) => rule.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-e2e/', 'coverage/', 'test-results/', 'bench/out/', '.tmp/', '**/*.js', '**/*.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX, 'office-addins': officeAddins, architecture: { rules: { 'folder-imports': folderImports } } },
    settings: {
      // import-x follows imports only into files of these extensions, parsed with typescript-eslint.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading _ marks a parameter or binding kept for its position; a rest sibling is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'architecture/folder-imports': ['error', { root, folders: FOLDERS }],
    },
  },
  {
    // Code that ships in the pane runs in Office's webviews; older WebKit on Mac cannot compile a
    // look-behind, and one such expression stops the whole bundle from loading.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]', message: 'No look-behind in src: older Office webviews cannot compile it (match the character before as a group instead).' },
      ],
    },
  },
  {
    // Office.js code is in src/excel alone. Elsewhere the rules' name heuristics (getCell, values)
    // fire on ExcelJS, and the Excel double's tests read unloaded properties on purpose.
    files: ['src/excel/**/*.ts'],
    rules: officeRules,
  },
  {
    // The Excel double models Excel's object graph, where a range, its worksheet and its tables
    // return one another: its classes import each other by design.
    files: ['test/support/excel-double/**'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: ['src/taskpane/index.tsx', 'src/taskpane/e2e-entry.tsx'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS.filter((g) => g.name !== 'Office')] },
  },
);
