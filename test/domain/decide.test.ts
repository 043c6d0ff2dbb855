// decide(): from findings to status, actions, categories, confidence and citations. The expected
// values are written out here from screening-rules.md, not read from the status table, so a change to
// the table that breaks the contract fails.
import { decide, type DecisionInput } from '../../src/domain/decide';
import { STATUS_TABLE } from '../../src/domain/statuses';
import { STATUSES, type Category, type Confidence, type Finding, type Status } from '../../src/domain/types';
import { actionText, type Action } from '../../src/domain/wording';

function finding(category: Category, confidence: Confidence, extra: Partial<Finding> = {}): Finding {
  return { category, risk: false, confidence, matcher: 'place', column: 'City', cell: 'C2', matched: 'x', detail: 'x', key: `${category}|test|${confidence}`, ...extra };
}

function run(findings: Finding[], options: { usImporter?: boolean; missing?: string[] } = {}) {
  const input: DecisionInput = { sheetName: 'S', row: 2, findings, suppressed: [], missing: options.missing ?? [], settings: { usImporter: options.usImporter ?? false } };
  return decide(input);
}

/** An action list as paragraph ids, "confirm" for the analyst's step and "missing" for the missing fields. */
function ids(actions: Action[]): string[] {
  return actions.map((a) => a.paragraph ?? (a.text.startsWith('Analyst to confirm') ? 'confirm' : a.text.startsWith('Add the missing') ? 'missing' : a.text));
}

// What one confirmed finding of each category calls for (screening-rules.md, the status table).
const OWED: Record<Category, { status: Status; actions: string[] }> = {
  'A.1': { status: 'Disengage now', actions: ['B.1'] },
  'A.2': { status: 'Disengage', actions: ['B.2', 'B.5'] },
  'A.3': { status: 'Disengage', actions: ['B.3', 'B.5'] },
  'A.4': { status: 'Instruct & verify', actions: ['B.4', 'B.5'] },
};

const CATEGORIES: Category[] = ['A.1', 'A.2', 'A.3', 'A.4'];
const CONFIDENCES: Confidence[] = ['high', 'medium', 'low'];

describe('decide: one finding of each category at each confidence', () => {
  const cases = CATEGORIES.flatMap((category) => CONFIDENCES.map((confidence) => [category, confidence] as const));

  it.each(cases)('%s at %s confidence', (category, confidence) => {
    const r = run([finding(category, confidence)]);
    const owed = OWED[category];
    if (confidence === 'high') {
      expect(r.status).toBe(owed.status);
      expect(ids(r.actions)).toEqual(owed.actions);
    } else {
      expect(r.status).toBe('Review');
      expect(ids(r.actions)).toEqual(['confirm', ...owed.actions]);
    }
    expect(r.categories).toEqual([category]);
    expect(r.confidence).toBe(confidence);
    const cited = [...new Set([category, ...owed.actions])].sort().join(', ');
    const uflpa = category === 'A.1' || category === 'A.4' ? '; UFLPA (Public Law 117-78)' : '';
    expect(r.citations).toBe(`Call to Action ${cited}${uflpa}`);
  });

  it.each(cases)('%s at %s confidence, as a risk indicator: Trace inputs', (category, confidence) => {
    const r = run([finding(category, confidence, { risk: true, matcher: 'sector' })]);
    expect(r.status).toBe('Trace inputs');
    expect(ids(r.actions)).toEqual(['A.4', 'B.4']);
    expect(r.categories).toEqual([]);
    expect(r.confidence).toBe('low');
    expect(r.citations).toBe('Call to Action A.4, B.4');
  });
});

