// Codes that place a supplier in the Region without naming it: postal codes, landline area codes and
// company registration codes (USCC) whose division digits start with 65.
import { signals } from '../../data';
import { excerpt, type RowCell } from '../cells';
import type { Finding } from '../types';
import type { RowContext } from './context';

const postalAreas = new Map(signals.postalPrefixes.map((p) => [p.prefix, p.area]));
const phoneAreas = new Map(signals.phoneAreaCodes.map((p) => [p.code, p.area]));
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function finding(cell: RowCell, partial: Pick<Finding, 'confidence' | 'matcher' | 'detail' | 'key'>): Finding {
  return { category: 'A.1', risk: false, column: cell.header, cell: cell.address, matched: excerpt(cell.raw), ...partial };
}

export function postalFinding(cell: RowCell, ctx: RowContext): Finding | null {
  if (ctx.country === 'other') return null;
  const digits = cell.raw.replace(/[\s\u00a0]/g, '');
  const m = /^(8[34]\d)\d{3}$/.exec(digits);
  if (!m) return null;
  const area = postalAreas.get(m[1]);
  if (!area) return null;
  return finding(cell, {
    confidence: ctx.country === 'china' ? 'high' : 'medium',
    matcher: 'postal',
    detail: `postal code ${digits} = ${area}, Xinjiang (Region codes start 83/84)`,
    key: `A.1|postal|${m[1]}`,
  });
}

/** The landline area code of a Chinese phone number, e.g. "0991", or null. */
export function chineseAreaCode(raw: string, ctx: RowContext): string | null {
  const compact = raw.replace(/[\s\-().\u00a0]/g, '');
  let national: string;
  if (/^(\+86|0086)/.test(compact)) national = compact.replace(/^(\+86|0086)0?/, '0');
  else if (/^86(9\d\d)\d{6,8}$/.test(compact)) national = `0${compact.slice(2)}`;
  else if (/^0\d{9,11}$/.test(compact) && ctx.country !== 'other') national = compact;
  else return null;
  const m = /^(09\d\d)\d{6,8}$/.exec(national);
  return m ? m[1] : null;
}

export function phoneFinding(cell: RowCell, ctx: RowContext): Finding | null {
  const code = chineseAreaCode(cell.raw, ctx);
  const area = code ? phoneAreas.get(code) : undefined;
  if (!code || !area) return null;
  return finding(cell, {
    confidence: 'medium',
    matcher: 'phone',
    detail: `area code ${code} = ${area}, Xinjiang (a phone number alone can belong to a sales office elsewhere)`,
    key: `A.1|phone|${code}`,
  });
}

export function usccCheckValid(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i]) * USCC_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

export function registrationFinding(cell: RowCell): Finding | null {
  const code = cell.raw.replace(/[\s-]/g, '').toUpperCase();
  let division: string | null = null;
  let valid = false;
  if (/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    division = code.slice(2, 8);
    valid = usccCheckValid(code);
  } else if (/^\d{15}$/.test(code)) {
    division = code.slice(0, 6); // pre-2016 registration number starts with the division code
    valid = true;
  }
  if (!division || !division.startsWith(signals.registrationDivisionPrefix)) return null;
  return finding(cell, {
    confidence: valid ? 'high' : 'medium',
    matcher: 'registration',
    detail: `registration code division ${division} = registered in Xinjiang${valid ? '' : ' (check digit does not verify: confirm the code)'}`,
    key: `A.1|registration|${division}`,
  });
}
