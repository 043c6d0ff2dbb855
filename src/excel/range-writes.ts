// Range writes in the shapes the Office.js typings allow: a 2-D array the size of the range. A single
// value for a whole range is described on Excel.Range but not typed, and a reported product bug says it
// can stop execution on some platforms (https://github.com/OfficeDev/office-js-docs-reference/issues/578),
// so it is never used.
import { cellBytes } from './payload';

/** A rows × columns block holding one value everywhere (one row array shared by every row: it is only serialised). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  const row = Array.from({ length: columns }, () => value);
  return Array.from({ length: rows }, () => row);
}

/** Formats every cell of a rows × columns range as text ('@'), so what is written next is never read as a formula or number. */
export function formatAsText(range: Excel.Range, rows: number, columns: number): void {
  range.numberFormat = filled(rows, columns, '@');
}

/** Request bytes the text format adds per cell. */
export const TEXT_FORMAT_CELL_BYTES = cellBytes('@');

/** Excel column width in points for a width in characters of the default font. */
export function widthInPoints(characters: number): number {
  return Math.round(characters * 5.7 + 5);
}
