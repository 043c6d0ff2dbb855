// How a workbook was screened, kept in a hidden sheet so that a re-run (and a colleague) can see it:
// rules and list versions, settings, the column mapping, and per row the findings behind the status.
import { cellText } from './normalize';
import type { ListInfo, PreviousRow, PreviousRun, RowResult, Settings, SheetGrid, TableLayout } from './types';
import { RULES_VERSION } from './wording';

export const PROVENANCE_SHEET = 'CtA Provenance';
export const PROVENANCE_MARKER = 'Uyghur Region Supplier Screen provenance';
const ROWS_HEADER = ['sheet', 'row', 'supplier', 'status', 'findings', 'suppressed'];
/** Format 2 escapes finding keys reversibly; format 1 wrote a space as '_' and could not tell them apart. */
const FORMAT = 'format 2';
const LOSSY_FORMAT = 'format 1';

// A row's finding keys share one cell, separated by spaces: '%' and white space inside a key are
// percent-escaped, so every key reads back exactly as it was written.
function encodeKey(key: string): string {
  return key.replace(/[%\s]/g, encodeURIComponent);
}

function decodeKey(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token; // a '%' that is not an escape: the cell was edited by hand
  }
}

/** The keys a cell of the given format holds; format 1's '_' may have been a space, so both readings count. */
function keysOf(cell: string, format: string): string[] {
  if (!cell) return [];
  const tokens = cell.split(' ').filter(Boolean);
  if (format !== LOSSY_FORMAT) return tokens.map(decodeKey);
  return tokens.flatMap((t) => (t.includes('_') ? [t, t.replace(/_/g, ' ')] : [t]));
}

/** 'CtA Provenance' or 'CtA Provenance (n)': where an earlier run may have kept its record. */
export function isProvenanceName(name: string): boolean {
  return name === PROVENANCE_SHEET || new RegExp(`^${PROVENANCE_SHEET} \\(\\d+\\)$`).test(name);
}

/** The first free provenance sheet name, when none of ours exists yet. */
export function freeProvenanceName(sheetNames: string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? PROVENANCE_SHEET : `${PROVENANCE_SHEET} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function isOurProvenance(grid: SheetGrid | null): boolean {
  return !!grid && cellText(grid.rows[0]?.[0]) === PROVENANCE_MARKER;
}

/** Rows of an earlier run are found by sheet and supplier (screen-row.ts supplierKey), not by row number. */
function supplierRowKey(sheet: string, supplier: string): string {
  return `${sheet}\u0000${supplier}`;
}

/** What an earlier run recorded for this supplier on this sheet, when it did. */
export function previousRowOf(previous: PreviousRun | null, sheet: string, supplier: string): PreviousRow | undefined {
  return previous?.bySupplier.get(supplierRowKey(sheet, supplier));
}

export function readPreviousRun(grid: SheetGrid | null): PreviousRun | null {
  if (!grid || !isOurProvenance(grid)) return null;
  const value = (key: string) => cellText(grid.rows.find((r) => cellText(r[0]) === key)?.[1]);
  let lists: ListInfo[] = [];
  try {
    lists = JSON.parse(value('lists') || '[]');
  } catch {
    lists = [];
  }
  const format = cellText(grid.rows[0]?.[1]);
  const bySupplier = new Map<string, PreviousRow>();
  const start = grid.rows.findIndex((r) => ROWS_HEADER.every((h, i) => cellText(r[i]) === h));
  if (start >= 0) {
    for (const r of grid.rows.slice(start + 1)) {
      const [sheet, row, supplier, status, findings, suppressed] = r.map(cellText);
      if (!supplier) continue;
      bySupplier.set(supplierRowKey(sheet, supplier), {
        sheet,
        row: Number(row),
        supplier,
        status,
        findings: keysOf(findings, format),
        suppressed: keysOf(suppressed, format),
      });
    }
  }
  return { screened: value('screened'), lists, bySupplier };
}

/** One supplier row of the provenance sheet: the finding keys behind its status. */
export function provenanceRowOf(result: RowResult, supplier: string): string[] {
  return [
    result.sheetName,
    String(result.row),
    supplier,
    result.status,
    result.findings.map((f) => encodeKey(f.key)).join(' '),
    result.suppressed.map((f) => encodeKey(f.key)).join(' '),
  ];
}

/** The provenance sheet: how the run was made, then `rows` (from provenanceRowOf). */
export function provenanceRows(input: {
  today: string;
  settings: Settings;
  lists: ListInfo[];
  layouts: TableLayout[];
  rows: string[][];
}): string[][] {
  const mapping = input.layouts.map((l) => ({
    sheet: l.sheetName,
    headerRow: l.headerRow,
    columns: l.columns.filter((c) => c.role).map((c) => ({ header: c.header, role: c.role, reason: c.reason })),
  }));
  const rows: string[][] = [
    [PROVENANCE_MARKER, FORMAT],
    ['screened', input.today],
    ['rules', RULES_VERSION],
    ['settings', JSON.stringify(input.settings)],
    ['lists', JSON.stringify(input.lists)],
    ['mapping', JSON.stringify(mapping)],
    [],
    ROWS_HEADER,
  ];
  for (const row of input.rows) rows.push(row);
  return rows;
}
