// Reads a list file given with --list: a saved DHS "UFLPA Entity List" page (.html), a CSV or
// tab-separated text, or the first sheet of an .xlsx (read by the same package reader as supplier
// workbooks). Parsing is the domain's, the same as in the task pane.
import { promises as fs, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ListFormatError, parseListTable, parseListText } from '../domain/list-import';
import type { ScreeningList } from '../domain/lists';
import { cellText } from '../domain/normalize';
import { InputError } from './input-error';
import { readPackage } from './package/read-package';
import { decodeText } from './read-csv';

export async function loadListFile(file: string): Promise<ScreeningList> {
  const label = basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new InputError(`List ${file} does not exist or cannot be read.`);
  }
  const name = label.replace(/\.[^.]+$/, '');
  // A list without dates of its own is dated by the file; an official copy by its own dates.
  const version = /opensanctions|uflpa/i.test(label) ? '' : statSync(file).mtime.toISOString().slice(0, 10);
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xlsx' || ext === '.xlsm') {
      const contents = await readPackage(bytes, `List ${label}`);
      const sheet = contents.sheets[0];
      if (!sheet) throw new InputError(`List ${label} has no worksheet.`);
      return parseListTable(sheet.grid.rows.map((r) => r.map(cellText)), name, version);
    }
    const text = decodeText(bytes, `List ${label}`);
    if (!text.trim()) throw new InputError(`List ${label} is empty.`);
    return parseListText(text, name, version);
  } catch (e) {
    if (e instanceof ListFormatError) throw new InputError(`List ${label} is not usable: ${e.message}.`);
    throw e;
  }
}
