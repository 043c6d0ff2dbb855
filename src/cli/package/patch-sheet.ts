// Streams one worksheet part through the patch: the part is inflated and tokenized chunk by chunk,
// rows are handled one at a time, the small elements around <sheetData> are edited whole, and the
// result is deflated as it goes. Elements the sheet lacks are created at their place in
// CT_Worksheet's sequence (Excel rejects a sheet whose elements are out of order).
import type JSZip from 'jszip';
import type { SheetWrite } from '../../domain/write-plan-types';
import { parseXml, rootElement, serializeElement, type XElement } from './patch-dom';
import { decodeCell } from '../../domain/a1';
import {
  isOurConditionalFormat,
  newCols,
  newValidations,
  ourConditionalFormat,
  ourOverdueFormat,
  patchCols,
  patchDimension,
  patchHyperlinks,
  patchMerges,
  patchValidations,
  priorities,
  type Insert,
} from './patch-sheet-elements';
import { RowPatcher, type RowShape } from './patch-sheet-rows';
import { streamText } from './patch-stream';
import type { StylesPatch } from './patch-styles';
import { attribute, localName, PatchXmlError, prefixOf, tagName, XmlTokenizer, type TokenKind } from './patch-xml';
import { DeflatedPart } from './patch-zip';

export interface SheetJob {
  write: SheetWrite;
  rowValues(row: number): (string | null)[];
  insert: Insert;
  unshare: boolean;
  /** The sheet-wide AutoFilter to set, or null to leave the sheet's own. */
  autoFilter: string | null;
  styles: StylesPatch;
}

export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
const RANK = new Map(WORKSHEET_ORDER.map((name, i) => [name, i]));
// Markup-compatibility wrappers around <oleObjects>/<controls> sit where those would.
RANK.set('AlternateContent', RANK.get('oleObjects')!);

const HELD = new Set(['dimension', 'cols', 'autoFilter', 'mergeCells', 'conditionalFormatting', 'dataValidations', 'hyperlinks']);

class SheetTransform {
  private readonly out: string[] = [];
  private depth = 0;
  private prefix = '';
  private rank = -1;
  private held: { local: string; raw: string[]; depth: number } | null = null;
  private rowRaw: string[] | null = null;
  private rowDepth = 0;
  private rowShape: RowShape = { lastColumn: 0, simple: true };
  private inSheetData = false;
  private lastRow = 0;
  private nextRow = 1;
  private rows!: RowPatcher;
  private readonly done = new Set<string>();
  private cfPriority = 0;
  private first = true;

  constructor(private readonly job: SheetJob) {}

  take(): string {
    const s = this.out.join('');
    this.out.length = 0;
    return s;
  }

  token = (kind: TokenKind, raw: string): void => {
    if (this.first && kind === 'other' && raw.startsWith('<?xml')) raw = raw.replace(/encoding\s*=\s*["'][^"']*["']/, 'encoding="UTF-8"');
    if (kind !== 'text') this.first = false;
    if (this.rowRaw) return this.inRow(kind, raw);
    if (this.held) return this.inHeld(kind, raw);
    if (kind === 'open' || kind === 'empty') return this.start(kind, raw);
    if (kind === 'close') return this.end(raw);
    this.out.push(raw);
  };

  private start(kind: TokenKind, raw: string): void {
    const name = tagName(raw);
    const local = localName(name);
    if (this.depth === 0) {
      this.prefix = prefixOf(name);
      this.rows = new RowPatcher({ ...this.job }, this.prefix);
    } else if (this.depth === 1) {
      const rank = RANK.get(local) ?? this.rank;
      this.flush(rank);
      this.rank = rank;
      if (HELD.has(local)) {
        this.held = { local, raw: [raw], depth: 0 };
        if (kind === 'empty') this.release();
        else this.held.depth = 1;
        return;
      }
      if (local === 'sheetData') {
        if (kind === 'empty') {
          this.out.push(raw.replace(/\s*\/>$/, '>'));
          this.rest();
          this.out.push(`</${name}>`);
          return;
        }
        this.inSheetData = true;
      }
    } else if (this.depth === 2 && this.inSheetData && local === 'row') {
      this.rowRaw = [raw];
      this.rowDepth = 1;
      this.rowShape = { lastColumn: 0, simple: true };
      if (kind === 'empty') this.endRow();
      return;
    }
    this.out.push(raw);
    if (kind === 'open') this.depth++;
  }

  private end(raw: string): void {
    this.depth--;
    if (this.depth === 1 && this.inSheetData) {
      this.rest();
      this.inSheetData = false;
    } else if (this.depth === 0) this.flush(Number.MAX_SAFE_INTEGER);
    this.out.push(raw);
  }

