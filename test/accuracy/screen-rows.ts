// Screens generated rows through the real engine (the path both hosts use), many cases in one table.
import { screenWorkbook, type ScreenOptions } from '../../src/domain/engine';
import type { CellValue, RowResult, Settings } from '../../src/domain/types';

export interface GeneratedTable {
  header: string[];
  rows: CellValue[][];
  settings?: Settings;
  options?: ScreenOptions;
}

/** Screens the rows under the header; result i belongs to rows[i] (null when the row was blank). */
export async function screenRows(table: GeneratedTable): Promise<(RowResult | null)[]> {
  const grid = { sheetName: 'Suppliers', top: 1, left: 1, rows: [table.header, ...table.rows] };
  const out = await screenWorkbook({
    targets: [{ grid }],
    sheetNames: ['Suppliers'],
    provenance: null,
    settings: table.settings ?? { usImporter: false },
    today: '2026-12-08',
    ...table.options,
  });
  const byRow = new Map<number, RowResult>();
  for (const r of out.results[0] ?? []) byRow.set(r.row, r);
  return table.rows.map((_, i) => byRow.get(i + 2) ?? null);
}
