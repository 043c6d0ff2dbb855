// Delimited text as rows: CSV files, tab-separated text and cells pasted from Excel. One parser for
// every host (the command line's CSV input and list files, the pane's list files and pasted cells), so
// a file gives the same rows wherever it is opened. Every value stays text (07112 keeps its zero).
import Papa from 'papaparse';

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * Rows of delimited text. Blank lines are kept so that "row 7" in a message is line 7 of the file;
 * the separator is guessed from the first non-blank lines (papaparse cannot guess it when blank lines
 * break the pattern), comma when nothing else fits. A trailing empty line gives no row.
 */
export function delimitedRows(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = Papa.parse<string[]>(clean, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 20 }).meta.delimiter;
  const parsed = Papa.parse<string[]>(clean, { delimiter: DELIMITERS.includes(delimiter) ? delimiter : ',', skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((c) => (c ?? '').toString()));
  if (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return rows;
}
