// The JSON report of a run, as the output contract defines it.
import type { ListInfo, RowResult } from './types';
import { actionText, RULES_VERSION } from './wording';

export interface Report {
  rulesVersion: string;
  lists: ListInfo[];
  rows: {
    sheet: string;
    row: number;
    status: string;
    categories: string[];
    confidence: string | null;
    actions: string[];
    evidence: { category: string; column: string; cell: string; matched: string; detail: string; confidence: string; suppressed?: boolean }[];
    /** What could not be read in the row (coordinates out of range or swapped). */
    notes?: string[];
  }[];
}

export function buildReport(results: RowResult[], lists: ListInfo[]): Report {
  return {
    rulesVersion: RULES_VERSION,
    lists,
    rows: results.map((r) => ({
      sheet: r.sheetName,
      row: r.row,
      status: r.status,
      categories: r.categories,
      confidence: r.confidence,
      actions: r.actions.map(actionText),
      evidence: [
        ...r.findings.map((f) => ({ category: f.category, column: f.column, cell: f.cell, matched: f.matched, detail: f.detail, confidence: f.risk ? 'risk' : f.confidence })),
        ...r.suppressed.map((f) => ({ category: f.category, column: f.column, cell: f.cell, matched: f.matched, detail: f.detail, confidence: f.confidence, suppressed: true })),
      ],
      ...(r.notes?.length ? { notes: r.notes } : {}),
    })),
  };
}
