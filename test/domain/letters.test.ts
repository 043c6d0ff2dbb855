// Letters for every status in both languages: every placeholder filled, no empty paragraph, the right
// letter and paragraphs for the status, what the sheet records in neutral words; the templates' file
// checked by its schema; and no sentence of the Call to Action pasted into them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { letterTemplates, LetterTemplatesFile, loadDataFile } from '../../src/data';
import { isChosen, letterKindOf, lettersFor, parseLetterChoice, recordsText, unfilled, type LetterSubject } from '../../src/domain/letters';
import { planLettersSheet, writeLetters, LETTERS_MARKER } from '../../src/domain/letters-sheet';
import { STATUSES, type Finding, type RowResult, type Status } from '../../src/domain/types';

const finding = (over: Partial<Finding>): Finding => ({
  category: 'A.1',
  risk: false,
  confidence: 'high',
  matcher: 'place',
  column: 'City',
  cell: 'D4',
  matched: 'Urumqi',
  detail: '= Ürümqi, Xinjiang',
  key: 'k',
  ...over,
});

const FINDINGS: Record<Status, Finding[]> = {
  'Disengage now': [finding({}), finding({ matcher: 'postal', column: 'Postal Code', matched: '830000' }), finding({ matched: 'Xinjiang', column: 'Province' })],
  Disengage: [
    finding({
      category: 'A.3',
      matcher: 'list',
      matched: '东莞绿洲鞋业有限公司',
      listRef: { listId: 'uflpa', listName: 'UFLPA Entity List', listVersion: '2025-01-15', entryId: 'x', entryName: 'Dongguan Oasis Shoes Co., Ltd.' },
    }),
  ],
  'Instruct & verify': [finding({ category: 'A.4', column: 'Input Origin', matched: 'Xinjiang cotton' })],
  Review: [finding({ confidence: 'medium', matcher: 'phone', column: 'Phone', matched: '+86 991 555 0101' })],
  'Trace inputs': [finding({ category: 'A.4', risk: true, confidence: 'low', matcher: 'sector', matched: 'cotton yarn' })],
  'No link found': [],
  'Insufficient data': [],
};

const subject = (status: Status): LetterSubject => ({ sheetName: 'Suppliers', row: 7, supplierName: 'Jinhe Cotton Yarn Co., Ltd.', status, findings: FINDINGS[status], due: '2027-02-06' });

