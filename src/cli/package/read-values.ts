// Cell text and numbers as the domain reads them: Office's _xHHHH_ escapes decoded (the inverse of
// escapeXlsxText in src/cli/xlsx-text.ts) and date serials turned into 'YYYY-MM-DD' text.

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * "_x000D_" is a carriage return; "_x005F_" is the underscore that keeps a literal "_x0041_" text
 * (written "_x005F_x0041_"): the regular expression consumes it, so what follows is not decoded.
 */
export function decodeXlsxEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const DAY_MS = 86_400_000;
// 1970-01-01 is serial 25569 in the 1900 system; the 1904 system counts 1462 days fewer.
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;
/** 9999-12-31, the last day Excel shows as a date. */
const LAST_SERIAL = 2958465;

/**
 * The date Excel shows for a serial under a date format, as 'YYYY-MM-DD'; the number itself when
 * Excel cannot show it as a date (negative, or past 9999). The 1900 system counts the 29 February
 * 1900 that never was (Lotus 1-2-3's bug, kept by Excel): serials before 61 are a day later than
 * plain arithmetic says, 60 is "1900-02-29" and 0 is "1900-01-00".
 */
export function serialToDate(serial: number, date1904: boolean): string | number {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1 - (date1904 ? DAYS_1904 : 0)) return serial;
  if (!date1904 && serial < 61) {
    if (serial < 1) return '1900-01-00';
    if (serial >= 60) return '1900-02-29';
    return isoDay(Math.round((serial + 1 - UNIX_EPOCH_SERIAL) * DAY_MS));
  }
  return isoDay(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * DAY_MS));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A number cell's text: a number, or the text itself when it is not one (a damaged cell). */
export function parseNumber(text: string): number | string {
  const n = parseFloat(text);
  return Number.isNaN(n) ? text.trim() : n;
}
