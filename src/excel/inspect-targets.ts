// One sync before writing: the Excel table behind each screened block (name and current extent),
// the sheet's AutoFilter, and every sheet name.
import type { WritePlan } from '../domain/write-plan-types';
import { CellBlock, parseAddress } from './a1';
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

export async function inspectTargets(context: Excel.RequestContext, plan: WritePlan): Promise<TargetFacts> {
  const names = context.workbook.worksheets.load('items/name');
  const probes = plan.sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.sheetName);
    if (s.isTable) {
      const tables = ws.getRangeByIndexes(s.headerRow - 1, s.tableFirstColumn - 1, 1, 1).getTables(false).load('items/name');
      return { tables, autoFilter: null };
    }
    return { tables: null, autoFilter: ws.autoFilter.getRangeOrNullObject().load('address') };
  });
  await syncCounted(context);
  const ranges = probes.map((p, i) => {
    const table = p.tables?.items[0];
    if (p.tables && !table) throw new TableMoved(plan.sheets[i].sheetName);
    return table ? table.getRange().load('address') : null;
  });
  if (ranges.some(Boolean)) await syncCounted(context);
  return {
    sheetNames: names.items.map((s) => s.name),
    sheets: probes.map((p, i) => ({
      tableName: p.tables?.items[0]?.name ?? null,
      tableLastColumn: ranges[i] ? parseAddress(ranges[i]!.address).right : null,
      autoFilter: p.autoFilter && !p.autoFilter.isNullObject ? parseAddress(p.autoFilter.address) : null,
    })),
  };
}
