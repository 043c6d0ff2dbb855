// One table from UFLPA sections to categories, and every way a list arrives reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uflpaList } from '../../../src/data';
import { parseDhsPage } from '../../../src/domain/dhs-page';
import { parseListTable, parseWatchlist } from '../../../src/domain/list-import';
import { delimitedRows } from '../../../src/domain/list-text';
import { BUILT_IN_LIST, type ScreeningEntry } from '../../../src/domain/lists';
import { categoryOfSections, lastSectionIn, parseSections, sectionLabel, UFLPA_SECTIONS, type UflpaSectionId } from '../../../src/domain/uflpa-sections';

const TABLE: [UflpaSectionId[], string][] = [
  [['i'], 'A.1'],
  [['ii'], 'A.3'],
  [['iii'], 'A.4'],
  [['iv'], 'A.4'],
  [['v'], 'A.4'],
  [['ii', 'i'], 'A.1'],
  [['v', 'i'], 'A.1'],
  [['v', 'ii'], 'A.3'],
  [['iv', 'v'], 'A.4'],
];

describe('the section table', () => {
  it.each(TABLE)('sections %j → %s: section (i) is A.1 wherever it is listed', (sections, category) => {
    expect(categoryOfSections(sections)).toBe(category);
  });

  it('labels every section, (iii) included', () => {
    expect(UFLPA_SECTIONS.map((s) => s.id)).toEqual(['i', 'ii', 'iii', 'iv', 'v']);
    expect(sectionLabel(['iii'])).toBe('products of listed entities');
    expect(sectionLabel(['v', 'i'])).toBe('XUAR production + sources Region material');
    expect(categoryOfSections([])).toBeNull();
  });

  it('reads sections in the statute form, worded, and bare in a dedicated cell', () => {
    expect(parseSections('UFLPA Entity List - Section 2(d)(2)(B)(iii)')).toEqual(['iii']);
    expect(parseSections('Sec. 2(d)(2)(B)(ii); 2(d)(2)(B)(i)')).toEqual(['i', 'ii']);
    expect(parseSections('listed under (b)(iv) and (b)(v)')).toEqual(['iv', 'v']);
    expect(parseSections('Section ii')).toEqual(['ii']);
    expect(parseSections('(ii); (i)')).toEqual([]); // bare numerals in free text are not sections
    expect(parseSections('(ii); (i)', true)).toEqual(['i', 'ii']);
    expect(parseSections('v', true)).toEqual(['v']);
    expect(parseSections('sanctions', true)).toEqual([]);
  });

  it('a heading names its section first; the last heading before a table wins', () => {
    expect(lastSectionIn('Intro naming Section 2(d)(2)(B)(i) and (B)(ii)\nSection 2(d)(2)(B)(iv): exporters of goods of (B)(i) entities\nNo entities')).toBe('iv');
    expect(lastSectionIn('Section 2(d)(2)(B)(iv)\nnone listed\nSection 2(d)(2)(B)(v)\nFacilities that source')).toBe('v');
    expect(lastSectionIn('Entities that mine or produce')).toBeNull();
  });
});

describe('every import path maps sections through the same table', () => {
  const expectTable = (entries: ScreeningEntry[]) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.sections?.length).toBeGreaterThan(0);
      expect(e.category).toBe(categoryOfSections(e.sections!));
      expect(e.section).toBe(sectionLabel(e.sections!));
    }
  };

  it('the built-in list', () => {
    const withSections = BUILT_IN_LIST.entries.filter((e) => e.sections?.length);
    expectTable(withSections);
    const daqo = BUILT_IN_LIST.entries.find((e) => e.id === 'xinjiang-daqo-new-energy')!;
    expect(daqo).toMatchObject({ sections: ['i', 'v'], category: 'A.1' });
    // Every entry of the data file with a section is built in with the table's category.
    expect(withSections.length).toBe(uflpaList.entries.filter((e) => e.sections.length).length);
  });

  it('the OpenSanctions CSV: "(b)(iii)" gets its label, "(ii); (i)" gets A.1', () => {
    const csv = [
      'id,schema,name,aliases,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change',
      'NK-1,Company,Alpha Test Co.,,cn,,,"UFLPA (b)(iii) products",,,us_dhs_uflpa,2026-08-03,2026-09-01,2026-08-03',
      'NK-2,Company,Beta Test Co.,,cn,,,"UFLPA Entity List - Section 2(d)(2)(B)(ii); UFLPA Entity List - Section 2(d)(2)(B)(i)",,,us_dhs_uflpa,2026-08-03,2026-09-01,2026-08-03',
      'NK-3,Company,Gamma Test Co.,,cn,,,"UFLPA Entity List - Section 2(d)(2)(B)(v)",,,us_dhs_uflpa,2026-08-03,2026-09-01,2026-08-03',
    ].join('\n');
    const list = parseListTable(delimitedRows(csv), 'us_dhs_uflpa', '');
    expectTable(list.entries);
    expect(list.entries.map((e) => [e.name, e.category, e.section])).toEqual([
      ['Alpha Test Co.', 'A.4', 'products of listed entities'],
      ['Beta Test Co.', 'A.1', 'XUAR production + labour recruitment/transfer'],
      ['Gamma Test Co.', 'A.4', 'sources Region material'],
    ]);
    expect(list.official).toEqual({ latestAction: '2026-08-03' });
  });

  it('the DHS page', () => {
    const html = readFileSync(join(__dirname, '../../support/dhs/uflpa-entity-list-2026-08.html'), 'utf8');
    expectTable(parseDhsPage(html, 'saved').entries);
  });

  it('a watchlist (file or sheet) with a section column; a category written in the row decides', async () => {
    const rows = [
      ['Name', 'Section', 'Category'],
      ['Delta Test Co', '(ii); (i)', ''],
      ['Epsilon Test Co', '2(d)(2)(B)(iii)', ''],
      ['Zeta Test Co', 'v', 'A.2'],
    ];
    const file = parseListTable(rows, 'watch', '2026-12-01');
    expect(file.entries.map((e) => e.category)).toEqual(['A.1', 'A.4', 'A.2']);
    expectTable(file.entries.slice(0, 2));
    const sheet = await parseWatchlist({ rows }, async () => {});
    expect(sheet.entries.map((e) => e.category)).toEqual(['A.1', 'A.4', 'A.2']);
    expect(() => parseListTable([['Name', 'Section'], ['Eta Co', 'seven']], 'watch', '')).toThrow(/row 2: section: section must name UFLPA sections/);
  });
});
