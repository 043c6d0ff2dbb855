// Screening lists the pane imports: parsed in the pane's process, kept in the workbook's settings
// ('cta.lists'), listed beside the built-in UFLPA list and the CtA Watchlist sheet, used by screen().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_LIST } from '../../src/domain/lists';
import { LISTS_KEY, MAX_LISTS_JSON_BYTES, parseListInput, parseStoredLists, storedBytes } from '../../src/excel/list-settings';
import { delimitedRows as listRows } from '../../src/domain/list-text';
import { createOfficeGateway } from '../../src/excel/office-gateway';
import type { ScreenRequest } from '../../src/gateway/workbook-gateway';
import { detectThenScreen } from './fixtures';
import { createWorkbook, DoubleWorkbook, installExcelDouble, InstalledDouble } from '../support/excel-double';

let installed: InstalledDouble | null = null;
afterEach(() => installed?.uninstall());

function install(wb: DoubleWorkbook): InstalledDouble {
  installed = installExcelDouble(wb);
  return installed;
}

const TODAY = '2026-11-28';
const DHS_PAGE = readFileSync(join(__dirname, '../support/dhs/uflpa-entity-list-2026-08.html'), 'utf8');
const gateway = () => detectThenScreen(createOfficeGateway({ today: () => TODAY }));

function request(): Omit<ScreenRequest, 'table'> {
  return { overrides: {}, settings: { usImporter: false }, onProgress: () => undefined, signal: new AbortController().signal };
}

const HEADERS = ['Supplier ID', 'Supplier Name', 'Address', 'City', 'Country', 'Product'];
const SUPPLIERS = [
  ['S-1', 'Harbourline Polymer Trading Co., Ltd.', '12 Quay Road', 'Hai Phong', 'Viet Nam', 'polyester fabric'],
  ['S-2', 'Meridian Buttons Ltd', '4 Mill Lane', 'Leicester', 'United Kingdom', 'buttons'],
  ['S-3', 'Ostrava Zip Works', '9 Dlouha', 'Ostrava', 'Czechia', 'zips'],
];

function book(extraSheets: { name: string; cells: (string | null)[][] }[] = [], settings?: Record<string, unknown>): DoubleWorkbook {
  return createWorkbook({
    sheets: [{ name: 'Suppliers', cells: [HEADERS, ...SUPPLIERS] }, ...extraSheets],
    selection: 'Suppliers!B2',
    settings,
  });
}

const RESEARCH_CSV = 'name,aliases,category,source\nHarbourline Polymer Trading Co.,Harbourline Polymer,,NGO report 2026\nSomewhere Else Cotton Mill,,A.4,NGO report 2026\n';

function statusOf(wb: DoubleWorkbook, row: number): string | null {
  const header = wb.values('Suppliers!A1:Z1')[0];
  const col = String.fromCharCode(65 + header.indexOf('CtA Status'));
  return wb.value(`Suppliers!${col}${row}`) as string | null;
}

