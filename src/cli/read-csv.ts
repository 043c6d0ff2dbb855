// CSV input: BOM-marked UTF-8/UTF-16, plain UTF-8, or GB18030; comma, semicolon, tab or bar separators
// (guessed by the domain's delimitedRows, the pane's parser too); quoted newlines. Every value stays
// text, so postal codes like 07112 keep their leading zero.
import iconv from 'iconv-lite';
import { delimitedRows } from '../domain/list-text';
import { InputError } from './input-error';

export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}

/** A text file's characters, whatever its encoding; a file that is not text is refused in one line. */
export function decodeText(bytes: Buffer, fileLabel: string): string {
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (bom16 || !bytes.includes(0)) return decodeCsv(bytes).text;
  // UTF-16 without a BOM has a NUL in every other byte of ASCII text: the odd bytes for
  // little-endian, the even ones for big-endian. Anything else with NULs is not text.
  const oddNuls = bytes.filter((b, i) => b === 0 && i % 2 === 1).length;
  const evenNuls = bytes.filter((b, i) => b === 0 && i % 2 === 0).length;
  if (Math.max(oddNuls, evenNuls) < bytes.length / 4) throw new InputError(`${fileLabel} is not a text CSV file.`);
  return iconv.decode(bytes, oddNuls >= evenNuls ? 'utf16le' : 'utf16be');
}

export function parseCsv(bytes: Buffer, fileLabel: string): string[][] {
  const rows = delimitedRows(decodeText(bytes, fileLabel));
  if (rows.length === 0) throw new InputError(`${fileLabel} is empty.`);
  return rows;
}
