// Every spelling of every Region place, written in each field a buyer's sheet has, with country China
// and with country blank: an unambiguous spelling gives A.1 high (medium in notes); an ambiguous one
// gives medium in a location field or a name, and nothing on its own in notes.
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator, Outcome } from '../types';
import { a1Outcome, describe, SCRIPT_LABEL, spellings, type Script, type Spelling } from './oracle';

export const HEADER = ['Supplier Name', 'Street Address', 'City', 'Province', 'Country', 'Postal Code', 'Phone', 'Notes'];
const COL = Object.fromEntries(HEADER.map((h, i) => [h, i])) as Record<string, number>;

type Field = 'address' | 'city' | 'province' | 'name first' | 'name after a prefix' | 'name last' | 'notes';
const FIELDS: Field[] = ['address', 'city', 'province', 'name first', 'name after a prefix', 'name last', 'notes'];

const PLAIN_NAME = { zh: '明远纺织有限公司', other: 'Brightfield Textile Co., Ltd.' };

/** The row that writes `text` in `field`; every other cell is neutral. */
export function rowFor(text: string, script: Script, field: Field, country: string): CellValue[] {
  const zh = script === 'zh';
  const row: CellValue[] = HEADER.map(() => null);
  row[COL['Supplier Name']] = zh ? PLAIN_NAME.zh : PLAIN_NAME.other;
  row[COL.Country] = country || null;
  switch (field) {
    case 'address':
      row[COL['Street Address']] = zh ? `${text}解放路18号` : `18 Jiefang Road, ${text}`;
      break;
    case 'city':
      row[COL.City] = text;
      break;
    case 'province':
      row[COL.Province] = text;
      break;
    case 'name first':
      row[COL['Supplier Name']] = zh ? `${text}明远纺织有限公司` : `${text} Brightfield Textile Co., Ltd.`;
      break;
    case 'name after a prefix':
      row[COL['Supplier Name']] = zh ? `中国石化${text}明远纺织有限公司` : `Sinopec ${text} Brightfield Textile Co., Ltd.`;
      break;
    case 'name last':
      row[COL['Supplier Name']] = zh ? `明远纺织有限公司${text}分公司` : `Brightfield Textile Co., Ltd. ${text}`;
      break;
    case 'notes':
      row[COL.Notes] = zh ? `去年走访了${text}的工厂` : `Visited the mill in ${text} last year`;
      break;
  }
  return row;
}

export function expected(s: Spelling, field: Field): Outcome {
  if (s.supportOnly) return 'none';
  if (field === 'notes') return s.ambiguous ? 'none' : 'weak';
  return s.ambiguous ? 'weak' : 'strong';
}

function generator(script: Script, ambiguous: boolean, towns: boolean): Generator {
  const label = SCRIPT_LABEL[script];
  const what = towns ? 'township' : 'prefecture-, county-level and Region';
  const want = towns
    ? ambiguous
      ? 'medium (Review) in a location field or a name, nothing in notes; nothing at all for a name shared with more than two divisions elsewhere or ending longer names there (城关镇, 南路街道), which only supports other evidence'
      : 'A.1 high, medium in notes'
    : ambiguous
      ? 'medium (Review) in a location field or a name, nothing in notes'
      : 'A.1 high, medium in notes';
  return {
    suite: 'places',
    name: `spellings: ${label}${towns ? ' townships' : ''}, ${ambiguous ? 'ambiguous' : 'unambiguous'}`,
    description: `Every ${ambiguous ? 'ambiguous' : 'unambiguous'} ${label} spelling of every ${what} place (places.json, region-towns.json; ambiguous = rated so in the data or also the name or Pinyin of a division outside the Region in the NBS division data) in the address, city, province, company name (first, after a group prefix, last) and notes, with country China and blank. Expected: ${want}.`,
    required: 1,
    async run(): Promise<CaseResult[]> {
      const chosen = spellings().filter((s) => s.script === script && !!s.ambiguous === ambiguous && !!s.town === towns);
      const cases: { id: string; row: CellValue[]; want: Outcome }[] = [];
      for (const s of chosen) {
        for (const field of FIELDS) {
          for (const country of ['China', '']) {
            cases.push({
              id: `${field} "${s.text}" (${s.place.id}${s.ambiguous ? `; ambiguous: ${s.ambiguous}` : ''}) country ${country || 'blank'}`,
              row: rowFor(s.text, script, field, country),
              want: expected(s, field),
            });
          }
        }
      }
      const results = await screenRows({ header: HEADER, rows: cases.map((c) => c.row) });
      return cases.map((c, i) => {
        const outcome = a1Outcome(results[i]);
        const pass = outcome === c.want;
        return { id: `${c.id} → want ${c.want}`, outcome, pass, detail: pass ? undefined : describe(results[i]) };
      });
    },
  };
}

/** One generator per script, ambiguity and kind, for the combinations the data has (no Cyrillic spelling is ambiguous today). */
export const spellingGenerators: Generator[] = [false, true].flatMap((towns) =>
  (['zh', 'latin', 'ug', 'cyr'] as Script[]).flatMap((script) =>
    [false, true]
      .filter((amb) => spellings().some((s) => s.script === script && !!s.ambiguous === amb && !!s.town === towns))
      .map((amb) => generator(script, amb, towns)),
  ),
);
