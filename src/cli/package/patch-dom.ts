// A small tree over XmlTokenizer for the parts and elements small enough to hold (workbook.xml,
// relationships, styles.xml, one sheet row, a sheet's <cols> or <mergeCells>): every node keeps its
// exact text, so what is not edited is written back unchanged.
import { attribute, escapeAttribute, localName, PatchXmlError, tagName, withAttribute, XmlTokenizer } from './patch-xml';

export interface XElement {
  /** Qualified name, e.g. "x:row". */
  name: string;
  local: string;
  /** The exact start tag (or empty-element tag). */
  open: string;
  children: XNode[];
  /** The exact end tag; '' for an empty element. */
  close: string;
}

/** Text, comments and processing instructions are kept as their raw strings. */
export type XNode = XElement | string;

export function isElement(node: XNode): node is XElement {
  return typeof node !== 'string';
}

export function parseXml(xml: string): XNode[] {
  const root: XNode[] = [];
  const stack: XElement[] = [];
  const add = (node: XNode) => (stack.length ? stack[stack.length - 1].children : root).push(node);
  const tokenizer = new XmlTokenizer((kind, raw) => {
    if (kind === 'open' || kind === 'empty') {
      const name = tagName(raw);
      const el: XElement = { name, local: localName(name), open: raw, children: [], close: '' };
      add(el);
      if (kind === 'open') stack.push(el);
    } else if (kind === 'close') {
      const el = stack.pop();
      if (!el || el.name !== tagName(raw)) throw new PatchXmlError(`unexpected ${raw}`);
      el.close = raw;
    } else add(raw);
  });
  tokenizer.write(xml);
  tokenizer.end();
  if (stack.length) throw new PatchXmlError(`<${stack[stack.length - 1].name}> is not closed`);
  return root;
}

export function serialize(nodes: XNode[]): string {
  let out = '';
  for (const node of nodes) out += typeof node === 'string' ? node : serializeElement(node);
  return out;
}

export function serializeElement(el: XElement): string {
  if (!el.close && el.children.length === 0) return el.open;
  const open = el.close ? el.open : el.open.replace(/\s*\/>$/, '>');
  return `${open}${serialize(el.children)}${el.close || `</${el.name}>`}`;
}

export function rootElement(nodes: XNode[]): XElement {
  const root = nodes.find(isElement);
  if (!root) throw new PatchXmlError('no root element');
  return root;
}

export function childElements(el: XElement, local?: string): XElement[] {
  return el.children.filter((c): c is XElement => isElement(c) && (local === undefined || c.local === local));
}

export function child(el: XElement, local: string): XElement | undefined {
  return childElements(el, local)[0];
}

export function getAttr(el: XElement, local: string): string | undefined {
  return attribute(el.open, local);
}

export function setAttr(el: XElement, name: string, value: string | null): void {
  el.open = withAttribute(el.open, name, value);
}

/** The element's text content (unescaped is not needed by callers: raw). */
export function rawText(el: XElement): string {
  return el.children.map((c) => (typeof c === 'string' ? (c.startsWith('<') ? '' : c) : rawText(c))).join('');
}

/** A new element in the namespace prefix `prefix` ("" or "x:"), from an already-escaped inner text. */
export function makeElement(prefix: string, local: string, attrs: Record<string, string>, inner: XNode[] = []): XElement {
  const name = `${prefix}${local}`;
  let open = `<${name}`;
  for (const k in attrs) open += ` ${k}="${escapeAttribute(attrs[k])}"`;
  const empty = inner.length === 0;
  return { name, local, open: empty ? `${open}/>` : `${open}>`, children: inner, close: empty ? '' : `</${name}>` };
}
