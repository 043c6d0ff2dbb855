// UFLPA high-priority sectors read from product and input columns: a risk indicator that owes tracing.
import { sectors, type Sector } from '../../data';
import { cellsOf, excerpt, type RowCell, type RowView } from '../cells';
import type { Finding } from '../types';

interface SectorPatterns {
  sector: Sector;
  latin: RegExp | null;
  zh: string[];
  exclude: string[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let compiled: SectorPatterns[] | null = null;
function patterns(): SectorPatterns[] {
  compiled ??= sectors.map((sector) => {
    const latin = sector.terms.en.filter((t) => /[a-z]/.test(t));
    return {
      sector,
      // The word boundary before a term is matched, not looked behind: look-behind does not run in the
      // webviews of older Office on Mac (Safari before 16.4), where the pane must still screen.
      latin: latin.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(${latin.map(escape).join('|')})(e?s)?(?![\\p{L}\\p{N}])`, 'u') : null,
      zh: sector.terms.zh,
      exclude: sector.excludeTerms,
    };
  });
  return compiled;
}

export interface SectorHit {
  cell: RowCell;
  sector: Sector;
  term: string;
}

/** Hits by normalised cell text (all the search reads): product and input cells repeat down a column. */
const memo = new Map<string, SectorHit[]>();
const MEMO_SIZE = 20_000;

export function findSectors(cell: RowCell): SectorHit[] {
  let found = memo.get(cell.norm);
  if (!found) {
    found = [];
    for (const p of patterns()) {
      if (p.exclude.some((x) => cell.norm.includes(x))) continue;
      const m = p.latin?.exec(cell.norm);
      const zh = m ? undefined : p.zh.find((t) => cell.norm.includes(t));
      if (m || zh) found.push({ cell, sector: p.sector, term: m ? m[1] : (zh as string) });
    }
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(cell.norm, found);
  }
  const hits: SectorHit[] = [];
  for (const h of found) hits.push({ cell, sector: h.sector, term: h.term });
  return hits;
}

export function sectorRiskFinding(hits: SectorHit[]): Finding | null {
  if (hits.length === 0) return null;
  const first = hits[0];
  const labels = [...new Set(hits.map((h) => `${h.sector.label} (${h.sector.strategyYear} strategy)`))];
  return {
    category: 'A.4',
    risk: true,
    confidence: 'low',
    matcher: 'sector',
    column: first.cell.header,
    cell: first.cell.address,
    matched: excerpt(first.cell.raw),
    detail: `"${first.term}" = UFLPA high-priority sector: ${labels.join('; ')}; input origin not stated`,
    key: `A.4|sector|${[...new Set(hits.map((h) => h.sector.id))].sort().join('+')}`,
  };
}

// ---- input origin: stated or missing ----

/** An origin cell that says nothing: the origin is still missing. */
const NO_ORIGIN = /^(unknown|not known|unclear|n\/?a|na|none|nil|tbc|tbd|to be (confirmed|determined|advised)|not (stated|provided|given|available)|pending|various|mixed|\?+|-+|不详|未知|待定|不明|待确认|不清楚|无|暂无)$/;

/** An origin written into free text: "Input origin: US cotton", "原料产地：澳大利亚". */
const ORIGIN_IN_TEXT = /(?:\b(?:country of origin|origin(?: of (?:inputs?|materials?|cotton|fib(?:re|er)))?|sourced from)\b|原料产地|原产地|产地|来源)\s*[:：]?\s*([^;,.。；，]+)/;

function saysSomething(text: string): boolean {
  const t = text.replace(/[.!。！\s]+$/g, '').trim();
  return t !== '' && !NO_ORIGIN.test(t);
}

/**
 * The row states where its inputs come from (issue #15, item 6): an input-origin cell that names an
 * origin, or an origin written into the notes, inputs or product text. A stated origin in the Region is
 * a place finding (A.4) of its own; any stated origin answers the sector risk, only a missing one owes tracing.
 */
export function originStated(view: RowView): boolean {
  if (cellsOf(view, 'inputOrigin').some((c) => saysSomething(c.norm))) return true;
  return cellsOf(view, 'notes', 'inputs', 'product').some((c) => {
    const m = ORIGIN_IN_TEXT.exec(c.norm);
    return !!m && saysSomething(m[1]);
  });
}