describe('decide: every row of the status table', () => {
  const examples: [Status, () => ReturnType<typeof run>, string[]][] = [
    ['Disengage now', () => run([finding('A.1', 'high'), finding('A.2', 'high'), finding('A.4', 'medium')]), ['B.1']],
    ['Disengage', () => run([finding('A.2', 'high'), finding('A.3', 'high'), finding('A.4', 'high')]), ['B.2', 'B.3', 'B.5']],
    ['Disengage', () => run([finding('A.4', 'high', { listedSupplier: true, matcher: 'entity' })]), ['B.5', 'B.5']],
    ['Instruct & verify', () => run([finding('A.4', 'high'), finding('A.1', 'medium')]), ['B.4', 'B.5']],
    ['Review', () => run([finding('A.1', 'medium'), finding('A.4', 'high', { risk: true })]), ['confirm', 'B.1']],
    ['Trace inputs', () => run([finding('A.4', 'low', { risk: true })]), ['A.4', 'B.4']],
    ['No link found', () => run([]), []],
    ['Insufficient data', () => run([finding('A.1', 'high')], { missing: ['supplier name', 'location'] }), ['missing']],
  ];

  it.each(examples)('%s', (status, make, actions) => {
    const r = make();
    expect(r.status).toBe(status);
    expect(ids(r.actions)).toEqual(actions);
  });

  it('the examples reach every status of the table, in the order the rules give', () => {
    expect([...new Set(examples.map(([s]) => s))]).toEqual([...STATUSES]);
    expect(STATUS_TABLE.map((r) => r.status)).toEqual(['Disengage now', 'Disengage', 'Instruct & verify', 'Review', 'Trace inputs', 'No link found', 'Insufficient data']);
  });

  it('a listed supplier owes B.5 as a prohibited company, then the responsible exit', () => {
    const r = run([finding('A.4', 'high', { listedSupplier: true, matcher: 'entity' })]);
    expect(r.actions.map(actionText)[0]).toMatch(/^B\.5 Disengage: .*entity list/);
    expect(r.actions.map(actionText)[1]).toMatch(/^B\.5 Exit responsibly/);
  });

  it('Insufficient data names the missing fields and cites nothing, whatever else was found', () => {
    const r = run([finding('A.1', 'high')], { missing: ['supplier name', 'location'], usImporter: true });
    expect(r.actions.map(actionText)).toEqual(['Add the missing supplier name and location and screen again.']);
    expect(r).toMatchObject({ categories: [], citations: '', confidence: null, missing: ['supplier name', 'location'] });
  });

  it('No link found has no categories, no confidence and no citations', () => {
    expect(run([])).toMatchObject({ status: 'No link found', categories: [], actions: [], citations: '', confidence: null });
  });
});

describe('decide: C.1 and C.2', () => {
  const flaggedFor: [Status, Finding[]][] = [
    ['Disengage now', [finding('A.1', 'high')]],
    ['Disengage', [finding('A.3', 'high')]],
    ['Instruct & verify', [finding('A.4', 'high')]],
    ['Review', [finding('A.1', 'medium')]],
    ['Trace inputs', [finding('A.4', 'high', { risk: true })]],
    ['No link found', []],
  ];

  it.each(flaggedFor)('%s: C.1 for a US importer only on Disengage now, Disengage and Instruct & verify', (status, findings) => {
    const plain = run(findings);
    const us = run(findings, { usImporter: true });
    expect(us.status).toBe(status);
    expect(ids(plain.actions)).not.toContain('C.1');
    const owesC1 = status === 'Disengage now' || status === 'Disengage' || status === 'Instruct & verify';
    expect(ids(us.actions)).toEqual(owesC1 ? [...ids(plain.actions), 'C.1'] : ids(plain.actions));
    if (owesC1) expect(us.citations).toMatch(/C\.1.*UFLPA \(Public Law 117-78\)/);
  });

  it('C.2 whenever a detention is recorded, whatever the importer setting', () => {
    const r = run([finding('A.4', 'medium', { matcher: 'cbp' })]);
    expect(r.status).toBe('Review');
    expect(ids(r.actions)).toEqual(['confirm', 'B.4', 'B.5', 'C.2']);
    expect(r.citations).toBe('Call to Action A.4, B.4, B.5, C.2; UFLPA (Public Law 117-78)');
  });
});

describe('decide: confidence and categories', () => {
  it('the strongest finding that is not a risk indicator gives the confidence', () => {
    expect(run([finding('A.2', 'low'), finding('A.4', 'medium')]).confidence).toBe('medium');
    expect(run([finding('A.1', 'high'), finding('A.4', 'low')]).confidence).toBe('high');
  });

  it('categories come once each, in paragraph order, risk indicators left out', () => {
    const r = run([finding('A.4', 'high'), finding('A.2', 'medium'), finding('A.2', 'low'), finding('A.3', 'high', { risk: true })]);
    expect(r.categories).toEqual(['A.2', 'A.4']);
  });

  it('cites each list entry once, with its section and date, else its version', () => {
    const ref = { listId: 'uflpa', listName: 'UFLPA Entity List', listVersion: '2025-01-15', entryId: 'e1', entryName: 'Example Co', section: 'XUAR production', dateAdded: '2022-06-21' };
    const watch = { listId: 'w', listName: 'watch', listVersion: '3', entryId: 'e2', entryName: 'Other Co' };
    const r = run([finding('A.1', 'high', { listRef: ref }), finding('A.1', 'medium', { listRef: ref, cell: 'D2' }), finding('A.2', 'medium', { listRef: watch })]);
    expect(r.citations).toBe('Call to Action A.1, A.2, B.1; UFLPA Entity List (XUAR production, added 2022-06-21): Example Co; watch (version 3): Other Co; UFLPA (Public Law 117-78)');
  });
});
