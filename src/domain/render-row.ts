// The text of the output cells of one screened row.
import type { Finding, OPTIONAL_HEADERS, OUTPUT_HEADERS, RowResult } from './types';
import { actionText } from './wording';

const MAX_CELL = 32_000; // Excel holds at most 32,767 characters in a cell

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 40)}… (cut: see the JSON report)` : text;
}

export function evidenceLine(f: Finding): string {
  const tag = f.risk ? 'risk indicator' : f.confidence;
  return `${f.column} (${f.cell}): "${f.matched}" ${f.detail} [${f.category}, ${tag}]`;
}

export function evidenceText(r: RowResult): string {
  const lines = r.findings.map(evidenceLine);
  for (const f of r.suppressed) lines.push(`Suppressed by a reviewer (False positive): ${evidenceLine(f)}`);
  for (const n of r.notes ?? []) lines.push(`Note: ${n}`);
  if (r.missing?.length) lines.unshift('No supplier name and no location field in this row.');
  if (r.findings.length === 0 && r.suppressed.length === 0 && !r.missing?.length) lines.unshift('Nothing in this row links the supplier to the Uyghur Region.');
  return clip(lines.join(' | '));
}

export function confidenceWord(r: RowResult): string {
  return r.confidence ? r.confidence[0].toUpperCase() + r.confidence.slice(1) : '';
}

/** The product's cells of a row; the optional columns' (follow-up.ts) are null where a cell is left as it is. */
export type RenderedRow = Record<(typeof OUTPUT_HEADERS)[number], string> & Partial<Record<(typeof OPTIONAL_HEADERS)[number], string | null>>;

/** Values of the product-owned output columns for a row. */
export function renderRow(r: RowResult, screened: string): RenderedRow {
  return {
    'CtA Status': r.status,
    'CtA Categories': r.categories.join('; '),
    'CtA Required Actions': clip(r.actions.map(actionText).join(' ')),
    'CtA Citations': clip(r.citations),
    'CtA Evidence': evidenceText(r),
    'CtA Confidence': confidenceWord(r),
    'CtA Screened': screened,
    'CtA Change': r.change ?? '',
  };
}
