// What the domain needs to know about the rest of the workbook: every sheet name, A1 of any
// 'CtA Summary…' sheet (is it ours?), and the hidden provenance sheet of an earlier run.
import { WATCHLIST_SHEET } from '../domain/list-import';
import { isProvenanceName, PROVENANCE_MARKER } from '../domain/provenance';
import { CellValue, SUMMARY_SHEET, SheetGrid } from '../domain/types';
import { parseAddress } from './a1';
import { readGrid } from './read-grid';
import { syncCounted } from './sync-counter';

export interface WorkbookFacts {
  sheetNames: string[];
  /** The workbook's own 'CtA Watchlist' sheet, screened as a list when present. */
  watchlist: SheetGrid | null;
  summaryA1?: CellValue;
  sheetA1: Record<string, CellValue>;
  provenance: SheetGrid | null;
}

export interface FactsProbe {
  sheets: Excel.WorksheetCollection;
}

export function probeFacts(context: Excel.RequestContext): FactsProbe {
  return { sheets: context.workbook.worksheets.load('items/name') };
}

function isSummaryName(name: string): boolean {
  return name === SUMMARY_SHEET || /^CtA Summary \(\d+\)$/.test(name);
}

export async function finishFacts(context: Excel.RequestContext, probe: FactsProbe): Promise<WorkbookFacts> {
  const sheetNames = probe.sheets.items.map((s) => s.name);
  const a1 = sheetNames
    .filter((name) => isSummaryName(name) || isProvenanceName(name))
    .map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getRange('A1').load('values') }));
  const usedRangeOf = (name: string | undefined) =>
    name && sheetNames.includes(name) ? context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('address') : null;
  const watchlistUsed = usedRangeOf(WATCHLIST_SHEET);
  const provenanceCandidates = sheetNames.filter(isProvenanceName).map((name) => ({ name, used: usedRangeOf(name) }));
  if (a1.length || watchlistUsed) await syncCounted(context);
  const sheetA1: Record<string, CellValue> = {};
  for (const { name, range } of a1) {
    const v = (range.values as unknown[][])[0][0];
    sheetA1[name] = v === '' ? null : (v as CellValue);
  }
  // Our record is the provenance sheet whose A1 carries the marker; a user's sheet of that name is not.
  const ours = a1.find(({ name }) => isProvenanceName(name) && sheetA1[name] === PROVENANCE_MARKER)?.name;
  for (const name of Object.keys(sheetA1)) if (!isSummaryName(name)) delete sheetA1[name];
  const provenanceUsed = provenanceCandidates.find((c) => c.name === ours)?.used ?? null;
  const gridOf = (used: Excel.Range | null) => (used && !used.isNullObject ? readGrid(context, parseAddress(used.address)) : Promise.resolve(null));
  const provenance = await gridOf(provenanceUsed);
  const watchlist = await gridOf(watchlistUsed);
  return { sheetNames, summaryA1: sheetA1[SUMMARY_SHEET], sheetA1, provenance, watchlist };
}
