// Coordinates: points either side of the Region's border (probes labelled by the full-resolution Natural
// Earth outline), named towns near it, the ways sheets write them, swapped and out-of-range values, and
// the real published facility lists (none of their sites is in the Region).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CellValue, RowResult } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator, Outcome } from '../types';
import { regionBoundary } from '../../../src/data';
import { BORDER_BAND_KM } from '../../../src/domain/matchers/coordinates';
import { a1Outcome, describe, REFERENCE } from './oracle';

interface Probe {
  lat: number;
  lon: number;
  inside: boolean;
  km: number;
}
const probes = (JSON.parse(fs.readFileSync(path.join(__dirname, 'border-probes.json'), 'utf8')) as { probes: Probe[] }).probes;

interface Case {
  id: string;
  header: string[];
  row: CellValue[];
  want: Outcome;
  /** Also accepted (a probe whose distance to the border is within the simplification's error of the band). */
  alsoOk?: Outcome;
  /** The row must carry a note about its coordinates. */
  note?: boolean;
}

function noteOf(r: RowResult | null): string {
  return ((r as (RowResult & { notes?: string[] }) | null)?.notes ?? []).join(' ');
}

function coordinateGenerator(name: string, description: string, build: () => Case[], required = 1): Generator {
  return {
    suite: 'places',
    name,
    description,
    required,
    negative: false,
    async run(): Promise<CaseResult[]> {
      const cases = build();
      const byHeader = new Map<string, Case[]>();
      for (const c of cases) byHeader.set(JSON.stringify(c.header), [...(byHeader.get(JSON.stringify(c.header)) ?? []), c]);
      const out: CaseResult[] = [];
      for (const [header, group] of byHeader) {
        const results = await screenRows({ header: JSON.parse(header) as string[], rows: group.map((c) => c.row) });
        group.forEach((c, i) => {
          const outcome = a1Outcome(results[i]);
          const pass = (outcome === c.want || outcome === c.alsoOk) && (!c.note || /latitude|longitude|coordinate/i.test(noteOf(results[i])));
          out.push({ id: `${c.id} → want ${c.want}${c.note ? ' and a note' : ''}`, outcome, pass, detail: pass ? undefined : `${describe(results[i])}${noteOf(results[i]) ? ` | note: ${noteOf(results[i])}` : ''}` });
        });
      }
      return out;
    },
  };
}

const SEPARATE = ['Supplier Name', 'Country', 'City', 'Latitude', 'Longitude'];
const SEPARATE_ZH = ['供应商名称', '国家', '城市', '纬度', '经度'];
const ONE_CELL = ['Supplier Name', 'Country', 'City', 'GPS coordinates'];
const SHORT = ['Supplier Name', 'Country', 'City', 'lat', 'lng'];

/** Town centres (Wikipedia/GeoNames coordinates, 0.01° ≈ 1 km) and what the Region's outline says of them. */
const NAMED: { name: string; lat: number; lon: number; want: Outcome }[] = [
  { name: 'Khorgos, Xinjiang (4 km inside the border)', lat: 44.2144, lon: 80.4203, want: 'strong' },
  { name: 'Alashankou, Xinjiang (on the border: within the outline\'s uncertainty)', lat: 45.1667, lon: 82.5667, want: 'weak' },
  { name: 'Hoxud, Xinjiang', lat: 42.2686, lon: 86.8631, want: 'strong' },
  { name: 'Ürümqi', lat: 43.8256, lon: 87.6168, want: 'strong' },
  { name: 'Kashgar', lat: 39.4704, lon: 75.9898, want: 'strong' },
  { name: 'Hami', lat: 42.8333, lon: 93.5, want: 'strong' },
  { name: 'Korla', lat: 41.7259, lon: 86.1746, want: 'strong' },
  { name: 'Dunhuang, Gansu', lat: 40.1421, lon: 94.6619, want: 'none' },
  { name: 'Mangnai (Huatugou), Qinghai', lat: 38.2536, lon: 90.8589, want: 'none' },
  { name: 'Shiquanhe, Ngari, Tibet', lat: 32.5, lon: 80.1, want: 'none' },
  { name: 'Zharkent, Kazakhstan', lat: 44.1667, lon: 80.0, want: 'none' },
  { name: 'Almaty, Kazakhstan', lat: 43.2389, lon: 76.8897, want: 'none' },
  { name: 'Jiuquan, Gansu', lat: 39.7447, lon: 98.5092, want: 'none' },
  { name: 'Golmud, Qinghai', lat: 36.4064, lon: 94.9033, want: 'none' },
];

