// xl/styles.xml reduced to what reading needs: which cell formats (the s attribute of a cell, an
// index into <cellXfs>) show numbers as dates.
import type JSZip from 'jszip';
import { streamXml } from './read-xml';

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30 and the East Asian ids). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a format code shows a date or time: a y, m, d, h or s token (any case) outside quoted
 * text, [brackets] (colours, conditions, locales, elapsed [h]), backslash escapes and the
 * character after _ (a space as wide as it) or * (repeat to fill). "0\m" is a number with a
 * literal m; "General" has none of the letters.
 */
export function isDateFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if ('yYmMdDhHsS'.includes(ch)) {
      return true;
    }
  }
  return false;
}

/** Per cell format index, whether a number in it is a date. */
export async function readDateStyles(file: JSZip.JSZipObject): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await streamXml(file, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(parseInt(a.numFmtId ?? '0', 10) || 0);
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_IDS.has(id);
  });
}
