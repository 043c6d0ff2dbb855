// What a US importer needs to show for a supplier with a Region link (a supply chain outside the
// Region, or an answer to a UFLPA detention), following CBP's guidance for importers as cited in
// src/data/evidence-checklist.json: each kind of document is "recorded" when the sheet has a column
// for it and the row's cell there is filled, and "missing" otherwise.
import { evidenceChecklist, type EvidenceDocument } from '../data';
import { cellText, normalizeText } from './normalize';
import type { CellValue, RowResult, SheetGrid, TableLayout } from './types';

/** A kind of document and the columns of the sheet that hold it. */
export interface ChecklistColumns {
  document: EvidenceDocument;
  columns: { column: number; header: string }[];
}

const HAN = /\p{Script=Han}/u;

function headerHolds(header: string, word: string): boolean {
  if (HAN.test(word)) return header.includes(word);
  const words = ` ${header.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words.includes(` ${word.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
}

/** The sheet's columns for each kind of document, found by their headers (once per sheet). */
export function checklistColumns(layout: TableLayout): ChecklistColumns[] {
  return evidenceChecklist.documents.map((document) => ({
    document,
    columns: layout.columns
      .filter((c) => {
        const header = normalizeText(c.header);
        return header !== '' && document.headers.some((w) => headerHolds(header, w));
      })
      .map((c) => ({ column: c.column, header: c.header })),
  }));
}

/** "CBP, <title>, 13 June 2022": the guidance the checklist follows. */
export function guidanceCitation(): string {
  const g = evidenceChecklist.guidance;
  return `${g.publisher === 'U.S. Customs and Border Protection' ? 'CBP' : g.publisher}, "${g.title}" (${g.date})`;
}

/** The summary's line on the checklist. */
export function evidenceGuidanceLine(): string {
  return `Rows with a Region link list the documents a US importer needs to show, as ${guidanceCitation()} describes them: recorded where the sheet has a filled column for them, missing otherwise.`;
}

/**
 * The CtA Evidence Needed cell of a row: '' when the row has no Region link (nothing to show), else
 * what is missing and what the sheet records (and in which column).
 */
export function evidenceNeeded(result: RowResult, values: readonly CellValue[], gridLeft: number, columns: readonly ChecklistColumns[]): string {
  if (result.categories.length === 0) return '';
  const recorded: string[] = [];
  const missing: string[] = [];
  for (const { document, columns: cols } of columns) {
    const filled = cols.filter((c) => cellText(values[c.column - gridLeft]).trim() !== '');
    if (filled.length > 0) recorded.push(`${document.label} (${filled.map((c) => c.header).join(', ')})`);
    else missing.push(cols.length > 0 ? `${document.label} (${cols.map((c) => c.header).join(', ')} empty)` : document.label);
  }
  const parts: string[] = [];
  if (missing.length) parts.push(`Missing: ${missing.join('; ')}.`);
  if (recorded.length) parts.push(`Recorded: ${recorded.join('; ')}.`);
  parts.push(`(CBP guidance for importers, ${evidenceChecklist.guidance.date})`);
  return parts.join(' ');
}

/** The row's cells as the grid holds them. */
export function rowValues(grid: SheetGrid, row: number): readonly CellValue[] {
  return grid.rows[row - grid.top] ?? [];
}