/** What a probe should give: its side clear of the band; medium inside the band; either where the simplification blurs the edge of the band. */
function probeWant(p: Probe): Pick<Case, 'want' | 'alsoOk'> {
  const side: Outcome = p.inside ? 'strong' : 'none';
  const blur = regionBoundary.maxDeviationKm;
  if (p.km >= BORDER_BAND_KM + blur) return { want: side };
  if (p.km <= BORDER_BAND_KM - blur) return { want: 'weak' };
  return { want: side, alsoOk: 'weak' };
}

export const borderGenerator = coordinateGenerator(
  'coordinates: near the border',
  `Points pushed 4 km and 15 km either side of the Region's full-resolution Natural Earth outline (every 6th vertex; labelled by side and true distance), screened against the simplified outline the product ships, in Latitude/Longitude columns, country blank. Expected: inside → A.1 high, outside → nothing, within ${BORDER_BAND_KM} km of the outline → medium (either side's answer within the simplification's error of that band).`,
  () => probes.map((p) => ({ id: `${p.lat}, ${p.lon} (${p.km} km ${p.inside ? 'inside' : 'outside'})`, header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', null, null, p.lat, p.lon], ...probeWant(p) })),
);

export const namedPointGenerator = coordinateGenerator(
  'coordinates: towns, formats, bad values',
  'Town centres near the border and far inside, written as separate Latitude/Longitude columns, 纬度/经度 columns, lat/lng columns and one "lat, lon" cell; the same points swapped or out of range; an ambiguous place name with a point outside (and inside) the Region. Expected: inside → A.1 high, on the border → medium, outside → nothing; swapped or out-of-range → nothing and a note.',
  () => {
    const out: Case[] = [];
    for (const p of NAMED) {
      out.push({ id: `${p.name} in Latitude/Longitude`, header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', null, null, p.lat, p.lon], want: p.want });
      out.push({ id: `${p.name} in 纬度/经度`, header: SEPARATE_ZH, row: ['明远纺织有限公司', '中国', null, String(p.lat), String(p.lon)], want: p.want });
      out.push({ id: `${p.name} in lat/lng`, header: SHORT, row: ['Brightfield Textile Co., Ltd.', 'China', null, p.lat, p.lon], want: p.want });
      out.push({ id: `${p.name} in one cell`, header: ONE_CELL, row: ['Brightfield Textile Co., Ltd.', 'China', null, `${p.lat}, ${p.lon}`], want: p.want });
      if (p.want === 'strong') out.push({ id: `${p.name} swapped`, header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', 'China', null, p.lon, p.lat], want: 'none', note: true });
    }
    for (const [lat, lon] of [[123.4, 87.6], [43.8, 187.6], [-95, 40]]) out.push({ id: `out of range ${lat}, ${lon}`, header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', 'China', null, lat, lon], want: 'none', note: true });
    out.push({ id: 'ambiguous "Xinxing" with a point in Guangdong', header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', 'China', 'Xinxing', 22.7, 112.23], want: 'none' });
    out.push({ id: 'ambiguous "Baicheng" with a point in Jilin', header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', 'China', 'Baicheng', 45.62, 122.84], want: 'none' });
    out.push({ id: 'ambiguous "Baicheng" with a point in Baicheng County, Xinjiang', header: SEPARATE, row: ['Brightfield Textile Co., Ltd.', 'China', 'Baicheng', 41.79, 81.87], want: 'strong' });
    return out;
  },
);

function facilityRows(): Case[] {
  const dir = path.join(REFERENCE, 'facility-lists');
  if (!fs.existsSync(dir)) return [];
  const out: Case[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
    const header = lines[0].split(',');
    for (const line of lines.slice(1)) {
      const cells: string[] = [];
      let cur = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cur);
          cur = '';
        } else cur += ch;
      }
      cells.push(cur);
      out.push({ id: `${file}: ${cells[1]} (${cells[0]})`, header, row: cells.map((c) => (c === '' ? null : c)), want: 'none' });
    }
  }
  return out;
}

export const facilityListGenerator: Generator = {
  ...coordinateGenerator(
    'real facility lists (none in the Region)',
    'Every row of the three published Open Supply Hub facility lists in shared/reference (country, name, address, sector, lat, lng; China, Bangladesh, Vietnam …; none in the Region), as published. Expected: no A.1 finding.',
    facilityRows,
  ),
  negative: true,
};