describe.each(STATUSES)('letters for a %s row', (status) => {
  const letters = lettersFor(subject(status), 'Northwind Apparel Ltd', '2026-12-08');
  const flaggedWithFindings = FINDINGS[status].some((f) => !f.risk);

  it('are written in English then Simplified Chinese, the B.4 instruction or the notice the status calls for', () => {
    expect(letters.map((l) => l.language)).toEqual(['en', 'zh']);
    const kind = status === 'Disengage now' || status === 'Disengage' ? 'disengage' : 'instruction';
    expect(letters.map((l) => l.kind)).toEqual([kind, kind]);
    expect(letterKindOf(status)).toBe(kind);
  });

  it.each(['en', 'zh'] as const)('in %s: every placeholder filled, no empty paragraph, names, dates and company in place', (language) => {
    const letter = letters.find((l) => l.language === language)!;
    for (const text of [letter.subject, ...letter.paragraphs]) {
      expect(unfilled(text)).toEqual([]);
      expect(text).not.toMatch(/[{}]/);
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
    const body = letter.paragraphs.join('\n');
    expect(body).toContain('Jinhe Cotton Yarn Co., Ltd.');
    expect(body).toContain('Northwind Apparel Ltd');
    expect(body).toContain(language === 'en' ? '8 December 2026' : '2026年12月8日');
    expect(body).toContain(language === 'en' ? '6 February 2027' : '2027年2月6日');
    if (language === 'zh') expect(body).toMatch(/[\u4e00-\u9fff]{20}/);
  });

  it('tell what the sheet records only for flagged rows, in neutral words', () => {
    for (const letter of letters) {
      const records = letter.paragraphs.filter((p) => /Our records for your company show|我司记录中关于贵司的信息如下/.test(p));
      expect(records).toHaveLength(flaggedWithFindings ? 1 : 0);
      const body = letter.paragraphs.join(' ');
      expect(body).not.toMatch(/\b(guilty|violat|complicit|accuse|you use forced labour|uses forced labour)/i);
      expect(body).not.toMatch(/违法|违反|指控|使用强迫劳动/);
    }
  });

  it('leave the Region at once (B.1) or responsibly (B.2, B.3, B.5), as the status says', () => {
    const en = letters[0].paragraphs.join('\n');
    expect(en.includes('Paragraph B.1 of the Call to Action')).toBe(status === 'Disengage now');
    expect(en.includes('we will do this responsibly')).toBe(status === 'Disengage');
    expect(en.includes('Reply form')).toBe(status !== 'Disengage now' && status !== 'Disengage');
  });
});

describe('what the sheet records', () => {
  it('groups findings of one kind, quotes the cells, names the list and entry, and leaves risk indicators out', () => {
    expect(recordsText('en', FINDINGS['Disengage now'])).toBe('a facility address in the Uyghur Region (“Urumqi”, “Xinjiang”); a postal code of the Uyghur Region (“830000”)');
    expect(recordsText('zh', FINDINGS['Disengage now'])).toBe('位于新疆的厂址（“Urumqi”、“Xinjiang”）；新疆地区的邮政编码（“830000”）');
    expect(recordsText('en', FINDINGS.Disengage)).toBe('a company name that matches “Dongguan Oasis Shoes Co., Ltd.” on the UFLPA Entity List (US Uyghur Forced Labor Prevention Act)');
    expect(recordsText('zh', FINDINGS.Disengage)).toBe('公司名称与美国《维吾尔强迫劳动预防法》实体清单所列“Dongguan Oasis Shoes Co., Ltd.”相符');
    expect(recordsText('en', FINDINGS['Trace inputs'])).toBe('');
  });
});

describe('the templates', () => {
  const seed = readFileSync(join(__dirname, '../../../shared/seed/call-to-action.txt'), 'utf8');

  it('paraphrase the Call to Action: no run of eight words of it is in an English template (the Coalition’s name aside)', () => {
    const words = (t: string) =>
      t
        .toLowerCase()
        .replace(/coalition to end forced labour in the uyghur region/g, ' ')
        .replace(/[^a-z0-9\s]/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const seedWords = words(seed);
    const runs = new Set<string>();
    for (let i = 0; i + 8 <= seedWords.length; i++) runs.add(seedWords.slice(i, i + 8).join(' '));
    const pasted: string[] = [];
    for (const l of letterTemplates.letters) {
      for (const text of [l.en.subject, ...l.en.paragraphs.map((p) => p.text)]) {
        const w = words(text);
        for (let i = 0; i + 8 <= w.length; i++) if (runs.has(w.slice(i, i + 8).join(' '))) pasted.push(w.slice(i, i + 8).join(' '));
      }
    }
    expect(pasted).toEqual([]);
  });

  it('are checked by their schema: an unknown placeholder, a stray brace or a Chinese letter out of step is refused', () => {
    const copy = () => JSON.parse(JSON.stringify(letterTemplates));
    const bad1 = copy();
    bad1.letters[0].en.paragraphs[0].text = 'To: {supplier}';
    expect(() => loadDataFile('letter-templates.json', LetterTemplatesFile, bad1)).toThrow(/a placeholder is not one of/);
    const bad2 = copy();
    bad2.letters[0].zh.paragraphs[0].text = '致：{supplierName';
    expect(() => loadDataFile('letter-templates.json', LetterTemplatesFile, bad2)).toThrow(/brace/);
    const bad3 = copy();
    bad3.letters[0].zh.paragraphs = bad3.letters[0].zh.paragraphs.filter((p: { when: string }) => p.when !== 'records');
    expect(() => loadDataFile('letter-templates.json', LetterTemplatesFile, bad3)).toThrow(/conditional paragraphs differ|placeholders differ/);
    const bad4 = copy();
    bad4.letters[0].en.paragraphs[0].when = 'records';
    expect(() => loadDataFile('letter-templates.json', LetterTemplatesFile, bad4)).toThrow(/records/);
  });
});

describe('choosing rows and the CtA Letters sheet', () => {
  const result = (over: Partial<RowResult>): RowResult => ({
    sheetName: 'Suppliers',
    row: 4,
    status: 'Review',
    categories: [],
    actions: [],
    citations: '',
    findings: [],
    suppressed: [],
    confidence: null,
    ...over,
  });

  it('takes all, a status, a next step or rows of a sheet', () => {
    const r = result({ nextStep: { kind: 'Chase', text: 'Chase: no reply, 3 days past due', overdue: true, due: '2026-06-27' } });
    expect(isChosen(parseLetterChoice('all'), r)).toBe(true);
    expect(isChosen(parseLetterChoice('review'), r)).toBe(true);
    expect(isChosen(parseLetterChoice('Disengage'), r)).toBe(false);
    expect(isChosen(parseLetterChoice('chase'), r)).toBe(true);
    expect(isChosen({ sheetName: 'Suppliers', rows: [3, 4] }, r)).toBe(true);
    expect(isChosen({ sheetName: 'Other', rows: [4] }, r)).toBe(false);
    expect(() => parseLetterChoice('everyone')).toThrow(/"everyone" is not "all", a status \(Disengage now, .*\) or a next step \(Send B.4 instruction, /);
  });

  it('has a row per supplier and language, the body in lines, and is replaced only when ours', () => {
    const written = writeLetters([subject('Instruct & verify'), subject('Disengage')], 'Northwind Apparel Ltd', '2026-12-08');
    const plan = planLettersSheet({ written, today: '2026-12-08', sheetNames: ['Suppliers'], a1Of: () => undefined, unnamed: [{ sheetName: 'Suppliers', row: 9 }] });
    expect(plan.sheetName).toBe('CtA Letters');
    expect(plan.replace).toBe(false);
    expect(plan.rows[0]).toEqual([LETTERS_MARKER]);
    expect(plan.rows[2][0]).toBe('No letter for Suppliers row 9: the row has no supplier name.');
    const header = plan.rows.findIndex((r) => r[0] === 'Sheet');
    expect(plan.rows.slice(header + 1).map((r) => [r[3], r[4], r[5]])).toEqual([
      ['Instruct & verify', 'B.4 instruction and reply form', 'English'],
      ['Instruct & verify', 'B.4 instruction and reply form', '简体中文'],
      ['Disengage', 'Notice to disengage', 'English'],
      ['Disengage', 'Notice to disengage', '简体中文'],
    ]);
    expect(plan.rows[header + 1][7].split('\n')).toEqual(written[0].letters[0].paragraphs);
    expect(plan.boldRows).toEqual([1, header + 1]);
    const ours = planLettersSheet({ written, today: '2026-12-08', sheetNames: ['CtA Letters'], a1Of: () => LETTERS_MARKER });
    expect([ours.sheetName, ours.replace]).toEqual(['CtA Letters', true]);
    const theirs = planLettersSheet({ written, today: '2026-12-08', sheetNames: ['CtA Letters'], a1Of: () => 'my own notes' });
    expect([theirs.sheetName, theirs.replace]).toEqual(['CtA Letters (2)', false]);
  });
});