describe('list settings: add, list, remove', () => {
  test('with nothing imported, the built-in UFLPA list is listed alone, with its date and how to bring a newer one', async () => {
    install(book());
    const lists = await gateway().listLists!();
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ id: 'uflpa', name: BUILT_IN_LIST.name, version: BUILT_IN_LIST.version, entryCount: BUILT_IN_LIST.entries.length, builtIn: true, removable: false });
    expect(lists[0].note).toContain(BUILT_IN_LIST.version);
    expect(lists[0].note).toMatch(/OpenSanctions.*simple CSV/);
  });

  test('the built-in list says its coverage of the official list, and warns when it is more than 180 days old', async () => {
    install(book());
    const [builtIn] = await gateway().listLists!();
    expect(builtIn.note).toMatch(/^106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage\. /);
    expect(builtIn.note).not.toMatch(/Warning/);
    const [late] = await createOfficeGateway({ today: () => '2027-06-01' }).listLists!();
    expect(late.note).toMatch(/Warning: the latest listing action in "UFLPA Entity List" is of 2026-08-03, 302 days before 2027-06-01/);
  });

  test('a saved DHS page is added from the pane: kept with its sections, dates, aliases and former names, and screened', async () => {
    const wb = book([], undefined);
    wb.type('Suppliers!B3', 'Testbrook Walnut Trading Company Limited');
    install(wb);
    const g = gateway();
    const added = await g.addList!({ fileName: 'UFLPA Entity List _ Homeland Security.html', text: DHS_PAGE });
    expect(added).toMatchObject({ name: 'UFLPA Entity List _ Homeland Security', version: '2026-08-03', entryCount: 24, removable: true });
    expect(added.source).toMatch(/DHS UFLPA Entity List page/);

    const [stored] = parseStoredLists(wb.settings.get(LISTS_KEY));
    expect(stored.official).toEqual({ latestAction: '2026-08-03' });
    expect(stored.entries.find((e) => /Goens/.test(e.name))).toMatchObject({ sections: ['i'], dateAdded: '2026-08-03', formerNames: ['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'Xinjiang GCL New Energy Materials Technology Co., Ltd.'] });
    expect(stored.entries.find((e) => /Hoshine/.test(e.name))).toMatchObject({ aliases: ['Hesheng Silicon Industry (Shanshan) Co.'], coversSubsidiaries: true });

    const lists = await g.listLists!();
    expect(lists[1].note).toMatch(/does not name \d+ entities of the built-in list .*the built-in entries stay in force: /);

    await g.screen(request());
    expect(statusOf(wb, 3)).toBe('Disengage');
  });

  test('a malformed saved page is refused with one line naming the problem; nothing is kept', async () => {
    const wb = book();
    install(wb);
    const broken = DHS_PAGE.replace(/<h2>Section 2\(d\)\(2\)\(B\)\(ii\)<\/h2>/, '<h2>More entities</h2>').replace(/Section 2\(d\)\(2\)\(B\)\(ii\)/g, '');
    await expect(gateway().addList!({ fileName: 'page.html', text: broken })).rejects.toThrow(/^"page" was not added: entity table 2 has no heading naming its UFLPA section \(i\)–\(v\)\. Fix it in the file/);
    expect(wb.settings.has(LISTS_KEY)).toBe(false);
  });

  test('an added list is kept in the workbook settings as JSON, listed after the built-in one, and removed again', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    const added = await g.addList!({ fileName: 'ngo-research.csv', text: RESEARCH_CSV });
    expect(added).toMatchObject({ name: 'ngo-research', version: TODAY, entryCount: 2, builtIn: false, removable: true });

    const stored = JSON.parse(String(wb.settings.get(LISTS_KEY)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: added.id, name: 'ngo-research', builtIn: false });
    expect(stored[0].entries.map((e: { name: string }) => e.name)).toEqual(['Harbourline Polymer Trading Co.', 'Somewhere Else Cotton Mill']);
    expect(stored[0].entries[1].category).toBe('A.4');

    // a new gateway (the pane reopened) reads the lists back from the workbook
    const lists = await gateway().listLists!();
    expect(lists.map((l) => l.name)).toEqual([BUILT_IN_LIST.name, 'ngo-research']);
    expect(lists[1]).toEqual(added);

    await g.removeList!(added.id);
    expect(wb.settings.has(LISTS_KEY)).toBe(false);
    expect((await g.listLists!()).map((l) => l.id)).toEqual(['uflpa']);
    await expect(g.removeList!(added.id)).resolves.toBeUndefined(); // removing again changes nothing
  });

  test('adding a list of the same name replaces the earlier one; a pasted tab-separated list keeps its given name', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    await g.addList!({ fileName: 'ngo-research.csv', text: RESEARCH_CSV });
    const newer = await g.addList!({ fileName: 'ngo-research.csv', text: 'name\nOnly One Co\n' });
    expect(newer.entryCount).toBe(1);
    const pasted = await g.addList!({ fileName: 'Our watch names', text: 'Name\tCountry\r\nSouth Cotton Trading\tChina\r\nNorth Yarn Co\tChina\r\n' });
    expect(pasted).toMatchObject({ name: 'Our watch names', entryCount: 2 });
    const lists = await g.listLists!();
    expect(lists.map((l) => [l.name, l.entryCount])).toEqual([
      [BUILT_IN_LIST.name, BUILT_IN_LIST.entries.length],
      ['ngo-research', 1],
      ['Our watch names', 2],
    ]);
    expect(JSON.parse(String(wb.settings.get(LISTS_KEY)))).toHaveLength(2);
  });

  test('an OpenSanctions simple CSV keeps its own date and takes the category from the UFLPA section', async () => {
    install(book());
    const csv = [
      'id,schema,name,aliases,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change',
      'NK-1,Company,Harbourline Polymer Trading Co.,,cn,,,"UFLPA Entity List - section (b)(ii)",,,us_dhs_uflpa,2025-06-01T00:00:00,2026-10-02T00:00:00,2026-09-30T00:00:00',
    ].join('\n');
    const added = await gateway().addList!({ fileName: 'us_dhs_uflpa.csv', text: csv });
    expect(added).toMatchObject({ name: 'us_dhs_uflpa', version: '2026-09-30', entryCount: 1 });
    expect(added.source).toMatch(/OpenSanctions/);
  });

  test('a malformed list is rejected with the row at fault, in plain words, and nothing is stored', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    const bad = 'name,category\nGood Co,A.1\n,A.2\n';
    await expect(g.addList!({ fileName: 'broken.csv', text: bad })).rejects.toMatchObject({
      name: 'ListRejected',
      message: expect.stringMatching(/^"broken" was not added: row 3: name: the name is empty\. Fix it in the file/),
    });
    await expect(g.addList!({ fileName: 'cats.csv', text: 'name,category\nGood Co,B.7\n' })).rejects.toThrow(/row 2: category: category must be A\.1/);
    await expect(g.addList!({ fileName: 'nohead.csv', text: 'just,some\ncells,here\n' })).rejects.toThrow(/no header row with a "name" column/);
    await expect(g.addList!({ fileName: 'empty.csv', text: '  \n' })).rejects.toThrow(/"empty" is empty/);
    await expect(g.addList!({ fileName: '   ', text: 'name\nA Co\n' })).rejects.toThrow(/Give the list a name/);
    await expect(g.addList!({ fileName: 'CtA Watchlist', text: 'name\nA Co\n' })).rejects.toThrow(/belongs to the watchlist sheet/);
    expect(wb.settings.has(LISTS_KEY)).toBe(false);
  });

  test('a list too large for the settings is refused with a pointer to the CtA Watchlist sheet', async () => {
    const wb = book();
    install(wb);
    const rows = Array.from({ length: 12_000 }, (_, i) => `Very Long Example Company Name Number ${i} Holdings Group Co. Ltd,Alias One ${i};Alias Two ${i};Alias Three ${i}`);
    const text = ['name,aliases', ...rows].join('\n');
    expect(text.length).toBeGreaterThan(MAX_LISTS_JSON_BYTES / 2);
    await expect(gateway().addList!({ fileName: 'huge.csv', text })).rejects.toThrow(/too large to keep in the workbook's settings.*'CtA Watchlist'/);
    expect(wb.settings.has(LISTS_KEY)).toBe(false);
  });

  test('lists that fit one by one but not together: the second is refused, the first stays', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    const csv = (tag: string) => ['name,aliases', ...Array.from({ length: 1_500 }, (_, i) => `${tag} Example Company Name Number ${i} Holdings Group Co. Ltd,Alias One ${i};Alias Two ${i}`)].join('\n');
    await g.addList!({ fileName: 'first.csv', text: csv('First') });
    await expect(g.addList!({ fileName: 'second.csv', text: csv('Second') })).rejects.toThrow(/"second" does not fit beside the lists already kept.*Remove a list/);
    expect((await g.listLists!()).map((l) => l.name)).toEqual([BUILT_IN_LIST.name, 'first']);
    expect(String(wb.settings.get(LISTS_KEY)).length).toBeLessThanOrEqual(MAX_LISTS_JSON_BYTES);
  });

  test("Excel's settings ceiling: a list that fits our cap but not beside another add-in's settings is refused in plain words", async () => {
    // The double refuses settings over 1 MB in all with InvalidArgument, as users met in Excel.
    const wb = book();
    wb.settings.set('other.addin', 'x'.repeat(450_000));
    install(wb);
    const csv = ['name,aliases', ...Array.from({ length: 2_200 }, (_, i) => `Example Company Name Number ${i} Holdings Group Co. Ltd,Alias One ${i};Alias Two ${i}`)].join('\n');
    const list = parseListInput({ fileName: 'big.csv', text: csv }, TODAY);
    expect(storedBytes(list)).toBeLessThanOrEqual(MAX_LISTS_JSON_BYTES);
    expect(storedBytes(list)).toBeGreaterThan(600_000);
    await expect(gateway().addList!({ fileName: 'big.csv', text: csv })).rejects.toMatchObject({
      name: 'ListRejected',
      message: expect.stringMatching(/settings are full\. Put its rows on a sheet named 'CtA Watchlist'/),
    });
    expect(wb.settings.has(LISTS_KEY)).toBe(false);
    expect(String(wb.settings.get('other.addin')).length).toBe(450_000);
  });

  test('the most lists the add-in keeps, with the role overrides, stay under the settings ceiling of the double', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    // Lists of about a third of the cap each, until one does not fit.
    const csv = (tag: string) => ['name,aliases', ...Array.from({ length: 900 }, (_, i) => `${tag} Example Company Name Number ${i} Holdings Group Co. Ltd,Alias One ${i};Alias Two ${i}`)].join('\n');
    let added = 0;
    for (const tag of ['A', 'B', 'C', 'D']) {
      try {
        await g.addList!({ fileName: `${tag}.csv`, text: csv(tag) });
        added++;
      } catch (error) {
        expect(error).toMatchObject({ name: 'ListRejected', message: expect.stringMatching(/about 700 KB in all/) });
      }
    }
    expect(added).toBeGreaterThanOrEqual(2);
    await g.saveOverrides({ Product: null, City: 'city', 'Supplier ID': 'supplierId' });
    const total = JSON.stringify(Object.fromEntries(wb.settings)).length;
    expect(total).toBeLessThan(700_000);
  });

  test('stored values edited by hand are read safely', () => {
    expect(parseStoredLists('not json')).toEqual([]);
    expect(parseStoredLists('{"a":1}')).toEqual([]);
    const lists = parseStoredLists(
      JSON.stringify([
        { id: 'list:a', name: 'a', version: 'v', source: 'a', entries: [{ id: 'x', name: 'X Co', aliases: ['X'], category: 'Z.9' }, { id: 'bad' }] },
        { id: 'list:a', name: 'duplicate', entries: [{ id: 'y', name: 'Y Co' }] },
        { id: 'uflpa', name: 'pretends to be built in', entries: [{ id: 'y', name: 'Y Co' }] },
        { name: 'no id', entries: [] },
      ]),
    );
    expect(lists).toEqual([
      {
        id: 'list:a',
        name: 'a',
        version: 'v',
        source: 'a',
        builtIn: false,
        entries: [{ id: 'x', name: 'X Co', aliases: ['X'], namesZh: [], category: null, section: undefined, dateAdded: undefined, coversSubsidiaries: false, regionLocated: false }],
      },
    ]);
  });

  test('listRows: BOM, quoted cells with commas and line breaks, blank lines kept so row numbers match the file', () => {
    expect(listRows('\uFEFFname,notes\n"A, B Co","line 1\nline 2"\n\nC Co,\n')).toEqual([['name', 'notes'], ['A, B Co', 'line 1\nline 2'], [''], ['C Co', '']]);
    expect(() => parseListInput({ fileName: 'x.csv', text: 'name\nA Co\n\n,\n' }, TODAY)).not.toThrow();
    // the separator: tab (cells pasted from Excel) even when a cell holds commas; semicolon CSV
    expect(listRows('name\tnotes\nA Co\tmakes yarn, fabric, thread\n\nB Co\tx, y\n')).toEqual([['name', 'notes'], ['A Co', 'makes yarn, fabric, thread'], [''], ['B Co', 'x, y']]);
    expect(listRows('name;country\nA Co;China\n')).toEqual([['name', 'country'], ['A Co', 'China']]);
    expect(parseListInput({ fileName: 'C:\\Users\\me\\Downloads\\ngo list.TXT', text: 'name\nA Co\n' }, TODAY)).toMatchObject({ name: 'ngo list', version: TODAY });
  });
});

