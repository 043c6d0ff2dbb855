import { addDays, dayOrderOf, daysBetween, readDate } from '../../src/domain/dates';

const date = (d: string) => ({ date: d });

describe('readDate', () => {
  it.each([
    // Excel serials (what the pane reads from a date cell), also when typed as text
    [45658, '2025-01-01'],
    [45658.75, '2025-01-01'],
    ['45717', '2025-03-01'],
    // year first, as ISO, with slashes or dots, in Chinese, with a time
    ['2025-03-01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.03.01', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['２０２５年３月１日', '2025-03-01'],
    ['2025-03-01 00:00:00', '2025-03-01'],
    ['2025-03-01T09:30:00Z', '2025-03-01'],
    // day or month first when the numbers say which
    ['25/03/2025', '2025-03-25'],
    ['03/25/2025', '2025-03-25'],
    ['1.3.2025', '2025-03-01'],
    ['01.03.25', '2025-03-01'],
    ['7/7/2025', '2025-07-07'],
    // month names in several languages
    ['1 March 2025', '2025-03-01'],
    ['March 1, 2025', '2025-03-01'],
    ['Mar 1st 2025', '2025-03-01'],
    ['1-Mar-25', '2025-03-01'],
    ['1er mars 2025', '2025-03-01'],
    ['1. März 2025', '2025-03-01'],
    ['1 de marzo de 2025', '2025-03-01'],
    ['3 settembre 2025', '2025-09-03'],
    ['12 dezembro 2025', '2025-12-12'],
  ])('%p is %s', (value, iso) => {
    expect(readDate(value)).toEqual(date(iso));
  });

  it('reads nothing from an empty cell', () => {
    expect(readDate(null)).toBeNull();
    expect(readDate('')).toBeNull();
    expect(readDate('   ')).toBeNull();
  });

  it('never guesses a date whose day and month could be swapped, unless the column shows its order', () => {
    expect(readDate('03/04/2025')).toEqual({ unreadable: '03/04/2025', why: 'could be 3 April 2025 or 4 March 2025' });
    expect(readDate('03/04/2025', 'dmy')).toEqual(date('2025-04-03'));
    expect(readDate('03/04/2025', 'mdy')).toEqual(date('2025-03-04'));
  });

  it.each([
    ['31/02/2025', 'is not a real calendar date'],
    ['2025-02-30', 'is not a real calendar date'],
    ['next week', 'is not a date the screen can read'],
    ['3月1日', 'is not a date the screen can read'],
    [12, 'is a number, not a date'],
    [true, 'is not a date'],
  ])('%p is unreadable: %s', (value, why) => {
    expect(readDate(value)).toEqual({ unreadable: String(value), why });
  });
});

describe('dayOrderOf', () => {
  it('takes the order from dates whose first or second number is over 12', () => {
    expect(dayOrderOf(['03/04/2025', '25/03/2025', null, 45000])).toBe('dmy');
    expect(dayOrderOf(['03/04/2025', '03/25/2025'])).toBe('mdy');
    expect(dayOrderOf(['03/04/2025', '05/06/2025'])).toBeNull();
    expect(dayOrderOf(['25/03/2025', '03/25/2025'])).toBeNull();
  });
});

describe('date arithmetic', () => {
  it('adds days across months and years and counts days between', () => {
    expect(addDays('2025-12-15', 60)).toBe('2026-02-13');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-04-30', '2026-06-30')).toBe(61);
    expect(daysBetween('2026-06-30', '2026-04-30')).toBe(-61);
  });
});
