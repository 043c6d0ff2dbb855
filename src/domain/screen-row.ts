// Runs every matcher over one supplier row and hands the findings to the decision table.
import { cellsOf, type RowCell, type RowView } from './cells';
import { decide } from './decide';
import type { ScreeningList } from './lists';
import { detentionFinding, labourTransferFindings, operationsFinding } from './matchers/answers';
import { codesInText, phoneElsewhere, phoneFinding, postalElsewhere, postalFinding, registrationFinding } from './matchers/codes';
import { isOtherProvince, provinceMentions, rowContext, type ProvinceMention, type RowContext } from './matchers/context';
import { pointVerdict, readPoint } from './matchers/coordinates';
import { EntityIndex } from './matchers/entities';
import { groupListFindings, inputListFindings, nameContext, supplierListFindings } from './list-findings';
import { findPlaces, placeFindings, PLACE_ROLES, type PlaceHit, type RowEvidence } from './matchers/places';
import { findSectors, originStated, sectorRiskFinding } from './matchers/sectors';
import type { Finding, RowResult, Settings } from './types';

export interface RowScreenerOptions {
  settings: Settings;
  lists: ScreeningList[];
  /** The lists' index when already built (EntityIndex.build, for a host that must keep breathing). */
  index?: EntityIndex;
}

const LOCATION_ROLES = ['address', 'city', 'province', 'country', 'postalCode', 'latitude', 'longitude', 'coordinates'] as const;

export function supplierKey(view: RowView): string {
  const id = cellsOf(view, 'supplierId')[0];
  if (id) return `id:${id.norm}`;
  const name = cellsOf(view, 'supplierName')[0];
  if (name) return `name:${name.norm}`;
  return `row:${view.row}`;
}

