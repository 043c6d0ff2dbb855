// A saved DHS "UFLPA Entity List" page as a list: sections, effective dates, aliases, former names and
// the listing's reach; a page that cannot be read whole is refused in one line, nothing imported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeHtml, parseDhsPage, parseEffectiveDate, parseListedName } from '../../../src/domain/dhs-page';
import { decodeEntities, htmlTables } from '../../../src/domain/html-tables';
import { ListFormatError, parseListText } from '../../../src/domain/list-import';

const PAGE = readFileSync(join(__dirname, '../../support/dhs/uflpa-entity-list-2026-08.html'), 'utf8');

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>UFLPA Entity List</title></head><body><main>${body}</main></body></html>`;
}
const table = (head: string[], rows: string[][]) =>
  `<table class="usa-table"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const section = (id: string, rows: string[][], head = ['Name of Entity', 'Effective Date']) => `<h2>Section 2(d)(2)(B)(${id})</h2><p><strong>Entities</strong></p>${table(head, rows)}`;

describe('the saved DHS page', () => {
  const list = parseDhsPage(PAGE, 'UFLPA Entity List (saved)');
  const by = (name: string) => list.entries.find((e) => e.name === name)!;

  it('is a copy of the official list dated by its latest effective date', () => {
    expect(list).toMatchObject({ name: 'UFLPA Entity List (saved)', version: '2026-08-03', official: { latestAction: '2026-08-03' }, builtIn: false });
    expect(list.source).toMatch(/DHS UFLPA Entity List page/);
    expect(list.entries).toHaveLength(24);
  });

  it('keeps each entry\'s sections, effective date, aliases, former names and reach', () => {
    expect(by('Xinjiang Goens Energy Technology Co., Ltd.')).toMatchObject({
      sections: ['i'],
      category: 'A.1',
      dateAdded: '2026-08-03',
      aliases: [],
      formerNames: ['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'Xinjiang GCL New Energy Materials Technology Co., Ltd.'],
      coversSubsidiaries: false,
      regionLocated: true,
    });
    // <br> and &nbsp; inside the cells; a parenthesis that is part of the name stays in it.
    expect(by('Hoshine Silicon Industry (Shanshan) Co., Ltd')).toMatchObject({ aliases: ['Hesheng Silicon Industry (Shanshan) Co.'], coversSubsidiaries: true, dateAdded: '2022-06-21' });
    expect(by('Xinjiang Production and Construction Corps')).toMatchObject({ aliases: ['XPCC', 'Xinjiang Corps', 'China Xinjian Group'], coversSubsidiaries: true });
    expect(by('Changhong Meiling Co., Ltd.')).toMatchObject({ formerNames: ['Hefei Meiling Co., Ltd.'], sections: ['ii'], category: 'A.3', dateAdded: '2024-10-03' });
    expect(by('Testbrook Walnut Trading Co., Ltd.')).toMatchObject({ aliases: ['Testbrook Nuts'], namesZh: ['测溪核桃贸易有限公司'], sections: ['v'], category: 'A.4' });
    expect(by('Testshan Q&R Silicon Co., Ltd.').aliases).toEqual(['Testshan Qiu’er Silicon']);
    expect(by('Testvale Cotton Warehouse Co., Ltd.').coversSubsidiaries).toBe(true);
  });

  it('makes one entry of an entity listed under two sections, with its earliest date', () => {
    expect(by('Xinjiang Daqo New Energy Co., Ltd.')).toMatchObject({ sections: ['i', 'v'], category: 'A.1', dateAdded: '2022-06-21' });
    expect(by('Xinjiang Zijin Zinc Industry Co., Ltd.')).toMatchObject({ sections: ['ii', 'v'], category: 'A.3' });
  });

  it('lists the subsidiaries a row names as entries of their own', () => {
    const ninestar = list.entries.filter((e) => e.dateAdded === '2023-06-12').map((e) => e.name);
    expect(ninestar).toEqual([
      'Ninestar Corporation',
      'Zhuhai Ninestar Information Technology Co., Ltd.',
      'Zhuhai Pantum Electronics Co., Ltd.',
      'Zhuhai Apex Microelectronics Co., Ltd.',
      'Geehy Semiconductor Co., Ltd.',
      'Zhuhai Pu-Tech Industrial Co., Ltd.',
      'Zhuhai G&G Digital Technology Co., Ltd.',
      'Zhuhai Seine Printing Technology Co., Ltd.',
      'Zhuhai Ninestar Management Co., Ltd.',
    ]);
    expect(by('Camel Test Battery (Xinjiang) Co., Ltd.')).toMatchObject({ sections: ['v'], dateAdded: '2026-08-03' });
  });

  it('an empty section gives no entries; scripts, styles and layout tables are not read as entities', () => {
    expect(list.entries.some((e) => e.sections?.includes('iv'))).toBe(false);
    expect(list.entries.some((e) => /not a table|Footer/.test(e.name))).toBe(false);
  });

  it('is read by the one list reader both hosts use', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('name,aliases\nA Co,B\n')).toBe(false);
    expect(parseListText(PAGE, 'saved', '2026-12-01').entries).toHaveLength(24);
  });
});

