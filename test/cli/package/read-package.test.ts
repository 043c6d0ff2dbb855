// readPackage on hand-written packages: what Excel, the OpenXML SDK and other writers put in an
// .xlsx that ExcelJS-written workbooks never show, and damaged files. Equivalence with the ExcelJS
// path over real and generated workbooks is in read-package-equivalence.test.ts.
import JSZip from 'jszip';
import { InputError } from '../../../src/cli/input-error';
import { readPackage } from '../../../src/cli/package/read-package';
import { isDateFormat } from '../../../src/cli/package/read-styles';
import { decodeXlsxEscapes, serialToDate } from '../../../src/cli/package/read-values';
import { escapeXlsxText } from '../../../src/cli/xlsx-text';
import { cell, MAIN_NS, num, rawBook, REL_NS, row, text, type RawBook } from './read-package-builder';

const read = async (book: RawBook) => readPackage(await rawBook(book), 'book.xlsx');
const rowsOf = async (book: RawBook, sheet = 0) => (await read(book)).sheets[sheet].grid.rows;

async function failure(bytes: Buffer | Promise<Buffer>): Promise<string> {
  try {
    await readPackage(await bytes, 'book.xlsx');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('readPackage did not fail');
}

describe('cells', () => {
  test('shared strings, numbers, booleans, errors, and the grid padded to the widest row', async () => {
    const rows = await rowsOf({
      sharedStrings: '<si><t>Supplier</t></si><si><t xml:space="preserve"> Urumqi </t></si>',
      sheets: [
        {
          name: 'S',
          rows:
            row(1, [cell('A1', '<v>0</v>', { t: 's' }), num('B1', 3.5), cell('C1', '<v>1</v>', { t: 'b' }), cell('D1', '<v>0</v>', { t: 'b' })]) +
            row(3, [cell('B3', '<v>1</v>', { t: 's' }), cell('C3', '<v>#N/A</v>', { t: 'e' })]),
        },
      ],
    });
    expect(rows).toEqual([
      ['Supplier', 3.5, true, false],
      [null, null, null, null],
      [null, ' Urumqi ', '#N/A', null],
    ]);
  });

  test('element names with a namespace prefix (the OpenXML SDK writes <x:row>) in every part', async () => {
    const contents = await read({
      sharedStrings: '',
      sheets: [
        {
          name: 'Prefixed',
          xml: `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Kashgar</x:t></x:is></x:c></x:row><x:row r="2" hidden="1"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>`,
        },
      ],
      parts: {
        'xl/sharedStrings.xml': `<x:sst xmlns:x="${MAIN_NS}"><x:si><x:r><x:t>Hotan </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Silk</x:t></x:r></x:si></x:sst>`,
        'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN_NS}" xmlns:rel="${REL_NS}"><x:sheets><x:sheet name="Prefixed" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
      },
    });
    expect(contents.sheetNames).toEqual(['Prefixed']);
    expect(contents.sheets[0].grid).toEqual({ sheetName: 'Prefixed', top: 1, left: 1, rows: [['Hotan Silk', 'Kashgar', null, null], [7, null, null, null]], hiddenRows: [2] });
  });

  test('rows and cells without an r attribute follow the one before', async () => {
    const rows = await rowsOf({
      sheets: [{ name: 'S', rows: row(null, [text(null, 'a'), text(null, 'b')]) + row(4, [text('B4', 'c'), text(null, 'd')]) + row(null, [num(null, 1), cell(null, ''), num(null, 3)]) }],
    });
    expect(rows).toEqual([
      ['a', 'b', null],
      [null, null, null],
      [null, null, null],
      [null, 'c', 'd'],
      [1, null, 3],
    ]);
  });

  test('inline strings: plain, rich text runs joined, phonetic guides left out, empty', async () => {
    const rows = await rowsOf({
      sheets: [
        {
          name: 'S',
          rows: row(1, [
            text('A1', 'plain'),
            cell('B1', '<is><r><t>Xinjiang </t></r><r><rPr><i/></rPr><t>Cotton</t></r><rPh sb="0" eb="1"><t>しんきょう</t></rPh></is>', { t: 'inlineStr' }),
            cell('C1', '<is><t/></is>', { t: 'inlineStr' }),
            cell('D1', '<is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></is>', { t: 'inlineStr' }),
          ]),
        },
      ],
    });
    expect(rows).toEqual([['plain', 'Xinjiang Cotton', null, '東京']]);
  });

  test('shared rich text: runs joined, phonetic runs ignored', async () => {
    const rows = await rowsOf({
      sharedStrings: '<si><r><t>Aksu </t></r><r><rPr><b/></rPr><t>Cotton</t></r><rPh sb="0" eb="4"><t>アクス</t></rPh></si><si><t>新疆</t><rPh sb="0" eb="2"><t>xīnjiāng</t></rPh></si>',
      sheets: [{ name: 'S', rows: row(1, [cell('A1', '<v>0</v>', { t: 's' }), cell('B1', '<v>1</v>', { t: 's' })]) }],
    });
    expect(rows).toEqual([['Aksu Cotton', '新疆']]);
  });

  test('formulas: the cached value; none (or an empty one) reads as empty but still widens the grid', async () => {
    const rows = await rowsOf({
      sheets: [
        {
          name: 'S',
          rows:
            row(1, [
              cell('A1', '<f>"Urum"&amp;"qi"</f><v>Urumqi</v>', { t: 'str' }),
              cell('B1', '<f>1+1</f><v>2</v>'),
              cell('C1', '<f>NA()</f><v>#N/A</v>', { t: 'e' }),
              cell('D1', '<f>TRUE()</f><v>1</v>', { t: 'b' }),
            ]) +
            row(2, [cell('A2', '<f>B1*2</f>'), cell('B2', '<f t="shared" si="0"/>'), cell('E2', '<f>IF(1,"")</f><v></v>', { t: 'str' })]),
        },
      ],
    });
    expect(rows).toEqual([
      ['Urumqi', 2, '#N/A', true, null],
      [null, null, null, null, null],
    ]);
  });

  test('_xHHHH_ escapes are decoded: a CR kept, a literal "_x0041_" written as "_x005F_x0041_" kept', async () => {
    const tricky = 'Line 1\r\nLine 2 _x0041_ \u0001end';
    const rows = await rowsOf({
      sharedStrings: `<si><t>${escapeXlsxText(tricky)}</t></si><si><t>a_x000d_b</t></si>`,
      sheets: [{ name: 'S', rows: row(1, [cell('A1', '<v>0</v>', { t: 's' }), text('B1', 'x_x000D_y'), cell('C1', '<v>1</v>', { t: 's' }), cell('D1', '<f>A1</f><v>p_x0009_q</v>', { t: 'str' })]) }],
    });
    expect(rows).toEqual([[tricky, 'x\ry', 'a\rb', 'p\tq']]);
  });

  test('hidden rows inside the grid are listed', async () => {
    const contents = await read({ sheets: [{ name: 'S', rows: row(1, [num('A1', 1)]) + row(2, [num('A2', 2)], ' hidden="1"') + row(3, [num('A3', 3)], ' hidden="true"') + row(4, [num('A4', 4)], ' hidden="0"') }] });
    expect(contents.sheets[0].grid.hiddenRows).toEqual([2, 3]);
  });

  test('merged cells: only the top-left cell has the value; the range widens the grid', async () => {
    const rows = await rowsOf({ sheets: [{ name: 'S', rows: row(1, [text('A1', 'Title'), text('B1', 'stale')]) + row(2, [num('A2', 1)]), after: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' }] });
    expect(rows).toEqual([
      ['Title', null, null],
      [1, null, null],
    ]);
  });

  test('a formatted blank cell makes the sheet longer but not wider, as the ExcelJS path did', async () => {
    const rows = await rowsOf({ cellXfs: [0, 0], sheets: [{ name: 'S', rows: row(1, [num('A1', 1), num('B1', 2)]) + row(3, [cell('F3', '', { s: 1 })]) }] });
    expect(rows).toEqual([
      [1, 2],
      [null, null],
      [null, null],
    ]);
  });

  test('a Strict OOXML ISO date cell (t="d") reads as its day', async () => {
    expect(await rowsOf({ sheets: [{ name: 'S', rows: row(1, [cell('A1', '<v>2024-01-31T00:00:00Z</v>', { t: 'd' })]) }] })).toEqual([['2024-01-31']]);
  });
});

describe('dates', () => {
  test('format codes: date and time tokens outside quotes, brackets and escapes', () => {
    for (const code of ['yyyy-mm-dd', 'YYYY-MM-DD', 'd-mmm-yy', '[$-409]mmmm d, yyyy;@', 'h:mm AM/PM', 'dd"."mm"."yyyy', '[Red][<0]yyyy', 'mm:ss.0']) expect({ code, date: isDateFormat(code) }).toEqual({ code, date: true });
    for (const code of ['General', '0.00', '#,##0 ;[Red](#,##0)', '0\\m', '0 "days"', '"ymd"0', '_(* #,##0_);_(* (#,##0);_(* "-"_)', '[Blue]0', '0.00E+00', '@', '*d0', '_d0']) {
      expect({ code, date: isDateFormat(code) }).toEqual({ code, date: false });
    }
  });

  test('built-in date formats (ids 14–22, 27–36, 45–47, 50–58) and custom ones', async () => {
    const builtIn = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    const notDates = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49];
    const custom = [164, 165, 166];
    const styles = [...builtIn, ...notDates, ...custom];
    const rows = await rowsOf({
      cellXfs: styles,
      numFmts: '<numFmt numFmtId="164" formatCode="yyyy/mm/dd"/><numFmt numFmtId="165" formatCode="0\\d"/><numFmt numFmtId="166" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>',
      sheets: [{ name: 'S', rows: row(1, styles.map((_, i) => num(null, 45322, i))) }],
    });
    const day = '2024-01-31';
    expect(rows[0]).toEqual([...builtIn.map(() => day), ...notDates.map(() => 45322), day, 45322, day]);
  });

  test('a date-formatted formula result is a date too; a text result in a date format stays text', async () => {
    const rows = await rowsOf({ cellXfs: [0, 14], sheets: [{ name: 'S', rows: row(1, [cell('A1', '<f>TODAY()</f><v>45322.75</v>', { s: 1 }), cell('B1', '<f>"n/a"</f><v>n/a</v>', { t: 'str', s: 1 })]) }] });
    expect(rows).toEqual([['2024-01-31', 'n/a']]);
  });

  test("1900 system: Excel's phantom 29 February 1900 is honoured", () => {
    expect(serialToDate(1, false)).toBe('1900-01-01');
    expect(serialToDate(59, false)).toBe('1900-02-28');
    expect(serialToDate(60, false)).toBe('1900-02-29');
    expect(serialToDate(61, false)).toBe('1900-03-01');
    expect(serialToDate(0, false)).toBe('1900-01-00');
    expect(serialToDate(45322, false)).toBe('2024-01-31');
    expect(serialToDate(45322.9999, false)).toBe('2024-01-31');
    expect(serialToDate(2958465, false)).toBe('9999-12-31');
    expect(serialToDate(2958466, false)).toBe(2958466); // Excel shows ##### past 9999
    expect(serialToDate(-1, false)).toBe(-1);
  });

  test('1904 system (date1904="1" in workbook.xml): serial 0 is 1904-01-01', async () => {
    expect(serialToDate(0, true)).toBe('1904-01-01');
    expect(serialToDate(43860, true)).toBe('2024-01-31');
    const rows = await rowsOf({ date1904: true, cellXfs: [0, 14], sheets: [{ name: 'S', rows: row(1, [num('A1', 43860, 1), num('B1', 43860)]) }] });
    expect(rows).toEqual([['2024-01-31', 43860]]);
  });
});

describe('escapes', () => {
  test('decoding inverts escapeXlsxText for every control character and literal escape', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f _x0041_ _X0041_ _x00e9_ _x005F_';
    expect(decodeXlsxEscapes(escapeXlsxText(all))).toBe(all);
    expect(decodeXlsxEscapes('_x00e9_ and _x00E9_')).toBe('é and é');
  });
});

describe('sheets', () => {
  test('names in workbook order with hidden, veryHidden, a chart sheet and a dialog sheet listed; only worksheets read', async () => {
    const contents = await read({
      sheets: [
        { name: 'Lookup', state: 'hidden', rows: row(1, [text('A1', 'x')]) },
        { name: 'Chart1', kind: 'chartsheet' },
        { name: 'Suppliers', rows: row(1, [text('A1', 'y')]) },
        { name: 'Secret', state: 'veryHidden', rows: row(1, [text('A1', 'z')]) },
        { name: 'Dialog1', kind: 'dialogsheet' },
      ],
    });
    expect(contents.sheetNames).toEqual(['Lookup', 'Chart1', 'Suppliers', 'Secret', 'Dialog1']);
    expect(contents.sheets.map((s) => [s.name, s.state, s.grid.rows])).toEqual([
      ['Lookup', 'hidden', [['x']]],
      ['Suppliers', 'visible', [['y']]],
      ['Secret', 'veryHidden', [['z']]],
    ]);
  });

  test('parts found through the relationships: absolute targets, other part names, names in another case', async () => {
    const contents = await read({
      sheets: [
        { name: 'Absolute', part: 'xl/worksheets/data.xml', target: '/xl/worksheets/data.xml', rows: row(1, [text('A1', 'abs')]) },
        { name: 'Elsewhere', part: 'sheets/Second Sheet.xml', target: '../sheets/Second%20Sheet.xml', rows: row(1, [text('A1', 'rel')]) },
        { name: 'Cased', part: 'xl/worksheets/Sheet3.xml', target: 'worksheets/sheet3.XML', rows: row(1, [text('A1', 'case')]) },
      ],
    });
    expect(contents.sheets.map((s) => s.grid.rows[0][0])).toEqual(['abs', 'rel', 'case']);
  });

  test('an empty worksheet is an empty grid', async () => {
    expect((await read({ sheets: [{ name: 'Empty' }] })).sheets[0].grid).toEqual({ sheetName: 'Empty', top: 1, left: 1, rows: [], hiddenRows: [] });
  });

  test('Excel tables on a sheet: display name and range, through the sheet relationships', async () => {
    const contents = await read({
      sheets: [
        {
          name: 'S',
          rows: row(1, [text('A1', 'Supplier Name'), text('B1', 'City')]) + row(2, [text('A2', 'a'), text('B2', 'b')]),
          after: '<tableParts count="2"><tablePart r:id="rId7"/><tablePart r:id="rId9"/></tableParts>',
          rels: `<Relationship Id="rId7" Type="${REL_NS}/table" Target="../tables/table1.xml"/><Relationship Id="rId9" Type="${REL_NS}/table" Target="/xl/tables/table2.xml"/>`,
        },
      ],
      parts: {
        'xl/tables/table1.xml': `<table xmlns="${MAIN_NS}" id="1" name="Table1" displayName="Suppliers" ref="A1:B2"><autoFilter ref="A1:B2"/></table>`,
        'xl/tables/table2.xml': `<table xmlns="${MAIN_NS}" id="2" name="Rates" ref="D1:E3"/>`,
      },
    });
    expect(contents.sheets[0].tables).toEqual([
      { name: 'Suppliers', ref: 'A1:B2' },
      { name: 'Rates', ref: 'D1:E3' },
    ]);
  });
});

describe('damaged and foreign files', () => {
  const NOT_XLSX = 'book.xlsx is not a valid .xlsx workbook (it may be damaged or another kind of file).';

  test('a ZIP cut short', async () => {
    const bytes = await rawBook({ sheets: [{ name: 'S', rows: row(1, [text('A1', 'x')]) }] });
    expect(await failure(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('book.xlsx could not be opened as a workbook: the file may be damaged or cut short.');
  });

  test('bytes that are no ZIP at all', async () => {
    expect(await failure(Buffer.from('Supplier Name,City\n'))).toBe('book.xlsx could not be opened as a workbook: the file may be damaged or cut short.');
  });

  test('a ZIP without xl/workbook.xml, and a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect(await failure(zip.generateAsync({ type: 'nodebuffer' }))).toBe(NOT_XLSX);
    const word = new JSZip();
    word.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`);
    word.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    expect(await failure(word.generateAsync({ type: 'nodebuffer' }))).toBe(NOT_XLSX);
  });

  test('a worksheet part that is not well-formed XML', async () => {
    const bytes = rawBook({ sheets: [{ name: 'Suppliers', xml: `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>` }] });
    expect(await failure(bytes)).toBe('book.xlsx could not be opened as a workbook: the sheet "Suppliers" (xl/worksheets/sheet1.xml) is damaged.');
  });

  test('a worksheet part cut short mid-stream', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i + 1, [text(`A${i + 1}`, `Supplier ${i}`)])).join('');
    const whole = `<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
    expect(await failure(rawBook({ sheets: [{ name: 'Suppliers', xml: whole.slice(0, whole.length / 2) }] }))).toBe(
      'book.xlsx could not be opened as a workbook: the sheet "Suppliers" (xl/worksheets/sheet1.xml) is damaged.',
    );
  });

  test('a damaged workbook.xml and shared strings part', async () => {
    expect(await failure(rawBook({ sheets: [], parts: { 'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}"><sheets>` } }))).toBe(
      'book.xlsx could not be opened as a workbook: the list of sheets (xl/workbook.xml) is damaged.',
    );
    expect(await failure(rawBook({ sharedStrings: '<si><t>a</si>', sheets: [{ name: 'S' }] }))).toBe('book.xlsx could not be opened as a workbook: the shared text (xl/sharedStrings.xml) is damaged.');
  });

  test('a sheet whose part is missing', async () => {
    const zip = await JSZip.loadAsync(await rawBook({ sheets: [{ name: 'Suppliers', rows: '' }] }));
    zip.remove('xl/worksheets/sheet1.xml');
    expect(await failure(zip.generateAsync({ type: 'nodebuffer' }))).toBe('book.xlsx could not be opened as a workbook: the sheet "Suppliers" (xl/worksheets/sheet1.xml) is missing.');
  });

  test('a cell naming a shared string that does not exist', async () => {
    expect(await failure(rawBook({ sharedStrings: '<si><t>a</t></si>', sheets: [{ name: 'S', rows: row(1, [cell('B1', '<v>5</v>', { t: 's' })]) }] }))).toBe(
      'book.xlsx could not be opened as a workbook: cell B1 of the sheet "S" (xl/worksheets/sheet1.xml) is damaged (its text is missing from the shared strings).',
    );
  });

  test('a stray cell at the far corner of the sheet gives a message, not an out-of-memory crash', async () => {
    const message = await failure(rawBook({ sheets: [{ name: 'S', rows: row(1, [num('A1', 1)]) + row(1048576, [num('XFD1048576', 1)]) }] }));
    expect(message).toBe(
      'book.xlsx: the sheet "S" reaches row 1,048,576 and column 16,384, more cells than the command line can hold: delete the unused rows and columns past the data, save, and try again.',
    );
  });
});
