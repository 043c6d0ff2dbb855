// Small helpers for range writes the typings do not express: Office.js applies a single value
// given to `numberFormat` or `values` to every cell of the range (documented on Excel.Range).

/** Formats every cell of the range as text ('@'), so what is written next is never read as a formula or number. */
export function formatAsText(range: Excel.Range): void {
  (range as unknown as { numberFormat: unknown }).numberFormat = '@';
}

/** Writes one text into every cell of the range. */
export function fillWithText(range: Excel.Range, text: string): void {
  (range as unknown as { values: unknown }).values = text;
}

/** Excel column width in points for a width in characters of the default font. */
export function widthInPoints(characters: number): number {
  return Math.round(characters * 5.7 + 5);
}
