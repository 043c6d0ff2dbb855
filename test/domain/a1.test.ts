// A1 references: the one implementation the domain, the package reader and writer, and the Office.js
// host share. The Excel double (test/support/excel-double/a1.ts) keeps its own, as an independent oracle.
import { a1, columnLetter, columnNumber, decodeBlock, decodeCell, encodeBlock } from '../../src/domain/a1';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s, and back', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
    expect(columnNumber(letters.toLowerCase())).toBe(column);
  });

  it('reads the letters a reference starts with, 0 when there are none', () => {
    expect(columnNumber('AB12')).toBe(28);
    expect(columnNumber('12')).toBe(0);
    expect(columnNumber('')).toBe(0);
    expect(columnNumber('$A$1')).toBe(0); // a reference with dollars goes through decodeCell
  });

  it('round-trips every column of a sheet', () => {
    for (let c = 1; c <= 16384; c++) if (columnNumber(columnLetter(c)) !== c) throw new Error(`column ${c}`);
  });
});

describe('cells and blocks', () => {
  it('writes a cell address', () => {
    expect(a1(7, 5)).toBe('E7');
    expect(a1(1048576, 16384)).toBe('XFD1048576');
  });

  it('decodes a cell address, dollars allowed, and refuses what is not one', () => {
    expect(decodeCell('E7')).toEqual({ row: 7, column: 5 });
    expect(decodeCell('$ab$12')).toEqual({ row: 12, column: 28 });
    for (const bad of ['', 'E', '7', 'E0', 'ABCD1', 'E7:F8', 'Sheet1!E7', 'E 7']) expect(decodeCell(bad)).toBeNull();
  });

  it('decodes a block with its corners in any order, or one cell', () => {
    expect(decodeBlock('B2:D9')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(decodeBlock('D9:B2')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(decodeBlock('$C$3')).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    for (const bad of ['A:C', '1:3', 'A1:B2:C3', 'A1 B2', '']) expect(decodeBlock(bad)).toBeNull();
  });

  it('writes a block, a single cell without a colon', () => {
    expect(encodeBlock({ top: 2, left: 2, bottom: 9, right: 4 })).toBe('B2:D9');
    expect(encodeBlock({ top: 3, left: 3, bottom: 3, right: 3 })).toBe('C3');
  });
});