describe('a page that cannot be read whole is refused with one line naming the problem', () => {
  const refused = (html: string): string => {
    try {
      parseDhsPage(html, 'p');
    } catch (e) {
      expect(e).toBeInstanceOf(ListFormatError);
      const message = (e as Error).message;
      expect(message).not.toMatch(/\n/);
      return message;
    }
    throw new Error('the page was imported');
  };

  it.each([
    ['a table without a section heading', page(`<h2>Entities</h2>${table(['Name of Entity', 'Effective Date'], [['A Co', 'June 21, 2022']])}`), /entity table 1 has no heading naming its UFLPA section/],
    ['no effective-date column', page(section('ii', [['A Co', 'x']], ['Name of Entity', 'Notes'])), /the section \(ii\) table has no "Effective Date" column/],
    ['a date that is not a date', page(section('v', [['A Co', 'June 21, 2022'], ['B Co', 'Junly 40, 2024']])), /the section \(v\) table, row 2: "Junly 40, 2024" is not a date/],
    ['a row with one cell', page(section('i', [['A Co', 'June 21, 2022'], ['B Co']])), /the section \(i\) table, row 2 has 1 cell\(s\): expected a name and an effective date/],
    ['a row without a name', page(section('i', [['', 'June 21, 2022']])), /the section \(i\) table, row 1 has no entity name/],
    ['a table cut off', page(`<h2>Section 2(d)(2)(B)(i)</h2><table><tr><th>Name of Entity</th><th>Effective Date</th></tr><tr><td>A Co</td><td>June 21, 2022</td></tr>`), /the section \(i\) table is cut off/],
    ['no entity table at all', page('<p>Page not found</p><table><tr><td>menu</td></tr></table>'), /no UFLPA Entity List table/],
    ['tables without entities', page(section('i', []) + section('iv', [])), /hold no entities/],
  ])('%s', (_what, html, message) => {
    expect(refused(html)).toMatch(message);
  });

  it('one bad table refuses the whole page: nothing of the good tables is imported', () => {
    const html = page(section('i', [['Good Co', 'June 21, 2022']]) + section('ii', [['Bad Co', 'soon']]));
    expect(() => parseListText(html, 'p', '')).toThrow(ListFormatError);
  });
});

describe('the name cell', () => {
  it.each([
    ['X Co. (including one alias: Y Co.) and subsidiaries', { name: 'X Co.', aliases: ['Y Co.'], coversSubsidiaries: true }],
    ['X Co. (also known as Y; Z)', { name: 'X Co.', aliases: ['Y', 'Z'] }],
    ['X Co. (formerly known as Y Co.)', { name: 'X Co.', formerNames: ['Y Co.'] }],
    ['X Co. (including two aliases: Heze Cotton and Linen; and Y)', { name: 'X Co.', aliases: ['Heze Cotton and Linen', 'Y'] }],
    ['X Co. (including two aliases: Alpha Trading and Beta Trading)', { name: 'X Co.', aliases: ['Alpha Trading', 'Beta Trading'] }],
    ['X Co. (including three aliases: A, Ltd.; B; and C) and its subordinate and affiliated entities', { aliases: ['A, Ltd.', 'B', 'C'], coversSubsidiaries: true }],
    ['X Co. (also known as Y) (formerly known as Z)', { aliases: ['Y'], formerNames: ['Z'] }],
    ['X Co. (including two aliases: Y; and W; and formerly known as Z)', { aliases: ['Y', 'W'], formerNames: ['Z'] }],
    ['Kashgar Construction Engineering (Group) Co., Ltd.', { name: 'Kashgar Construction Engineering (Group) Co., Ltd.', aliases: [] }],
    ['X Group, and Subsidiaries', { name: 'X Group', coversSubsidiaries: true }],
    ['X Group and its subsidiary Y (Xinjiang) Co., Ltd.', { name: 'X Group', subsidiaries: ['Y (Xinjiang) Co., Ltd.'], coversSubsidiaries: false }],
  ])('%s', (cell, expected) => {
    expect(parseListedName(cell)).toMatchObject(expected);
  });

  it('reads the dates DHS writes', () => {
    expect(parseEffectiveDate('August 3, 2026')).toBe('2026-08-03');
    expect(parseEffectiveDate('Aug. 3, 2026')).toBe('2026-08-03');
    expect(parseEffectiveDate('Sept 27, 2023')).toBe('2023-09-27');
    expect(parseEffectiveDate('3 August 2026')).toBe('2026-08-03');
    expect(parseEffectiveDate('8/3/2026')).toBe('2026-08-03');
    expect(parseEffectiveDate('2026-08-03')).toBe('2026-08-03');
    expect(parseEffectiveDate('February 30, 2024')).toBeNull();
    expect(parseEffectiveDate('Augusty 3, 2026')).toBeNull();
    expect(parseEffectiveDate('pending')).toBeNull();
  });
});

describe('the table scanner', () => {
  it('decodes character references and keeps unknown ones as written', () => {
    expect(decodeEntities('Q&amp;R&nbsp;Co&#44; Ltd&#x2019;s &rsquo;&eacute; &bogus; AT&T')).toBe('Q&R\u00a0Co, Ltd’s ’é &bogus; AT&T');
  });

  it('reads cells across line breaks, nested markup and attributes holding ">"', () => {
    const [t] = htmlTables('<p>Section 2(d)(2)(B)(i)</p><table data-x="a>b"><tr><th>Name of Entity</th><th>Effective Date</th></tr><tr><td><p><a href="/x?a=1&amp;b=2">A <em>Co</em></a><br/>(also known as B)</p></td><td>June 21,<br>2022</td></tr></table>');
    expect(t.before).toMatch(/Section 2\(d\)\(2\)\(B\)\(i\)/);
    expect(t.rows[0]).toEqual({ cells: ['Name of Entity', 'Effective Date'], header: true });
    expect(t.rows[1].cells.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(['A Co (also known as B)', 'June 21, 2022']);
  });
});