describe('the CtA Watchlist sheet', () => {
  test('is listed after the imported lists, read-only, with its entry count', async () => {
    install(book([{ name: 'CtA Watchlist', cells: [['Name', 'Category'], ['Harbourline Polymer Trading Co.', ''], ['Other Co', 'A.2']] }]));
    const lists = await gateway().listLists!();
    expect(lists.map((l) => l.name)).toEqual([BUILT_IN_LIST.name, 'CtA Watchlist']);
    expect(lists[1]).toMatchObject({ entryCount: 2, builtIn: false, removable: false, version: 'in this workbook' });
  });

  test('a malformed sheet is listed with the row at fault', async () => {
    install(book([{ name: 'CtA Watchlist', cells: [['Name', 'Category'], ['Harbourline', 'X.1']] }]));
    const lists = await gateway().listLists!();
    expect(lists[1]).toMatchObject({ name: 'CtA Watchlist', entryCount: 0 });
    expect(lists[1].note).toMatch(/row 2: category/);
  });
});

describe('screening with imported lists', () => {
  test('an added list flags the supplier only that list names; removing it clears the flag; the changes are counted', async () => {
    const wb = book();
    install(wb);
    const g = gateway();
    const first = await g.screen(request());
    expect(first.state).toBe('complete');
    expect(first.changeCounts).toBeUndefined(); // a first screening has nothing to compare with
    const before = statusOf(wb, 2);
    const others = [statusOf(wb, 3), statusOf(wb, 4)];
    expect(before).not.toBe('Review');

    const added = await g.addList!({ fileName: 'ngo-research.csv', text: RESEARCH_CSV });
    const second = await g.screen(request());
    expect(statusOf(wb, 2)).toBe('Review');
    expect([statusOf(wb, 3), statusOf(wb, 4)]).toEqual(others); // suppliers the list does not name keep their status
    const evidence = wb.values('Suppliers!A1:Z2');
    expect(evidence[1].join(' ')).toContain('ngo-research');
    expect(second.changeCounts).toEqual({ 'New flag': 1, Unchanged: 2 });
    expect(wb.values('CtA Summary!A1:H80').flat().join(' ')).toContain('ngo-research');

    await g.removeList!(added.id);
    const third = await g.screen(request());
    expect(statusOf(wb, 2)).toBe(before);
    expect(third.changeCounts).toEqual({ 'Status down': 1, Unchanged: 2 });
  });

  test('the CtA Watchlist sheet still screens beside the imported lists', async () => {
    const wb = book([{ name: 'CtA Watchlist', cells: [['Name'], ['Ostrava Zip Works']] }]);
    install(wb);
    const g = gateway();
    await g.addList!({ fileName: 'ngo-research.csv', text: RESEARCH_CSV });
    await g.screen(request());
    expect(statusOf(wb, 2)).toBe('Review');
    expect(statusOf(wb, 3)).not.toBe('Review');
    expect(statusOf(wb, 4)).toBe('Review');
  });
});
