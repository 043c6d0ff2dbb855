// Text normalisation shared by every matcher: the same steps for cells and for reference names.
import { toSimplified } from './chinese';

const INVISIBLE = /[\ufe00-\ufe0f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g; // eslint-disable-line no-control-regex -- matching control characters is the point: they are removed
const COMBINING = /[\u0300-\u036f]/g;
const TURKIC: Record<string, string> = { ş: 'sh', Ş: 'sh', ç: 'ch', Ç: 'ch', ğ: 'gh', Ğ: 'gh', ı: 'i', İ: 'i' };
const TURKIC_RE = /[şŞçÇğĞıİ]/g;

// Cyrillic and Greek letters that look like Latin ones. Only applied inside words that also hold
// Latin letters, so genuine Cyrillic names (Урумчи) stay Cyrillic.
const LOOKALIKE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
};
const MIXED_WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /[a-z]/i;
const NON_LATIN_LOOKALIKE = /[\u0370-\u03ff\u0400-\u052f]/;

// Arabic-script letter variants that Uyghur texts mix.
const ARABIC: Record<string, string> = { 'ي': 'ى', 'ی': 'ى', 'ک': 'ك', 'ھ': 'ه', 'ة': 'ه', 'ـ': '' };
const ARABIC_RE = /[يیکھةـ]/g;

function foldLookalikes(word: string): string {
  if (!LATIN.test(word) || !NON_LATIN_LOOKALIKE.test(word)) return word;
  return Array.from(word, (ch) => LOOKALIKE[ch] ?? ch).join('');
}

/**
 * Fold a cell to the form every matcher compares: NFKC, no invisible or control characters,
 * lower case, no Latin diacritics, look-alike letters folded inside Latin words, simplified Chinese,
 * unified Arabic-script letter variants, single spaces.
 */
export function normalizeText(input: string): string {
  let s = input.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  s = s.replace(TURKIC_RE, (ch) => TURKIC[ch]);
  s = s.toLowerCase();
  s = s.replace(MIXED_WORD, foldLookalikes);
  s = s.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  s = s.replace(ARABIC_RE, (ch) => ARABIC[ch]).replace(/ё/g, 'е');
  s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}

/** Latin/Cyrillic/Arabic word tokens of a normalised text, apostrophes and hyphens inside words dropped. */
export function wordTokens(normalized: string): string[] {
  return normalized
    .replace(/['’ʼ`´‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Strings as a host reads them: numbers and booleans to text, null to ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
