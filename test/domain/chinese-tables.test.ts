// The generated Chinese tables (src/data/chinese-tables.json) against the libraries they come from:
// the committed file is what the script builds now, every character reads and converts as in
// pinyin-pro and opencc-js, and whole strings agree with the libraries' word-level results on
// the project's data, the labelled fixtures and the reference tables.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as OpenCC from 'opencc-js/t2cn';
import {
  buildTables,
  gb2312Characters,
  generalStandardCharacters,
  keptCharacters,
  libraryReading,
  librarySimplifiedChar,
  serialise,
  isNameDataFile,
  wordSources,
} from '../../scripts/build-chinese-tables';
import { hasHan, isPinyinWord, readingOfChar, tableSyllables, toPinyinSyllables, toSimplified } from '../../src/domain/chinese';
import { EntityIndex } from '../../src/domain/matchers/entities';
import { warmPlaceIndex } from '../../src/domain/matchers/places';

const ROOT = join(__dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared');
const HAN = /\p{Script=Han}/u;

const toCnFromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toCnFromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** The screener's conversion before the tables: Hong Kong, or Taiwan when Hong Kong changed nothing. */
function librarySimplified(text: string): string {
  if (!hasHan(text)) return text;
  const hk = toCnFromHk(text);
  return hk === text ? toCnFromTw(text) : hk;
}

function jsonStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (HAN.test(value)) out.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      // A place's `ambiguous` map: its keys are the place's names (listed in `names` too), its values are
      // reasons in prose that quote other provinces' division chains (长 read chang or zhang), not names.
      if (k === 'ambiguous') Object.keys(v as object).forEach((name) => jsonStrings(name, out));
      else jsonStrings(v, out);
    }
}

function dataStrings(): string[] {
  const out = new Set<string>();
  const dir = join(ROOT, 'src', 'data');
  for (const f of readdirSync(dir).filter(isNameDataFile)) {
    jsonStrings(JSON.parse(readFileSync(join(dir, f), 'utf8')), out);
  }
  return [...out];
}

/** Chinese fields of every text table under ../shared/reference (CSV, TSV, DSL). */
function referenceStrings(): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(csv|tsv|dsl)$/.test(name)) {
        for (const field of readFileSync(p, 'utf8').split(/[\n\t,;|"[\]]/)) {
          const s = field.trim();
          if (HAN.test(s)) out.add(s);
        }
      }
    }
  };
  walk(join(SHARED, 'reference'));
  return [...out];
}

async function fixtureStrings(): Promise<string[]> {
  const out = new Set<string>();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SHARED, 'fixtures', 'dev-suppliers.xlsx'));
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const s = cell.text;
        if (HAN.test(s)) out.add(s);
      }),
    ),
  );
  return [...out];
}

function pinyinDifferences(strings: string[]): string[] {
  return strings
    .filter(hasHan)
    .filter((s) => tableSyllables(s).join(' ') !== libraryReading(s).join(' '))
    .map((s) => `${s}: ${tableSyllables(s).join(' ')} ≠ ${libraryReading(s).join(' ')}`);
}

function simplifiedDifferences(strings: string[]): string[] {
  return strings.filter((s) => toSimplified(s) !== librarySimplified(s)).map((s) => `${s}: ${toSimplified(s)} ≠ ${librarySimplified(s)}`);
}

