// Two syncs before writing: the Excel table behind each screened block (name and current extent), the
// sheet's AutoFilter, every sheet name, and what in the workbook's structure would make Excel refuse
// the writes (protection, merged cells, PivotTables, filters): refused here, before anything is written.
import type { WritePlan } from '../domain/write-plan-types';
import { CellBlock, parseAddress } from './a1';
import { isExcelApiSupported } from './requirements';
import { Obstacle, WorkbookNotWritable, sheetConflict, structureProtectedMessage } from './structure-check';
import { syncCounted } from './sync-counter';

export interface SheetFacts {
  tableName: string | null;
  /** Last column of the Excel table as it is now (it may already hold earlier output columns). */
  tableLastColumn: number | null;
  autoFilter: CellBlock | null;
}

export interface TargetFacts {
  sheets: SheetFacts[];
  sheetNames: string[];
}

export class TableMoved extends Error {
  constructor(sheetName: string) {
    super(`The table on '${sheetName}' is no longer where it was read. Nothing was written; screen again.`);
    this.name = 'TableMoved';
  }
}

/** RangeAreas.address: "Sheet1!A1:B2, 'My sheet'!D4:E5" (commas inside quoted sheet names are kept). */
export function parseAreas(address: string): CellBlock[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean).map(parseAddress);
}

/** Merged areas are reported only when their top-left cell is in the range asked about (office-js#3611): ask from A1. */
function mergedProbe(ws: Excel.Worksheet, bottom: number, right: number): Excel.RangeAreas | null {
  if (!isExcelApiSupported('1.13')) return null;
  return ws.getRangeByIndexes(0, 0, bottom, right).getMergedAreasOrNullObject().load('address');
}

export async function inspectTargets(context: Excel.RequestContext, plan: WritePlan): Promise<TargetFacts> {
  const names = context.workbook.worksheets.load('items/name');
  const structure = context.workbook.protection.load('protected');
  const probes = plan.sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.sheetName);
    const common = {
      ws,
      protection: ws.protection.load('protected'),
      pivots: ws.pivotTables.load('items/name'),
      used: ws.getUsedRangeOrNullObject().load('address'),
    };
    if (s.isTable) {
      const tables = ws.getRangeByIndexes(s.headerRow - 1, s.tableFirstColumn - 1, 1, 1).getTables(false).load('items/name');
      return { ...common, tables, autoFilter: null };
    }
    return { ...common, tables: null, autoFilter: ws.autoFilter.load('isDataFiltered').getRangeOrNullObject().load('address') };
  });
  await syncCounted(context);
  if (structure.protected) throw new WorkbookNotWritable(structureProtectedMessage());

  const second = probes.map((p, i) => {
    const sheet = plan.sheets[i];
    const table = p.tables?.items[0];
    if (p.tables && !table) throw new TableMoved(sheet.sheetName);
    const used = p.used.isNullObject ? null : parseAddress(p.used.address);
    const right = Math.max(used?.right ?? 1, ...sheet.columns.map((c) => c.column));
    return {
      tableRange: table ? table.getRange().load('address') : null,
      tableFilter: table ? table.autoFilter.load('isDataFiltered') : null,
      pivotRanges: p.pivots.items.map((pt) => ({ name: pt.name, range: pt.layout.getRange().load('address') })),
      merged: mergedProbe(p.ws, sheet.lastDataRow, right),
    };
  });
  if (second.some((s) => s.tableRange || s.pivotRanges.length || s.merged)) await syncCounted(context);

  const sheets = probes.map((p, i): SheetFacts => {
    const s = second[i];
    const tableBlock = s.tableRange ? parseAddress(s.tableRange.address) : null;
    const autoFilter = p.autoFilter && !p.autoFilter.isNullObject ? parseAddress(p.autoFilter.address) : null;
    const obstacles: Obstacle[] = [
      ...(s.merged && !s.merged.isNullObject ? parseAreas(s.merged.address).map((block) => ({ kind: 'merged' as const, block })) : []),
      ...s.pivotRanges.map(({ name, range }) => ({ kind: 'pivot' as const, name, block: parseAddress(range.address) })),
    ];
    const conflict = sheetConflict(plan.sheets[i], {
      protected: p.protection.protected,
      filtered: Boolean(s.tableFilter?.isDataFiltered) || Boolean(autoFilter && p.ws.autoFilter.isDataFiltered),
      obstacles,
      table: tableBlock ? { lastColumn: tableBlock.right, bottom: tableBlock.bottom } : null,
    });
    if (conflict) throw new WorkbookNotWritable(conflict);
    return { tableName: p.tables?.items[0]?.name ?? null, tableLastColumn: tableBlock?.right ?? null, autoFilter };
  });
  return { sheetNames: names.items.map((s) => s.name), sheets };
}
