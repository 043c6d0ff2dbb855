// npm run screen -- --explain "NAME": the listed names a supplier name is compared with, each with its
// score and the arithmetic behind it, below WEAK too (no finding is written for those).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

describe('--explain', () => {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('prints the candidates and their scores, with the words that counted and why others weighed little', async () => {
    expect(await main(['--explain', 'Zhejiang Zhongtai Furniture Co., Ltd.'])).toBe(0);
    expect(out).toMatch(/^"Zhejiang Zhongtai Furniture Co., Ltd." against \d+ listed names: \d+ compared/);
    expect(out).toMatch(/0\.54 below\s+UFLPA Entity List "Xinjiang Zhongtai Chemical Co., Ltd."/);
    expect(out).toMatch(/counted: "zhongtai" \(Pinyin word, 1\)/);
    expect(out).toMatch(/not in the listed name: "zhejiang" \(place word, 0\.2\), "furniture" \(trade word, 0\.2\)/);
    expect(out).toMatch(/score \(1 \+ 1\) \/ \(1\.4 \+ 1\.4\) = 0\.71; held below 0\.55: the one word it shares is a Pinyin or Chinese brand word/);
    expect(out).toMatch(/group\s+UFLPA Entity List .*holds "zhongtai", a word of a listed group \(2 entries\)/);
    expect(err).toBe('');
  });

  it('shows an equal name as strong, and reads an added list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-'));
    writeFileSync(join(dir, 'watch.csv'), 'Name\nHarbour Star Trading Limited\n');
    expect(await main(['--explain', 'HARBOUR STAR TRADING LTD', '--list', join(dir, 'watch.csv')])).toBe(0);
    expect(out).toMatch(/1\.00 strong watch "Harbour Star Trading Limited"/);
    expect(out).toMatch(/same name once case, punctuation, spacing, abbreviations and legal form are set aside/);
  });

  it('says so when nothing is compared', async () => {
    expect(await main(['--explain', 'Plain Valley Packaging Co.'])).toBe(0);
    expect(out).toMatch(/0 compared/);
  });
});
