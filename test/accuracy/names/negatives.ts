// Decoys: company names that are not on the list but share one word with a listed name — a province
// or place, a trade word, a token of three letters or fewer, a Pinyin brand word, another brand word —
// in China and in other countries, in trades unrelated to the listed entity. Rule 2 of issue #14:
// none of them may bring a list finding (a place finding for a Region place in the name is not a
// list finding, and is not counted). Generated from every Latin and Chinese name of the built-in list.
import { BUILT_IN_LIST } from '../../../src/domain/lists';
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { ABROAD, decoyParts, type DecoyParts } from './decoy-parts';
import { anyListOutcome, describeRow, listedNames } from './listed';
import { hasHan } from './variants';
import { chinaPlacesZh, classify, SECTOR_WORDS, words, type WordClass } from './words';

export interface Decoy {
  text: string;
  country: string;
  city: string;
  product: string;
  /** The word it shares with a listed name, and that word's class. */
  shares: string;
  kind: WordClass | 'Chinese brand' | 'Chinese place';
  /** The listed name it was built from. */
  from: string;
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Two-word places read as one. */
const PHRASES: Record<string, string> = { inner: 'Inner Mongolia', mongolia: 'Inner Mongolia', hong: 'Hong Kong', kong: 'Hong Kong' };

/** Decoys built on the Latin words of the listed names, each word once. */
function latinDecoys(p: DecoyParts): Decoy[] {
  const out: Decoy[] = [];
  const done = new Set<string>();
  let k = 0;
  const next = <T>(items: T[]) => items[k++ % items.length];
  const byEntry = new Map<string, string[]>();
  for (const n of listedNames(BUILT_IN_LIST)) if (!hasHan(n.text)) byEntry.set(n.entry.id, [...(byEntry.get(n.entry.id) ?? []), n.text]);
  for (const names of byEntry.values()) {
    // Whether the entry's names say its sector: a brand word's decoy in China needs one to be in an unrelated trade.
    const knownTrade = names.some((n) => words(n).some((w) => SECTOR_WORDS.has(w)));
    for (const name of names) {
      for (const w of words(name)) {
        const kind = classify(w);
        const shared = PHRASES[w] ?? cap(w);
        if (kind === 'legal' || /^\d+$/.test(w) || done.has(shared)) continue;
        done.add(shared);
        const trade = next(p.trades);
        const [province, city] = next(p.provinces);
        const filler = next(p.fillers).pinyin;
        const [country, abroadCity, legal] = next(ABROAD);
        const inChina = (text: string, product = trade.product): Decoy => ({ text, country: 'China', city, product, shares: shared, kind, from: name });
        const abroad = (text: string, product = trade.product): Decoy => ({ text, country, city: abroadCity, product, shares: shared, kind, from: name });
        switch (kind) {
          case 'place':
            out.push(inChina(`${shared} ${filler} ${trade.en} Co., Ltd.`));
            break;
          case 'trade':
            out.push(inChina(`${province} ${filler} ${shared} Co., Ltd.`, shared.toLowerCase()));
            out.push(abroad(`${next(p.western)} ${shared} ${legal}`, shared.toLowerCase()));
            break;
          case 'short':
            out.push(inChina(`${shared.toUpperCase()} ${trade.en} (${city}) Co., Ltd.`));
            out.push(abroad(`${next(p.western)}-${cap(w)} ${legal}`));
            break;
          case 'pinyin':
            out.push(inChina(`${province} ${shared} ${trade.en} Co., Ltd.`));
            out.push(abroad(`${shared} ${trade.en} ${legal}`));
            break;
          case 'brand':
            if (knownTrade) out.push(inChina(`${province} ${shared} ${trade.en} Co., Ltd.`));
            out.push(abroad(`${shared} ${trade.en} ${legal}`));
            break;
        }
      }
    }
  }
  return out;
}

const HAN_LEGAL = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;

/** Decoys built on the Chinese names: the brand after the place (中泰 of 新疆中泰化学), and the leading place. */
function chineseDecoys(p: DecoyParts): Decoy[] {
  const out: Decoy[] = [];
  const done = new Set<string>();
  const placesZh = chinaPlacesZh();
  let k = 0;
  const next = <T>(items: T[]) => items[k++ % items.length];
  for (const n of listedNames(BUILT_IN_LIST)) {
    if (!hasHan(n.text)) continue;
    let core = n.text.replace(/[^\u3400-\u9fff]/g, '');
    while (HAN_LEGAL.test(core)) core = core.replace(HAN_LEGAL, '');
    let place = '';
    for (let again = true; again; ) {
      again = false;
      const found = placesZh.find((z) => core.startsWith(z) && core.length > z.length + 1);
      if (found) {
        place += found;
        core = core.slice(found.length);
        again = true;
      }
    }
    const brandZh = core.slice(0, 2);
    const trade = next(p.trades);
    const [, city, provinceZh] = next(p.provinces);
    const filler = next(p.fillers).zh;
    if (brandZh.length === 2 && !placesZh.includes(brandZh) && !done.has(brandZh)) {
      done.add(brandZh);
      out.push({ text: `${provinceZh}${brandZh}${trade.zh}有限公司`, country: 'China', city, product: trade.product, shares: brandZh, kind: 'Chinese brand', from: n.text });
    }
    if (place && !done.has(place)) {
      done.add(place);
      out.push({ text: `${place}${filler}${trade.zh}有限公司`, country: 'China', city: '', product: trade.product, shares: place, kind: 'Chinese place', from: n.text });
    }
  }
  return out;
}

let decoys: Decoy[] | null = null;

export function allDecoys(): Decoy[] {
  decoys ??= [...latinDecoys(decoyParts()), ...chineseDecoys(decoyParts())];
  return decoys;
}

async function screenDecoys(chosen: Decoy[]): Promise<CaseResult[]> {
  const rows: CellValue[][] = chosen.map((d) => [d.text, d.country, d.city, d.product]);
  const results = await screenRows({ header: ['Supplier Name', 'Country', 'City', 'Products'], rows });
  return chosen.map((d, i) => {
    const outcome = anyListOutcome(results[i]);
    return {
      id: `${d.kind} "${d.shares}": "${d.text}" (${d.country}${d.city ? `, ${d.city}` : ''}; ${d.product}) from "${d.from}"`,
      outcome,
      pass: outcome === 'none',
      detail: outcome === 'none' ? undefined : describeRow(results[i]),
    };
  });
}

function decoyGenerator(name: string, description: string, pick: (d: Decoy) => boolean): Generator {
  return { suite: 'names', name, description, negative: true, required: 1, run: () => screenDecoys(allDecoys().filter(pick)) };
}

export const negativeGenerators: Generator[] = [
  decoyGenerator(
    'decoys: place word',
    'A listed name\'s province, city, county or Region place with another brand and an unrelated trade ("Inner Mongolia Jiarui Furniture Co., Ltd."), in Latin and Chinese script.',
    (d) => d.kind === 'place' || d.kind === 'Chinese place',
  ),
  decoyGenerator('decoys: trade word', 'A listed name\'s trade word with another brand, in China and abroad ("Meghna Textile Ltd.", Bangladesh).', (d) => d.kind === 'trade'),
  decoyGenerator('decoys: short token', 'A listed name\'s token of three letters or fewer, in China and abroad ("Mekong-Tex JSC", "GCL Toys (Wenzhou) Co., Ltd.").', (d) => d.kind === 'short'),
  decoyGenerator(
    'decoys: Pinyin brand word',
    'A listed name\'s Pinyin word (or Chinese brand) in another province or country and an unrelated trade ("Zhejiang Zhongtai Furniture Co., Ltd.", 浙江中泰家具有限公司).',
    (d) => d.kind === 'pinyin' || d.kind === 'Chinese brand',
  ),
  decoyGenerator(
    'decoys: other brand word',
    'A listed name\'s other brand word abroad, or in China in an unrelated trade when the listed name says its trade ("Sunshine Furniture JSC", Vietnam).',
    (d) => d.kind === 'brand',
  ),
];
