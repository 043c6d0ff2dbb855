// zod/mini carries no English messages; src/data/schemas.ts supplies short ones, so that a broken
// data file still says what is wrong, and custom messages (list rows) are left as they are.
import uflpaJson from '../../src/data/uflpa-entity-list.json';
import { EntityListFile, loadDataFile } from '../../src/data';
import { parseListTable } from '../../src/domain/list-import';

/** The data file as a test breaks it: any field may be given a wrong value or removed. */
type Editable = { entries: Record<string, unknown>[]; expectedCount: number };

function loadBroken(breakIt: (d: Editable) => void): string {
  const d = JSON.parse(JSON.stringify(uflpaJson));
  breakIt(d);
  try {
    loadDataFile('uflpa-entity-list.json', EntityListFile, d);
  } catch (e) {
    return (e as Error).message.replace(/^Invalid data file src\/data\/uflpa-entity-list\.json: /, '');
  }
  return 'no error';
}

describe('data file messages', () => {
  it.each([
    ['an unknown section', (d: Editable) => (d.entries[2].sections = ['vi']), 'entries.2.sections.0: expected "i" | "ii" | "iii" | "iv" | "v"'],
    ['a string flag', (d: Editable) => (d.entries[0].regionLocated = 'yes'), 'entries.0.regionLocated: expected boolean, received string'],
    ['a missing field', (d: Editable) => delete d.entries[0].source, 'entries.0.source: expected string, received nothing'],
    ['an unknown key', (d: Editable) => (d.entries[0].extra = 1), 'entries.0: unknown key "extra"'],
    ['an empty string', (d: Editable) => (d.entries[0].source = ''), 'entries.0.source: expected at least 1 character(s)'],
    ['a negative count', (d: Editable) => (d.expectedCount = -1), 'expectedCount: expected more than 0'],
    ['a custom check', (d: Editable) => (d.entries[0].dateAdded = '2024-02-30'), 'entries.0.dateAdded: not a real calendar date'],
  ])('names %s', (_name, breakIt, message) => {
    expect(loadBroken(breakIt)).toBe(message);
  });

  it('leaves the list rows’ own messages', () => {
    expect(() => parseListTable([['name', 'category'], ['  ', 'A.1']], 'l', 'v')).toThrow('row 2: name: the name is empty');
    expect(() => parseListTable([['name', 'category'], ['Co', 'b7']], 'l', 'v')).toThrow(/^row 2: category: category must be A\.1/);
    expect(parseListTable([['name', 'category'], [' Co ', ' a2 ']], 'l', 'v').entries[0]).toMatchObject({ name: 'Co', category: 'A.2' });
  });
});
