// The build: production entry and page (Office.js from the CDN, strict CSP) versus the test-only E2E build.
import * as fs from 'fs';
import * as path from 'path';

type Plugin = { constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: { from: string; to: string }[] };
interface Config {
  mode: string;
  entry: Record<string, string>;
  output: { path: string; filename: string };
  plugins: Plugin[];
  devtool: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, without types
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Config>;

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function plugin(config: Config, name: string): Plugin {
  const found = config.plugins.find((p) => p.constructor.name === name);
  if (!found) throw new Error(`${name} missing`);
  return found;
}

describe('webpack config', () => {
  const savedE2E = process.env.E2E;
  const savedUrl = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (savedE2E === undefined) delete process.env.E2E;
    else process.env.E2E = savedE2E;
    if (savedUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = savedUrl;
  });

  test('production: index.tsx entry, hashed bundle in dist/, manifest and icons copied, no eval source maps', async () => {
    delete process.env.E2E;
    process.env.ADDIN_PUBLIC_URL = 'https://addins.example.org/screen/';
    const config = await makeConfig({}, { mode: 'production' });
    expect(config.entry).toEqual({ taskpane: path.join(ROOT, 'src/taskpane/index.tsx') });
    expect(config.output.path).toBe(path.join(ROOT, 'dist'));
    expect(config.output.filename).toMatch(/\[contenthash(:\d+)?\]/);
    expect(config.devtool).not.toMatch(/eval/);
    const html = plugin(config, 'HtmlWebpackPlugin').userOptions!;
    expect(html.template).toBe(path.join(ROOT, 'src/taskpane/taskpane.html'));
    const copies = plugin(config, 'CopyPlugin').patterns!.map((p) => p.from);
    expect(copies).toEqual(expect.arrayContaining(['manifest.xml', 'assets/*.png', 'src/taskpane/boot-check.js']));
    expect(copies.join(' ')).not.toMatch(/office-js/);
  });

  test('production refuses to build without ADDIN_PUBLIC_URL (no placeholder in dist/manifest.xml); development and the test build need none', async () => {
    delete process.env.E2E;
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(makeConfig({}, { mode: 'production' })).rejects.toThrow(/^ADDIN_PUBLIC_URL is not set\. .*npm run build$/);
    process.env.ADDIN_PUBLIC_URL = 'http://insecure.example.org/';
    await expect(makeConfig({}, { mode: 'production' })).rejects.toThrow(/must start with https:\/\//);
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(makeConfig({}, { mode: 'development' })).resolves.toBeDefined();
    await expect(makeConfig({ e2e: true }, { mode: 'production' })).resolves.toBeDefined();
  });

  test('the boot check runs first and is plain ES5: no arrow functions, let/const, classes or template strings', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(html.indexOf('<script src="boot-check.js"></script>')).toBeGreaterThan(0);
    expect(html.indexOf('<script src="boot-check.js"></script>')).toBeLessThan(html.indexOf(`<script src="${CDN}"></script>`));
    const code = fs.readFileSync(path.join(ROOT, 'src/taskpane/boot-check.js'), 'utf8').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`/);
    expect(() => new Function(code)).not.toThrow();
  });

  test('the production page loads Office.js from the CDN under a strict Content-Security-Policy', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(html).toContain(`<script src="${CDN}"></script>`);
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(
      csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values] as const),
    );
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script
  });

  test('E2E=1: test entry, local office.js, CSP without the CDN, output in dist-e2e/', async () => {
    process.env.E2E = '1';
    const config = await makeConfig({}, {});
    expect(config.entry).toEqual({ taskpane: path.join(ROOT, 'src/taskpane/e2e-entry.tsx') });
    expect(config.output.path).toBe(path.join(ROOT, 'dist-e2e'));
    const html = String(plugin(config, 'HtmlWebpackPlugin').userOptions!.templateContent);
    expect(html).toContain('<script src="office.js"></script>');
    expect(html).not.toContain('appsforoffice.microsoft.com');
    expect(html).toContain("script-src 'self';");
    const copies = plugin(config, 'CopyPlugin').patterns!;
    expect(copies).toEqual(expect.arrayContaining([{ from: 'node_modules/@microsoft/office-js/dist/office.js', to: 'office.js' }]));
    expect(copies.map((p) => p.from)).not.toContain('manifest.xml');
  });

  test('--env e2e selects the same test build', async () => {
    delete process.env.E2E;
    const config = await makeConfig({ e2e: true }, { mode: 'development' });
    expect(config.entry.taskpane).toMatch(/e2e-entry\.tsx$/);
  });
});
