// Runs every matcher over one supplier row and hands the findings to the decision table.
import { cellsOf, type RowView } from './cells';
import { decide } from './decide';
import type { ScreeningList } from './lists';
import { detentionFinding, labourTransferFindings, operationsFinding } from './matchers/answers';
import { postalFinding, phoneFinding, registrationFinding } from './matchers/codes';
import { rowContext, type RowContext } from './matchers/context';
import { EntityIndex } from './matchers/entities';
import { groupListFindings, inputListFindings, nameContext, supplierListFindings } from './list-findings';
import { findPlaces, placeFindings, PLACE_ROLES } from './matchers/places';
import { findSectors, sectorRiskFinding } from './matchers/sectors';
import type { Finding, RowResult, Settings } from './types';

export interface RowScreenerOptions {
  settings: Settings;
  lists: ScreeningList[];
  /** The lists' index when already built (EntityIndex.build, for a host that must keep breathing). */
  index?: EntityIndex;
}

const LOCATION_ROLES = ['address', 'city', 'province', 'country', 'postalCode'] as const;

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

/** A high-priority sector with no stated input origin, for a supplier in China or of unknown country. */
function sectorRisk(view: RowView, ctx: RowContext, inputFindings: boolean): Finding | null {
  if (ctx.country === 'other' || inputFindings) return null;
  if (cellsOf(view, 'inputOrigin').length > 0) return null; // origin stated: outside the Region, or an A.4 finding
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
    const ctx = rowContext(view);
    const findings: Finding[] = [];
    for (const c of cellsOf(view, 'postalCode')) findings.push(...[postalFinding(c, ctx)].filter((f): f is Finding => !!f));
    for (const c of cellsOf(view, 'phone')) findings.push(...[phoneFinding(c, ctx)].filter((f): f is Finding => !!f));
    for (const c of cellsOf(view, 'registrationCode')) findings.push(...[registrationFinding(c)].filter((f): f is Finding => !!f));
    const codeSignal = findings.some((f) => f.confidence === 'high' || f.matcher === 'phone');

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
    findings.push(...placeFindings(hits, ctx, codeSignal, transfer.some((f) => f.column && f.matcher === 'labourTransfer' && f.confidence === 'medium')));

    const names = nameContext(view, ctx.country, findings.some((f) => f.category === 'A.1' && !f.risk));
    for (const c of cellsOf(view, 'supplierName')) findings.push(...supplierListFindings(c, this.index.match(c.raw, 'name', c.norm), names));
    for (const c of cellsOf(view, 'parent', 'otherSites')) findings.push(...groupListFindings(c, this.index.match(c.raw, 'name', c.norm), names));
    for (const c of cellsOf(view, 'inputs', 'inputOrigin')) findings.push(...inputListFindings(c, this.index.match(c.raw, 'mention', c.norm)));

    const risk = sectorRisk(view, ctx, findings.some((f) => f.category === 'A.4' && !f.risk));
    if (risk) findings.push(risk);
    return dedupe(findings);
  }

  /** Screen a row; findings whose key is in `suppressedKeys` (a reviewer's False positive) are set aside. */
  screen(view: RowView, suppressedKeys?: ReadonlySet<string>): RowResult {
    const all = this.findingsOf(view);
    const findings = suppressedKeys ? all.filter((f) => !suppressedKeys.has(f.key)) : all;
    const suppressed = suppressedKeys ? all.filter((f) => suppressedKeys.has(f.key)) : [];
    return decide({ sheetName: view.sheetName, row: view.row, findings, suppressed, missing: missingFields(view), settings: this.options.settings });
  }
}
