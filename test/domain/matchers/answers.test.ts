// Denials are one list (denial.ts), read the same by the place matcher and by the answers: tested from both sides.
import { detentionFinding, labourTransferFindings, readAnswer, transferMention } from '../../../src/domain/matchers/answers';
import { deniedBefore } from '../../../src/domain/matchers/denial';
import { findPlaces } from '../../../src/domain/matchers/places';
import { normalizeText } from '../../../src/domain/normalize';
import { cell } from './row-cell';

const DENIALS: [string, string][] = [
  ['No {X}', 'Xinjiang'],
  ['Not in {X}', 'Xinjiang'],
  ['Never had a site in {X}', 'Xinjiang'],
  ['Without {X}', 'Xinjiang'],
  ['Free of {X}', 'Xinjiang'],
  ['Excluding {X}', 'Xinjiang'],
  ['Non-{X}', 'Xinjiang'],
  ['None from {X}', 'Xinjiang'],
  ['Zero {X}', 'Xinjiang'],
  ['Denies any {X}', 'Xinjiang'],
  ['Neither {X} nor Tibet', 'Xinjiang'],
  ['不涉及{X}', '新疆'],
  ['不含{X}', '新疆'],
  ['不使用{X}', '新疆'],
  ['不采购{X}', '新疆'],
  ['没有{X}', '新疆'],
  ['从未在{X}', '新疆'],
  ['否认{X}', '新疆'],
  ['禁止{X}', '新疆'],
  ['无{X}', '新疆'],
  ['非{X}', '新疆'],
  ['未在{X}', '新疆'],
  ['不参与{X}', '新疆'],
];

describe('one denial list, both sides', () => {
  it.each(DENIALS)('"%s" denies a place (place matcher)', (phrase, x) => {
    expect(findPlaces(cell('notes', phrase.replace('{X}', x)))).toEqual([]);
  });
  it.each(DENIALS)('"%s" denies labour transfer (answers)', (phrase, x) => {
    const text = phrase.replace('{X}', x === '新疆' ? '劳动力转移' : 'labour transfer programmes');
    expect(transferMention(cell('notes', text))).toBeNull();
    expect(labourTransferFindings([cell('notes', text)])).toEqual([]);
  });
  it.each(DENIALS)('"%s" denies a detention (answers)', (phrase, x) => {
    expect(detentionFinding(cell('cbpStatus', phrase.replace('{X}', x === '新疆' ? '扣留' : 'detention')))).toBeNull();
  });

  it('is no denial where the word is part of another (无锡, 非洲, 未来) or a house number (No. 5)', () => {
    for (const text of ['无锡市新疆路办事处在新疆', '非洲业务；工厂在新疆', '未来在新疆建厂', 'No. 5 Road, Urumqi']) {
      expect(findPlaces(cell('notes', text)).length).toBeGreaterThan(0);
    }
    expect(deniedBefore(normalizeText('No. 12 Road, Urumqi'), 14)).toBe(false);
  });

  it('reads a labour-transfer statement and a detention when they are not denied', () => {
    expect(transferMention(cell('notes', 'Workers transferred from Hotan under a labour transfer programme'))).not.toBeNull();
    expect(detentionFinding(cell('cbpStatus', 'Detained under UFLPA, 2024'))).not.toBeNull();
    expect(readAnswer('y')).toBe('yes');
    expect(readAnswer('否')).toBe('no');
  });
});
