// How the currency facts of an entry reach a row: a former name still matches and says so; a listing
// seen only in Chinese, one resting on a single secondary source, or one removed from the list can only
// be a lead (Review), and the evidence says why.
import { screenWorkbook } from '../../../src/domain/engine';
import type { ScreeningEntry, ScreeningList } from '../../../src/domain/lists';
import type { CellValue, RowResult } from '../../../src/domain/types';

async function screen(names: string[], extraLists: ScreeningList[] = []): Promise<RowResult[]> {
  const grid = { sheetName: 'S', top: 1, left: 1, rows: [['Supplier Name', 'Country'], ...names.map((n) => [n, 'China'])] as CellValue[][] };
  const out = await screenWorkbook({ targets: [{ grid }], sheetNames: ['S'], provenance: null, settings: { usImporter: false }, today: '2026-12-08', extraLists });
  return out.results[0];
}

const listFinding = (r: RowResult) => r.findings.find((f) => f.listRef)!;

function official(entries: Partial<ScreeningEntry>[]): ScreeningList {
  return {
    id: 'list:uflpa-copy',
    name: 'UFLPA Entity List',
    version: '2026-11-01',
    source: 'test copy',
    builtIn: false,
    official: { latestAction: '2026-11-01' },
    entries: entries.map((e, i) => ({
      id: `e${i}`,
      name: 'unnamed',
      aliases: [],
      namesZh: [],
      category: 'A.3',
      section: 'labour recruitment/transfer',
      sections: ['ii'],
      dateAdded: '2024-06-12',
      coversSubsidiaries: false,
      regionLocated: false,
      ...e,
    })),
  };
}

describe('the built-in list as of 2026-08-03', () => {
  it('Xinjiang GCL is found under its new name Goens and under its former GCL names', async () => {
    const [gcl, goens, materials] = await screen([
      'Xinjiang GCL New Energy Material Technology Co., Ltd.',
      'Xinjiang Goens Energy Technology Co., Ltd.',
      'Xinjiang GCL New Energy Materials Technology Co Ltd',
    ]);
    for (const r of [gcl, goens, materials]) {
      expect(r.status).toBe('Disengage now');
      expect(listFinding(r).listRef).toMatchObject({ entryName: 'Xinjiang Goens Energy Technology Co., Ltd.', section: 'XUAR production', dateAdded: '2022-06-21' });
    }
    expect(listFinding(gcl).detail).toMatch(/"Xinjiang GCL New Energy Material Technology Co\., Ltd\." is a former name of "Xinjiang Goens Energy Technology Co\., Ltd\."/);
    expect(listFinding(goens).detail).not.toMatch(/former name/);
  });

  it('the sourced additions flag their suppliers, a Region company at once', async () => {
    const [xinren, tbea, yuanan] = await screen(['Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.', 'TBEA Co., Ltd.', 'Sichuan Yuanan Pharmaceutical Co Ltd']);
    expect(xinren.status).toBe('Disengage now');
    expect(tbea.status).toBe('Disengage now');
    expect(yuanan.status).toBe('Disengage');
    expect(listFinding(yuanan).listRef).toMatchObject({ section: 'sources Region material', dateAdded: '2024-11-25' });
  });

  it('a listing seen only in Chinese: matched by the Chinese name, and the evidence says the English form is not confirmed', async () => {
    const [zh, en] = await screen(['洽洽食品股份有限公司', 'Qiaqia Food Co., Ltd.']);
    for (const r of [zh, en]) {
      expect(listFinding(r).detail).toMatch(/English form not confirmed: the listing was seen only under the Chinese name 洽洽食品/);
      expect(listFinding(r).detail).toMatch(/its UFLPA section is not known here/);
    }
    // Any section disengages: the Chinese name establishes the listing; the project's English reading is a lead.
    expect(zh.status).toBe('Disengage');
    expect(listFinding(zh).detail).toMatch(/same Chinese name/);
    expect(en.status).toBe('Review');
    expect(listFinding(en).detail).toMatch(/analyst to confirm/);
  });

  it('a listing resting on one secondary source is a lead for review', async () => {
    const [r] = await screen(['Shandong Gold Smelting Co., Ltd.']);
    expect(r.status).toBe('Review');
    expect(listFinding(r).detail).toMatch(/the listing rests on a single secondary source: confirm it on the DHS list/);
  });
});

describe('entry caveats on any copy of the list', () => {
  it('a removed entry gives Review, naming the removal date, where a listed one gives Disengage', async () => {
    const listed = official([{ name: 'Harbourline Labour Services Co., Ltd.' }]);
    const removed = official([{ name: 'Harbourline Labour Services Co., Ltd.', removed: '2026-10-01' }]);
    const [before] = await screen(['Harbourline Labour Services Co., Ltd.'], [listed]);
    const [after] = await screen(['Harbourline Labour Services Co., Ltd.'], [removed]);
    expect(before.status).toBe('Disengage');
    expect(after.status).toBe('Review');
    expect(listFinding(after).detail).toMatch(/removed from the UFLPA Entity List on 2026-10-01/);
    expect(listFinding(after).confidence).toBe('medium');
    expect(after.findings.some((f) => f.listedSupplier)).toBe(false);
  });

  it('with a known section, a Chinese-name match establishes the listing and an English-reading match is a lead', async () => {
    const list = official([{ name: 'Ceshi Guiye Materials', namesZh: ['测试硅业材料'], englishConfirmed: false, sections: ['i'], category: 'A.1', section: 'XUAR production' }]);
    const [zh, en] = await screen(['测试硅业材料有限公司', 'Ceshi Guiye Materials Co., Ltd.'], [list]);
    expect(zh.status).toBe('Disengage now');
    expect(en.status).toBe('Review');
    expect(listFinding(en).detail).toMatch(/English form not confirmed/);
  });

  it('a removed entry named as a parent or an input is a lead too', async () => {
    const removed = official([{ name: 'Harbourline Labour Services Co., Ltd.', removed: '2026-10-01', coversSubsidiaries: true }]);
    const grid = {
      sheetName: 'S',
      top: 1,
      left: 1,
      rows: [
        ['Supplier Name', 'Country', 'Parent Company'],
        ['Small Test Co', 'Vietnam', 'Harbourline Labour Services Co., Ltd.'],
      ] as CellValue[][],
    };
    const out = await screenWorkbook({ targets: [{ grid }], sheetNames: ['S'], provenance: null, settings: { usImporter: false }, today: '2026-12-08', extraLists: [removed] });
    const r = out.results[0][0];
    expect(r.status).toBe('Review');
    expect(listFinding(r).detail).toMatch(/removed from the UFLPA Entity List on 2026-10-01/);
  });
});
