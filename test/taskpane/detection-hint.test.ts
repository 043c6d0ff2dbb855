// The hint under each column's drop-down: the detector's guess in the user's words.
import { describeDetection } from '../../src/taskpane/components/ColumnRoleField';

describe('describeDetection', () => {
  test("a plain header match does not show the detector's internal role id", () => {
    const hint = describeDetection({ column: 14, header: 'Operations in Uyghur Region (Y/N)', role: 'regionOperations', confidence: 0.9, reason: 'header "Operations in Uyghur Region (Y/N)" reads as regionOperations' });
    expect(hint).toBe('Detected: Operations in the Region (yes/no), 90% sure (from its header)');
  });

  test('other reasons are shown as they are', () => {
    expect(describeDetection({ column: 2, header: 'Ctry', role: 'country', confidence: 0.6, reason: 'cells look like country names' })).toBe(
      'Detected: Country, 60% sure (cells look like country names)',
    );
  });

  test('a column left out says why, without a percentage', () => {
    expect(describeDetection({ column: 17, header: 'Annual Spend (USD)', role: null, confidence: 0, reason: 'header "Annual Spend (USD)" not recognised' })).toBe(
      'Detected: Ignore (header "Annual Spend (USD)" not recognised)',
    );
  });
});
