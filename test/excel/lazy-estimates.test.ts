// Request-size estimates are made as the syncs go: before the first write sync only about that sync's
// rows are measured, not the whole sheet (20,000 rows took most of a second of the pane's thread).
import { applyPlan } from '../../src/excel/apply-plan';
import { outputRowsStep } from '../../src/excel/output-rows-step';
import * as payload from '../../src/excel/payload';
import { installExcelDouble, InstalledDouble } from '../support/excel-double';
import { plan, sheetWrite, supplierBook } from './fixtures';

let installed: InstalledDouble | null = null;
afterEach(() => {
  installed?.uninstall();
  jest.restoreAllMocks();
});

test('an output-rows step measures no row until asked, then only the rows asked for', () => {
  const measure = jest.spyOn(payload, 'cellBytes');
  const step = outputRowsStep(sheetWrite({ rows: 20_000 }));
  expect(measure).not.toHaveBeenCalled();
  const few = step.bytes(0, 100);
  expect(measure.mock.calls.length).toBeLessThanOrEqual(100 * 8);
  expect(step.bytes(0, 100)).toBe(few);
  expect(step.bytes(50, 100)).toBeLessThan(few);
});

test('applyPlan on 20,000 rows: the first rows sync is sent after measuring about two syncs of rows, not 20,000', async () => {
  installed = installExcelDouble(supplierBook({ rows: 20_000 }));
  const measure = jest.spyOn(payload, 'cellBytes');
  let measuredAtFirstRows = -1;
  let rowsAtFirst = 0;
  const result = await Excel.run((context) =>
    applyPlan(context, plan({ rows: 20_000 }), {
      onProgress: (written) => {
        if (measuredAtFirstRows >= 0) return;
        measuredAtFirstRows = measure.mock.calls.length;
        rowsAtFirst = written;
      },
    }),
  );
  expect(result.state).toBe('complete');
  expect(rowsAtFirst).toBeGreaterThan(0);
  expect(rowsAtFirst).toBeLessThan(20_000);
  // About 8 product cells a row, for at most about twice the rows of the first sync (and the summary's few cells).
  expect(measuredAtFirstRows).toBeLessThan(rowsAtFirst * 8 * 2 + 500);
  expect(measure.mock.calls.length).toBeGreaterThanOrEqual(20_000 * 7);
});
