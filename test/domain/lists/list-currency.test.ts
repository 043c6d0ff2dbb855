// What every host says about the lists: the built-in list's coverage, a warning when the UFLPA list in
// use is old, and the built-in entries an imported copy lacks (they stay in force).
import { screenWorkbook } from '../../../src/domain/engine';
import { buildReport } from '../../../src/domain/report';
import {
  BUILT_IN_LIST,
  coverageLine,
  entriesMissingFrom,
  listNotes,
  stalenessWarning,
  type ScreeningList,
} from '../../../src/domain/lists';
import type { CellValue } from '../../../src/domain/types';

const COVERAGE = '106 of the 187 entities listed as of 2026-08-03 are built in: import the current list for full coverage.';

function copy(name: string, latestAction: string, entries: ScreeningList['entries']): ScreeningList {
  return { id: `list:${name}`, name, version: latestAction, source: name, builtIn: false, entries, official: { latestAction } };
}

describe('coverage and age', () => {
  it('the built-in list says how much of the official list it holds', () => {
    expect(coverageLine(BUILT_IN_LIST)).toBe(COVERAGE);
    expect(BUILT_IN_LIST.source).toMatch(/106 of 187 entities/);
  });

  it('warns when the latest listing action is more than 180 days before the screening, with the route to update', () => {
    expect(stalenessWarning(BUILT_IN_LIST, '2027-01-30')).toBeNull(); // 180 days
    const warning = stalenessWarning(BUILT_IN_LIST, '2027-01-31');
    expect(warning).toMatch(/latest listing action in "UFLPA Entity List" is of 2026-08-03, 181 days before 2027-01-31/);
    expect(warning).toMatch(/dhs\.gov\/uflpa-entity-list/);
    expect(warning).toMatch(/OpenSanctions "simple CSV"/);
    expect(listNotes([BUILT_IN_LIST], '2026-12-08')).toEqual([[COVERAGE]]);
    expect(listNotes([BUILT_IN_LIST], '2027-03-01')).toEqual([[COVERAGE, stalenessWarning(BUILT_IN_LIST, '2027-03-01')]]);
  });

  it('a current copy of the list in use silences the warning; a plain watchlist does not', () => {
    const current = copy('dhs page', '2027-02-20', BUILT_IN_LIST.entries);
    const watch: ScreeningList = { id: 'list:w', name: 'w', version: '2027-02-20', source: 'w', builtIn: false, entries: BUILT_IN_LIST.entries.slice(0, 1) };
    expect(listNotes([BUILT_IN_LIST, current], '2027-03-01')).toEqual([[COVERAGE], []]);
    expect(listNotes([BUILT_IN_LIST, watch], '2027-03-01')[0]).toHaveLength(2);
  });

  it('an imported copy lacking built-in entries names them: they stay in force', () => {
    const imported = copy('us_dhs_uflpa', '2026-08-03', BUILT_IN_LIST.entries.filter((e) => !/Goens|Septwolves/.test(e.name)));
    expect(entriesMissingFrom(BUILT_IN_LIST, imported).map((e) => e.name)).toEqual(['Xinjiang Goens Energy Technology Co., Ltd.', 'Fujian Septwolves']);
    const [, notes] = listNotes([BUILT_IN_LIST, imported], '2026-12-08');
    expect(notes).toEqual([
      '"us_dhs_uflpa" does not name 2 entities of the built-in list (perhaps under another name, or not yet listed there); the built-in entries stay in force: Xinjiang Goens Energy Technology Co., Ltd.; Fujian Septwolves.',
    ]);
    // A copy naming an entry under a former name, or in other case and punctuation, names it.
    const renamed = copy('old copy', '2025-01-15', [{ ...BUILT_IN_LIST.entries.find((e) => /Goens/.test(e.name))!, name: 'XINJIANG GCL NEW ENERGY MATERIAL TECHNOLOGY CO LTD', formerNames: [] }]);
    expect(entriesMissingFrom(BUILT_IN_LIST, renamed).some((e) => /Goens/.test(e.name))).toBe(false);
  });
});

describe('the summary sheet, the report and the screened stamp carry the notes', () => {
  const grid = { sheetName: 'S', top: 1, left: 1, rows: [['Supplier Name', 'Country'], ['Plain Valley Packaging Co.', 'Italy']] as CellValue[][] };
  const run = (today: string, extraLists: ScreeningList[] = []) =>
    screenWorkbook({ targets: [{ grid }], sheetNames: ['S'], provenance: null, settings: { usImporter: false }, today, extraLists });
  const summaryText = (rows: unknown[][]) => rows.map((r) => r.join(' | '));

  it('the coverage line in the summary sheet and the report', async () => {
    const out = await run('2026-12-08');
    expect(summaryText(out.plan.summary.rows)).toContain(COVERAGE);
    expect(buildReport(out.results[0], out.lists).lists[0]).toMatchObject({ name: 'UFLPA Entity List', version: '2026-08-03', entryCount: 106, notes: [COVERAGE] });
    expect(summaryText(out.plan.summary.rows).some((l) => /^To screen with a newer UFLPA Entity List, save the DHS "UFLPA Entity List" page/.test(l))).toBe(true);
  });

  it('the staleness warning in both when the screening is more than 180 days after the latest action', async () => {
    const out = await run('2027-04-01');
    const warning = stalenessWarning(BUILT_IN_LIST, '2027-04-01')!;
    expect(summaryText(out.plan.summary.rows)).toContain(warning);
    expect(buildReport(out.results[0], out.lists).lists[0].notes).toEqual([COVERAGE, warning]);
  });

  it('the differences of an imported copy in the summary', async () => {
    const imported = copy('dhs page', '2026-08-03', BUILT_IN_LIST.entries.filter((e) => e.id !== 'tbea'));
    const out = await run('2026-12-08', [imported]);
    expect(summaryText(out.plan.summary.rows).some((l) => /"dhs page" does not name 1 entity of the built-in list.*: TBEA Co\., Ltd\.\.$/.test(l))).toBe(true);
  });
});
