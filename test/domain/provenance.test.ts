// The provenance sheet: what a run records of itself, read back by the next run.
import { screenWorkbook, type ScreenWorkbookInput } from '../../src/domain/engine';
import type { ScreeningList } from '../../src/domain/lists';
import { freeProvenanceName, isOurProvenance, isProvenanceName, previousRowOf, PROVENANCE_MARKER, provenanceRowOf, provenanceRows, readPreviousRun } from '../../src/domain/provenance';
import type { CellValue, Finding, RowResult, SheetGrid, TableLayout } from '../../src/domain/types';
import { RULES_VERSION } from '../../src/domain/wording';

const HEADER = ['Supplier Name', 'Country', 'City', 'Reviewer Decision'];

/** A list whose entry id holds '_', as OpenSanctions ids and a user's own ids may. */
const WATCH: ScreeningList = {
  id: 'list:watch',
  name: 'watch',
  version: '2026-11-01',
  source: 'test list',
  builtIn: false,
  entries: [{ id: 'acme_dyeing_works', name: 'Acme Dyeing Works', aliases: [], namesZh: [], category: 'A.2', coversSubsidiaries: false, regionLocated: false }],
};

function input(decision: string, provenance: SheetGrid | null): ScreenWorkbookInput & { extraLists: ScreeningList[] } {
  const rows: CellValue[][] = [HEADER, ['Acme Dyeing Works', 'Italy', 'Prato', decision]];
  const sheetNames = ['S', ...(provenance ? [provenance.sheetName] : [])];
  return { targets: [{ grid: { sheetName: 'S', top: 1, left: 1, rows } }], sheetNames, provenance, settings: { usImporter: false }, today: '2026-11-28', extraLists: [WATCH] };
}

describe('a reviewer\'s False positive, through the provenance sheet', () => {
  it('suppresses a finding whose key holds an underscore', async () => {
    const first = await screenWorkbook(input('', null));
    const [flagged] = first.results[0];
    expect(flagged.findings.map((f) => f.key)).toContain('A.2|list|list:watch:acme_dyeing_works');
    expect(flagged.status).toBe('Disengage');
    const { sheetName, rows } = first.plan.provenance;
    const second = await screenWorkbook(input('False positive', { sheetName, top: 1, left: 1, rows }));
    const [row] = second.results[0];
    expect(row.suppressed.map((f) => f.key)).toEqual(['A.2|list|list:watch:acme_dyeing_works']);
    expect(row.findings).toEqual([]);
    expect(row.status).toBe('No link found');
  });
});

describe('finding keys in the provenance sheet', () => {
  const finding = (key: string): Finding => ({ category: 'A.1', risk: false, confidence: 'high', matcher: 'place', column: 'City', cell: 'C2', matched: 'x', detail: 'x', key });
  const result = (keys: string[], suppressed: string[] = []): RowResult => ({
    sheetName: 'S',
    row: 2,
    status: 'Review',
    categories: ['A.1'],
    actions: [],
    citations: '',
    findings: keys.map(finding),
    suppressed: suppressed.map(finding),
    confidence: 'high',
  });
  const sheet = (rows: string[][]): SheetGrid => ({ sheetName: 'CtA Provenance', top: 1, left: 1, rows: provenanceRows({ today: '2026-11-28', settings: { usImporter: false }, lists: [], layouts: [], rows }) });

  it('reads back every key exactly as it was written: spaces, underscores, percent signs', () => {
    const keys = ['A.1|place|kashgar city', 'A.2|list|l:acme_co', 'A.4|x|100% cotton_and wool', 'A.1|place|tab\there'];
    const previous = readPreviousRun(sheet([provenanceRowOf(result(keys, ['A.3|y|a b_c']), 'id:7')]));
    expect(previousRowOf(previous, 'S', 'id:7')).toMatchObject({ findings: keys, suppressed: ['A.3|y|a b_c'], status: 'Review', row: 2 });
  });

  it('writes a row\'s keys into one cell, separated by single spaces', () => {
    const row = provenanceRowOf(result(['A.1|place|kashgar city', 'A.1|postal|844000']), 'name:acme');
    expect(row).toEqual(['S', '2', 'name:acme', 'Review', 'A.1|place|kashgar%20city A.1|postal|844000', '']);
  });

  it('reads a format 1 sheet, whose "_" stood for a space, both ways', () => {
    const grid = sheet([['S', '2', 'id:7', 'Review', 'A.1|place|kashgar_city A.1|postal|844000', '']]);
    grid.rows[0] = [PROVENANCE_MARKER, 'format 1'];
    const previous = readPreviousRun(grid);
    expect(previousRowOf(previous, 'S', 'id:7')?.findings).toEqual(['A.1|place|kashgar_city', 'A.1|place|kashgar city', 'A.1|postal|844000']);
  });
});

