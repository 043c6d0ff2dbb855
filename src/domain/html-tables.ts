// The tables of an HTML page, each with the text that precedes it (its heading), for pages saved from a
// browser. Small on purpose: the command line runs without a DOM and the task pane's bundle has a size
// budget, so both read pages through this one scanner. It reads what tables need: tags, attributes in
// quotes, comments, script and style skipped, character references (numeric, and the named ones of
// HTML 4's Latin-1 and punctuation sets; any other stays as written), <br> and block tags as line breaks.

export interface HtmlTableRow {
  cells: string[];
  /** Every cell of the row is a <th>. */
  header: boolean;
}

export interface HtmlTable {
  rows: HtmlTableRow[];
  /** Text between the previous table (or the page's start) and this one: where its heading is. */
  before: string;
  caption: string;
  /** The page ended before the table's </table>. */
  unclosed: boolean;
}

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED = new Map<string, number>([
  ['amp', 38], ['lt', 60], ['gt', 62], ['quot', 34], ['apos', 39], ['OElig', 338], ['oelig', 339], ['Scaron', 352], ['scaron', 353],
  ['Yuml', 376], ['ensp', 8194], ['emsp', 8195], ['thinsp', 8201], ['zwnj', 8204], ['zwj', 8205], ['lrm', 8206], ['rlm', 8207],
  ['ndash', 8211], ['mdash', 8212], ['lsquo', 8216], ['rsquo', 8217], ['sbquo', 8218], ['ldquo', 8220], ['rdquo', 8221],
  ['bdquo', 8222], ['bull', 8226], ['hellip', 8230], ['prime', 8242], ['euro', 8364], ['trade', 8482],
  ...LATIN1.split(' ').map((name, i): [string, number] => [name, 160 + i]),
]);

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    let code: number | undefined;
    if (ref[0] === '#') code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    else if (whole.endsWith(';')) code = NAMED.get(ref);
    if (code === undefined || !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'tr', 'dt', 'dd', 'blockquote', 'hr']);

/** Where the tag starting at `lt` ends (just past its '>'), reading quoted attribute values whole. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

export function htmlTables(html: string): HtmlTable[] {
  const tables: HtmlTable[] = [];
  let before = '';
  let depth = 0; // tables open; only the outermost one's structure counts
  let table: HtmlTable | null = null;
  let row: HtmlTableRow | null = null;
  let cell: string | null = null;
  let cellIsHeader = true;
  let inCaption = false;

  const text = (t: string) => {
    if (cell !== null) cell += t;
    else if (inCaption && table) table.caption += t;
    else if (depth === 0) before += t;
  };
  const closeCell = () => {
    if (cell !== null && row) row.cells.push(cell);
    cell = null;
  };
  const closeRow = () => {
    closeCell();
    if (row && table && row.cells.length > 0) {
      row.header = cellIsHeader;
      table.rows.push(row);
    }
    row = null;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) text(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!m) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = tagEnd(html, lt);
      else {
        text('<');
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    i = tagEnd(html, lt);
    if (!closing && SKIPPED.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      i = end < 0 ? html.length : tagEnd(html, end);
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        if (depth++ === 0) {
          table = { rows: [], before: before.replace(/[ \t\r\f\v\u00a0]+/g, ' '), caption: '', unclosed: false };
          before = '';
        } else text('\n');
      } else if (depth > 0 && --depth === 0 && table) {
        closeRow();
        tables.push(table);
        table = null;
      }
      continue;
    }
    if (depth === 1 && table) {
      if (name === 'tr') {
        closeRow();
        if (!closing) {
          row = { cells: [], header: false };
          cellIsHeader = true;
        }
        continue;
      }
      if (name === 'td' || name === 'th') {
        closeCell();
        if (!closing) {
          if (!row) {
            row = { cells: [], header: false };
            cellIsHeader = true;
          }
          cell = '';
          if (name === 'td') cellIsHeader = false;
        }
        continue;
      }
      if (name === 'caption') {
        inCaption = !closing;
        continue;
      }
      if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
        closeRow();
        continue;
      }
    }
    if (name === 'br' || BLOCK.has(name) || (depth > 1 && (name === 'td' || name === 'th'))) text('\n');
  }
  if (table) {
    closeRow();
    (table as HtmlTable).unclosed = true;
    tables.push(table);
  }
  return tables;
}
