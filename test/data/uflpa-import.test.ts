// The maintainer command `npm run data:uflpa -- FILE`: a saved DHS page or an OpenSanctions CSV merged
// into the built-in list. Written from the current data, either file changes nothing.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EntityListFile } from '../../src/data/schemas';
import { importOfficial, readOfficialFile } from '../../scripts/uflpa-import';
import { dhsPage, openSanctionsCsv } from '../support/uflpa-files';

const ref = process.env.SHARED_REFERENCE ?? path.resolve(__dirname, '../../../shared/reference');
const haveRef = fs.existsSync(path.join(ref, 'research/uflpa-entity-list.tsv'));
const LIST_JSON = path.resolve(__dirname, '../../src/data/uflpa-entity-list.json');
const committed = fs.readFileSync(LIST_JSON, 'utf8');
const current = JSON.parse(committed) as EntityListFile;
// What the copies of the official list say: every entry but the research additions (sourced elsewhere).
const fromCopies = current.entries.filter((e) => !e.confidence);

function write(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(tmpdir(), 'uflpa-import-')), name);
  fs.writeFileSync(file, text);
  return file;
}

(haveRef ? describe : describe.skip)('npm run data:uflpa', () => {
  it.each([
    ['a saved DHS page', 'UFLPA Entity List.html', dhsPage(fromCopies)],
    ['an OpenSanctions simple CSV', 'us_dhs_uflpa.csv', openSanctionsCsv(fromCopies)],
  ])('%s written from the current data changes nothing', (_what, name, text) => {
    const snapshot = readOfficialFile(write(name, text));
    expect(snapshot.entities.length).toBe(fromCopies.length);
    const result = importOfficial(snapshot, current);
    expect(result.changed).toBe(false);
    expect(result.json).toBe(committed);
    expect(result.lines.at(-1)).toBe('No change: the file holds nothing the built-in list does not already say.');
  });

  it('a newer page: prints what was added, renamed and dropped; sources survive; dropped entries are kept as removed', () => {
    const goens = current.entries.find((e) => e.id === 'xinjiang-gcl-new-energy-material-technology')!;
    const zhongtai = current.entries.find((e) => e.id === 'xinjiang-zhongtai-chemical')!;
    const kept = fromCopies.filter((e) => e.id !== 'xinjiang-zhongtai-chemical' && e.id !== goens.id);
    const newer = [
      ...kept,
      { ...goens, name: 'Xinjiang Goens New Energy Co., Ltd.', formerNames: [goens.name, ...goens.formerNames!], dateAdded: '2027-02-01' },
      { ...zhongtai, id: 'x', name: 'Testwater Tomato Paste Co., Ltd.', aliases: ['Testwater Tomato'], formerNames: [], namesZh: [], sections: ['v' as const], dateAdded: '2027-02-01', coversSubsidiaries: true },
    ];
    const result = importOfficial(readOfficialFile(write('page.html', dhsPage(newer))), current);
    expect(result.changed).toBe(true);
    const text = result.lines.join('\n');
    expect(text).toMatch(/^page\.html: DHS page of 2027-02-01, 96 entities\./);
    expect(text).toMatch(/Added \(1\):\n {2}Testwater Tomato Paste Co\., Ltd\./);
    expect(text).toMatch(/Renamed \(1\):\n {2}Xinjiang Goens Energy Technology Co\., Ltd\. → Xinjiang Goens New Energy Co\., Ltd\./);
    expect(text).toMatch(/Dropped \(kept, marked removed\) \(1\):\n {2}Xinjiang Zhongtai Chemical Co\., Ltd\. \(removed 2027-02-01\)/);
    expect(text).toMatch(/Not named in the file.*\(10\)/);

    const file = EntityListFile.parse(JSON.parse(result.json));
    const by = (id: string) => file.entries.find((e) => e.id === id)!;
    expect(by(goens.id)).toMatchObject({ name: 'Xinjiang Goens New Energy Co., Ltd.', dateAdded: '2022-06-21' });
    expect(by(goens.id).formerNames).toEqual([goens.name, ...goens.formerNames!]);
    expect(by(goens.id).source?.startsWith(goens.source!)).toBe(true);
    expect(by('xinjiang-zhongtai-chemical')).toMatchObject({ removed: '2027-02-01', source: expect.stringContaining(zhongtai.source!) });
    expect(by('testwater-tomato-paste')).toMatchObject({ sections: ['v'], aliases: ['Testwater Tomato'], coversSubsidiaries: true, source: expect.stringMatching(/^page\.html \(DHS page of 2027-02-01\)/) });
    expect(file.version).toBe('2027-02-01');
    expect(file.expectedCount).toBe(96); // a copy newer than the count of 2026-08-03 is the list then
    expect(file.sources.join(' ')).toMatch(/Official copy imported with npm run data:uflpa: page\.html/);
  });

  it('a listing seen only in Chinese is matched on its words and its English name confirmed', () => {
    const septwolves = current.entries.find((e) => e.id === 'fujian-septwolves')!;
    const page = dhsPage([...fromCopies, { ...septwolves, name: 'Fujian Septwolves Industry Co., Ltd.', sections: ['v'] }]);
    const result = importOfficial(readOfficialFile(write('page.html', page)), current);
    const text = result.lines.join('\n');
    expect(text).toMatch(/Matched on the words of the names, not a whole name: check \(1\):\n {2}Fujian Septwolves ↔ Fujian Septwolves Industry Co\., Ltd\./);
    const entry = (JSON.parse(result.json) as EntityListFile).entries.find((e) => e.id === 'fujian-septwolves')!;
    expect(entry).toMatchObject({ name: 'Fujian Septwolves Industry Co., Ltd.', sections: ['v'], namesZh: ['福建七匹狼'] });
    expect(entry.englishConfirmed).toBeUndefined();
    expect(entry.confidence).toBeUndefined();
    expect(entry.formerNames).toBeUndefined(); // the project's reading was never a listed name
  });

  it('refuses a file that is neither, in one line, and writes nothing (--dry-run through npm run)', () => {
    const plain = write('watch.csv', 'name,category\nA Co,A.1\n');
    expect(() => readOfficialFile(plain)).toThrow(/^watch\.csv is neither a saved DHS "UFLPA Entity List" page nor an OpenSanctions simple CSV/);
    const before = fs.statSync(LIST_JSON).mtimeMs;
    const out = execFileSync('npm', ['run', '--silent', 'data:uflpa', '--', write('p.html', dhsPage(fromCopies)), '--dry-run'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(out).toMatch(/No change/);
    expect(fs.statSync(LIST_JSON).mtimeMs).toBe(before);
  });
});
