import { describeCancel, describeComplete, describeError, isAbortError } from '../../src/taskpane/messages';
import { outcome } from './fake-gateway';

describe('plain-words messages', () => {
  test('a readable gateway message is kept and followed by what to do', () => {
    const m = describeError('screen', new Error('No supplier table found on sheet "Notes"'));
    expect(m.title).toBe('Screening did not finish');
    expect(m.body).toMatch(/^No supplier table found on sheet "Notes"\. Check that the sheet is not protected/);
  });

  test('programming errors, stack traces and multi-line dumps are not shown', () => {
    for (const err of [
      new TypeError('x is not a function'),
      new Error('Error: boom\n    at foo (bundle.js:1:2)'),
      new Error('Cannot read properties of undefined'),
      new Error('failed at write (office-gateway.ts:12:3)'),
      { message: 'x'.repeat(500) },
      42,
      null,
    ]) {
      const m = describeError('detect', err);
      expect(m.body).toBe('Open the sheet that holds your suppliers, check that it has a header row, then select Detect again.');
    }
  });

  test('Office error codes become advice', () => {
    expect(describeError('filter', { code: 'AccessDenied', message: 'AccessDenied' }).body).toMatch(/^The workbook or sheet is protected/);
    expect(describeError('save', { code: 'ItemNotFound' }).body).toMatch(/^The sheet or table was not found/);
  });

  test('workbook structure codes Excel raises become advice', () => {
    expect(describeError('filter', { code: 'MergedRangeConflict' }).body).toMatch(/^Merged cells are in the way\. Unmerge them/);
    expect(describeError('filter', { code: 'PivotTableRangeConflict' }).body).toMatch(/^A PivotTable is in the way/);
    expect(describeError('filter', { code: 'InsertDeleteConflict' }).body).toMatch(/^Excel could not insert cells there/);
    expect(describeError('filter', { code: 'FilteredRangeConflict' }).body).toMatch(/^A filter hides rows\. Clear the filter/);
  });

  test("the add-in's own complete explanations are shown as they are, without general advice", () => {
    const refused = Object.assign(new Error("'Suppliers' is protected, so the results cannot be written beside the table. Unprotect it (Review › Unprotect Sheet), then screen again. Nothing was written."), { name: 'WorkbookNotWritable' });
    expect(describeError('screen', refused)).toEqual({ title: 'Screening did not finish', body: refused.message });
    const changed = Object.assign(new Error('The header of the table on \'Suppliers\' changed since it was detected: D1 now reads "Town", not "City". Nothing was written. Select Detect again to check the columns, then Screen.'), { name: 'TableChanged' });
    expect(describeError('screen', changed).body).toBe(changed.message);
    const full = Object.assign(new Error("Excel says this workbook's settings are full, so the column roles could not be kept in it."), { name: 'SettingsFull' });
    expect(describeError('save', full).body).toMatch(/^Excel says this workbook's settings are full, so the column roles could not be kept in it\. Your choice still applies to the next run/);
  });

  test('cancel and completion wording', () => {
    expect(describeCancel(null).body).toMatch(/the others were not screened\. Select Screen to run it again/);
    expect(describeCancel(outcome({ state: 'cancelled', message: 'Rows 4–9 screened.' })).body).toBe(
      'Rows 4–9 screened. Select Screen to run it again: a new run updates the same columns.',
    );
    // A message that already says what to do next is not followed by a second instruction.
    const partly = 'You stopped the run after rows 2–3,625 of \'Suppliers\' had been written. The other rows show "Incomplete — run stopped; screen again to finish" in CtA Status. Screen again to finish.';
    expect(describeCancel(outcome({ state: 'cancelled', message: partly })).body).toBe(partly);
    expect(describeComplete(outcome({ message: "rows 4–35 of 'Suppliers' screened; output columns are complete." })).body).toBe(
      "Rows 4–35 of 'Suppliers' screened; output columns are complete.",
    );
    expect(describeComplete(outcome({ message: '' })).body).toBe(
      '32 supplier rows screened. The result is written beside your table and on the CtA Summary sheet.',
    );
  });

  test('AbortError is recognised by name', () => {
    expect(isAbortError(new DOMException('aborted', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('aborted'))).toBe(false);
  });
});
