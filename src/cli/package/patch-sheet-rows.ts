// The rows of a patched sheet: our header and value cells merged into the user's rows (our cell
// replaces the one at its column, cells stay in column order), rows created where none exist, and,
// when columns are inserted, the cells from the insertion column rightwards moved over
// header..last data row.
import type { SheetWrite } from '../../domain/write-plan-types';
import { escapeXlsxText } from '../xlsx-text';
import { InputError } from '../input-error';
import { child, childElements, getAttr, isElement, makeElement, parseXml, rootElement, serializeElement, setAttr, type XElement } from './patch-dom';
import { a1, decodeBlock, decodeCell, encodeBlock } from '../../domain/a1';
import type { StylesPatch } from './patch-styles';
import { escapeText, unescapeXml, withAttribute } from './patch-xml';
import { slideFormula } from './library-internals';

export interface RowContext {
  write: SheetWrite;
  rowValues(row: number): (string | null)[];
  insert: { column: number; count: number } | null;
  /** Turn every shared formula into a plain one (columns are inserted and the sheet has some). */
  unshare: boolean;
  styles: StylesPatch;
}

/** A cell we write; `fillOnly` (a tracker column's) never replaces a cell that holds something. */
type Ours = { text: string | null; bold: boolean; fillOnly?: boolean };

/** What the writer saw of a row's children while reading it. */
export interface RowShape {
  /** Column of the row's last cell (0 when it has none). */
  lastColumn: number;
  /** Only <c> children (no extLst), each with its r. */
  simple: boolean;
}

