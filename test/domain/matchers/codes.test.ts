import { codesInText, phoneElsewhere, postalElsewhere, usccCheckValid } from '../../../src/domain/matchers/codes';
import type { RowContext } from '../../../src/domain/matchers/context';
import { cell } from './row-cell';

const china: RowContext = { country: 'china', otherProvince: false, hanText: false };
const other: RowContext = { ...china, country: 'other' };
const uscc = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => `91650100MA77XH2B4${c}`).find(usccCheckValid)!;

describe('Region codes written inside notes and addresses', () => {
  it.each([
    ['address', 'Room 5, Industrial Park, 830001', 'postal', '830001'],
    ['notes', 'Warehouse postcode 841000', 'postal', '841000'],
    ['notes', '邮编：844000', 'postal', '844000'],
    ['notes', 'Contact: 0991-6543210', 'phone', '0991-6543210'],
    ['address', 'Tel +86 998 1234567, Kashgar', 'phone', '+86 998 1234567'],
    ['notes', `USCC ${uscc} per licence`, 'registration', uscc],
  ] as const)('%s "%s" → %s medium', (role, text, matcher, matched) => {
    const [f] = codesInText(cell(role, text), china);
    expect(f).toMatchObject({ matcher, matched, confidence: 'medium', category: 'A.1', cell: 'B2' });
  });

  it.each([
    ['notes', 'Site at 43.830001, 87.600002 (visited)'],
    ['notes', 'PO 8300014567 shipped'],
    ['notes', 'Order no. 841000123'],
    ['notes', 'Batch 830000-17-B'],
    ['notes', 'Capacity 830000 pcs a year'],
    ['notes', 'Tel +86 20 8301 2345'],
    ['notes', 'Call 9912345678'],
    ['address', 'Jiangsu 214000'],
    ['notes', `USCC ${uscc.slice(0, 17)}X (check character wrong)`],
  ] as const)('%s "%s" → no code', (role, text) => {
    expect(codesInText(cell(role, text), china)).toEqual([]);
  });

  it('reads no code when the country is another country', () => {
    expect(codesInText(cell('address', 'Sector 5, Ranchi 834001'), other)).toEqual([]);
  });
});

describe('codes that place a row elsewhere in China', () => {
  it('names a postal code outside 83/84 in its column or an address, not a Region one', () => {
    expect(postalElsewhere(cell('postalCode', '527400'), china)).toMatch(/527400/);
    expect(postalElsewhere(cell('address', '8 Renmin Road, Xinxing 527400'), china)).toMatch(/527400/);
    expect(postalElsewhere(cell('postalCode', '830000'), china)).toBeNull();
    expect(postalElsewhere(cell('postalCode', '527400'), other)).toBeNull();
  });

  it('names a Chinese landline area code outside the Region, not a Region one nor a mobile', () => {
    expect(phoneElsewhere(cell('phone', '+86 755 1234 5678'), china)).toMatch(/0755/);
    expect(phoneElsewhere(cell('phone', '010-12345678'), china)).toMatch(/010/);
    expect(phoneElsewhere(cell('phone', '0991-1234567'), china)).toBeNull();
    expect(phoneElsewhere(cell('phone', '+86 138 0013 8000'), china)).toBeNull();
  });
});
