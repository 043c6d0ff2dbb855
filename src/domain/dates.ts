// Dates as users type them in a tracker column: Excel serial numbers, ISO and Chinese year-first
// text, day-first and month-first numbers, and month names in English, French, German, Spanish,
// Italian, Portuguese and Dutch. A date that could be read two ways (03/04/2025) is not read unless
// the column itself shows which order it uses; an unreadable date is reported, never guessed.
import { cellText } from './normalize';

/** The order of day and month in dates such as 03/04/2025. */
export type DayOrder = 'dmy' | 'mdy';

/** A cell as the hosts read it (types.ts CellValue, restated: this module sits below types.ts). */
type CellValue = string | number | boolean | null;

export type DateReading = { date: string } | { unreadable: string; why: string };

const DAY_MS = 86_400_000;
/** 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Serials read as dates: 1950-01-01 to 2149-12-31. A tracker date outside that is a typing slip. */
const FIRST_SERIAL = 18264;
const LAST_SERIAL = 91310;

const MONTHS: Record<string, number> = {};
// English, French, German, Spanish, Italian, Portuguese, Dutch: full names and the usual abbreviations.
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'jänner', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD' when year, month and day make a real calendar date. */
function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function fromSerial(serial: number): string {
  return new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS)).toISOString().slice(0, 10);
}

/** "3 April 2025": how a date reads in the messages. */
export function spokenDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
}

const unreadable = (text: string, why: string): DateReading => ({ unreadable: text, why });

/** Day, month and year numbers whose order is not stated by the text itself (03/04/2025, 3-4-25). */
function numericDate(a: string, b: string, yearText: string, text: string, order: DayOrder | null, dotted: boolean): DateReading {
  const [x, y] = [Number(a), Number(b)];
  const year = fullYear(yearText);
  // Dotted dates are day-first wherever they are written (de, fr, ru, pl, …).
  const dayFirst = dotted || x > 12 ? true : y > 12 ? false : x === y ? true : order === null ? null : order === 'dmy';
  if (dayFirst === null) {
    const one = isoOf(year, y, x);
    const other = isoOf(year, x, y);
    if (one && other) return unreadable(text, `could be ${spokenDate(one)} or ${spokenDate(other)}`);
  }
  const iso = dayFirst === false ? isoOf(year, x, y) : isoOf(year, y, x);
  return iso ? { date: iso } : unreadable(text, 'is not a real calendar date');
}

/** A date written with a month name: "1 March 2025", "March 1, 2025", "1-Mar-25", "1er mars 2025", "1. März 2025". */
function namedMonthDate(text: string): DateReading | null {
  const tokens = text
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th|er|e|º|°)(?=[\s,./-]|$)/g, '$1')
    .split(/[\s,./-]+/)
    .filter((t) => t && !['de', 'del', 'of', 'the', 'le', 'den'].includes(t));
  const months = tokens.filter((t) => MONTHS[t] !== undefined);
  const numbers = tokens.filter((t) => /^\d{1,4}$/.test(t));
  if (months.length !== 1 || numbers.length !== 2 || months.length + numbers.length !== tokens.length) return null;
  const month = MONTHS[months[0]];
  const long = numbers.filter((n) => n.length >= 3);
  let day: string;
  let year: string;
  if (long.length === 1) {
    year = long[0];
    day = numbers.find((n) => n !== year) ?? year;
  } else if (long.length === 0) {
    [day, year] = numbers; // "1-Mar-25": day, then a two-digit year
  } else return null;
  const iso = isoOf(fullYear(year), month, Number(day));
  return iso ? { date: iso } : unreadable(text, 'is not a real calendar date');
}

/**
 * Reads a cell as a date. Null for an empty cell. `order` is the day order a column was seen to use
 * (see dayOrderOf); without it, a date whose day and month could be swapped is unreadable.
 */
export function readDate(value: CellValue, order: DayOrder | null = null): DateReading | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return unreadable(String(value), 'is not a date');
  if (typeof value === 'number') {
    if (value >= FIRST_SERIAL && value < LAST_SERIAL + 1) return { date: fromSerial(value) };
    return unreadable(String(value), 'is a number, not a date');
  }
  const raw = cellText(value).trim();
  if (!raw) return null;
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ');
  // Year first: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, 2025. 3. 1., with or without a time.
  let m = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日.号]?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { date: iso } : unreadable(raw, 'is not a real calendar date');
  }
  // A serial typed or pasted as text.
  if (/^\d{5}(\.\d+)?$/.test(text)) return readDate(Number(text), order);
  m = /^(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{2}|\d{4})\.?$/.exec(text);
  if (m) return numericDate(m[1], m[3], m[4], raw, order, m[2] === '.');
  return namedMonthDate(text) ?? unreadable(raw, 'is not a date the screen can read');
}

/**
 * The day order a column of dates shows: day-first when some date's first number is over 12,
 * month-first when some date's second number is, null when none says or they disagree.
 */
export function dayOrderOf(values: Iterable<CellValue>): DayOrder | null {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = /^\s*(\d{1,2}) ?[/-] ?(\d{1,2}) ?[/-] ?(?:\d{2}|\d{4})\s*$/.exec(v.normalize('NFKC'));
    if (!m) continue;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy = true;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy = true;
  }
  return dmy === mdy ? null : dmy ? 'dmy' : 'mdy';
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
