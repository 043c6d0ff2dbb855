// Runs a batch against the workbook through the global `Excel` (the real one or the test double),
// looked up at call time so a double installed after import is used.
import { isExcelApiSupported } from './requirements';

function excelGlobal(): typeof Excel {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel) throw new Error('Excel is not available: open this pane inside Excel.');
  return excel;
}

/** Excel.run, waiting for the user to leave cell-edit mode where the host can (ExcelApi 1.11). */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const excel = excelGlobal();
  if (isExcelApiSupported('1.11')) return excel.run({ delayForCellEdit: true }, batch);
  return excel.run(batch);
}
