// The place matcher through the row screener: issue #15's examples, one row each.
import { screenRows } from '../../accuracy/screen-rows';
import type { RowResult } from '../../../src/domain/types';

const HEADER = ['Supplier Name', 'Country', 'Province', 'City', 'Street Address', 'Postal Code', 'Phone', 'Notes'];
type Row = Partial<Record<(typeof HEADER)[number], string>>;

async function screen(...rows: Row[]): Promise<RowResult[]> {
  const out = await screenRows({ header: HEADER, rows: rows.map((r) => HEADER.map((h) => r[h] ?? (h === 'Supplier Name' ? 'Brightfield Textile Co., Ltd.' : null))) });
  return out.map((r) => r!);
}

const placeFinding = (r: RowResult) => r.findings.find((f) => f.matcher === 'place');

describe('a Region place anywhere in a company name', () => {
  it.each([
    ['Sinopec Korla Petrochemical Co., Ltd.', 'Korla'],
    ['State Grid Urumqi Electric Power Supply Company', 'Urumqi'],
    ['Guodian Xinjiang Kumul Wind Power Co., Ltd.', 'Kumul'],
    ['Huadian Power Co., Ltd. Xinjiang', 'Xinjiang'],
    ['明远纺织有限公司新疆分公司', '新疆'],
  ])('%s → Disengage now on "%s"', async (name, word) => {
    const [r] = await screen({ 'Supplier Name': name, Country: 'China' });
    expect(r.status).toBe('Disengage now');
    expect(r.findings.map((f) => f.matched)).toContain(word);
  });

  it('does not take a street or a product in a name for the place', async () => {
    const rows = await screen({ 'Supplier Name': 'Hami Melon Trading Co.', Country: 'China' }, { 'Supplier Name': 'Shanghai Urumqi Road Garments Co.', Country: 'China' });
    expect(rows.map((r) => r.status)).toEqual(['No link found', 'No link found']);
  });
});

describe('misspellings, industrial places, free text', () => {
  it.each(['Urumuqi', 'Burquin', 'Xingjiang', 'Xin Jiang', 'Zhundong Economic Development Zone', 'Wucaiwan Industrial Park', 'Ganquanbao', 'Dabancheng Wind Farm', 'Midong', 'Toutunhe'])(
    '%s in the address → A.1 high',
    async (text) => {
      const [r] = await screen({ 'Street Address': text, Country: 'China' });
      expect(r.status).toBe('Disengage now');
    },
  );

  it('reads the Region in a comments column as a medium finding', async () => {
    const out = await screenRows({ header: ['Supplier Name', 'Country', 'Comments'], rows: [['A Co', 'China', 'Second plant in Xinjiang']] });
    expect(out[0]!.status).toBe('Review');
    expect(out[0]!.findings[0]).toMatchObject({ column: 'Comments', confidence: 'medium', category: 'A.1' });
  });
});

describe('ambiguity belongs to the spelling', () => {
  it('Kumul, Qumul, Khotan, 哈密市 are high alone; Hami and Hetian are medium', async () => {
    const rows = await screen(...['Kumul', 'Qumul', 'Khotan', '哈密市', '和田地区', 'Hami', 'Hetian'].map((c) => ({ City: c, Country: 'China' })));
    expect(rows.map((r) => placeFinding(r)?.confidence)).toEqual(['high', 'high', 'high', 'high', 'high', 'medium', 'medium']);
    expect(placeFinding(rows[5])!.detail).toMatch(/ambiguous \(Hami melon/);
  });

  it('raises an ambiguous name with other Region evidence: Xinjiang, a Region postal code, a containing place', async () => {
    const rows = await screen(
      { City: 'Hami', Province: 'Xinjiang', Country: 'China' },
      { City: 'Shawan', 'Postal Code': '832100', Country: 'China' },
      { 'Street Address': 'Shufu Xian, Kashi Diqu', Country: 'China' },
    );
    expect(rows.map((r) => r.status)).toEqual(['Disengage now', 'Disengage now', 'Disengage now']);
  });

  it.each([
    ['Xinxing', 'Guangdong'],
    ['Yanqi', 'Beijing'],
    ['Baicheng', 'Jilin'],
    ['Gucheng', 'Hebei'],
    ['Qinghe', 'Hebei'],
    ['Xinshi', 'Hebei'],
    ['Dongshan', 'Fujian'],
    ['Tuoli', 'Hebei'],
    ['Xinhe', 'Hebei'],
    ['Baiyang', 'Zhejiang'],
    ['Shawan', 'Guangdong'],
  ])('%s with province %s → no finding', async (city, province) => {
    const [r] = await screen({ City: city, Province: province, Country: 'China' });
    expect(r.findings).toEqual([]);
  });

  it('drops an ambiguous name placed elsewhere by a postal code, a phone code or the province in the address', async () => {
    const rows = await screen(
      { City: 'Xinxing', 'Postal Code': '527400', Country: 'China' },
      { City: 'Xinhe', Phone: '+86 319 1234567', Country: 'China' },
      { 'Street Address': '8 Renmin Road, Baicheng, Jilin', Country: 'China' },
      { 'Street Address': '广东省云浮市新兴县人民路8号' },
    );
    expect(rows.map((r) => r.findings)).toEqual([[], [], [], []]);
  });

  it('never gives high for a country other than China, and drops an ambiguous name there', async () => {
    const rows = await screen({ City: 'Aksu', Country: 'Kazakhstan' }, { City: 'Urumqi', Country: 'Kazakhstan' }, { City: 'Urumqi', Country: 'Hong Kong' });
    expect(rows[0].findings).toEqual([]);
    expect(rows[1].status).toBe('Review');
    expect(rows[2].status).toBe('Review');
  });

  it('keeps an unambiguous name against another province as a conflict to review, and the Region name as a same-named place', async () => {
    const rows = await screen({ City: 'Urumqi', Province: 'Guangdong', Country: 'China' }, { City: 'Xinjiang', Province: 'Shanxi', Country: 'China' });
    expect(rows[0].status).toBe('Review');
    expect(placeFinding(rows[0])!.detail).toMatch(/elsewhere.*check which is right/);
    expect(rows[1].findings).toEqual([]);
  });
});

describe('townships', () => {
  it('a unique township is A.1 high; a township name shared elsewhere only supports other evidence', async () => {
    const rows = await screen(
      { 'Street Address': '燕儿窝街道', Country: 'China' },
      { 'Street Address': 'Yanerwo Subdistrict', Country: 'China' },
      { 'Street Address': '胜利路街道', Country: 'China' },
      { 'Street Address': '新疆乌鲁木齐市天山区胜利路街道' },
    );
    expect(rows.map((r) => r.status)).toEqual(['Disengage now', 'Disengage now', 'No link found', 'Disengage now']);
    expect(placeFinding(rows[0])!.detail).toMatch(/燕儿窝街道 \(township\), Tianshan District/);
  });
});

describe('township names inside other names', () => {
  it('a township name that ends longer names elsewhere only supports; no township counts in a row in another province', async () => {
    const rows = await screen(
      { 'Street Address': '乌鲁木齐市米东区南路街道', Country: 'China' },
      { 'Street Address': '某市中山南路街道8号', Country: 'China' },
      { 'Street Address': '天津市河西区解放南路街道8号', Country: 'China' },
      { 'Supplier Name': '明远纺织有限公司三道坝镇分公司', Country: 'China' },
    );
    expect(rows.map((r) => r.status)).toEqual(['Disengage now', 'No link found', 'No link found', 'Disengage now']);
  });
});
