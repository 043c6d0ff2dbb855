// The progress line under the bar, for each phase of a run.
import { progressText } from '../../src/taskpane/components/RunProgress';

describe('progressText', () => {
  test('rows phases say how many rows are done', () => {
    expect(progressText({ phase: 'writing', done: 1767, total: 20000 }, false)).toBe('Writing the results: 1,767 of 20,000 rows done');
    expect(progressText({ phase: 'preparing', done: 18000, total: 100000 }, false)).toBe('Marking the rows to write: 18,000 of 100,000 rows done');
  });

  test('the summary phase says how far, not how many of its own rows', () => {
    expect(progressText({ phase: 'finishing', done: 0, total: 20040 }, false)).toBe('Writing the summary sheet: 0% done');
    expect(progressText({ phase: 'finishing', done: 10020, total: 20040 }, false)).toBe('Writing the summary sheet: 50% done');
    expect(progressText({ phase: 'finishing', done: 0, total: 0 }, false)).toBe('Writing the summary sheet…');
  });

  test('cancelling wins', () => {
    expect(progressText({ phase: 'finishing', done: 1, total: 2 }, true)).toBe('Stopping after the current step…');
  });
});
