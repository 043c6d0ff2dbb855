// The provenance sheet: what a run records of itself, read back by the next run.
import { screenWorkbook, type ScreenWorkbookInput } from '../../src/domain/engine';
import type { ScreeningList } from '../../src/domain/lists';
import { previousRowOf, PROVENANCE_MARKER, provenanceRowOf, provenanceRows, readPreviousRun } from '../../src/domain/provenance';
import type { CellValue, Finding, RowResult, SheetGrid } from '../../src/domain/types';

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
