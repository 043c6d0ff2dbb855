// CSV input: BOM-marked UTF-8/UTF-16, plain UTF-8, or GB18030; comma, semicolon or tab separators;
// quoted newlines. Every value stays text, so postal codes like 07112 keep their leading zero.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
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

export function parseCsv(bytes: Buffer, fileLabel: string): string[][] {
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  let text: string;
  if (bom16) text = decodeCsv(bytes).text;
  else if (bytes.includes(0)) {
    // UTF-16 without a BOM has a NUL in every other byte of ASCII text: the odd bytes for
    // little-endian, the even ones for big-endian. Anything else with NULs is not text.
    const oddNuls = bytes.filter((b, i) => b === 0 && i % 2 === 1).length;
    const evenNuls = bytes.filter((b, i) => b === 0 && i % 2 === 0).length;
    if (Math.max(oddNuls, evenNuls) < bytes.length / 4) throw new InputError(`${fileLabel} is not a text CSV file.`);
    text = iconv.decode(bytes, oddNuls >= evenNuls ? 'utf16le' : 'utf16be');
  } else text = decodeCsv(bytes).text;
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''));
  if (rows.length === 0) throw new InputError(`${fileLabel} is empty.`);
  return rows;
}
