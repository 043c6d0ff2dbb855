// Free text: a Region name in a notes-like column, and a Region postal code, phone area code or
// registration code written inside notes or an address (not in its own column); and digit runs that
// only look like postal codes (inside coordinates, longer numbers, other countries' codes).
import { signals } from '../../../src/data';
import { usccCheckValid } from '../../../src/domain/matchers/codes';
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator, Outcome } from '../types';
import { a1Outcome, describe } from './oracle';

const FREE_TEXT_HEADERS = ['Notes', 'Comments', 'Remarks', 'Other information', '备注', '说明'];

export const freeTextGenerator: Generator = {
  suite: 'places',
  name: 'free text: names and codes inside text',
  description:
    'A Region name (Urumqi, Kashgar, 新疆, 喀什地区) in notes, comments, remarks, "other" and 备注 columns; every Region postal prefix, phone area code and a registration code written inside notes or an address; and digit runs that are not postal codes (inside coordinates, phone and order numbers). Expected: medium for the first two, nothing for the last.',
  required: 1,
  async run(): Promise<CaseResult[]> {
    const cases: { id: string; header: string[]; row: CellValue[]; want: Outcome }[] = [];
    const supplier = 'Brightfield Textile Co., Ltd.';
    for (const h of FREE_TEXT_HEADERS) {
      const header = ['Supplier Name', 'Country', h];
      for (const text of ['Second plant in Urumqi', 'Spinning mill located in Kashgar', '在新疆有分厂', '原料仓库在喀什地区']) cases.push({ id: `${h}: "${text}"`, header, row: [supplier, 'China', text], want: 'weak' });
    }
    const notes = ['Supplier Name', 'Country', 'Street Address', 'Notes'];
    for (const p of signals.postalPrefixes) {
      cases.push({ id: `notes: postal ${p.prefix}000`, header: notes, row: [supplier, 'China', null, `Warehouse postcode ${p.prefix}000`], want: 'weak' });
      cases.push({ id: `address: postal ${p.prefix}001`, header: notes, row: [supplier, 'China', `Room 5, Building 2, Industrial Park, ${p.prefix}001`, null], want: 'weak' });
    }
    for (const c of signals.phoneAreaCodes) cases.push({ id: `notes: phone ${c.code}`, header: notes, row: [supplier, 'China', null, `Contact: ${c.code}-6543210`], want: 'weak' });
    const uscc = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => `91650100MA77XH2B4${c}`).find(usccCheckValid);
    cases.push({ id: `notes: registration code ${uscc}`, header: notes, row: [supplier, 'China', null, `USCC ${uscc} per licence`], want: 'weak' });
    for (const text of ['Site at 43.830001, 87.600002 (visited)', 'PO 8300014567 shipped', 'Tel +86 20 8301 2345', 'Order no. 841000123', 'Batch 830000-17-B', 'Capacity 830000 pcs a year', 'Jiangsu 214000']) {
      cases.push({ id: `notes: "${text}" is no Region code`, header: notes, row: [supplier, 'China', null, text], want: 'none' });
    }
    const out: CaseResult[] = [];
    for (const header of new Set(cases.map((c) => JSON.stringify(c.header)))) {
      const group = cases.filter((c) => JSON.stringify(c.header) === header);
      const results = await screenRows({ header: JSON.parse(header) as string[], rows: group.map((c) => c.row) });
      group.forEach((c, i) => {
        const outcome = a1Outcome(results[i]);
        const pass = outcome === c.want;
        out.push({ id: `${c.id} → want ${c.want}`, outcome, pass, detail: pass ? undefined : describe(results[i]) });
      });
    }
    return out;
  },
};
