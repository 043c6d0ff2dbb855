// Reads an .xlsx package without a document model: the workbook part names the sheets, its
// relationships lead to the worksheet parts, and each worksheet is streamed into a SheetGrid with
// the shared strings and the date formats of styles.xml. Cell values, as the domain reads them:
// text (shared, inline, rich text runs joined, phonetic guides left out, _xHHHH_ escapes decoded),
// numbers, booleans, errors as their text ("#N/A"), a formula's cached value (none: empty), and a
// number in a date format as 'YYYY-MM-DD' (1900 and 1904 date systems).
import { InputError } from '../input-error';
import { PackageParts } from './read-parts';
import { BadCellError, readSheetPart } from './read-sheet';
import { readSharedStrings } from './read-shared-strings';
import { readDateStyles } from './read-styles';
import { readTablePart } from './read-tables';
import { readWorkbookPart } from './read-workbook';
import { DamagedPartError } from './read-xml';
import type { PackageContents, PackageSheet } from './types';

/**
 * A grid is dense (every cell of every row, filled or not): a stray cell far out (XFD1048576) must
 * give a message, not exhaust memory. 2^25 cells are about 270 MB of grid.
 */
const MAX_GRID_CELLS = 2 ** 25;

export async function readPackage(bytes: Buffer, label: string): Promise<PackageContents> {
  const notWorkbook = () => new InputError(`${label} is not a valid .xlsx workbook (it may be damaged or another kind of file).`);
  const cannotOpen = (why: string) => new InputError(`${label} could not be opened as a workbook: ${why}.`);
  async function read<T>(what: string, reader: () => Promise<T>): Promise<T> {
    try {
      return await reader();
    } catch (e) {
      if (e instanceof DamagedPartError) throw cannotOpen(`${what} is damaged`);
      if (e instanceof BadCellError) throw cannotOpen(`cell ${e.address} of ${what} is damaged (${e.problem})`);
      throw e;
    }
  }

  const parts = await PackageParts.open(bytes).catch(() => {
    throw cannotOpen('the file may be damaged or cut short');
  });
  const packageRels = await read('the package index (_rels/.rels)', () => parts.relationships(''));
  const mainPath = packageRels.find((r) => r.kind === 'officeDocument')?.target;
  const workbookFile = (mainPath && parts.part(mainPath)) || parts.part('xl/workbook.xml');
  if (!workbookFile) throw notWorkbook();
  const workbook = await read(`the list of sheets (${workbookFile.name})`, () => readWorkbookPart(workbookFile));
  if (!workbook.isWorkbook) throw notWorkbook();

  const rels = await read(`the workbook's relationships`, () => parts.relationships(workbookFile.name));
  const related = (kind: string, fallback: string) => parts.part(rels.find((r) => r.kind === kind)?.target ?? fallback);
  const stringsFile = related('sharedStrings', 'xl/sharedStrings.xml');
  const stylesFile = related('styles', 'xl/styles.xml');
  const sharedStrings = stringsFile ? await read(`the shared text (${stringsFile.name})`, () => readSharedStrings(stringsFile)) : null;
  const dateStyles = stylesFile ? await read(`the styles (${stylesFile.name})`, () => readDateStyles(stylesFile)) : [];

  const sheets: PackageSheet[] = [];
  for (const entry of workbook.sheets) {
    const rel = rels.find((r) => r.id === entry.relationshipId);
    if (rel && rel.kind !== 'worksheet') continue; // a chart sheet, dialog sheet or macro sheet: named, not read
    const file = rel && parts.part(rel.target);
    if (!file) throw cannotOpen(`the sheet "${entry.name}" (${rel?.target ?? 'no part named'}) is missing`);
    const what = `the sheet "${entry.name}" (${file.name})`;
    const { cells, tableIds } = await read(what, () => readSheetPart(file, { sharedStrings, dateStyles, date1904: workbook.date1904 }));
    const size = cells.size();
    if (size.rows * size.columns > MAX_GRID_CELLS) {
      throw new InputError(
        `${label}: the sheet "${entry.name}" reaches row ${size.rows.toLocaleString('en')} and column ${size.columns.toLocaleString('en')}, more cells than the command line can hold: delete the unused rows and columns past the data, save, and try again.`,
      );
    }
    const tables = await read(what, () => readTables(parts, file.name, tableIds));
    sheets.push({ name: entry.name, state: entry.state, grid: cells.toGrid(entry.name), tables });
  }
  return { sheetNames: workbook.sheets.map((s) => s.name), sheets };
}

async function readTables(parts: PackageParts, sheetPath: string, tableIds: string[]): Promise<PackageSheet['tables']> {
  if (tableIds.length === 0) return [];
  const rels = await parts.relationships(sheetPath);
  const tables: PackageSheet['tables'] = [];
  for (const id of tableIds) {
    const target = rels.find((r) => r.id === id && r.kind === 'table')?.target;
    const file = target ? parts.part(target) : null;
    // A missing table part loses the table's name, not the sheet's data: read on without it.
    const table = file ? await readTablePart(file) : null;
    if (table) tables.push(table);
  }
  return tables;
}
