// Where the bytes of a minified bundle come from, by package, from its source map: each generated
// character is charged to the source it maps to. Usage: tsx bench/bundle-composition.ts BUNDLE.js [top]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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

/** Bytes (raw, and gzip of the concatenated pieces) per package. */
export function composition(bundleFile: string): { pkg: string; bytes: number; gzip: number }[] {
  const code = readFileSync(bundleFile, 'utf8');
  const map = JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  let src = 0;
  const charge = (source: number, text: string) => {
    const pkg = source < 0 ? '(unmapped: JSON data modules, webpack runtime)' : packageOf(map.sources[source]);
    const list = pieces.get(pkg) ?? [];
    list.push(text);
    pieces.set(pkg, list);
  };
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
      if (col > prevCol) charge(prevSrc, line.slice(prevCol, col));
      prevCol = col;
      prevSrc = segSrc;
    }
    charge(prevSrc, line.slice(prevCol));
  });
  return [...pieces]
    .map(([pkg, texts]) => {
      const text = texts.join('');
      return { pkg, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

if (require.main === module) {
  const rows = composition(process.argv[2]);
  const top = Number(process.argv[3] ?? 20);
  for (const r of rows.slice(0, top)) console.log(`${String(r.bytes).padStart(9)} B ${String(r.gzip).padStart(8)} B gz  ${r.pkg}`);
  console.log(`${rows.reduce((n, r) => n + r.bytes, 0)} B in all`);
}
