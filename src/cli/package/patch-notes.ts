// Notes (comments) move with their cells when columns are inserted. A note lives in two parts: the
// comments part names its cell ("G2"), and the legacy VML drawing that Excel shows it with names the
// same cell as a 0-based row and column. Threaded comments name their cell like the comments part.
import type JSZip from 'jszip';
import { a1, decodeCell, type Block } from '../../domain/a1';
import { partText } from './patch-stream';
import { findPart, relationships } from './patch-workbook';

function inside(block: Block, row: number, column: number): boolean {
  return row >= block.top && row <= block.bottom && column >= block.left && column <= block.right;
}

/** The comments or threaded-comments XML with every ref="…" inside `moved` shifted right by `count`. */
export function shiftNoteRefs(xml: string, moved: Block, count: number): string {
  return xml.replace(/(<(?:[\w.-]+:)?(?:comment|threadedComment)\b[^>]*?\sref\s*=\s*")([^"]+)(")/g, (whole, before: string, ref: string, after: string) => {
    const at = decodeCell(ref);
    return at && inside(moved, at.row, at.column) ? `${before}${a1(at.row, at.column + count)}${after}` : whole;
  });
}

/** The VML drawing with the note shapes of cells inside `moved` anchored `count` columns further right. */
export function shiftNoteShapes(vml: string, moved: Block, count: number): string {
  return vml.replace(/<x:ClientData\b[\s\S]*?<\/x:ClientData>/g, (data) => {
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(data);
    const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(data);
    if (!row || !column || !inside(moved, Number(row[1]) + 1, Number(column[1]) + 1)) return data;
    const shifted = data.replace(/(<x:Column>\s*)(\d+)(\s*<\/x:Column>)/, (_m, a: string, n: string, b: string) => `${a}${Number(n) + count}${b}`);
    // The anchor places the note's box: its first and third numbers are columns.
    return shifted.replace(/(<x:Anchor>\s*)([^<]*)(<\/x:Anchor>)/, (_m, a: string, list: string, b: string) => {
      const n = list.split(',').map((x) => x.trim());
      if (n.length !== 8 || n.some((x) => !/^\d+$/.test(x))) return `${a}${list}${b}`;
      n[0] = String(Number(n[0]) + count);
      n[4] = String(Number(n[4]) + count);
      return `${a}${n.join(', ')}${b}`;
    });
  });
}

/** Rewrite the note parts of `sheetPart` for an insertion; returns the changed parts by name. */
export async function movedNoteParts(zip: JSZip, sheetPart: string, moved: Block, count: number): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  for (const rel of await relationships(zip, sheetPart)) {
    if (rel.external) continue;
    const file = findPart(zip, rel.target);
    if (!file) continue;
    const shift = rel.kind === 'comments' || rel.kind === 'threadedComment' ? shiftNoteRefs : rel.kind === 'vmlDrawing' ? shiftNoteShapes : null;
    if (!shift) continue;
    const before = await partText(file);
    const after = shift(before, moved, count);
    if (after !== before) changed.set(file.name, after);
  }
  return changed;
}
