// The parts of the sheets we own: the summary (text as text cells, numbers as numbers, bold rows,
// column widths) and the provenance sheet (all text, a row per supplier). Deflated row by row as
// they are built, so a 100,000-row provenance sheet never exists as one string.
import type { LettersSheetWrite, ProvenanceWrite, SummaryCell, SummarySheetWrite } from '../../domain/write-plan-types';
import { escapeXlsxText } from '../xlsx-text';
import { a1, encodeBlock } from '../../domain/a1';
import type { StylesPatch } from './patch-styles';
import { escapeText } from './patch-xml';
import { DeflatedPart } from './patch-zip';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

function textCell(ref: string, text: string, style: number): string {
  const escaped = escapeXlsxText(text);
  const space = /^\s|\s$|\n|\t/.test(escaped) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeText(escaped)}</t></is></c>`;
}

async function sheetPart(rows: SummaryCell[][], cell: (ref: string, value: string | number, row: number, column: number) => string, widths: number[]): Promise<DeflatedPart> {
  const part = new DeflatedPart();
  const write = async (xml: string) => {
    if (!part.write(xml)) await new Promise<void>((resume) => part.onDrain(resume));
  };
  const width = Math.max(1, ...rows.map((r) => r.length));
  const dimension = `<dimension ref="${encodeBlock({ top: 1, left: 1, bottom: Math.max(1, rows.length), right: width })}"/>`;
  const cols = widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  await write(`${HEAD}${dimension}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`);
  for (let i = 0; i < rows.length; i++) {
    const row = i + 1;
    const xml = rows[i].map((v, c) => (v === null ? '' : cell(a1(row, c + 1), v, row, c + 1))).join('');
    if (xml) await write(`<row r="${row}">${xml}</row>`);
  }
  await write(`</sheetData>${MARGINS}</worksheet>`);
  return part.end();
}

export function summarySheetPart(summary: SummarySheetWrite, styles: StylesPatch): Promise<DeflatedPart> {
  const bold = new Set(summary.boldRows);
  const text = styles.derive(0, { text: true, bold: false });
  const boldText = styles.derive(0, { text: true, bold: true });
  const boldNumber = styles.derive(0, { text: false, bold: true });
  return sheetPart(
    summary.rows,
    (ref, v, row) => {
      if (typeof v === 'number') return `<c r="${ref}"${bold.has(row) ? ` s="${boldNumber}"` : ''}><v>${v}</v></c>`;
      return textCell(ref, v, bold.has(row) ? boldText : text);
    },
    summary.columnWidths,
  );
}

export function provenanceSheetPart(provenance: ProvenanceWrite, styles: StylesPatch): Promise<DeflatedPart> {
  const text = styles.derive(0, { text: true, bold: false });
  return sheetPart(provenance.rows, (ref, v) => textCell(ref, String(v), text), []);
}

/** The CtA Letters sheet: text cells, bold title and header rows, the letter bodies wrapped. */
export function lettersSheetPart(letters: LettersSheetWrite, styles: StylesPatch): Promise<DeflatedPart> {
  const bold = new Set(letters.boldRows);
  const text = styles.derive(0, { text: true, bold: false });
  const boldText = styles.derive(0, { text: true, bold: true });
  const wrapped = styles.derive(0, { text: true, bold: false, wrap: true });
  return sheetPart(
    letters.rows,
    (ref, v, row, column) => textCell(ref, String(v), bold.has(row) ? boldText : column === letters.wrapColumn ? wrapped : text),
    letters.columnWidths,
  );
}
