// Which JavaScript files a built task pane ships, and where their bytes come from, by package, from
// their source maps: each generated character is charged to the source it maps to.
// Usage: tsx bench/bundle-composition.ts DIST_DIR|BUNDLE.js [top]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT = /\.(m|c)?js$/;

/**
 * Every JavaScript file under the build directory (initial and lazily loaded chunks, workers, in any
 * sub-folder), relative to it. Throws when the pane's page loads a local script that is not among them.
 */
export function paneScripts(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (SCRIPT.test(name)) files.push(relative(dist, p));
    }
  };
  walk(dist);
  const html = join(dist, 'taskpane.html');
  if (existsSync(html)) {
    for (const [, src] of readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      if (/^https?:/.test(src)) continue;
      if (!files.includes(src.replace(/^\.?\//, ''))) throw new Error(`taskpane.html loads ${src}, which is not a counted script`);
    }
  }
  return files.sort();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(s: string, at: { i: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const d = B64.indexOf(s[at.i++]);
    result += (d & 31) << shift;
    if (!(d & 32)) break;
    shift += 5;
  }
  return result & 1 ? -(result >>> 1) : result >>> 1;
}

export function packageOf(source: string): string {
  const s = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = s.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : s;
}

/** Bytes (raw, and gzip of the concatenated pieces) per package, over all the given bundles. */
export function composition(bundleFiles: string[]): { pkg: string; bytes: number; gzip: number }[] {
  const pieces = new Map<string, string[]>();
  for (const file of bundleFiles) chargePieces(file, pieces);
  return [...pieces]
    .map(([pkg, texts]) => {
      const text = texts.join('');
      return { pkg, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** A bundle without a source map is charged whole to one '(no source map)' part. */
function chargePieces(bundleFile: string, pieces: Map<string, string[]>): void {
  const code = readFileSync(bundleFile, 'utf8');
  const charge = (pkg: string, text: string) => {
    const list = pieces.get(pkg) ?? [];
    list.push(text);
    pieces.set(pkg, list);
  };
  if (!existsSync(`${bundleFile}.map`)) {
    charge('(no source map)', code);
    return;
  }
  const map = JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  let src = 0;
  const chargeSource = (source: number, text: string) =>
    charge(source < 0 ? '(unmapped: JSON data modules, webpack runtime)' : packageOf(map.sources[source]), text);
  map.mappings.split(';').forEach((lineMap, li) => {
    const line = lines[li] ?? '';
    const at = { i: 0 };
    let col = 0;
    let prevCol = 0;
    let prevSrc = -1;
    while (at.i < lineMap.length) {
      if (lineMap[at.i] === ',') {
        at.i++;
        continue;
      }
      col += decodeVlq(lineMap, at);
      let segSrc = -1;
      if (at.i < lineMap.length && lineMap[at.i] !== ',') {
        src += decodeVlq(lineMap, at);
        segSrc = src;
        decodeVlq(lineMap, at); // original line
        decodeVlq(lineMap, at); // original column
        if (at.i < lineMap.length && lineMap[at.i] !== ',') decodeVlq(lineMap, at); // name
      }
      if (col > prevCol) chargeSource(prevSrc, line.slice(prevCol, col));
      prevCol = col;
      prevSrc = segSrc;
    }
    chargeSource(prevSrc, line.slice(prevCol));
  });
}

if (require.main === module) {
  const target = process.argv[2];
  const rows = composition(statSync(target).isDirectory() ? paneScripts(target).map((f) => join(target, f)) : [target]);
  const top = Number(process.argv[3] ?? 20);
  for (const r of rows.slice(0, top)) console.log(`${String(r.bytes).padStart(9)} B ${String(r.gzip).padStart(8)} B gz  ${r.pkg}`);
  console.log(`${rows.reduce((n, r) => n + r.bytes, 0)} B in all`);
}
