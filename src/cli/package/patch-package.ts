// Writes the screened workbook: the input package with our annotations, every part we do not
// annotate copied byte for byte (charts, pivot tables, macros, comments survive), each screened
// sheet streamed row by row through the patch (rowValues screens a row as the writer reaches it).
import JSZip from 'jszip';
import type { SheetWrite } from '../../domain/write-plan-types';
import { InputError } from '../input-error';
import { getAttr, parseXml, rootElement } from './patch-dom';
import { lettersSheetPart, provenanceSheetPart, summarySheetPart } from './patch-new-sheet';
import { movedNoteParts } from './patch-notes';
import { columnLetter, decodeBlock, type Block } from '../../domain/a1';
import { overlaps } from './patch-refs';
import { patchSheet } from './patch-sheet';
import { checkMerges, insertedBlock, movedBlock, type Insert } from './patch-sheet-elements';
import { partText } from './patch-stream';
import { DEFAULT_STYLES, StylesPatch } from './patch-styles';
import { surveySheet } from './patch-survey';
import { findPart, relationships, WorkbookPatch } from './patch-workbook';
import { PatchXmlError } from './patch-xml';
import { writeZip } from './patch-zip';
import type { PackagePatch, SheetPatch } from './types';

interface Table {
  name: string;
  ref: string;
  block: Block;
}

async function sheetTables(zip: JSZip, part: string): Promise<Table[]> {
  const tables: Table[] = [];
  for (const rel of await relationships(zip, part)) {
    const file = rel.external || rel.kind !== 'table' ? null : findPart(zip, rel.target);
    if (!file) continue;
    const root = rootElement(parseXml(await partText(file)));
    const ref = getAttr(root, 'ref') ?? '';
    const block = decodeBlock(ref);
    if (block) tables.push({ name: getAttr(root, 'displayName') ?? getAttr(root, 'name') ?? '', ref, block });
  }
  return tables;
}

/** Where to insert: the plan's insertion, or one when any cell of the new columns holds anything. */
function insertion(write: SheetWrite, taken: boolean): Insert {
  if (write.insert) return write.insert;
  const added = write.columns.filter((c) => c.isNew).map((c) => c.column);
  return taken && added.length > 0 ? { column: Math.min(...added), count: added.length } : null;
}

function refuseMoves(write: SheetWrite, insert: NonNullable<Insert>, tables: Table[]): void {
  const moved = movedBlock(write, insert);
  const table = tables.find((t) => overlaps(t.block, moved));
  if (table) {
    throw new InputError(
      `the screen needs to insert ${insert.count} columns at ${insertedBlock(write, insert)} of "${write.sheetName}", but the Excel table ${table.name} (${table.ref}) is in the cells that would move: move it, and try again.`,
    );
  }
}

async function patchOneSheet(zip: JSZip, workbook: WorkbookPatch, styles: StylesPatch, patch: SheetPatch): Promise<boolean> {
  const { write } = patch;
  const part = workbook.sheetPart(write.sheetName);
  const file = part ? findPart(zip, part) : null;
  if (!file) throw new Error(`sheet ${write.sheetName} disappeared while screening`);
  const tables = await sheetTables(zip, file.name);
  const added = write.columns.filter((c) => c.isNew).map((c) => c.column);
  const inTheWay = added.length > 0 && !(patch.lastFilledColumn !== undefined && patch.lastFilledColumn < Math.min(...added));
  const survey = inTheWay ? await surveySheet(file, added, write.headerRow, write.lastDataRow) : null;
  const insert = insertion(write, survey?.taken ?? false);
  if (insert) {
    checkMerges(write, insert, survey?.merges ?? []);
    refuseMoves(write, insert, tables);
    for (const [name, text] of await movedNoteParts(zip, file.name, movedBlock(write, insert), insert.count)) zip.file(name, text);
  }
  // A sheet AutoFilter may not overlap an Excel table (Excel would repair the file): the table's own
  // filter is then the one the user has.
  const af = write.autoFilter;
  const filterBlock = af && { top: write.headerRow, bottom: write.lastDataRow, left: af.firstColumn, right: af.lastColumn };
  const autoFilter = af && filterBlock && !tables.some((t) => overlaps(t.block, filterBlock)) ? `${columnLetter(af.firstColumn)}${write.headerRow}:${columnLetter(af.lastColumn)}${write.lastDataRow}` : null;
  const deflated = await patchSheet(file, { write, rowValues: (row) => patch.rowValues(row), insert, unshare: !!insert && !!survey?.sharedFormulas, autoFilter, styles });
  deflated.addTo(zip, file.name);
  return insert !== null;
}

export async function patchPackage(input: Buffer, outputFile: string, patch: PackagePatch): Promise<void> {
  try {
    const zip = await JSZip.loadAsync(input).catch((e: Error) => {
      throw new PatchXmlError(e.message);
    });
    const workbook = await WorkbookPatch.open(zip);
    const stylesPart = workbook.stylesPart();
    const styles = new StylesPatch(stylesPart.exists ? await partText(findPart(zip, stylesPart.name)!) : DEFAULT_STYLES);
    let moved = false;
    for (const sheet of patch.sheets) if (await patchOneSheet(zip, workbook, styles, sheet)) moved = true;
    const { summary, provenance, letters } = patch.finish();
    (await summarySheetPart(summary, styles)).addTo(zip, workbook.placeSheet(summary.sheetName, summary.replace, 'visible'));
    (await provenanceSheetPart(provenance, styles)).addTo(zip, workbook.placeSheet(provenance.sheetName, provenance.replace, 'veryHidden'));
    if (letters) (await lettersSheetPart(letters, styles)).addTo(zip, workbook.placeSheet(letters.sheetName, letters.replace, 'visible'));
    // Excel's calculation chain lists formula cells by address: after a move it would point at the
    // wrong cells, and Excel rebuilds a missing one.
    if (moved) workbook.dropPart('calcChain');
    workbook.finish();
    zip.file(stylesPart.name, styles.toXml());
    for (const [name, text] of workbook.changes) {
      if (text === null) zip.remove(name);
      else zip.file(name, text);
    }
    await writeZip(zip, outputFile);
  } catch (e) {
    if (e instanceof PatchXmlError) throw new InputError(`the workbook cannot be annotated, part of it is damaged (${e.message}): open it in Excel, save it, and try again.`);
    throw e;
  }
}
