// A minimal XML tokenizer that keeps every token's exact text, so the writer can copy what it does
// not change character for character. It is fed text in chunks of any size: a tag, a comment or a
// CDATA section split across chunks waits for the next chunk, and a '>' inside a quoted attribute
// value does not end the tag.
export type TokenKind = 'open' | 'empty' | 'close' | 'text' | 'other';

export type TokenHandler = (kind: TokenKind, raw: string) => void;

/** A part that is not well-formed enough to patch. */
export class PatchXmlError extends Error {}

function endOf(s: string, lt: number): number {
  const next = s.charCodeAt(lt + 1);
  if (next === 0x21 /* ! */) {
    if (s.startsWith('<!--', lt)) return end(s.indexOf('-->', lt + 4), 2);
    if (s.startsWith('<![CDATA[', lt)) return end(s.indexOf(']]>', lt + 9), 2);
    if (s.length - lt < 9) return -1; // not yet known which
    return s.indexOf('>', lt);
  }
  if (next === 0x3f /* ? */) return end(s.indexOf('?>', lt + 2), 1);
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

function end(found: number, extra: number): number {
  return found < 0 ? -1 : found + extra;
}

export class XmlTokenizer {
  private rest = '';

  constructor(private readonly on: TokenHandler) {}

  write(chunk: string): void {
    const s = this.rest ? this.rest + chunk : chunk;
    this.rest = '';
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        this.on('text', s.slice(i));
        return;
      }
      if (lt > i) this.on('text', s.slice(i, lt));
      const gt = endOf(s, lt);
      if (gt < 0) {
        this.rest = s.slice(lt);
        return;
      }
      const raw = s.slice(lt, gt + 1);
      const second = raw.charCodeAt(1);
      if (second === 0x2f) this.on('close', raw);
      else if (second === 0x21 || second === 0x3f) this.on('other', raw);
      else this.on(raw.charCodeAt(raw.length - 2) === 0x2f ? 'empty' : 'open', raw);
      i = gt + 1;
    }
  }

  end(): void {
    if (this.rest) throw new PatchXmlError(`unfinished markup at the end: ${this.rest.slice(0, 40)}`);
  }
}

/** The qualified name of a start, empty or end tag: "x:row" for <x:row r="1">. */
export function tagName(raw: string): string {
  let i = raw.charCodeAt(1) === 0x2f ? 2 : 1;
  const start = i;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
  }
  return raw.slice(start, i);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** Attributes of a start tag by qualified name, values unescaped. */
export function attributes(raw: string): Record<string, string> {
  const found: Record<string, string> = {};
  const tag = raw.slice(1 + tagName(raw).length);
  for (const m of tag.matchAll(ATTRIBUTE)) found[m[1]] = unescapeXml(m[2].slice(1, -1));
  return found;
}

const byLocalName = new Map<string, RegExp>();
const byName = new Map<string, RegExp>();

function cached(cache: Map<string, RegExp>, key: string, make: () => RegExp): RegExp {
  let re = cache.get(key);
  if (!re) cache.set(key, (re = make()));
  re.lastIndex = 0;
  return re;
}

const quote = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One attribute of a start tag by local name ("id" finds r:id, never xmlns:id), or undefined. */
export function attribute(raw: string, local: string): string | undefined {
  const re = cached(byLocalName, local, () => new RegExp(`\\s([\\w.-]+:)?${quote(local)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'));
  let prefixed: string | undefined;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const value = unescapeXml(m[2] ?? m[3]);
    if (!m[1]) return value;
    if (m[1] !== 'xmlns:' && prefixed === undefined) prefixed = value;
  }
  return prefixed;
}

/** The start tag with `name` set to `value` (escaped), or removed when value is null. */
export function withAttribute(raw: string, name: string, value: string | null): string {
  const pattern = cached(byName, name, () => new RegExp(`(\\s)${quote(name)}\\s*=\\s*("[^"]*"|'[^']*')`));
  const m = pattern.exec(raw);
  if (m) {
    const before = raw.slice(0, m.index);
    const after = raw.slice(m.index + m[0].length);
    return value === null ? before + after : `${before}${m[1]}${name}="${escapeAttribute(value)}"${after}`;
  }
  if (value === null) return raw;
  const close = raw.endsWith('/>') ? raw.length - 2 : raw.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(raw[at - 1])) at--;
  return `${raw.slice(0, at)} ${name}="${escapeAttribute(value)}"${raw.slice(at)}`;
}

const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"\n\r\t]/;

export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );
}
