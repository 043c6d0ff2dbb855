// The sheet elements around <sheetData> that a patch edits, each small enough to hold: the used
// range, column widths, the filter, merged ranges, hyperlinks, conditional formats and validations.
import type { SheetWrite } from '../../domain/write-plan-types';
import { InputError } from '../input-error';
import { childElements, getAttr, makeElement, rawText, setAttr, type XElement, type XNode } from './patch-dom';
import { a1, columnLetter, decodeBlock, encodeBlock, type Block } from '../../domain/a1';
import { isOverdueFormula } from '../../domain/write-plan';
import { withoutColumn } from './patch-refs';
import type { StylesPatch } from './patch-styles';
import { escapeText, unescapeXml } from './patch-xml';

export type Insert = { column: number; count: number } | null;

/** The cells that move when columns are inserted: header..last data row, insertion column rightwards. */
export function movedBlock(write: SheetWrite, insert: NonNullable<Insert>): Block {
  return { top: write.headerRow, bottom: write.lastDataRow, left: insert.column, right: Number.MAX_SAFE_INTEGER };
}

export function insertedBlock(write: SheetWrite, insert: NonNullable<Insert>): string {
  return `${a1(write.headerRow, insert.column)}:${a1(write.lastDataRow, insert.column + insert.count - 1)}`;
}

/** Refuses, as the ExcelJS host did, a merged range that crosses the edge of the moved block. */
export function checkMerges(write: SheetWrite, insert: NonNullable<Insert>, merges: { range: string; block: Block }[]): void {
  const { top, bottom } = movedBlock(write, insert);
  const crossing = merges.find(({ block: m }) => m.right >= insert.column && m.bottom >= top && m.top <= bottom && (m.top < top || m.bottom > bottom || m.left < insert.column));
  if (crossing) {
    throw new InputError(
      `the screen needs to insert ${insert.count} columns at ${insertedBlock(write, insert)} of "${write.sheetName}", but merged cells ${crossing.range} cross the edge of that block: unmerge them or move them, and try again.`,
    );
  }
}

function shifted(block: Block, insert: NonNullable<Insert>, write: SheetWrite): Block {
  const moved = movedBlock(write, insert);
  const inside = block.top >= moved.top && block.bottom <= moved.bottom && block.left >= moved.left;
  return inside ? { ...block, left: block.left + insert.count, right: block.right + insert.count } : block;
}

export function patchDimension(el: XElement, write: SheetWrite, insert: Insert): void {
  const block = decodeBlock(getAttr(el, 'ref') ?? '');
  const columns = write.columns.map((c) => c.column);
  const ours = { top: write.headerRow, bottom: Math.max(write.headerRow, write.lastDataRow), left: Math.min(...columns), right: Math.max(...columns) };
  if (!block) return setAttr(el, 'ref', encodeBlock(ours));
  const right = insert && block.right >= insert.column ? block.right + insert.count : block.right;
  setAttr(el, 'ref', encodeBlock({ top: Math.min(block.top, ours.top), left: Math.min(block.left, ours.left), bottom: Math.max(block.bottom, ours.bottom), right: Math.max(right, ours.right) }));
}

/** Widths of the new columns: an existing <col> range over one of them is split around it. */
export function patchCols(el: XElement, write: SheetWrite, prefix: string): void {
  let cols = childElements(el, 'col').map((c) => ({ min: Number(getAttr(c, 'min')), max: Number(getAttr(c, 'max')), el: c }));
  const clone = (c: XElement, min: number, max: number): { min: number; max: number; el: XElement } => {
    const copy = { ...c, children: [...c.children] };
    setAttr(copy, 'min', String(min));
    setAttr(copy, 'max', String(max));
    return { min, max, el: copy };
  };
  for (const column of write.columns.filter((c) => c.isNew)) {
    const at = column.column;
    const covering = cols.find((c) => c.min <= at && at <= c.max);
    let mine: XElement;
    if (covering) {
      const pieces = [];
      if (covering.min < at) pieces.push(clone(covering.el, covering.min, at - 1));
      const own = clone(covering.el, at, at);
      pieces.push(own);
      if (covering.max > at) pieces.push(clone(covering.el, at + 1, covering.max));
      cols = cols.filter((c) => c !== covering).concat(pieces);
      mine = own.el;
    } else {
      mine = makeElement(prefix, 'col', { min: String(at), max: String(at) });
      cols.push({ min: at, max: at, el: mine });
    }
    setAttr(mine, 'width', String(column.width));
    setAttr(mine, 'customWidth', '1');
  }
  el.children = cols.sort((a, b) => a.min - b.min).map((c) => c.el);
}

export function newCols(write: SheetWrite, prefix: string): XElement | null {
  if (!write.columns.some((c) => c.isNew)) return null;
  const el = makeElement(prefix, 'cols', {});
  patchCols(el, write, prefix);
  return el;
}

export function patchMerges(el: XElement, write: SheetWrite, insert: Insert): void {
  if (!insert) return;
  const merges = childElements(el, 'mergeCell').flatMap((m) => {
    const range = getAttr(m, 'ref') ?? '';
    const block = decodeBlock(range);
    return block ? [{ range, block, el: m }] : [];
  });
  checkMerges(write, insert, merges);
  for (const m of merges) setAttr(m.el, 'ref', encodeBlock(shifted(m.block, insert, write)));
}

