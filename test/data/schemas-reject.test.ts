// The schemas must reject malformed data: deliberately broken copies of the real files.
import placesJson from '../../src/data/places.json';
import uflpaJson from '../../src/data/uflpa-entity-list.json';
import sectorsJson from '../../src/data/sectors.json';
import signalsJson from '../../src/data/signals.json';
import boundaryJson from '../../src/data/region-boundary.json';
import { EntityListFile, PlacesFile, RegionBoundaryFile, SectorsFile, SignalsFile } from '../../src/data/schemas';
import { loadDataFile } from '../../src/data';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases break any field of the parsed JSON, at any depth
type Any = any;

describe('broken copies are rejected', () => {
  test('the unmodified files pass (control)', () => {
    expect(PlacesFile.safeParse(placesJson).success).toBe(true);
    expect(EntityListFile.safeParse(uflpaJson).success).toBe(true);
    expect(SectorsFile.safeParse(sectorsJson).success).toBe(true);
    expect(SignalsFile.safeParse(signalsJson).success).toBe(true);
    expect(RegionBoundaryFile.safeParse(boundaryJson).success).toBe(true);
  });

  const boundaryCases: [string, (d: Any) => void][] = [
    ['open ring', (d) => d.ringE4Deltas.splice(-2, 2)],
    ['odd count', (d) => d.ringE4Deltas.push(5)],
    ['latitude out of range', (d) => (d.ringE4Deltas[1] = 950_000)],
    ['not integers', (d) => (d.ringE4Deltas[4] += 0.5)],
    ['no tolerance', (d) => delete d.toleranceDeg],
    ['no source', (d) => (d.sources = [])],
  ];
  test.each(boundaryCases)('region boundary: %s', (_n, breakIt) => {
    const d = clone(boundaryJson);
    breakIt(d);
    expect(RegionBoundaryFile.safeParse(d).success).toBe(false);
  });

  const placeCases: [string, (d: Any) => void][] = [
    ['unknown key', (d) => (d.places[0].extra = 1)],
    ['bad level', (d) => (d.places[3].level = 'city')],
    ['code outside the Region', (d) => (d.places[3].id = '110101')],
    ['missing label', (d) => delete d.places[5].label],
    ['ambiguity without a reason', (d) => (d.places[5].ambiguous = { [d.places[5].names.latin[0]]: '' })],
    ['bad parent id', (d) => (d.places[5].parentId = '110000')],
    ['duplicate id', (d) => (d.places[6].id = d.places[5].id)],
    ['duplicate name in a list', (d) => d.places[5].names.latin.push(d.places[5].names.latin[0])],
    ['bad retrieval date', (d) => (d.retrieved = '2026-13-01')],
    ['no sources', (d) => (d.sources = [])],
  ];
  test.each(placeCases)('places: %s', (_n, breakIt) => {
    const d = clone(placesJson);
    breakIt(d);
    expect(PlacesFile.safeParse(d).success).toBe(false);
  });

  const entityCases: [string, (d: Any) => void][] = [
    ['section vi', (d) => (d.entries[0].sections = ['vi'])],
    ['no section', (d) => (d.entries[0].sections = [])],
    ['impossible date', (d) => (d.entries[0].dateAdded = '2024-02-30')],
    ['date after the list version', (d) => (d.entries[0].dateAdded = '2026-09-01')],
    ['removed before it was added', (d) => (d.entries[0].removed = '2021-01-01')],
    ['a research addition without its confidence word and without a section', (d) => {
      const e = d.entries.find((x: { sections: string[] }) => x.sections.length === 0);
      delete e.confidence;
    }],
    ['English form flagged true (only false is meaningful)', (d) => (d.entries[0].englishConfirmed = true)],
    ['a former name twice', (d) => (d.entries[0].formerNames = ['A Co', 'A Co'])],
    ['empty source', (d) => (d.entries[0].source = '')],
    ['id not a slug', (d) => (d.entries[0].id = 'Baoding LYSZD')],
    ['duplicate id', (d) => (d.entries[1].id = d.entries[0].id)],
    ['string flag', (d) => (d.entries[0].regionLocated = 'yes')],
    ['wrong list id', (d) => (d.listId = 'bis')],
  ];
  test.each(entityCases)('entity list: %s', (_n, breakIt) => {
    const d = clone(uflpaJson);
    breakIt(d);
    expect(EntityListFile.safeParse(d).success).toBe(false);
  });

  const sectorCases: [string, (d: Any) => void][] = [
    ['upper-case term', (d) => d.sectors[0].terms.en.push('Garments X')],
    ['bad year', (d) => (d.sectors[0].strategyYear = 2023)],
    ['no English terms', (d) => (d.sectors[0].terms.en = [])],
    ['unknown key', (d) => (d.sectors[0].hs = ['61'])],
  ];
  test.each(sectorCases)('sectors: %s', (_n, breakIt) => {
    const d = clone(sectorsJson);
    breakIt(d);
    expect(SectorsFile.safeParse(d).success).toBe(false);
  });

  const signalCases: [string, (d: Any) => void][] = [
    ['phone code outside 090x/099x', (d) => (d.phoneAreaCodes[0].code = '0471')],
    ['postal prefix outside 83x/84x', (d) => (d.postalPrefixes[0].prefix = '850')],
    ['wrong registration prefix', (d) => (d.registrationDivisionPrefix = '66')],
    ['upper-case generic word', (d) => d.genericNameWords.push('Energy Plus')],
  ];
  test.each(signalCases)('signals: %s', (_n, breakIt) => {
    const d = clone(signalsJson);
    breakIt(d);
    expect(SignalsFile.safeParse(d).success).toBe(false);
  });

  test('loadDataFile throws a one-line error naming the file and the first issue', () => {
    const d: Any = clone(uflpaJson);
    d.entries[2].sections = ['vi'];
    let msg = '';
    try {
      loadDataFile('uflpa-entity-list.json', EntityListFile, d);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/^Invalid data file src\/data\/uflpa-entity-list\.json: entries\.2\.sections\.0: /);
    expect(msg).not.toMatch(/\n/);
    expect(loadDataFile('signals.json', SignalsFile, signalsJson).registrationDivisionPrefix).toBe('65');
  });
});
