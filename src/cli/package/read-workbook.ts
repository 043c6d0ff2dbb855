// xl/workbook.xml: the sheets in workbook order (name, visibility, relationship id) and the date
// system. Its root element tells a workbook from another package renamed .xlsx.
import type JSZip from 'jszip';
import { prefixedAttribute, streamXml } from './read-xml';

export interface WorkbookSheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relationshipId: string;
}

export interface WorkbookPart {
  /** False when the root element is not <workbook> (a Word document's main part, say). */
  isWorkbook: boolean;
  sheets: WorkbookSheetEntry[];
  /** Serial 0 is 1904-01-01 instead of 1900-01-00 (workbooks from old Mac Excel). */
  date1904: boolean;
}

const STATES = new Set(['visible', 'hidden', 'veryHidden']);

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

export async function readWorkbookPart(file: JSZip.JSZipObject): Promise<WorkbookPart> {
  const result: WorkbookPart = { isWorkbook: false, sheets: [], date1904: false };
  let depth = 0;
  let inSheets = false;
  await streamXml(file, {
    open(name, a) {
      if (depth++ === 0) result.isWorkbook = name === 'workbook';
      if (!result.isWorkbook) return;
      if (name === 'sheets' && depth === 2) inSheets = true;
      else if (name === 'workbookPr' && depth === 2) result.date1904 = isTrue(a.date1904);
      else if (name === 'sheet' && inSheets) {
        const state = a.state && STATES.has(a.state) ? (a.state as WorkbookSheetEntry['state']) : 'visible';
        result.sheets.push({ name: a.name ?? '', state, relationshipId: prefixedAttribute(a, 'id') ?? '' });
      }
    },
    close(name) {
      depth--;
      if (name === 'sheets') inSheets = false;
    },
  });
  return result;
}
