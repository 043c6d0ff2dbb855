// After the last output row, applyPlan still writes the summary and the provenance sheet (a row per
// supplier): onFinishing reports how far, so the pane's progress does not sit at "N of N rows" meanwhile.
import { applyPlan } from '../../src/excel/apply-plan';
import { installExcelDouble, InstalledDouble } from '../support/excel-double';
import { plan, supplierBook } from './fixtures';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

test('onFinishing follows the rows: rises to its total, one report per sync after the last row', async () => {
  installed = installExcelDouble(supplierBook({ rows: 3_000 }));
  const p = plan({ rows: 3_000 });
  // A provenance sheet of a row per supplier, as the domain writes.
  p.provenance.rows = [...p.provenance.rows, ...Array.from({ length: 3_000 }, (_, i) => [`Suppliers`, `S-${i}`, 'A.1 city; A.4 input origin; '.repeat(20)])];
  const events: string[] = [];
  const finishing: [number, number][] = [];
  const result = await Excel.run((context) =>
    applyPlan(context, p, {
      targetRequestBytes: 100_000,
      onProgress: (done, total) => events.push(`rows ${done}/${total}`),
      onFinishing: (done, total) => {
        events.push(`finishing ${done}/${total}`);
        finishing.push([done, total]);
      },
    }),
  );
  expect(result.state).toBe('complete');
  const lastRows = events.lastIndexOf('rows 3000/3000');
  const firstFinishing = events.findIndex((e) => e.startsWith('finishing'));
  expect(lastRows).toBeGreaterThanOrEqual(0);
  expect(firstFinishing).toBeGreaterThan(lastRows - 1);
  expect(finishing.length).toBeGreaterThan(3);
  const total = finishing[0][1];
  expect(total).toBeGreaterThan(3_000);
  expect(finishing.every(([, t]) => t === total)).toBe(true);
  expect(finishing.map(([d]) => d)).toEqual([...finishing.map(([d]) => d)].sort((a, b) => a - b));
  expect(finishing[finishing.length - 1][0]).toBe(total);
});
