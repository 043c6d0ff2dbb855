// The task pane's copy of the reference data (scripts/webpack/omit-provenance-loader.js) leaves out each
// entry's provenance, which no code reads. The committed files must still carry it on every entry; the
// pane's copy must load, lose nothing else, and screen exactly as the committed files do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod/mini';
import { generateGrids } from '../../bench/generate';
import { EntityListFile, EvidenceChecklistFile, loadDataFile, PlacesFile, SectorsFile } from '../../src/data';
import type { ScreenWorkbookInput } from '../../src/domain/engine';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is the webpack config's CommonJS module
const { omitProvenance, OMITTED } = require('../../scripts/webpack/omit-provenance-loader.js') as {
  omitProvenance: (file: string, data: unknown) => Record<string, unknown>;
  OMITTED: Record<string, { entries: string; fields: string[] }>;
};

const DATA = join(__dirname, '..', '..', 'src', 'data');
const SCHEMAS: Record<string, z.ZodMiniType> = {
  'places.json': PlacesFile,
  'uflpa-entity-list.json': EntityListFile,
  'sectors.json': SectorsFile,
  'evidence-checklist.json': EvidenceChecklistFile,
};
type DataFile = Record<string, unknown>;
/** The township and street-name generators (tens of thousands of cases each) are left to test/accuracy. */
const LARGE_GENERATORS = /townships|streets|same-named/;
type Entry = Record<string, unknown>;

function committed(file: string): DataFile {
  return JSON.parse(readFileSync(join(DATA, file), 'utf8')) as DataFile;
}

function loadError(file: string, data: unknown): string {
  try {
    loadDataFile(file, SCHEMAS[file], data);
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('entries’ provenance', () => {
  it('covers every data file whose entries carry a source', () => {
    const withSources = readdirSync(DATA)
      .filter((f) => f.endsWith('.json'))
      .filter((f) => Object.values(committed(f)).some((v) => Array.isArray(v) && v.some((e) => e !== null && typeof e === 'object' && 'source' in e)));
    expect(withSources.sort()).toEqual(Object.keys(OMITTED).sort());
    expect(Object.keys(SCHEMAS).sort()).toEqual(Object.keys(OMITTED).sort());
  });

  it.each(Object.entries(OMITTED))('is on every entry of the committed %s, which never says it is omitted', (file, { entries, fields }) => {
    const data = committed(file);
    expect(data.provenanceOmitted).toBeUndefined();
    for (const entry of data[entries] as Entry[]) {
      expect(typeof entry.source === 'string' && entry.source.length > 10).toBe(true);
      for (const field of fields) expect(typeof entry[field]).toBe('string');
    }
  });

  it.each(Object.entries(OMITTED))('is required in %s unless the file says it is omitted', (file, { entries, fields }) => {
    for (const field of fields) {
      const data = committed(file);
      delete (data[entries] as Entry[])[3][field];
      expect(loadError(file, data)).toBe(`Invalid data file src/data/${file}: ${entries}.3.${field}: expected string, received nothing`);
      expect(loadError(file, { ...data, provenanceOmitted: true })).toBe('no error');
      expect(loadError(file, { ...data, provenanceOmitted: false })).toMatch(/provenanceOmitted: expected true/);
    }
  });

  it.each(Object.entries(OMITTED))('is left out of the pane’s copy of %s, and nothing else is', (file, { entries, fields }) => {
    const data = committed(file);
    const pane = omitProvenance(file, data);
    expect(loadError(file, pane)).toBe('no error');
    expect(pane.provenanceOmitted).toBe(true);
    const { [entries]: paneEntries, provenanceOmitted: _marker, ...paneRest } = pane;
    const { [entries]: fullEntries, ...fullRest } = data;
    expect(paneRest).toEqual(fullRest);
    (paneEntries as Entry[]).forEach((entry, i) => {
      const full = (fullEntries as Entry[])[i];
      for (const field of fields) expect(entry).not.toHaveProperty(field);
      expect(Object.keys(entry).sort()).toEqual(Object.keys(full).filter((k) => !fields.includes(k)).sort());
      for (const key of Object.keys(entry)) expect(entry[key]).toEqual(full[key]);
    });
    expect(JSON.stringify(pane).length).toBeLessThan(JSON.stringify(data).length);
  });

  it('leaves files without entry provenance as they are', () => {
    const signals = committed('signals.json');
    expect(omitProvenance('signals.json', signals)).toBe(signals);
  });

  it('is read by no code: with the pane’s copy, the accuracy cases and a generated workbook come out exactly as with the committed files', async () => {
    const g = generateGrids(1500, 7);
    const input: ScreenWorkbookInput = { targets: g.grids.map((grid) => ({ grid })), sheetNames: g.sheetNames, provenance: null, settings: { usImporter: true }, today: '2026-12-08' };
    const outcomes = async () => {
      const { screenWorkbook } = await import('../../src/domain/engine');
      const { GENERATORS } = await import('../accuracy/registry');
      const cases: string[] = [];
      for (const generator of GENERATORS.filter((x) => !LARGE_GENERATORS.test(x.name))) {
        for (const c of await generator.run()) cases.push(`${generator.name} ${c.id}: ${c.outcome} ${c.pass} ${c.detail ?? ''}`);
      }
      return { cases, workbook: JSON.stringify(await screenWorkbook(input)) };
    };
    let full = { cases: [] as string[], workbook: '' };
    let pane = full;
    await jest.isolateModulesAsync(async () => {
      full = await outcomes();
    });
    await jest.isolateModulesAsync(async () => {
      for (const file of Object.keys(OMITTED)) jest.doMock(join(DATA, file), () => omitProvenance(file, committed(file)));
      const data = await import('../../src/data');
      expect(data.placesFile.provenanceOmitted).toBe(true);
      expect(data.uflpaEntries.some((e) => e.source !== undefined)).toBe(false);
      pane = await outcomes();
    });
    expect(full.cases.length).toBeGreaterThan(10_000);
    expect(full.workbook.length).toBeGreaterThan(100_000);
    expect(pane.cases).toEqual(full.cases);
    expect(pane.workbook).toBe(full.workbook);
  });
});
