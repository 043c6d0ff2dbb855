// A sheet's cells as they are read, and the SheetGrid they make. The grid has the shape the domain
// was built on (sheetGrid over ExcelJS in src/cli/workbook-grid.ts): rows 1 to the last row with
// a cell, every row as wide as the widest row that holds a value.
import type { Block } from '../../domain/a1';
import type { CellValue, SheetGrid } from '../../domain/types';

export class SheetCells {
  /** values[r - 1][c - 1]; a row is created by its first value. */
  private readonly values: CellValue[][] = [];
  /** Per row, the rightmost column holding a cell (a value, a formula or a formatted blank). */
  private readonly extent: number[] = [];
  /** Per row, whether it holds a value, a formula or part of a merged range (what sets the width). */
  private readonly filled: boolean[] = [];
  private readonly hidden = new Set<number>();
  private readonly merges: Block[] = [];

  /** A cell that holds something: `value` null for a formula with no cached result. */
  setValue(row: number, column: number, value: CellValue): void {
    this.touch(row, column, true);
    if (value !== null) (this.values[row - 1] ??= [])[column - 1] = value;
  }

  /** A cell with a format and no value: it makes the sheet longer, but not wider. */
  setBlank(row: number, column: number): void {
    this.touch(row, column, false);
  }

  hideRow(row: number): void {
    this.hidden.add(row);
  }

  merge(range: Block): void {
    this.merges.push(range);
  }

  private touch(row: number, column: number, filled: boolean): void {
    const i = row - 1;
    if (!(this.extent[i] >= column)) this.extent[i] = column;
    if (filled) this.filled[i] = true;
  }

  /** Rows × columns of the grid `toGrid` would build. */
  size(): { rows: number; columns: number } {
    this.applyMerges();
    let rows = this.extent.length;
    while (rows > 0 && !this.extent[rows - 1]) rows--;
    let columns = 0;
    this.filled.forEach((isFilled, i) => {
      if (isFilled && this.extent[i] > columns) columns = this.extent[i];
    });
    return { rows, columns };
  }

  private mergesApplied = false;

  // Excel shows a merged range's value in its top-left cell and reads the others as empty (a title
  // merged over A1:F1 is one cell, not six headers), but the range still spans its rows and columns.
  private applyMerges(): void {
    if (this.mergesApplied) return;
    this.mergesApplied = true;
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        this.touch(r, m.right, r > m.top || m.right > m.left);
        const row = this.values[r - 1];
        if (!row) continue;
        for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, row.length); c++) delete row[c - 1];
      }
    }
  }

  /** The grid; the cells' arrays become its rows (read once). */
  toGrid(sheetName: string): SheetGrid {
    const { rows: height, columns: width } = this.size();
    const rows: CellValue[][] = new Array(height);
    for (let i = 0; i < height; i++) {
      const row = this.values[i] ?? [];
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
      row.length = width;
      rows[i] = row;
    }
    const hiddenRows = [...this.hidden].filter((r) => r <= height).sort((a, b) => a - b);
    return { sheetName, top: 1, left: 1, rows, hiddenRows };
  }
}
