// Block geometry for patching a sheet (A1 references themselves are src/domain/a1.ts).
import type { Block } from '../../domain/a1';

export function overlaps(a: Block, b: Block): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** The parts of `b` left and right of column `column` (a range minus one column). */
export function withoutColumn(b: Block, column: number): Block[] {
  if (column < b.left || column > b.right) return [b];
  const parts: Block[] = [];
  if (b.left < column) parts.push({ ...b, right: column - 1 });
  if (b.right > column) parts.push({ ...b, left: column + 1 });
  return parts;
}
