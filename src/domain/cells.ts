// The cells of one supplier row, grouped by role.
import { a1 } from './a1';
import { cellText, normalizeText } from './normalize';
import type { Role, SheetGrid, TableLayout } from './types';

export interface RowCell {
  role: Role;
  column: number;
  header: string;
  /** The cell text as the user wrote it, trimmed. */
  raw: string;
  /** normalizeText(raw). */
  norm: string;
  /** "E7". */
  address: string;
}

export interface RowView {
  sheetName: string;
  row: number;
  cells: RowCell[];
}

export function readRow(grid: SheetGrid, layout: TableLayout, row: number): RowView {
  const values = grid.rows[row - grid.top] ?? [];
  const cells: RowCell[] = [];
  for (const col of layout.columns) {
    if (!col.role) continue;
    const raw = cellText(values[col.column - grid.left]).trim();
    if (!raw) continue;
    cells.push({ role: col.role, column: col.column, header: col.header, raw, norm: normalizeText(raw), address: a1(row, col.column) });
  }
  return { sheetName: layout.sheetName, row, cells };
}

export function cellsOf(view: RowView, ...roles: Role[]): RowCell[] {
  const out: RowCell[] = [];
  for (const c of view.cells) if (roles.includes(c.role)) out.push(c);
  return out;
}

/** A short excerpt of a cell for evidence text. */
export function excerpt(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
