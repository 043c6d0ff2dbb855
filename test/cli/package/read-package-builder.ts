// Hand-written .xlsx packages for the reader's tests: every part is XML text, so a test can write
// what ExcelJS never would (namespace prefixes, missing r attributes, phonetic runs, chart sheets…).
import JSZip from 'jszip';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** Default "worksheet"; a chart sheet or dialog sheet is listed but holds no cells. */
  kind?: 'worksheet' | 'chartsheet' | 'dialogsheet';
  /** The <sheetData> content (rows); for a worksheet. */
  rows?: string;
  /** Elements after </sheetData> (mergeCells, tableParts…). */
  after?: string;
  /** The part's name; default xl/worksheets/sheetN.xml. */
  part?: string;
  /** The relationship's Target as written; default relative to xl/. */
  target?: string;
  /** The sheet part's own relationships (<Relationship> elements). */
  rels?: string;
  /** The whole part's text, instead of one built from rows/after. */
  xml?: string;
}

export interface RawBook {
  sheets: RawSheet[];
  /** <si> elements. */
  sharedStrings?: string;
  /** <numFmts> content. */
  numFmts?: string;
  /** numFmtId of each <cellXfs> entry; default [0]. */
  cellXfs?: number[];
  date1904?: boolean;
  /** Extra parts, by name. */
  parts?: Record<string, string>;
}

export async function rawBook(book: RawBook): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels: string[] = [];
  const entries: string[] = [];
  book.sheets.forEach((s, i) => {
    const kind = s.kind ?? 'worksheet';
    const folder = kind === 'worksheet' ? 'worksheets' : `${kind}s`;
    const part = s.part ?? `xl/${folder}/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL_NS}/${kind}" Target="${s.target ?? part.replace(/^xl\//, '')}"/>`);
    entries.push(`<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    const root = kind === 'worksheet' ? 'worksheet' : kind;
    zip.file(part, s.xml ?? `<?xml version="1.0"?><${root} xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${kind === 'worksheet' ? `<sheetData>${s.rows ?? ''}</sheetData>${s.after ?? ''}` : ''}</${root}>`);
    if (s.rels) {
      const slash = part.lastIndexOf('/');
      zip.file(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`, `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">${s.rels}</Relationships>`);
    }
  });
  const n = book.sheets.length;
  if (book.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rId${n + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN_NS}">${book.sharedStrings}</sst>`);
  }
  rels.push(`<Relationship Id="rId${n + 2}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const xfs = (book.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0"?><styleSheet xmlns="${MAIN_NS}">${book.numFmts ? `<numFmts>${book.numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${entries.join('')}</sheets></workbook>`,
  );
  for (const [name, text] of Object.entries(book.parts ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** One <row> of <c> elements; r null writes no r attribute. */
export function row(r: number | null, cells: string[], attributes = ''): string {
  return `<row${r === null ? '' : ` r="${r}"`}${attributes}>${cells.join('')}</row>`;
}

/** One <c>: `cell('B2', '<v>1</v>', { t: 's' })`; ref null writes no r attribute. */
export function cell(ref: string | null, body: string, attributes: Record<string, string | number> = {}): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<c${ref === null ? '' : ` r="${ref}"`}${attrs}>${body}</c>`;
}

export const text = (ref: string | null, value: string) => cell(ref, `<is><t xml:space="preserve">${value}</t></is>`, { t: 'inlineStr' });
export const num = (ref: string | null, value: number, style?: number) => cell(ref, `<v>${value}</v>`, style === undefined ? {} : { s: style });
