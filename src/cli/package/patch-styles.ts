// Additions to styles.xml: cell formats derived from a cell's own format (text '@', bold) and the
// differential formats of the status colours. Each addition is made once and reused; an existing
// identical entry is reused too, so screening an output again does not grow the part.
import { child, childElements, getAttr, isElement, makeElement, parseXml, rootElement, serialize, serializeElement, setAttr, type XElement, type XNode } from './patch-dom';
import { prefixOf } from './patch-xml';

const TEXT_FORMAT = '49'; // built-in '@'

export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

// CT_Stylesheet's order: a missing list is created before the first of these that follows it.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface CellLook {
  text: boolean;
  bold: boolean;
  /** Wrap the cell's lines (a letter's body on the CtA Letters sheet). */
  wrap?: boolean;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

class Collection {
  private readonly index = new Map<string, number>();

  constructor(readonly el: XElement) {
    childElements(el).forEach((c, i) => {
      const key = serializeElement(c);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  get items(): XElement[] {
    return childElements(this.el);
  }

  /** The index of an identical entry, added when there is none. */
  intern(item: XElement): number {
    const key = serializeElement(item);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const i = this.items.length;
    this.el.children.push(item);
    this.index.set(key, i);
    setAttr(this.el, 'count', String(i + 1));
    return i;
  }
}

export class StylesPatch {
  private readonly nodes: XNode[];
  private readonly prefix: string;
  private readonly fonts: Collection;
  private readonly xfs: Collection;
  private dxfList: Collection | null = null;
  private readonly derived = new Map<string, number>();
  private readonly boldFonts = new Map<number, number>();

  constructor(xml: string) {
    this.nodes = parseXml(xml);
    const root = rootElement(this.nodes);
    this.prefix = prefixOf(root.name);
    this.fonts = new Collection(this.list(root, 'fonts'));
    this.xfs = new Collection(this.list(root, 'cellXfs'));
    if (this.fonts.items.length === 0) this.fonts.intern(makeElement(this.prefix, 'font', {}));
    if (this.xfs.items.length === 0) this.xfs.intern(makeElement(this.prefix, 'xf', { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0', xfId: '0' }));
  }

  private list(root: XElement, local: string): XElement {
    const existing = child(root, local);
    if (existing) return existing;
    const el = makeElement(this.prefix, local, { count: '0' });
    const after = ORDER.slice(ORDER.indexOf(local) + 1);
    const at = root.children.findIndex((c) => isElement(c) && after.includes(c.local));
    if (at < 0) root.children.push(el);
    else root.children.splice(at, 0, el);
    return el;
  }

  /** The cell format index for a cell of format `from` made text and/or bold. */
  derive(from: number, look: CellLook): number {
    const key = `${from}|${look.text}|${look.bold}|${!!look.wrap}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const source = this.xfs.items[from] ?? this.xfs.items[0];
    const xf: XElement = { ...source, children: [...source.children] };
    if (look.text) {
      setAttr(xf, 'numFmtId', TEXT_FORMAT);
      setAttr(xf, 'applyNumberFormat', '1');
    }
    if (look.bold) {
      setAttr(xf, 'fontId', String(this.boldFont(Number(getAttr(source, 'fontId') ?? 0))));
      setAttr(xf, 'applyFont', '1');
    }
    if (look.wrap) {
      // <alignment> is an xf's first child (CT_Xf: alignment, protection, extLst).
      xf.children = [makeElement(this.prefix, 'alignment', { vertical: 'top', wrapText: '1' }), ...xf.children.filter((c) => !(isElement(c) && c.local === 'alignment'))];
      setAttr(xf, 'applyAlignment', '1');
    }
    const index = this.xfs.intern(xf);
    this.derived.set(key, index);
    return index;
  }

  private boldFont(fontId: number): number {
    const known = this.boldFonts.get(fontId);
    if (known !== undefined) return known;
    const font = this.fonts.items[fontId] ?? this.fonts.items[0];
    const b = child(font, 'b');
    const isBold = b !== undefined && !['0', 'false'].includes(getAttr(b, 'val') ?? '1');
    const index = isBold
      ? fontId
      : this.fonts.intern({ ...font, children: [makeElement(this.prefix, 'b', {}), ...font.children.filter((c) => !(isElement(c) && c.local === 'b'))] });
    this.boldFonts.set(fontId, index);
    return index;
  }

  /** The differential format index of a status colour (fill and font colour). */
  dxf(fill: string, font: string): number {
    if (!this.dxfList) this.dxfList = new Collection(this.list(rootElement(this.nodes), 'dxfs'));
    const p = this.prefix;
    return this.dxfList.intern(
      makeElement(p, 'dxf', {}, [
        makeElement(p, 'font', {}, [makeElement(p, 'color', { rgb: argb(font) })]),
        makeElement(p, 'fill', {}, [makeElement(p, 'patternFill', { patternType: 'solid' }, [makeElement(p, 'bgColor', { rgb: argb(fill) })])]),
      ]),
    );
  }

  toXml(): string {
    return serialize(this.nodes);
  }
}
