// Finds the supplier table the user means: the Excel table holding the selection; else the block of
// cells around the selection (Excel's current region); else the used range of the active sheet.
import { KNOWN_OUTPUT_HEADERS } from '../domain/types';
import { CellBlock, parseAddress, qualifiedAddress } from './a1';
import { syncCounted } from './sync-counter';

export interface TableLocation extends CellBlock {
  /** e.g. "Suppliers!A1:R35" */
  address: string;
  isTable: boolean;
  tableName: string | null;
}

export interface LocateProbe {
  selection: Excel.Range | null;
  tables: Excel.TableScopedCollection | null;
  region: Excel.Range | null;
  activeSheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the loads locateTable needs, so a caller can share the sync with other reads. */
export function probeTable(context: Excel.RequestContext, useSelection = true): LocateProbe {
  const activeSheet = context.workbook.worksheets.getActiveWorksheet().load('name');
  const used = activeSheet.getUsedRangeOrNullObject(true).load('address');
  if (!useSelection) return { selection: null, tables: null, region: null, activeSheet, used };
  const selection = context.workbook.getSelectedRange().load('address');
  const tables = selection.getTables(false).load('items/name');
  const region = selection.getSurroundingRegion().load('address,rowCount,columnCount');
  return { selection, tables, region, activeSheet, used };
}

function location(address: string, isTable: boolean, tableName: string | null): TableLocation {
  return { ...parseAddress(address), address, isTable, tableName };
}

/** Reads a synced probe; syncs once more only when the selection is inside an Excel table. */
export async function finishLocate(context: Excel.RequestContext, probe: LocateProbe): Promise<TableLocation | null> {
  if (probe.tables && probe.tables.items.length > 0) {
    const table = probe.tables.items[0];
    const range = table.getRange().load('address');
    await syncCounted(context);
    return location(range.address, true, table.name);
  }
  const used = probe.used.isNullObject ? null : parseAddress(probe.used.address);
  if (probe.region && (probe.region.rowCount > 1 || probe.region.columnCount > 1)) {
    return widened(location(probe.region.address, false, null), used);
  }
  return used ? location(probe.used.address, false, null) : null;
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
    probe = probeTable(context, false);
    await syncCounted(context);
  }
  return finishLocate(context, probe);
}