export function patchHyperlinks(el: XElement, write: SheetWrite, insert: Insert): void {
  if (!insert) return;
  for (const link of childElements(el, 'hyperlink')) {
    const block = decodeBlock(getAttr(link, 'ref') ?? '');
    if (block) setAttr(link, 'ref', encodeBlock(shifted(block, insert, write)));
  }
}

/** Our rules from an earlier run are recognised by their formula, which starts with the status column. */
export function isOurConditionalFormat(el: XElement, write: SheetWrite): boolean {
  const marker = `$${columnLetter(write.statusColumn)}`;
  const formulas: string[] = [];
  const walk = (node: XElement) => {
    for (const c of childElements(node)) {
      if (c.local === 'formula') formulas.push(rawText(c).trim());
      else walk(c);
    }
  };
  walk(el);
  return formulas.some((f) => f.startsWith(marker) || isOverdueFormula(unescapeXml(f)));
}

export function priorities(el: XElement): number[] {
  return childElements(el, 'cfRule').map((r) => Number(getAttr(r, 'priority') ?? 0)).filter(Number.isFinite);
}

/** Our conditional format: one expression rule per status, after the user's rules in priority. */
export function ourConditionalFormat(write: SheetWrite, prefix: string, styles: StylesPatch, afterPriority: number): XElement | null {
  if (write.lastDataRow < write.firstDataRow) return null;
  const columns = write.columns.map((c) => c.column);
  const first = columnLetter(Math.min(write.tableFirstColumn, ...columns));
  const last = columnLetter(Math.max(...columns));
  const status = columnLetter(write.statusColumn);
  const rules: XNode[] = write.statusStyles.map((s, i) =>
    makeElement(prefix, 'cfRule', { type: 'expression', dxfId: String(styles.dxf(s.fill, s.font)), priority: String(afterPriority + i + 1 + (write.overdueStyle ? 1 : 0)) }, [
      makeElement(prefix, 'formula', {}, [escapeText(`$${status}${write.firstDataRow}="${s.status}"`)]),
    ]),
  );
  return makeElement(prefix, 'conditionalFormatting', { sqref: `${first}${write.firstDataRow}:${last}${write.lastDataRow}` }, rules);
}

/** When the sheet is tracked: overdue next steps in their colours, above the status colours. */
export function ourOverdueFormat(write: SheetWrite, prefix: string, styles: StylesPatch, afterPriority: number): XElement | null {
  const o = write.overdueStyle;
  if (!o || write.lastDataRow < write.firstDataRow) return null;
  const column = columnLetter(o.column);
  return makeElement(prefix, 'conditionalFormatting', { sqref: `${column}${write.firstDataRow}:${column}${write.lastDataRow}` }, [
    makeElement(prefix, 'cfRule', { type: 'expression', dxfId: String(styles.dxf(o.fill, o.font)), priority: String(afterPriority + 1) }, [makeElement(prefix, 'formula', {}, [escapeText(o.formula)])]),
  ]);
}

/** Our drop-downs: Reviewer Decision, and Supplier Reply when the sheet is tracked. */
function dropDowns(write: SheetWrite): { column: number; options: readonly string[] }[] {
  return write.replyValidation ? [write.decisionValidation, write.replyValidation] : [write.decisionValidation];
}

function ourValidations(write: SheetWrite, prefix: string): XElement[] {
  if (write.lastDataRow < write.firstDataRow) return [];
  return dropDowns(write).map((d) => {
    const column = columnLetter(d.column);
    return makeElement(prefix, 'dataValidation', { type: 'list', allowBlank: '1', sqref: `${column}${write.firstDataRow}:${column}${write.lastDataRow}` }, [
      makeElement(prefix, 'formula1', {}, [escapeText(`"${d.options.join(',')}"`)]),
    ]);
  });
}

/**
 * The user's validations lose our drop-down columns' cells (a range over one is cut around it) and
 * ours are added. Returns false when nothing is left (the element must then be dropped).
 */
export function patchValidations(el: XElement, write: SheetWrite, prefix: string): boolean {
  const columns = dropDowns(write).map((d) => d.column);
  const kept: XElement[] = [];
  for (const dv of childElements(el, 'dataValidation')) {
    const ranges = (getAttr(dv, 'sqref') ?? '').split(/\s+/).filter(Boolean);
    const rest = ranges.flatMap((r) => {
      const block = decodeBlock(r);
      return block ? columns.reduce((blocks, column) => blocks.flatMap((b) => withoutColumn(b, column)), [block]).map(encodeBlock) : [r];
    });
    if (rest.length === 0) continue;
    if (rest.join(' ') !== ranges.join(' ')) setAttr(dv, 'sqref', rest.join(' '));
    kept.push(dv);
  }
  kept.push(...ourValidations(write, prefix));
  el.children = kept;
  setAttr(el, 'count', String(kept.length));
  return kept.length > 0;
}

export function newValidations(write: SheetWrite, prefix: string): XElement | null {
  const el = makeElement(prefix, 'dataValidations', { count: '0' });
  return patchValidations(el, write, prefix) ? el : null;
}
