// Countries and input origins as buyers write them: the forms of China with an ambiguous Region name
// (China makes it count), Hong Kong, Macau and Taiwan (not China for the country rules), and stated
// input origins outside the Region (the sector risk is answered: not Trace inputs).
import type { CellValue } from '../../../src/domain/types';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { a1Outcome, describe } from './oracle';

const CHINA = ['China', 'CHINA', 'P.R. China', 'P. R. China', 'PR China', 'PRC', 'P.R.C.', 'CN', 'CHN', 'Mainland China', 'China (Mainland)', 'China mainland', "People's Republic of China", 'The People’s Republic of China', '中国', '中國', '中华人民共和国', '中國大陸', '中国大陆'];
const NOT_CHINA = ['Hong Kong', 'Hong Kong SAR', 'Hong Kong, China', 'HK', '中国香港', '香港', 'Macau', 'Macao', '澳门', 'Taiwan', 'Taiwan, China', 'Chinese Taipei', '台湾', 'Kazakhstan'];

const HEADER = ['Supplier Name', 'Country', 'City', 'Product', 'Input Origin', 'Notes'];
const row = (country: string, city: string, product = '', origin = '', notes = ''): CellValue[] => ['Brightfield Textile Co., Ltd.', country, city, product || null, origin || null, notes || null];

export const countryGenerator: Generator = {
  suite: 'places',
  name: 'countries and origins as written',
  description:
    'An ambiguous Region name (Hami, Aksu) in the city column with China written 19 ways (P.R. China, PRC, CN, Mainland China, 中国, 中华人民共和国 …): medium; with Hong Kong, Macau, Taiwan or Kazakhstan: never high. A cotton product with a stated input origin outside the Region (US cotton, 原料产地：澳大利亚 …): not Trace inputs; with no origin: Trace inputs.',
  required: 1,
  async run(): Promise<CaseResult[]> {
    const cases: { id: string; row: CellValue[]; check: (status: string, outcome: string) => boolean }[] = [];
    for (const c of CHINA) for (const city of ['Hami', 'Aksu']) cases.push({ id: `${city}, country "${c}" → medium`, row: row(c, city), check: (_, o) => o === 'weak' });
    for (const c of CHINA) cases.push({ id: `Urumqi, country "${c}" → high`, row: row(c, 'Urumqi'), check: (_, o) => o === 'strong' });
    for (const c of NOT_CHINA) for (const city of ['Hami', 'Urumqi']) cases.push({ id: `${city}, country "${c}" → not high`, row: row(c, city), check: (_, o) => o !== 'strong' });
    const origins = ['US cotton', 'Input origin: US cotton, traceable', 'Australia', '原料产地：澳大利亚', 'Cotton from Brazil (BCI certified)', 'Egypt', '美国棉', 'India, Gujarat', 'Origin: Uzbekistan'];
    for (const o of origins) cases.push({ id: `cotton T-shirts, origin "${o}" → not Trace inputs`, row: row('China', '', 'Cotton T-shirts', o), check: (s) => s === 'No link found' });
    for (const o of ['Input origin: US cotton, traceable', '原料产地：澳大利亚']) cases.push({ id: `cotton T-shirts, notes "${o}" → not Trace inputs`, row: row('China', '', 'Cotton T-shirts', '', o), check: (s) => s === 'No link found' });
    for (const o of ['', 'unknown', 'TBC', '不详']) cases.push({ id: `cotton T-shirts, origin "${o || 'blank'}" → Trace inputs`, row: row('China', '', 'Cotton T-shirts', o), check: (s) => s === 'Trace inputs' });
    const results = await screenRows({ header: HEADER, rows: cases.map((c) => c.row) });
    return cases.map((c, i) => {
      const r = results[i];
      const outcome = a1Outcome(r);
      const pass = !!r && c.check(r.status, outcome);
      return { id: c.id, outcome, pass, detail: pass ? undefined : describe(r) };
    });
  },
};
