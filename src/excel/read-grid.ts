// Reads a block of cells in row chunks sized to stay well under the response limit, so a
// 100,000-row sheet costs a few dozen syncs, not one per row and not one oversize request.
import type { CellValue, SheetGrid } from '../domain/types';
import { CellBlock } from './a1';
import { TARGET_RESPONSE_BYTES, isResponseTooLarge, utf8Length } from './payload';
import { syncCounted } from './sync-counter';

/**
 * Bytes a cell is assumed to return before any has been read: supplier sheets carry names, addresses
 * and notes of a hundred characters or more, and Chinese text takes three bytes a character. The first
 * chunk is sized by it; later chunks adapt to the bytes actually returned.
 */
export const FIRST_READ_BYTES_PER_CELL = 200;
const FIRST_CHUNK_CELLS = Math.floor(TARGET_RESPONSE_BYTES / FIRST_READ_BYTES_PER_CELL);

export interface ReadGridOptions {
  isTable?: boolean;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Read at most this many rows (detection needs only the top of a sheet). */
  maxRows?: number;
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

export async function readGrid(context: Excel.RequestContext, block: CellBlock, options: ReadGridOptions = {}): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(block.sheetName);
  const columns = block.right - block.left + 1;
  const total = Math.min(block.bottom - block.top + 1, options.maxRows ?? Infinity);
  const rows: CellValue[][] = [];
  let chunk = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / columns));
  while (rows.length < total) {
    const count = Math.min(chunk, total - rows.length);
    const range = sheet.getRangeByIndexes(block.top - 1 + rows.length, block.left - 1, count, columns).load('values');
    try {
      await syncCounted(context);
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      chunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const values = range.values as unknown[][];
    const bytes = utf8Length(JSON.stringify(values));
    for (const row of values) rows.push(row.map(toCellValue));
    chunk = Math.max(1, Math.min(count * 4, Math.floor((count * TARGET_RESPONSE_BYTES) / Math.max(bytes, 1))));
    options.onProgress?.(rows.length, total);
  }
  return { sheetName: block.sheetName, top: block.top, left: block.left, rows, isTable: options.isTable ?? false };
}
