// The production page (dist/taskpane.html): a Content-Security-Policy that allows only this origin
// and the Office.js CDN, scripts only from those two, and none of the test build in the bundle.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './harness';

const DIST = join(ROOT, 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** An attribute's value in a tag, quoted or not. */
function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function productionPage(): string {
  const page = join(DIST, 'taskpane.html');
  if (!existsSync(page)) {
    // The production build refuses to run without the address it writes into the manifest.
    const env = { ...process.env, ADDIN_PUBLIC_URL: process.env.ADDIN_PUBLIC_URL ?? 'https://addins.example.org/supplier-screen/' };
    execFileSync('npx', ['webpack', '--mode', 'production', '--stats', 'errors-only'], { cwd: ROOT, stdio: 'inherit', env });
  }
  return readFileSync(page, 'utf8');
}

test('production dist/taskpane.html: CSP allows only self and the Office CDN', () => {
  const html = productionPage();
  // The production HTML is minified: attributes may lose their quotes.
  const metas = [...html.matchAll(/<meta\b[^>]*\bhttp-equiv=["']?Content-Security-Policy["']?[^>]*>/gi)];
  assert.equal(metas.length, 1, 'one CSP meta');
  const content = attribute(metas[0][0], 'content');
  assert.ok(content, 'the CSP meta has content');
  const directives = new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources] as const),
  );
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('script-src'), ["'self'", OFFICE_CDN]);
  assert.deepEqual(directives.get('connect-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  // No other host, no wildcard, no eval, anywhere.
  const allowed = new Set(["'self'", OFFICE_CDN, "'none'", "'unsafe-inline'", 'data:']);
  for (const [name, sources] of directives) {
    for (const source of sources) assert.ok(allowed.has(source), `${name} allows ${source}`);
  }
  assert.deepEqual(directives.get('style-src'), ["'self'", "'unsafe-inline'"], 'inline styles only for Fluent UI');
  // Every script the page loads comes from this origin or the CDN; none is inline.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 2);
  for (const [, attrs, body] of scripts) {
    assert.equal(body.trim(), '', 'no inline script');
    const src = attribute(attrs, 'src') ?? '';
    assert.ok(src.startsWith(`${OFFICE_CDN}/`) || !/^[a-z]+:|^\/\//i.test(src), `script from ${src}`);
  }
});

test('production bundle: no look-behind in any regular expression (older Office on Mac cannot compile it); the boot check loads first', () => {
  const html = productionPage();
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  assert.equal(scripts[0], 'boot-check.js', 'the boot check is the first script');
  for (const f of readdirSync(DIST).filter((x) => x.endsWith('.js'))) {
    const js = readFileSync(join(DIST, f), 'utf8');
    const at = js.search(/\(\?<[=!]/);
    assert.equal(at, -1, `${f} has a look-behind: …${js.slice(Math.max(0, at - 60), at + 40)}…`);
  }
});

test('production bundle: no Excel double, no test entry, no local office.js', () => {
  productionPage();
  const files = readdirSync(DIST);
  assert.ok(!files.includes('office.js'), 'office.js is the CDN’s in production');
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    const js = readFileSync(join(DIST, f), 'utf8');
    assert.ok(!js.includes('__ctaDouble') && !js.includes('is not supported by the double'), `${f} carries the test double`);
  }
});
