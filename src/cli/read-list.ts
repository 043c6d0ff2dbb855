// Reads a list file given with --list (CSV, or the first sheet of an .xlsx).
import { promises as fs, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { ListFormatError, parseListTable } from '../domain/list-import';
import type { ScreeningList } from '../domain/lists';
import { InputError } from './input-error';
import { parseCsv } from './read-csv';
import { plainValue } from './workbook-grid';

export async function loadListFile(file: string): Promise<ScreeningList> {
  const label = basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new InputError(`List ${file} does not exist or cannot be read.`);
  }
  const version = statSync(file).mtime.toISOString().slice(0, 10);
  let rows: string[][];
  if (extname(file).toLowerCase() === '.xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new InputError(`List ${label} could not be opened as a workbook.`);
    }
    const ws = wb.worksheets[0];
    rows = [];
    ws?.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(plainValue(v) ?? ''));
    });
  } else rows = parseCsv(bytes, `List ${label}`);
  try {
    return parseListTable(rows, label.replace(/\.[^.]+$/, ''), /opensanctions|uflpa/i.test(label) ? '' : version);
  } catch (e) {
    if (e instanceof ListFormatError) throw new InputError(`List ${label} is not usable: ${e.message}.`);
    throw e;
  }
}