describe('the provenance sheet', () => {
  const layout: TableLayout = {
    sheetName: 'S',
    headerRow: 3,
    firstDataRow: 4,
    lastDataRow: 9,
    firstColumn: 1,
    lastColumn: 2,
    columns: [
      { column: 1, header: 'Vendor', role: 'supplierName', confidence: 1, reason: "header matches 'Vendor'" },
      { column: 2, header: 'Remarks', role: null, confidence: 0, reason: 'not used' },
    ],
    existingOutput: {},
    confidence: 1,
    isTable: false,
  };
  const lists = [{ id: 'uflpa', name: 'UFLPA Entity List', version: '2025-01-15', entryCount: 96, source: 'DHS' }];
  const rows = provenanceRows({ today: '2026-11-28', settings: { usImporter: true }, lists, layouts: [layout], rows: [['S', '4', 'name:a co', 'Review', 'A.1|place|hotan', '']] });

  it('records the run: format, date, rules, settings, lists, the roles mapped, then one row per supplier', () => {
    expect(rows.slice(0, 3)).toEqual([[PROVENANCE_MARKER, 'format 2'], ['screened', '2026-11-28'], ['rules', RULES_VERSION]]);
    expect(JSON.parse(rows[3][1])).toEqual({ usImporter: true });
    expect(JSON.parse(rows[4][1])).toEqual(lists);
    expect(JSON.parse(rows[5][1])).toEqual([{ sheet: 'S', headerRow: 3, columns: [{ header: 'Vendor', role: 'supplierName', reason: "header matches 'Vendor'" }] }]);
    expect(rows.slice(-2)).toEqual([['sheet', 'row', 'supplier', 'status', 'findings', 'suppressed'], ['S', '4', 'name:a co', 'Review', 'A.1|place|hotan', '']]);
  });

  it('is read back: date, lists and each supplier\'s row', () => {
    const previous = readPreviousRun({ sheetName: 'CtA Provenance', top: 1, left: 1, rows });
    expect(previous?.screened).toBe('2026-11-28');
    expect(previous?.lists).toEqual(lists);
    expect(previousRowOf(previous, 'S', 'name:a co')).toEqual({ sheet: 'S', row: 4, supplier: 'name:a co', status: 'Review', findings: ['A.1|place|hotan'], suppressed: [] });
    expect(previousRowOf(previous, 'Other', 'name:a co')).toBeUndefined();
    expect(previousRowOf(null, 'S', 'name:a co')).toBeUndefined();
  });

  it('is not read when it is not ours, and survives damaged lists', () => {
    expect(readPreviousRun({ sheetName: 'CtA Provenance', top: 1, left: 1, rows: [['my own notes']] })).toBeNull();
    expect(readPreviousRun(null)).toBeNull();
    const damaged = rows.map((r) => (r[0] === 'lists' ? ['lists', '[{not json'] : r));
    expect(readPreviousRun({ sheetName: 'CtA Provenance', top: 1, left: 1, rows: damaged })?.lists).toEqual([]);
  });

  it('names: ours are CtA Provenance and CtA Provenance (n); a free one avoids every name taken, in any case', () => {
    expect(['CtA Provenance', 'CtA Provenance (2)', 'CtA Provenance (12)'].map(isProvenanceName)).toEqual([true, true, true]);
    expect(['CtA Provenance 2', 'CtA Provenance (x)', 'cta provenance', 'My CtA Provenance'].map(isProvenanceName)).toEqual([false, false, false, false]);
    expect(freeProvenanceName(['S'])).toBe('CtA Provenance');
    expect(freeProvenanceName(['cta provenance', 'CtA Provenance (2)'])).toBe('CtA Provenance (3)');
    expect(isOurProvenance({ sheetName: 'x', top: 1, left: 1, rows: [[PROVENANCE_MARKER]] })).toBe(true);
    expect(isOurProvenance({ sheetName: 'x', top: 1, left: 1, rows: [['something else']] })).toBe(false);
  });
});
