// One worksheet part, streamed: <sheetData> rows and cells become values in SheetCells, plus the
// merged ranges and the relationship ids of the sheet's tables. A 100,000-row sheet is never held
// as XML, only as its values.
import type JSZip from 'jszip';
import type { CellValue } from '../../domain/types';
import { a1, columnNumber, decodeBlock } from '../../domain/a1';
import { SheetCells } from './read-cells';
import { isTrue } from './read-workbook';
import { decodeXlsxEscapes, parseNumber, serialToDate } from './read-values';
import { prefixedAttribute, streamXml } from './read-xml';

export interface SheetContext {
  /** Null when the package has no shared strings part. */
  sharedStrings: string[] | null;
  /** Per cell format index, whether numbers in it are dates. */
  dateStyles: boolean[];
  date1904: boolean;
}

export interface SheetPart {
  cells: SheetCells;
  /** Relationship ids of the sheet's <tablePart>s. */
  tableIds: string[];
}

/** A cell the sheet cannot be read past: a shared string that does not exist, an address off the sheet. */
export class BadCellError extends Error {
  constructor(
    readonly address: string,
    readonly problem: string,
  ) {
    super(`${address}: ${problem}`);
  }
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

// Where text goes while parsing a cell.
const NONE = 0;
const VALUE = 1; // <v>
const INLINE = 2; // <is><t> or <is><r><t>
const FORMULA = 3; // <f>: only whether it has text matters

export async function readSheetPart(file: JSZip.JSZipObject, context: SheetContext): Promise<SheetPart> {
  const cells = new SheetCells();
  const tableIds: string[] = [];
  let inSheetData = false;
  let inMergeCells = false;
  let inTableParts = false;
  let row = 0;
  let column = 0;
  // the cell being read
  let inCell = false;
  let type = '';
  let style = 0;
  let capture = NONE;
  let value: string | null = null;
  let inline: string[] | null = null;
  let hasFormula = false;
  let phonetic = 0;

  function endCell(): void {
    let result: CellValue | undefined;
    if (inline !== null) {
      if (inline.length > 0) result = decodeXlsxEscapes(inline.join(''));
    } else if (value) result = cellValue(value); // an empty <v/> (a formula giving "") reads as empty
    if (result !== undefined) cells.setValue(row, column, result);
    else if (hasFormula) cells.setValue(row, column, null);
    else if (style) cells.setBlank(row, column);
  }

  function cellValue(text: string): CellValue {
    switch (type) {
      case 's': {
        const index = parseInt(text, 10);
        const shared = context.sharedStrings?.[index];
        if (shared === undefined) throw new BadCellError(a1(row, column), 'its text is missing from the shared strings');
        return shared;
      }
      case 'str':
      case 'inlineStr':
        return decodeXlsxEscapes(text);
      case 'b':
        return text.trim() === 'true' || (parseFloat(text) || 0) !== 0;
      case 'e':
        return text.trim();
      case 'd': // ISO 8601 date (Strict OOXML, some generators)
        return /^\d{4}-\d{2}-\d{2}/.test(text.trim()) ? text.trim().slice(0, 10) : text;
      default: {
        const n = parseNumber(text);
        return typeof n === 'number' && context.dateStyles[style] ? serialToDate(n, context.date1904) : n;
      }
    }
  }

  await streamXml(file, {
    open(name, a) {
      if (inCell) {
        if (name === 'v') {
          capture = VALUE;
          value = '';
        } else if (name === 'is') inline = [];
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inline && phonetic === 0) capture = INLINE;
        else if (name === 'f') {
          capture = FORMULA;
          if (a.t) hasFormula = true;
        }
        return;
      }
      if (inSheetData) {
        if (name === 'c') {
          if (row === 0) row = 1; // a cell outside any <row>
          column = a.r ? columnNumber(a.r) : column + 1;
          if (column < 1 || column > MAX_COLUMN) throw new BadCellError(a.r ?? a1(row, column), 'the cell is outside the sheet');
          inCell = true;
          type = a.t ?? 'n';
          style = a.s ? parseInt(a.s, 10) || 0 : 0;
          value = null;
          inline = null;
          hasFormula = false;
          phonetic = 0;
        } else if (name === 'row') {
          row = a.r ? parseInt(a.r, 10) : row + 1;
          if (!(row >= 1 && row <= MAX_ROW)) throw new BadCellError(`row ${a.r}`, 'the row is outside the sheet');
          column = 0;
          if (isTrue(a.hidden)) cells.hideRow(row);
        }
      } else if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCells') inMergeCells = true;
      else if (name === 'mergeCell' && inMergeCells && a.ref) {
        const range = decodeBlock(a.ref);
        if (range && range.bottom <= MAX_ROW && range.right <= MAX_COLUMN) cells.merge(range);
      } else if (name === 'tableParts') inTableParts = true;
      else if (name === 'tablePart' && inTableParts) {
        const id = prefixedAttribute(a, 'id');
        if (id) tableIds.push(id);
      }
    },
    text(t) {
      if (capture === VALUE) value = (value ?? '') + t;
      else if (capture === INLINE) inline!.push(t);
      else if (capture === FORMULA && t.length > 0) hasFormula = true;
    },
    close(name) {
      if (inCell) {
        if (name === 'c') {
          inCell = false;
          capture = NONE;
          endCell();
        } else if (name === 'v' || name === 't' || name === 'f') capture = NONE;
        else if (name === 'rPh') phonetic--;
        return;
      }
      if (name === 'sheetData') inSheetData = false;
      else if (name === 'mergeCells') inMergeCells = false;
      else if (name === 'tableParts') inTableParts = false;
    },
  });
  return { cells, tableIds };
}
