// Finds the supplier table the user means. Detection starts from the selection: the Excel table holding
// it; else the block of cells around it (Excel's current region); else the used range of the active
// sheet. Screening starts from the table detection found (its sheet and header row), wherever the
// selection has moved since, so the table the pane showed is the table that gets screened.
import { KNOWN_OUTPUT_HEADERS } from '../domain/types';
import { CellBlock, parseAddress, qualifiedAddress } from './a1';
import { syncCounted } from './sync-counter';

export interface TableLocation extends CellBlock {
  /** e.g. "Suppliers!A1:R35" */
  address: string;
  isTable: boolean;
  tableName: string | null;
  /** Worksheet.id of the sheet: how Excel's selection events name it. */
  sheetId: string;
}

export interface LocateProbe {
  selection: Excel.Range | null;
  tables: Excel.TableScopedCollection | null;
  region: Excel.Range | null;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Where to look: the selection, the used range of the active sheet, or a block found earlier (its first row is looked from). */
export type LocateFrom = 'selection' | 'used range' | CellBlock;

/** Queues the loads locating needs, so a caller can share the sync with other reads. */
export function probeTable(context: Excel.RequestContext, from: LocateFrom = 'selection'): LocateProbe {
  const sheets = context.workbook.worksheets;
  const sheet = (typeof from === 'string' ? sheets.getActiveWorksheet() : sheets.getItem(from.sheetName)).load('name,id');
  const used = sheet.getUsedRangeOrNullObject(true).load('address');
  if (from === 'used range') return { selection: null, tables: null, region: null, sheet, used };
  const selection = (
    from === 'selection' ? context.workbook.getSelectedRange() : sheet.getRangeByIndexes(from.top - 1, from.left - 1, 1, from.right - from.left + 1)
  ).load('address');
  const tables = selection.getTables(false).load('items/name,items/showHeaders,items/showTotals');
  const region = selection.getSurroundingRegion().load('address,rowCount,columnCount');
  return { selection, tables, region, sheet, used };
}

/** An Excel table whose header row is turned off: its columns cannot be told apart. */
export class TableWithoutHeaders extends Error {
  constructor(tableName: string) {
    super(`The Excel table '${tableName}' has its header row turned off. Turn it on (Table Design › Header Row), then select Detect again.`);
    this.name = 'TableWithoutHeaders';
  }
}

function location(address: string, isTable: boolean, tableName: string | null, sheetId: string): TableLocation {
  return { ...parseAddress(address), address, isTable, tableName, sheetId };
}

/** Reads a synced probe; syncs once more only when the selection is inside an Excel table. */
export async function finishLocate(context: Excel.RequestContext, probe: LocateProbe): Promise<TableLocation | null> {
  const sheetId = probe.sheet.id;
  if (probe.tables && probe.tables.items.length > 0) {
    const table = probe.tables.items[0];
    if (!table.showHeaders) throw new TableWithoutHeaders(table.name);
    const range = table.getRange().load('address');
    await syncCounted(context);
    const block = parseAddress(range.address);
    // A totals row is the table's own sums, not a supplier: the block stops above it.
    if (table.showTotals && block.bottom > block.top) block.bottom -= 1;
    return { ...block, address: qualifiedAddress(block), isTable: true, tableName: table.name, sheetId };
  }
  const used = probe.used.isNullObject ? null : parseAddress(probe.used.address);
  if (probe.region && (probe.region.rowCount > 1 || probe.region.columnCount > 1)) {
    return widened(location(probe.region.address, false, null, sheetId), used);
  }
  return used ? location(probe.used.address, false, null, sheetId) : null;
}

/**
 * A plain range is read with the cells to its right where output columns would go (as far as the used
 * range reaches), so the domain can see whether they are free or must be made room for by inserting.
 * An Excel table needs no such look: adding a table column shifts whatever stands beside it.
 */
function widened(loc: TableLocation, used: CellBlock | null): TableLocation {
  if (!used || used.right <= loc.right) return loc;
  const right = Math.min(used.right, loc.right + KNOWN_OUTPUT_HEADERS.length);
  const block = { ...loc, right };
  return { ...block, address: qualifiedAddress(block) };
}

/** Probes, syncs and locates; falls back to the used range when the selection is not a range (a chart, a shape). */
export async function locateTable(context: Excel.RequestContext): Promise<TableLocation | null> {
  let probe = probeTable(context);
  try {
    await syncCounted(context);
  } catch {
    probe = probeTable(context, 'used range');
    await syncCounted(context);
  }
  return finishLocate(context, probe);
}