describe('chinese-tables.json', () => {
  it('is what scripts/build-chinese-tables.ts builds from the installed pinyin-pro and opencc-js', () => {
    expect(readFileSync(join(ROOT, 'src', 'data', 'chinese-tables.json'), 'utf8')).toBe(serialise(buildTables()));
  });

  it('keeps the Pinyin of the standard characters: GB2312 and the 通用规范汉字表', () => {
    const gb = gb2312Characters();
    const standard = generalStandardCharacters();
    expect([gb.length, new Set(gb).size]).toEqual([6763, 6763]);
    expect([standard.length, new Set(standard).size]).toEqual([8105, 8105]);
    const unread = [...gb, ...standard].filter((ch) => libraryReading(ch).length > 0 && readingOfChar(ch) === '');
    expect(unread).toEqual([]);
    // Characters of names registered since 2013 that GB2312 lacks: 喆 (zhe), 堃 (kun), 昇 (sheng).
    expect(['喆', '堃', '昇'].map(readingOfChar)).toEqual(['zhe', 'kun', 'sheng']);
  });

  it('reads every kept character as pinyin-pro does, a traditional one as its simplified form, none other; converts every character as opencc-js does', () => {
    const ranges: [number, number][] = [
      [0x2e80, 0x2fdf],
      [0x3000, 0x303f],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
      [0x20000, 0x323af],
    ];
    const simplifiedOf = new Map<string, string>();
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        const s = librarySimplifiedChar(ch);
        if (s !== ch) simplifiedOf.set(ch, s);
      }
    }
    const kept = keptCharacters(simplifiedOf.values());
    const wrong: string[] = [];
    let read = 0;
    let traditional = 0;
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        const simplified = simplifiedOf.get(ch);
        const expected = kept.has(ch) ? libraryReading(ch).join(' ') : simplified ? libraryReading(simplified).join(' ') : '';
        if (expected && kept.has(ch)) read++;
        else if (expected) traditional++;
        if (readingOfChar(ch) !== expected) wrong.push(`${ch} reads ${readingOfChar(ch)}, expected ${expected}`);
        // A lone astral character is no Han text to toSimplified(); 一 before it makes it one.
        const converted = cp > 0xffff ? toSimplified(`一${ch}`).slice(1) : toSimplified(ch);
        if (hasHan(`一${ch}`) && converted !== librarySimplifiedChar(ch)) wrong.push(`${ch} → ${converted}, opencc-js ${librarySimplifiedChar(ch)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(read).toBeGreaterThan(8_500);
    expect(traditional).toBeGreaterThan(2_000);
    expect(simplifiedOf.size).toBeGreaterThan(4_000);
    expect(toSimplified('東突厥斯坦 新疆維吾爾自治區 烏魯木齊')).toBe('东突厥斯坦 新疆维吾尔自治区 乌鲁木齐');
    expect(tableSyllables('喀什 Kashgar 疏附县')).toEqual(['ka', 'shen', 'shu', 'fu', 'xian']);
    expect(tableSyllables('說話')).toEqual(['shuo', 'hua']);
  });

  it('gives a character outside the kept set no Pinyin, and matches Chinese names holding it as before', () => {
    // 龘 (dá): pinyin-pro reads it, but it is in neither GB2312 nor the 通用规范汉字表, nor in the project's data.
    expect(libraryReading('龘')).toEqual(['da']);
    expect(readingOfChar('龘')).toBe('');
    expect(toPinyinSyllables('龘鑫纺织有限公司').slice(0, 3)).toEqual(['xin', 'fang', 'zhi']);
    const list = {
      id: 't',
      name: 'Test list',
      version: '1',
      source: 't',
      builtIn: false,
      entries: [{ id: 'a', name: 'Daxin Textile Co., Ltd.', aliases: [], namesZh: ['龘鑫纺织有限公司'], category: 'A.1' as const, coversSubsidiaries: false, regionLocated: false }],
    };
    const index = new EntityIndex([list]);
    for (const name of ['龘鑫纺织有限公司', '龘鑫紡織有限公司', '龘鑫纺织']) expect([name, index.match(name)[0]?.entry.id, index.match(name)[0]?.strong]).toEqual([name, 'a', true]);
    expect(index.match('鑫纺织有限公司').filter((m) => m.strong)).toEqual([]);
  });

  // This file's module registry is fresh: nothing has built the place index yet.
  it('reads the Region’s place names as the gazetteer does from the first call, before and after the place index is built', () => {
    const names = ['喀什 Kashgar 疏附县', '喀什地区宏达棉业', '和田', '新疆宏达纺织'];
    const before = names.map(toPinyinSyllables);
    expect(before[0]).toEqual(['kashi', 'shu', 'fu', 'xian']);
    expect(before[1].slice(0, 3)).toEqual(['kashi', 'di', 'qu']);
    warmPlaceIndex();
    expect(names.map(toPinyinSyllables)).toEqual(before);
  });

  it('reads the place words whose reading differs from their characters as words', () => {
    for (const [text, reading] of [
      ['重庆市', 'chong qing shi'],
      ['厦门', 'xia men'],
      ['蚌埠', 'beng bu'],
      ['六安市', 'lu an shi'],
      ['番禺区', 'pan yu qu'],
      ['长沙', 'chang sha'],
      ['绿洲', 'lu zhou'],
    ]) {
      expect(toPinyinSyllables(text).join(' ')).toBe(reading);
    }
  });

  it('gives every Chinese name in src/data and the word sources the libraries’ whole-string results', () => {
    expect(pinyinDifferences(dataStrings())).toEqual([]);
    expect(simplifiedDifferences(dataStrings())).toEqual([]);
    const sources = wordSources();
    expect(sources.length).toBeGreaterThan(30_000);
    // The one kind of difference left on purpose: pinyin-pro reads 县长 (county head) across two names.
    const unexpected = pinyinDifferences(sources).filter((d) => !/[省市县区镇乡村营旗盟州]长/.test(d.split(':')[0]));
    expect(unexpected).toEqual([]);
  });

  it('differs from the libraries’ word-level results on few fixture and reference strings', async () => {
    const sets: [string, string[]][] = [
      ['fixtures', await fixtureStrings()],
      ['reference', referenceStrings()],
    ];
    for (const [name, strings] of sets) {
      const pinyin = pinyinDifferences(strings);
      const simplified = simplifiedDifferences(strings);
      console.log(
        `${name}: ${strings.length} Chinese strings; Pinyin differs on ${pinyin.length}, simplified form on ${simplified.length}\n` +
          [...pinyin.slice(0, 15), ...simplified.slice(0, 10)].join('\n'),
      );
      expect(pinyin.length).toBeLessThanOrEqual(strings.length * 0.02);
      expect(simplified.length).toBeLessThanOrEqual(strings.length * 0.005);
    }
  });
});

describe('isPinyinWord', () => {
  it('knows a word spelled wholly by Pinyin syllables, without apostrophes', () => {
    for (const word of ['fengyong', 'hengyong', 'xinjiang', 'zhongtai', 'lvzhou', 'luzhou', 'anhui', 'xian', 'shuangxing']) expect([word, isPinyinWord(word)]).toEqual([word, true]);
  });

  it('rejects other words, and a syllable starting with a vowel inside a word (it would need an apostrophe)', () => {
    for (const word of ['hoshine', 'daqo', 'kashgar', 'textile', 'zhongtia', 'huayian', 'xinjinag', 'bitland', '', 'zhong1']) expect([word, isPinyinWord(word)]).toEqual([word, false]);
  });

  it('reads the Pinyin that the tables give Chinese names as Pinyin words', () => {
    for (const name of ['新疆中泰化学', '东莞绿洲鞋业', '昆仑光明纺织', '喀什']) expect(isPinyinWord(toPinyinSyllables(name).join(''))).toBe(true);
  });
});
