import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { screenAndCollect as screenFile } from '../support/screen-collect';
import { FIXTURES, score } from '../support/dev-set';
import { actionText } from '../../src/domain/wording';

describe('labelled dev set', () => {
  it('gives every row of dev-suppliers.xlsx its expected status and categories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devset-'));
    const { result } = await screenFile({
      input: join(FIXTURES, 'dev-suppliers.xlsx'),
      output: join(dir, 'out.xlsx'),
      settings: { usImporter: false },
      today: '2026-11-28',
    });
    const rows = result.results.flat().map((r) => ({ sheet: r.sheetName, row: r.row, status: r.status, categories: r.categories }));
    const scored = score(rows);
    const failures = scored.filter((s) => !s.ok).map((s) => `${s.expected.sheet}!${s.expected.row}: want ${s.expected.statuses.join('|')} [${s.expected.categories}] got ${s.status} [${s.categories}] (${s.expected.why})`);
    console.log(`dev-set score: ${scored.length - failures.length}/${scored.length}`);
    expect(failures).toEqual([]);
    expect(scored.length).toBe(43);
  });

  it('backs every flagged status with a finding that names its cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devset-'));
    const { result } = await screenFile({ input: join(FIXTURES, 'dev-suppliers.xlsx'), output: join(dir, 'o.xlsx'), settings: { usImporter: true }, today: '2026-11-28' });
    for (const r of result.results.flat()) {
      if (r.status === 'No link found' || r.status === 'Insufficient data') continue;
      expect(r.findings.length).toBeGreaterThan(0);
      for (const f of r.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      if (['Disengage now', 'Disengage', 'Instruct & verify'].includes(r.status)) expect(r.actions.some((a) => a.paragraph === 'C.1')).toBe(true);
      for (const a of r.actions) expect(actionText(a)).toMatch(/^(A\.\d|B\.\d|C\.\d|Analyst to confirm|Add the missing)/);
    }
  });
});