const SHARED = /\bt\s*=\s*["']shared["']/;

export class RowPatcher {
  private readonly masters = new Map<string, { formula: string; at: string }>();

  constructor(
    private readonly ctx: RowContext,
    /** Namespace prefix of the sheet's elements ("" or "x:"). */
    private readonly prefix: string,
  ) {}

  /** Cells we write in `row`, by column (rowValues is called here, once per data row). */
  private ours(row: number): Map<number, Ours> {
    const { write } = this.ctx;
    const cells = new Map<number, Ours>();
    if (row === write.headerRow) {
      for (const c of write.columns) cells.set(c.column, { text: c.isNew || c.owner === 'product' ? c.header : null, bold: true });
    } else if (row >= write.firstDataRow && row <= write.lastDataRow) {
      const values = this.ctx.rowValues(row);
      write.columns.forEach((c, i) => {
        const v = values[i];
        if (v !== null && v !== undefined) cells.set(c.column, { text: v, bold: false, fillOnly: c.owner === 'tracker' });
      });
    }
    return cells;
  }

  private inBand(row: number): boolean {
    return row >= this.ctx.write.headerRow && row <= this.ctx.write.lastDataRow;
  }

  /** A row that is not in the sheet: '' when we write nothing in it. */
  created(row: number): string {
    if (!this.inBand(row)) return '';
    const ours = this.ours(row);
    if (ours.size === 0) return '';
    const el = makeElement(this.prefix, 'row', { r: String(row) });
    el.children = [...ours.entries()].sort((a, b) => a[0] - b[0]).map(([column, o]) => this.ourCell(row, column, o, null));
    return serializeElement(el);
  }

  /** One row of the sheet (its tokens' exact text), as it is written out. */
  patch(tokens: string[], row: number, hasR: boolean, shape: RowShape): string {
    const touched = this.inBand(row);
    const raw = tokens.join('');
    if (!touched && !(this.ctx.unshare && SHARED.test(raw))) return hasR ? raw : withAttribute(raw, 'r', String(row));
    const ours = touched ? this.ours(row) : new Map<number, Ours>();
    const moves = touched && this.ctx.insert !== null;
    const unshare = this.ctx.unshare && SHARED.test(raw);
    if (ours.size === 0 && !moves && !unshare) return hasR ? raw : withAttribute(raw, 'r', String(row));
    if (!moves && !unshare && shape.simple && shape.lastColumn < Math.min(...ours.keys())) return this.appended(tokens, row, hasR, ours);
    const el = rootElement(parseXml(raw));
    const cells = new Map<number, XElement>();
    let column = 0;
    for (const c of childElements(el, 'c')) {
      const r = getAttr(c, 'r');
      const at = r ? decodeCell(r) : null;
      column = at ? at.column : column + 1;
      if (this.ctx.unshare) this.unshare(c, a1(row, column));
      let to = column;
      if (moves && column >= this.ctx.insert!.column) {
        to = column + this.ctx.insert!.count;
        this.moveFormulaRef(c);
      }
      if (!at || to !== column) setAttr(c, 'r', a1(row, to));
      cells.set(to, c);
    }
    for (const [col, o] of ours) {
      const existing = cells.get(col) ?? null;
      if (o.fillOnly && existing && childElements(existing).some((c) => c.local === 'v' || c.local === 'f' || c.local === 'is')) continue;
      cells.set(col, this.ourCell(row, col, o, existing));
    }
    const rest = el.children.filter((n) => isElement(n) && n.local !== 'c');
    el.children = [...[...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c), ...rest];
    if (!hasR) setAttr(el, 'r', String(row));
    if (ours.size > 0 || moves) setAttr(el, 'spans', null);
    return serializeElement(el);
  }

  /** The common case: our cells all come after the row's last cell, and the row is copied as it is. */
  private appended(tokens: string[], row: number, hasR: boolean, ours: Map<number, Ours>): string {
    let open = withAttribute(tokens[0], 'spans', null);
    if (!hasR) open = withAttribute(open, 'r', String(row));
    const cells = [...ours.entries()].sort((a, b) => a[0] - b[0]).map(([column, o]) => serializeElement(this.ourCell(row, column, o, null)));
    if (tokens.length === 1) return `${open.replace(/\s*\/>$/, '>')}${cells.join('')}</${this.prefix}row>`;
    return `${open}${tokens.slice(1, -1).join('')}${cells.join('')}${tokens[tokens.length - 1]}`;
  }

  private ourCell(row: number, column: number, o: Ours, existing: XElement | null): XElement {
    const s = Number((existing && getAttr(existing, 's')) ?? 0);
    const r = a1(row, column);
    if (o.text === null) {
      const style = String(this.ctx.styles.derive(s, { text: false, bold: o.bold }));
      if (!existing) return makeElement(this.prefix, 'c', { r, s: style });
      setAttr(existing, 's', style);
      return existing;
    }
    const text = escapeXlsxText(o.text);
    const p = this.prefix;
    const space = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : '';
    const t = `<${p}t${space}>${escapeText(text)}</${p}t>`;
    const style = String(this.ctx.styles.derive(s, { text: true, bold: o.bold }));
    return makeElement(p, 'c', { r, s: style, t: 'inlineStr' }, [makeElement(p, 'is', {}, [t])]);
  }

  /** A shared formula becomes the plain formula it stands for at its own (unmoved) address. */
  private unshare(cell: XElement, at: string): void {
    const f = child(cell, 'f');
    if (!f || getAttr(f, 't') !== 'shared') return;
    const si = getAttr(f, 'si') ?? '';
    const text = unescapeXml(f.children.filter((n): n is string => typeof n === 'string').join(''));
    let formula = text;
    if (text.trim() !== '') {
      if (getAttr(f, 'ref') !== undefined) this.masters.set(si, { formula: text, at });
    } else {
      const master = this.masters.get(si);
      if (!master) throw new InputError(`the shared formula in ${at} has no first cell before it: open and save the workbook in Excel, and try again.`);
      formula = slideFormula(master.formula, master.at, at);
    }
    let open = f.open;
    for (const name of ['t', 'ref', 'si']) open = withAttribute(open, name, null);
    const plain = makeElement(f.name.slice(0, -1), 'f', {}, [escapeText(formula)]);
    plain.open = open.replace(/\s*\/>$/, '>');
    cell.children = cell.children.map((n) => (n === f ? plain : n));
  }

  /** An array formula's range moves with its cell. */
  private moveFormulaRef(cell: XElement): void {
    const f = child(cell, 'f');
    const ref = f && getAttr(f, 'ref');
    const block = ref ? decodeBlock(ref) : null;
    if (!f || !block) return;
    const by = this.ctx.insert!.count;
    setAttr(f, 'ref', encodeBlock({ ...block, left: block.left + by, right: block.right + by }));
  }
}
