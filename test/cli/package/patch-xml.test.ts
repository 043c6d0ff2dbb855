// The writer's tokenizer and tag edits: whatever the chunking, the same tokens with the same text.
import { parseXml, serialize } from '../../../src/cli/package/patch-dom';
import { attribute, withAttribute, XmlTokenizer, type TokenKind } from '../../../src/cli/package/patch-xml';

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="urn:m"><!-- a > b --><x:row r="1" foo:bar=\'a>"b\' q="c>d">' +
  '<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> 新疆 &amp; 😀 </x:t></x:is></x:c><x:c r="B1"/><![CDATA[<not a tag>]]></x:row></x:worksheet>';

function tokens(chunks: string[]): [TokenKind, string][] {
  const found: [TokenKind, string][] = [];
  const t = new XmlTokenizer((kind, raw) => {
    const last = found[found.length - 1];
    if (kind === 'text' && last?.[0] === 'text') last[1] += raw;
    else found.push([kind, raw]);
  });
  for (const c of chunks) t.write(c);
  t.end();
  return found;
}

test('every split point gives the same tokens, and they rebuild the text exactly', () => {
  const whole = tokens([XML]);
  expect(whole.map(([, raw]) => raw).join('')).toBe(XML);
  expect(whole.filter(([k]) => k === 'other').map(([, r]) => r.slice(0, 4))).toEqual(['<?xm', '<!--', '<![C']);
  expect(whole.find(([, r]) => r.startsWith('<x:row'))![1]).toBe('<x:row r="1" foo:bar=\'a>"b\' q="c>d">');
  for (let i = 1; i < XML.length; i++) expect(tokens([XML.slice(0, i), XML.slice(i)])).toEqual(whole);
  for (let i = 1; i < XML.length - 3; i += 7) expect(tokens([XML.slice(0, i), XML.slice(i, i + 3), XML.slice(i + 3)])).toEqual(whole);
});

test('unfinished markup at the end is an error, not silently dropped', () => {
  const t = new XmlTokenizer(() => undefined);
  t.write('<a><b r="1');
  expect(() => t.end()).toThrow(/unfinished/);
});

test('attributes by local name (never xmlns:), set, added and removed in place', () => {
  const tag = '<x:sheet xmlns:r="urn:r" name="A &amp; B" r:id="rId3" spans="1:4"/>';
  expect(attribute(tag, 'id')).toBe('rId3');
  expect(attribute(tag, 'name')).toBe('A & B');
  expect(attribute(tag, 'r')).toBeUndefined();
  expect(withAttribute(tag, 'spans', null)).toBe('<x:sheet xmlns:r="urn:r" name="A &amp; B" r:id="rId3"/>');
  expect(withAttribute(tag, 'state', 'veryHidden')).toBe('<x:sheet xmlns:r="urn:r" name="A &amp; B" r:id="rId3" spans="1:4" state="veryHidden"/>');
  expect(withAttribute('<row r="2">', 'r', '3')).toBe('<row r="3">');
});

test('the small-part tree writes back what it read, character for character', () => {
  expect(serialize(parseXml(XML))).toBe(XML);
});
