// An Excel table part (xl/tables/tableN.xml): its name as Excel shows it and its range.
import type JSZip from 'jszip';
import { streamXml } from './read-xml';

export async function readTablePart(file: JSZip.JSZipObject): Promise<{ name: string; ref: string } | null> {
  let table: { name: string; ref: string } | null = null;
  let depth = 0;
  await streamXml(file, {
    open(name, a) {
      if (depth++ === 0 && name === 'table' && a.ref) table = { name: a.displayName ?? a.name ?? '', ref: a.ref };
    },
    close() {
      depth--;
    },
  });
  return table;
}