function missingFields(view: RowView): string[] {
  const hasName = cellsOf(view, 'supplierName').some((c) => /[\p{L}]/u.test(c.raw));
  const hasLocation = cellsOf(view, ...LOCATION_ROLES).length > 0;
  return hasName || hasLocation ? [] : ['supplier name', 'location (address, city, province or country)'];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.key}|${f.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * What the row says about where the supplier is besides its place names: Region codes and coordinates
 * found so far, and the columns, codes and coordinates that place it elsewhere (see placeFindings). A
 * province word inside a Region name (北京南路街道, a subdistrict of Changji) is not a province.
 */
function rowEvidence(view: RowView, ctx: RowContext, found: Finding[], hits: PlaceHit[], pointOutside: string | null): RowEvidence {
  const regionCode = found.some((f) => f.category === 'A.1' && ['postal', 'phone', 'registration', 'coordinates'].includes(f.matcher) && !/another country/.test(f.detail));
  const inRegionName = (c: RowCell, m: ProvinceMention) =>
    hits.some((h) => h.cell === c && (h.name.script === 'zh') === m.han && h.at <= m.at && m.at < h.at + (m.han ? h.name.text.length : h.name.text.split(' ').length));
  const mentions = (c: RowCell) => provinceMentions(c.norm).filter((m) => !inRegionName(c, m));
  const provinceColumn = ctx.otherProvince ? cellsOf(view, 'province', 'city').find((c) => isOtherProvince(c.norm) && mentions(c).some((m) => m.at === 0)) : undefined;
  let elsewhere: string | null = provinceColumn ? `"${provinceColumn.raw}" (${provinceColumn.address}) is another province` : null;
  for (const c of cellsOf(view, 'postalCode', 'address')) elsewhere ??= postalElsewhere(c, ctx);
  for (const c of cellsOf(view, 'phone')) elsewhere ??= phoneElsewhere(c, ctx);
  elsewhere ??= pointOutside;
  let otherProvinceNamed: string | null = null;
  for (const c of cellsOf(view, 'province', 'city', 'address', 'supplierName')) otherProvinceNamed ??= mentions(c)[0]?.name ?? null;
  return { regionCode, elsewhere, otherProvinceNamed };
}

/** A high-priority sector with no stated input origin, for a supplier in China or of unknown country. */
function sectorRisk(view: RowView, ctx: RowContext, inputFindings: boolean): Finding | null {
  if (ctx.country === 'other' || inputFindings) return null;
  if (originStated(view)) return null; // outside the Region, or an A.4 finding of its own
  return sectorRiskFinding(cellsOf(view, 'product', 'inputs', 'inputOrigin').flatMap(findSectors));
}

export class RowScreener {
  private readonly index: EntityIndex;

  constructor(private readonly options: RowScreenerOptions) {
    this.index = options.index ?? new EntityIndex(options.lists);
  }

  get entityIndex(): EntityIndex {
    return this.index;
  }

  findingsOf(view: RowView): Finding[] {
    return this.read(view).findings;
  }

  /** The row's findings, and notes on what could not be read (coordinates out of range or swapped). */
  private read(view: RowView): { findings: Finding[]; notes: string[] } {
    const ctx = rowContext(view);
    const findings: Finding[] = [];
    const notes: string[] = [];
    for (const c of cellsOf(view, 'postalCode')) findings.push(...[postalFinding(c, ctx)].filter((f): f is Finding => !!f));
    for (const c of cellsOf(view, 'phone')) findings.push(...[phoneFinding(c, ctx)].filter((f): f is Finding => !!f));
    for (const c of cellsOf(view, 'registrationCode')) findings.push(...[registrationFinding(c)].filter((f): f is Finding => !!f));
    for (const c of cellsOf(view, 'notes', 'address')) findings.push(...codesInText(c, ctx));
    const point = pointVerdict(readPoint(view), ctx);
    if (point.finding) findings.push(point.finding);
    if (point.note) notes.push(point.note);

    const transfer = labourTransferFindings(cellsOf(view, 'labourTransfer', 'notes', 'otherSites'));
    findings.push(...transfer);
    for (const c of cellsOf(view, 'regionOperations')) {
      const f = operationsFinding(c);
      if (f) findings.push(f);
    }
    for (const c of cellsOf(view, 'cbpStatus')) {
      const f = detentionFinding(c);
      if (f) findings.push(f);
    }

    const placeCells = view.cells.filter((c) => PLACE_ROLES.includes(c.role));
    const hits = placeCells.flatMap(findPlaces);
    const evidence = rowEvidence(view, ctx, findings, hits, point.outside);
    findings.push(...placeFindings(hits, ctx, evidence, transfer.some((f) => f.column && f.matcher === 'labourTransfer' && f.confidence === 'medium')));

    const names = nameContext(view, ctx.country, findings.some((f) => f.category === 'A.1' && !f.risk));
    for (const c of cellsOf(view, 'supplierName')) findings.push(...supplierListFindings(c, this.index.match(c.raw, 'name', c.norm), names));
    for (const c of cellsOf(view, 'parent', 'otherSites')) findings.push(...groupListFindings(c, this.index.match(c.raw, 'name', c.norm), names));
    for (const c of cellsOf(view, 'inputs', 'inputOrigin')) findings.push(...inputListFindings(c, this.index.match(c.raw, 'mention', c.norm)));

    const risk = sectorRisk(view, ctx, findings.some((f) => f.category === 'A.4' && !f.risk));
    if (risk) findings.push(risk);
    return { findings: dedupe(findings), notes };
  }

  /** Screen a row; findings whose key is in `suppressedKeys` (a reviewer's False positive) are set aside. */
  screen(view: RowView, suppressedKeys?: ReadonlySet<string>): RowResult {
    const { findings: all, notes } = this.read(view);
    const findings = suppressedKeys ? all.filter((f) => !suppressedKeys.has(f.key)) : all;
    const suppressed = suppressedKeys ? all.filter((f) => suppressedKeys.has(f.key)) : [];
    const result = decide({ sheetName: view.sheetName, row: view.row, findings, suppressed, missing: missingFields(view), settings: this.options.settings });
    if (notes.length) result.notes = notes;
    return result;
  }
}
