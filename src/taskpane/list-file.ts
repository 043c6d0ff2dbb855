// Reads a list file the user picked into text, in the pane: UTF-8 (with or without a BOM), UTF-16
// with a BOM, or GB18030 (CSV files saved by Excel in Chinese locales). Nothing leaves the pane.

/** Larger files cannot give a list small enough to keep in the workbook's settings. */
export const MAX_LIST_FILE_BYTES = 15_000_000;

/** Refusals the pane shows as they are (same name as the gateway's: see describeListError). */
export class ListFileRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListRejected';
  }
}

function decode(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

export function decodeListBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  try {
    return decode(bytes, 'utf-8', true);
  } catch {
    try {
      return decode(bytes, 'gb18030');
    } catch {
      return decode(bytes, 'utf-8');
    }
  }
}

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export async function readListFile(file: File): Promise<string> {
  if (file.size > MAX_LIST_FILE_BYTES) {
    throw new ListFileRejected(
      `"${file.name}" is too large to keep in the workbook's settings. Put its rows on a sheet named 'CtA Watchlist' instead: that sheet is screened as a list and travels with the workbook.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch {
    throw new ListFileRejected(`"${file.name}" could not be read. Check that the file is not open in another program, then choose it again.`);
  }
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ListFileRejected(`"${file.name}" is not a text file. Save the list as CSV (UTF-8) and choose it again.`);
  }
  return decodeListBytes(bytes);
}