  private inRow(kind: TokenKind, raw: string): void {
    this.rowRaw!.push(raw);
    if (this.rowDepth === 1 && (kind === 'open' || kind === 'empty')) {
      const shape = this.rowShape;
      if (localName(tagName(raw)) !== 'c') shape.simple = false;
      else {
        const at = decodeCell(attribute(raw, 'r') ?? '');
        shape.lastColumn = at ? at.column : shape.lastColumn + 1;
        if (!at) shape.simple = false; // its cells get their r written
      }
    }
    if (kind === 'open') this.rowDepth++;
    else if (kind === 'close' && --this.rowDepth === 0) this.endRow();
  }

  private endRow(): void {
    const tokens = this.rowRaw!;
    this.rowRaw = null;
    const r = attribute(tokens[0], 'r');
    const row = r ? Number(r) : this.lastRow + 1;
    if (!Number.isInteger(row) || row < this.nextRow) throw new PatchXmlError(`row ${r ?? row} is out of order`);
    this.gap(row);
    this.out.push(this.rows.patch(tokens, row, r !== undefined, this.rowShape));
    this.lastRow = row;
    this.nextRow = row + 1;
  }

  /** Our rows that are missing from the sheet before `row`. */
  private gap(row: number): void {
    const { headerRow, lastDataRow } = this.job.write;
    for (let p = Math.max(this.nextRow, headerRow); p < row && p <= lastDataRow; p++) this.out.push(this.rows.created(p));
  }

  private rest(): void {
    this.gap(this.job.write.lastDataRow + 1);
    this.nextRow = Math.max(this.nextRow, this.job.write.lastDataRow + 1);
  }

  private inHeld(kind: TokenKind, raw: string): void {
    const held = this.held!;
    held.raw.push(raw);
    if (kind === 'open') held.depth++;
    else if (kind === 'close' && --held.depth === 0) this.release();
  }

  private release(): void {
    const { local, raw } = this.held!;
    this.held = null;
    const el = rootElement(parseXml(raw.join('')));
    this.out.push(this.edit(local, el));
  }

  private edit(local: string, el: XElement): string {
    const { write, insert } = this.job;
    // The user's conditional formats stay in front of ours: ours come after the last of them.
    if (local !== 'conditionalFormatting') this.done.add(local);
    switch (local) {
      case 'dimension':
        patchDimension(el, write, insert);
        break;
      case 'cols':
        patchCols(el, write, this.prefix);
        break;
      case 'autoFilter':
        if (this.job.autoFilter) return this.autoFilter();
        break;
      case 'mergeCells':
        patchMerges(el, write, insert);
        break;
      case 'hyperlinks':
        patchHyperlinks(el, write, insert);
        break;
      case 'conditionalFormatting':
        if (isOurConditionalFormat(el, write)) return '';
        this.cfPriority = Math.max(this.cfPriority, ...priorities(el));
        break;
      case 'dataValidations':
        if (!patchValidations(el, write, this.prefix)) return '';
        break;
    }
    return serializeElement(el);
  }

  private autoFilter(): string {
    return `<${this.prefix}autoFilter ref="${this.job.autoFilter}"/>`;
  }

  /** Writes the elements we add whose place comes before an element of rank `rank`. */
  private flush(rank: number): void {
    const add = (local: string, make: () => string) => {
      if (this.done.has(local) || RANK.get(local)! >= rank) return;
      this.done.add(local);
      this.out.push(make());
    };
    const { write, styles } = this.job;
    add('cols', () => {
      const el = newCols(write, this.prefix);
      return el ? serializeElement(el) : '';
    });
    add('autoFilter', () => (this.job.autoFilter ? this.autoFilter() : ''));
    add('conditionalFormatting', () => {
      const els = [ourOverdueFormat(write, this.prefix, styles, this.cfPriority), ourConditionalFormat(write, this.prefix, styles, this.cfPriority)];
      return els.map((el) => (el ? serializeElement(el) : '')).join('');
    });
    add('dataValidations', () => {
      const el = newValidations(write, this.prefix);
      return el ? serializeElement(el) : '';
    });
  }
}

/** The patched sheet, deflated. */
export async function patchSheet(file: JSZip.JSZipObject, job: SheetJob): Promise<DeflatedPart> {
  const transform = new SheetTransform(job);
  const tokenizer = new XmlTokenizer(transform.token);
  const part = new DeflatedPart();
  await streamText(file, (chunk, pause) => {
    tokenizer.write(chunk);
    if (!part.write(transform.take())) part.onDrain(pause());
  });
  tokenizer.end();
  part.write(transform.take());
  return part.end();
}
