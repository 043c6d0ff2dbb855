// Shows only the rows of one status (or one next step), using the table's own filter or the sheet's
// AutoFilter on the CtA Status (CtA Next Step) column; null shows every row again.
import type { Status } from '../domain/types';
import { syncCounted } from './sync-counter';

const STATUS_HEADER = 'CtA Status';

export class NotScreened extends Error {
  constructor(sheetName: string) {
    super(`'${sheetName}' has no CtA Status column with a filter yet: screen the sheet first.`);
    this.name = 'NotScreened';
  }
}

function columnIndex(headers: unknown[], header: string): number {
  return headers.findIndex((h) => String(h).trim() === header);
}

/** Filters `sheetName` (the active sheet when null) to rows whose CtA Status is `status`. */
export async function filterByStatus(context: Excel.RequestContext, status: Status | null, sheetName: string | null = null): Promise<void> {
  await filterByColumn(context, STATUS_HEADER, status === null ? null : { values: [status] }, sheetName);
}

/** Which rows to show: those whose cell is one of `values`, or those whose cell text passes `where`; null shows all. */
export type ColumnFilter = { values: string[] } | { where: (text: string) => boolean } | null;

/**
 * Filters `sheetName` (the active sheet when null) on the output column headed `header`. A filter on
 * another column is cleared first, so the sheet shows what the pane says it shows.
 */
export async function filterByColumn(context: Excel.RequestContext, header: string, show: ColumnFilter, sheetName: string | null = null): Promise<void> {
  const ws = sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const tables = ws.tables.load('items/name');
  const filterRange = ws.autoFilter.getRangeOrNullObject().load('address');
  await syncCounted(context);

  const headers = tables.items.map((t) => t.getHeaderRowRange().load('values'));
  const sheetHeader = filterRange.isNullObject ? null : filterRange.getRow(0).load('values');
  await syncCounted(context);

  const t = headers.findIndex((h) => columnIndex((h.values as unknown[][])[0], header) >= 0);
  const column = t < 0 && sheetHeader ? columnIndex((sheetHeader.values as unknown[][])[0], header) : -1;
  if (t < 0 && (!sheetHeader || column < 0)) throw header === STATUS_HEADER ? new NotScreened(ws.name) : new NoColumn(ws.name, header);
  // The column's texts are read only when the values to show depend on them (a values filter lists them all).
  const cells = show && 'where' in show ? (t >= 0 ? tables.items[t].columns.getItem(header).getDataBodyRange() : filterRange.getColumn(column)).load('values') : null;
  if (cells) await syncCounted(context);
  let shown: string[] | null = null;
  if (show && 'values' in show) shown = show.values;
  else if (show && cells) shown = [...new Set((cells.values as unknown[][]).map((r) => String(r[0] ?? '')).filter(show.where))];
  if (t >= 0) {
    const table = tables.items[t];
    table.clearFilters();
    if (shown) table.columns.getItem(header).filter.applyValuesFilter(shown);
  } else {
    ws.autoFilter.clearCriteria();
    if (shown) ws.autoFilter.apply(filterRange, column, { filterOn: 'Values', values: shown });
  }
  await syncCounted(context);
}

export class NoColumn extends Error {
  constructor(sheetName: string, header: string) {
    super(`'${sheetName}' has no ${header} column with a filter yet: screen the sheet first.`);
    this.name = 'NoColumn';
  }
}
