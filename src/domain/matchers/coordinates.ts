// Coordinates: a row's latitude and longitude (two columns, or "lat, lon" in one cell; decimal degrees)
// placed against the Region's outline (src/data/region-boundary.json, Natural Earth, simplified).
import { boundaryRing, regionBoundary } from '../../data';
import { cellsOf, type RowCell, type RowView } from '../cells';
import type { Finding } from '../types';
import type { RowContext } from './context';

const ring = boundaryRing(regionBoundary);
const bbox = ring.reduce((b, [lon, lat]) => [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)], [180, 90, -180, -90]);

/**
 * Within this distance of the outline a point is "on the border": Natural Earth's 1:10m line is good to
 * about a kilometre or two, and the simplification moves it by up to maxDeviationKm more.
 */
export const BORDER_BAND_KM = 3;
export const KM_PER_DEG = 111.32;

/** Whether a point lies inside a ring of [lon, lat] vertices (even-odd rule). */
export function inRing(lon: number, lat: number, points: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in km from a point to a segment of [lon, lat] vertices, flat locally (longitude scaled by cos lat). */
export function kmToSegment(lat: number, lon: number, a: readonly [number, number], b: readonly [number, number]): number {
  const c = Math.cos((lat * Math.PI) / 180);
  const dx = (b[0] - a[0]) * c;
  const dy = b[1] - a[1];
  const px = (lon - a[0]) * c;
  const py = lat - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, (px * dx + py * dy) / len)) : 0;
  return Math.hypot(px - t * dx, py - t * dy) * KM_PER_DEG;
}

export function insideRegion(lat: number, lon: number): boolean {
  if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) return false;
  return inRing(lon, lat, ring);
}

/** Distance in km from a point to the Region's outline (local flat approximation; fine at these scales). */
export function kmToBorder(lat: number, lon: number): number {
  const margin = BORDER_BAND_KM / KM_PER_DEG + 0.1;
  if (lon < bbox[0] - margin * 2 || lon > bbox[2] + margin * 2 || lat < bbox[1] - margin || lat > bbox[3] + margin) return Infinity;
  let best = Infinity;
  for (let i = 0; i + 1 < ring.length; i++) best = Math.min(best, kmToSegment(lat, lon, ring[i], ring[i + 1]));
  return best;
}

/** A decimal-degree number as sheets hold it: a number, "43.8256", "43,8256", "43.8256°", "N 43.8256". */
function degrees(raw: string): number | null {
  let t = raw.trim().replace(/[°º]/g, '').replace(/\s+/g, '');
  let sign = 1;
  const hemi = /^([NSEW])|([NSEW])$/i.exec(t);
  if (hemi) {
    if (/[SW]/i.test(hemi[0])) sign = -1;
    t = t.replace(/^[NSEW]|[NSEW]$/gi, '');
  }
  if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?\d{1,3}(\.\d+)?$/.test(t)) return null;
  return sign * Number(t);
}

export interface RowPoint {
  lat: number;
  lon: number;
  /** The cell that holds the latitude (or the pair): the finding's cell. */
  cell: RowCell;
  text: string;
}

export type PointReading = { point: RowPoint } | { note: string } | null;

/** The row's point: from latitude and longitude cells, or one coordinates cell; a note when it cannot be placed. */
export function readPoint(view: RowView): PointReading {
  const latCell = cellsOf(view, 'latitude')[0];
  const lonCell = cellsOf(view, 'longitude')[0];
  let lat: number | null = null;
  let lon: number | null = null;
  let cell: RowCell | undefined;
  let text = '';
  if (latCell && lonCell) {
    lat = degrees(latCell.raw);
    lon = degrees(lonCell.raw);
    cell = latCell;
    text = `${latCell.raw}, ${lonCell.raw}`;
    if (lat === null || lon === null) return { note: `Coordinates ${latCell.address}/${lonCell.address} ("${text}") are not decimal degrees: the point was not placed.` };
  } else {
    const pair = cellsOf(view, 'coordinates')[0];
    if (!pair) return null;
    const parts = pair.raw.split(/\s*[,;/|]\s*|\s+(?=[+-]?\d)/).filter((p) => p.trim() !== '');
    if (parts.length !== 2 || (lat = degrees(parts[0])) === null || (lon = degrees(parts[1])) === null) {
      return { note: `Coordinates ${pair.address} ("${pair.raw}") are not "latitude, longitude" in decimal degrees: the point was not placed.` };
    }
    cell = pair;
    text = pair.raw;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    const swapped = Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
    return {
      note: swapped
        ? `Coordinates ${cell.address} ("${text}"): latitude ${lat} is beyond ±90, latitude and longitude look swapped; the point was not placed: check the columns.`
        : `Coordinates ${cell.address} ("${text}") are out of range (latitude −90 to 90, longitude −180 to 180): the point was not placed.`,
    };
  }
  return { point: { lat, lon, cell, text } };
}

export interface PointVerdict {
  finding: Finding | null;
  /** The point lies outside the Region, clear of the border: it places the supplier elsewhere. */
  outside: string | null;
  note: string | null;
}

/** What the row's coordinates say: a finding inside or on the border, "elsewhere" outside, a note when unusable. */
export function pointVerdict(reading: PointReading, ctx: RowContext): PointVerdict {
  if (!reading) return { finding: null, outside: null, note: null };
  if ('note' in reading) return { finding: null, outside: null, note: reading.note };
  const { lat, lon, cell, text } = reading.point;
  const inside = insideRegion(lat, lon);
  const km = kmToBorder(lat, lon);
  const onBorder = km < BORDER_BAND_KM;
  if (!inside && !onBorder) {
    if (Math.abs(lon) <= 90 && insideRegion(lon, lat) && kmToBorder(lon, lat) >= BORDER_BAND_KM) {
      return { finding: null, outside: null, note: `Coordinates ${cell.address} ("${text}") lie outside the Region, but read with latitude and longitude swapped they lie inside it: check the columns; the point was not used.` };
    }
    return { finding: null, outside: `coordinates ${text} (${cell.address}) outside the Region`, note: null };
  }
  const otherCountry = ctx.country === 'other';
  const confidence = onBorder || otherCountry ? 'medium' : 'high';
  const where = onBorder ? `within ${BORDER_BAND_KM} km of the Region's border (${km.toFixed(1)} km ${inside ? 'inside' : 'outside'} the outline): check which side` : "inside the Uyghur Region's boundary";
  return {
    finding: {
      category: 'A.1',
      risk: false,
      confidence,
      matcher: 'coordinates',
      column: cell.header,
      cell: cell.address,
      matched: text,
      detail: `coordinates ${lat}, ${lon} lie ${where} (Natural Earth outline)${otherCountry ? '; the country column names another country: check which is right' : ''}`,
      key: 'A.1|coordinates|region',
    },
    outside: null,
    note: null,
  };
}
