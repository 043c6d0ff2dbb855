// A first, read-only pass over a sheet that may need columns inserted, to decide before anything is
// written: whether any cell of the new columns holds anything (then the host inserts instead of
// writing over it), which merged ranges there are, and whether shared formulas must be unshared.
import type JSZip from 'jszip';
import { decodeBlock, decodeCell, type Block } from '../../domain/a1';
import { streamText } from './patch-stream';
import { attribute, localName, tagName, XmlTokenizer } from './patch-xml';

export interface SheetSurvey {
  /** True when a cell of `columns`, rows top..bottom, has a value, a formula or an inline string. */
  taken: boolean;
  merges: { range: string; block: Block }[];
  sharedFormulas: boolean;
}

export async function surveySheet(file: JSZip.JSZipObject, columns: number[], top: number, bottom: number): Promise<SheetSurvey> {
  const survey: SheetSurvey = { taken: false, merges: [], sharedFormulas: false };
  const watched = new Set(columns);
  let row = 0;
  let column = 0;
  let inWatchedCell = false;
  const tokenizer = new XmlTokenizer((kind, raw) => {
    if (kind !== 'open' && kind !== 'empty') {
      if (kind === 'close' && localName(tagName(raw)) === 'c') inWatchedCell = false;
      return;
    }
    const name = localName(tagName(raw));
    if (name === 'row') {
      const r = attribute(raw, 'r');
      row = r ? Number(r) : row + 1;
      column = 0;
    } else if (name === 'c') {
      const cell = decodeCell(attribute(raw, 'r') ?? '');
      column = cell ? cell.column : column + 1;
      inWatchedCell = kind === 'open' && row >= top && row <= bottom && watched.has(column);
    } else if (name === 'v' || name === 'f' || name === 'is') {
      if (inWatchedCell) survey.taken = true;
      if (name === 'f' && raw.includes('shared') && attribute(raw, 't') === 'shared') survey.sharedFormulas = true;
    } else if (name === 'mergeCell') {
      const range = attribute(raw, 'ref') ?? '';
      const block = decodeBlock(range);
      if (block) survey.merges.push({ range, block });
    }
  });
  await streamText(file, (chunk) => tokenizer.write(chunk));
  tokenizer.end();
  return survey;
}
