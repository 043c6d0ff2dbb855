// The CtA Change column: what moved since the earlier screening recorded in the workbook.
import { changeOf } from '../../src/domain/change';
import { styleOf, STATUS_STYLES } from '../../src/domain/status-styles';
import { STATUSES, type RowResult, type Status } from '../../src/domain/types';

// Written out from the rules, least severe first, and the statuses that flag a supplier.
const SEVERITY: Status[] = ['Insufficient data', 'No link found', 'Trace inputs', 'Review', 'Instruct & verify', 'Disengage', 'Disengage now'];
const FLAGGED: Status[] = ['Review', 'Instruct & verify', 'Disengage', 'Disengage now'];

const now = (status: Status): RowResult => ({ sheetName: 'S', row: 2, status, categories: [], actions: [], citations: '', findings: [], suppressed: [], confidence: null });

describe('changeOf', () => {
  it('says First screening when the workbook holds no earlier run', () => {
    expect(changeOf(now('Disengage'), undefined, false)).toBe('First screening');
    expect(changeOf(now('Disengage'), 'Review', false)).toBe('First screening');
  });

  it('says New row for a supplier the earlier run did not have, or whose status it cannot read', () => {
    expect(changeOf(now('Review'), undefined, true)).toBe('New row');
    expect(changeOf(now('Review'), 'Flagged', true)).toBe('New row');
    expect(changeOf(now('Review'), '', true)).toBe('New row');
  });

  const pairs = STATUSES.flatMap((before) => STATUSES.map((after) => [before, after] as const));

  it.each(pairs)('%s → %s', (before, after) => {
    let expected: string;
    if (before === after) expected = 'Unchanged';
    else if (!FLAGGED.includes(before) && FLAGGED.includes(after)) expected = 'New flag';
    else expected = SEVERITY.indexOf(after) > SEVERITY.indexOf(before) ? 'Status up' : 'Status down';
    expect(changeOf(now(after), before, true)).toBe(expected);
  });
});

describe('status colours', () => {
  it('give every status its own fill, in the order of the statuses', () => {
    expect(STATUS_STYLES.map((s) => s.status)).toEqual([...STATUSES]);
    expect(new Set(STATUS_STYLES.map((s) => s.fill)).size).toBe(STATUSES.length);
    for (const s of STATUS_STYLES) expect([s.fill, s.font]).toEqual([expect.stringMatching(/^#[0-9A-F]{6}$/), expect.stringMatching(/^#[0-9A-F]{6}$/)]);
  });

  it('styleOf finds a status\'s colours', () => {
    expect(styleOf('Disengage now')).toEqual({ status: 'Disengage now', fill: '#F4B6B6', font: '#7A0000' });
    expect(styleOf('No link found').fill).toBe('#E2EFDA');
  });
});
