// The ways a buyer writes a listed name: each function turns a name as listed into one variant form,
// or null when the form does not apply to that name (no legal form to drop, no Chinese to convert).
// Written from how supplier masters spell names, not from the matcher's tables.
import * as OpenCC from 'opencc-js';

const HAN = /[\u3400-\u9fff]/;
export const hasHan = (s: string) => HAN.test(s);

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s+([,.)])/g, '$1').replace(/\(\s*\)/g, '').replace(/[\s,]+$/, '').trim();
}

/** Upper case, every punctuation mark a space: "HOSHINE SILICON INDUSTRY SHANSHAN CO LTD". */
export function upperNoPunctuation(name: string): string | null {
  if (hasHan(name)) return null;
  return name.toUpperCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

// Legal forms at the end of a Latin name, longest first; repeated ("Group Co., Ltd.").
const LATIN_LEGAL_TAIL = /(?:[\s,]+|^)(?:\(group\)|group|grp|holdings?|co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|co\.?|company|corporation|corp\.?|incorporated|inc\.?|joint[\s-]stock|stock|share|l\.?l\.?c\.?)$/i;
const HAN_LEGAL_TAIL = /(?:股份有限公司|有限责任公司|有限公司|[(（]集团[)）]|集团|控股|公司)$/;

/** The name without its legal form: "Huafu Fashion", "华孚时尚", "Esquel". */
export function legalFormDropped(name: string): string | null {
  let s = name.trim();
  const tail = hasHan(s) && !/[a-z]{2}/i.test(s) ? HAN_LEGAL_TAIL : LATIN_LEGAL_TAIL;
  for (;;) {
    const next = s.replace(tail, '').trim();
    if (next === s || next === '') break;
    s = next;
  }
  s = tidy(s);
  return s && s !== name.trim() ? s : null;
}

// Each swap: a legal form as listed → as a buyer may write it.
const LATIN_SWAPS: [RegExp, string][] = [
  [/\bCo\.?,?\s*Ltd\.?$/i, 'Company Limited'],
  [/\bCompany\s+Limited$/i, 'Co., Ltd.'],
  [/\bLimited$/i, 'Ltd'],
  [/\bLtd\.?$/i, 'Limited'],
  [/\bCorporation$/i, 'Corp.'],
  [/\bCorp\.?$/i, 'Corporation'],
  [/\bInc\.?$/i, 'Incorporated'],
  [/\bIncorporated$/i, 'Inc.'],
  [/\bCo\.$/i, 'Company'],
  [/\(Group\)/i, 'Group'],
  [/\bGroup\b/i, 'Grp'],
  [/\bHoldings\b/i, 'Holding'],
  [/\bStock\b/i, 'Share'],
];
const HAN_SWAPS: [RegExp, string][] = [
  [/股份有限公司$/, '有限公司'],
  [/有限责任公司$/, '有限公司'],
  [/(?<!股份|责任)有限公司$/, '股份有限公司'],
  [/集团有限公司$/, '（集团）有限公司'],
];

/**
 * The legal form swapped for an equivalent or abbreviated one ("Co., Ltd." → "Company Limited",
 * "Group" → "Grp", 有限公司 → 股份有限公司); a name without one gets one added ("Esquel Group Co., Ltd.").
 */
export function legalFormSwapped(name: string): string[] {
  const out = new Set<string>();
  const han = hasHan(name) && !/[a-z]{2}/i.test(name);
  for (const [from, to] of han ? HAN_SWAPS : LATIN_SWAPS) {
    if (from.test(name)) out.add(tidy(name.replace(from, to)));
  }
  if (!legalFormDropped(name)) out.add(han ? `${name}有限公司` : `${name} Co., Ltd.`);
  out.delete(name);
  return [...out];
}

// Content words as buyers abbreviate them (the table).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bIndustrial\b/i, 'Ind.'],
  [/\bIndustry\b/i, 'Ind.'],
  [/\bIndustries\b/i, 'Inds.'],
  [/\bTechnology\b/i, 'Tech.'],
  [/\bTechnologies\b/i, 'Tech.'],
  [/\bInternational\b/i, 'Intl'],
  [/\bManufacturing\b/i, 'Mfg'],
  [/\bImport\s+(?:and|&)\s+Export\b/i, 'Imp. & Exp.'],
];

/** Each content word of the table abbreviated in turn, then all of them at once. */
export function contentAbbreviated(name: string): string[] {
  if (hasHan(name)) return [];
  const out = new Set<string>();
  let all = name;
  for (const [from, to] of ABBREVIATIONS) {
    if (!from.test(name)) continue;
    out.add(name.replace(from, to));
    all = all.replace(from, to);
  }
  if (out.size > 0) out.add(all);
  return [...out];
}

/** A space doubled, and a space removed (two words run together; a Chinese name gets one after its first two characters). */
export function spacing(name: string): string[] {
  if (hasHan(name) && !/[a-z]{2}/i.test(name)) return [`${name.slice(0, 2)} ${name.slice(2)}`];
  const at = name.indexOf(' ');
  if (at < 0) return [];
  const out = [`${name.slice(0, at)}  ${name.slice(at + 1)}`];
  // The first space between two words (not before a parenthesis or a legal form's comma).
  const m = /([\p{L}\p{N}]) ([\p{L}\p{N}])/u.exec(name);
  if (m) out.push(name.slice(0, m.index + 1) + name.slice(m.index + 2));
  return out;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A Chinese name in traditional characters (Hong Kong and Taiwan forms), where they differ. */
export function traditional(name: string): string[] {
  if (!hasHan(name)) return [];
  return [...new Set([toTraditional(name), toTaiwan(name)])].filter((t) => t !== name);
}

/** Latin letters, digits and punctuation in their full-width forms (typed with a Chinese input method). */
export function fullWidth(name: string): string | null {
  if (!/[a-z]/i.test(name)) return null;
  return name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}
