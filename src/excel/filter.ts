// Shows only the rows of one status, using the table's own filter or the sheet's AutoFilter on the
// CtA Status column; null shows every row again.
import type { Status } from '../domain/types';
import { syncCounted } from './sync-counter';

const STATUS_HEADER = 'CtA Status';

export class NotScreened extends Error {
  constructor(sheetName: string) {
    super(`'${sheetName}' has no CtA Status column with a filter yet: screen the sheet first.`);
    this.name = 'NotScreened';
  }
}

function statusIndex(headers: unknown[]): number {
  return headers.findIndex((h) => String(h).trim() === STATUS_HEADER);
}

/** Filters `sheetName` (the active sheet when null) to rows whose CtA Status is `status`. */
export async function filterByStatus(context: Excel.RequestContext, status: Status | null, sheetName: string | null = null): Promise<void> {
  const ws = sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const tables = ws.tables.load('items/name');
  const filterRange = ws.autoFilter.getRangeOrNullObject().load('address');
  await syncCounted(context);

  const headers = tables.items.map((t) => t.getHeaderRowRange().load('values'));
  const sheetHeader = filterRange.isNullObject ? null : filterRange.getRow(0).load('values');
  await syncCounted(context);

  const t = headers.findIndex((h) => statusIndex((h.values as unknown[][])[0]) >= 0);
  if (t >= 0) {
    const filter = tables.items[t].columns.getItem(STATUS_HEADER).filter;
    if (status === null) filter.clear();
    else filter.applyValuesFilter([status]);
    await syncCounted(context);
    return;
  }
  const column = sheetHeader ? statusIndex((sheetHeader.values as unknown[][])[0]) : -1;
  if (!sheetHeader || column < 0) throw new NotScreened(ws.name);
  if (status === null) ws.autoFilter.clearCriteria();
  else ws.autoFilter.apply(filterRange, column, { filterOn: 'Values', values: [status] });
  await syncCounted(context);
}
