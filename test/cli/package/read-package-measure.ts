// Time and peak memory of reading one .xlsx: readPackage alone, or ExcelJS's wb.xlsx.load (the
// document model the command line used before). Run one reader per process so the figures do not mix:
//   /usr/bin/time -v npx tsx test/cli/package/read-package-measure.ts package|exceljs FILE.xlsx
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readPackage } from '../../../src/cli/package/read-package';

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'package' && mode !== 'exceljs') || !file) throw new Error('usage: read-package-measure.ts package|exceljs FILE.xlsx');
  const bytes = readFileSync(file);
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  let shape: string[];
  if (mode === 'package') {
    const contents = await readPackage(bytes, file);
    shape = contents.sheets.map((s) => `${s.name} ${s.grid.rows.length}×${s.grid.rows[0]?.length ?? 0}`);
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    shape = wb.worksheets.map((ws) => `${ws.name} ${ws.rowCount}×${ws.columnCount}`);
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${mode}: ${seconds.toFixed(2)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (sampled), sheets ${shape.join(', ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
