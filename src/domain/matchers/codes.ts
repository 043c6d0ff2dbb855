// Codes that place a supplier in the Region without naming it: postal codes, landline area codes and
// company registration codes (USCC) whose division digits start with 65; in their own columns, and
// written inside notes or an address. And the codes that place it elsewhere in China.
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

/** The Chinese national form of a phone number ("0991…", "1…" for mobiles), or null when it is not Chinese. */
function chineseNational(raw: string, ctx: RowContext): string | null {
  const compact = raw.replace(/[\s\-().\u00a0]/g, '');
  if (/^(\+86|0086)/.test(compact)) return compact.replace(/^(\+86|0086)0?/, '0');
  if (/^86(9\d\d)\d{6,8}$/.test(compact)) return `0${compact.slice(2)}`;
  if (/^0\d{9,11}$/.test(compact) && ctx.country !== 'other') return compact;
  return null;
}

/** The landline area code of a Chinese phone number, e.g. "0991", or null. */
export function chineseAreaCode(raw: string, ctx: RowContext): string | null {
  const national = chineseNational(raw, ctx);
  const m = national ? /^(09\d\d)\d{6,8}$/.exec(national) : null;
  return m ? m[1] : null;
}

/** "phone area code 0755" when a Chinese landline's area code is outside the Region, else null. */
export function phoneElsewhere(cell: RowCell, ctx: RowContext): string | null {
  const national = chineseNational(cell.raw, ctx);
  const m = national ? /^(0[12]\d|0[3-9]\d\d)\d{7,8}$/.exec(national) : null;
  return m && !phoneAreas.has(m[1]) ? `phone area code ${m[1]} (${cell.address})` : null;
}

// Written without look-behind (older Office webviews on Mac cannot compile it): the character before a
// code is matched as group 1 instead, and the code is group 2.

/** Six digits standing alone: not part of a longer number, a decimal, a date or a reference. */
const SIX_DIGITS = /(^|[^\d.,\-/])(\d{6})(?![\d\-/]|[.,]\d)/g;

/** "postal code 510000" when the row's postal code, or one written in its address, is a Chinese one outside the Region. */
export function postalElsewhere(cell: RowCell, ctx: RowContext): string | null {
  if (ctx.country === 'other') return null;
  const codes = cell.role === 'postalCode' ? [cell.raw.replace(/[\s\u00a0]/g, '')] : [...cell.raw.matchAll(SIX_DIGITS)].map((m) => m[2]);
  const code = codes.find((c) => /^\d{6}$/.test(c) && !/^8[34]/.test(c) && c !== '000000');
  return code ? `postal code ${code} (${cell.address})` : null;
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

// ---- codes written inside free text and addresses (issue #15, item 5) ----

const POSTAL_WORD = /(post\s*code|postal\s*code|postcode|zip(\s*code)?|p\.?\s?c\.?|邮编|邮政编码)\W{0,3}$/;
const PHONE_IN_TEXT = /(^|\D)((?:\+\s?86|0086)?[\s\-(]*\(?(0?9\d\d)\)?[\s\-)]*(\d{3,4}[\s-]?\d{4}))(?!\d)/g;
const USCC_IN_TEXT = /(^|[^0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}65\d{4}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])/g;

function textFinding(cell: RowCell, code: string, matcher: Finding['matcher'], detail: string, key: string): Finding {
  return { category: 'A.1', risk: false, column: cell.header, cell: cell.address, matched: code, confidence: 'medium', matcher, detail, key };
}

/**
 * Region codes written inside a notes or address cell: a postal code (in an address: any six digits
 * standing alone; in notes: after a postal-code word), a Region landline, a registration code whose check
 * character verifies. Medium: a code in running text is weaker than one in its own column.
 */
export function codesInText(cell: RowCell, ctx: RowContext): Finding[] {
  if (ctx.country === 'other') return [];
  const out: Finding[] = [];
  const where = cell.role === 'address' ? 'in the address' : 'written in the text';
  for (const m of cell.raw.matchAll(SIX_DIGITS)) {
    const code = m[2];
    const area = postalAreas.get(code.slice(0, 3));
    if (!area || !/^8[34]/.test(code)) continue;
    if (cell.role !== 'address' && !POSTAL_WORD.test(cell.raw.slice(0, m.index + m[1].length).toLowerCase())) continue;
    out.push(textFinding(cell, code, 'postal', `postal code ${code} ${where} = ${area}, Xinjiang (Region codes start 83/84)`, `A.1|postal|${code.slice(0, 3)}`));
    break;
  }
  for (const m of cell.raw.matchAll(PHONE_IN_TEXT)) {
    const [, , whole, digits] = m;
    const code = digits.startsWith('0') ? digits : `0${digits}`;
    const hasPrefix = /^(\+\s?86|0086)/.test(whole.trim()) || digits.startsWith('0');
    const area = phoneAreas.get(code);
    if (!area || !hasPrefix) continue;
    out.push(textFinding(cell, whole.trim(), 'phone', `area code ${code} ${where} = ${area}, Xinjiang (a phone number alone can belong to a sales office elsewhere)`, `A.1|phone|${code}`));
    break;
  }
  for (const m of cell.raw.toUpperCase().matchAll(USCC_IN_TEXT)) {
    const code = m[2];
    if (!usccCheckValid(code)) continue;
    out.push(textFinding(cell, code, 'registration', `registration code ${code} ${where}: division ${code.slice(2, 8)} = registered in Xinjiang`, `A.1|registration|${code.slice(2, 8)}`));
    break;
  }
  return out;
}
