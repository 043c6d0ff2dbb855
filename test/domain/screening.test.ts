import { screenWorkbook } from '../../src/domain/engine';
import type { CellValue, RowResult } from '../../src/domain/types';

const HEADER = ['Supplier Name', 'Country', 'Province', 'City', 'Street Address', 'Postal Code', 'Phone', 'Product', 'Key Inputs', 'Input Origin', 'Parent Company', 'Notes'];

async function screenRows(rows: Record<string, string | undefined>[], header = HEADER): Promise<RowResult[]> {
  const grid = { sheetName: 'S', top: 1, left: 1, rows: [header, ...rows.map((r) => header.map((h) => (r[h] ?? null) as CellValue))] };
  const out = await screenWorkbook({ targets: [{ grid }], sheetNames: ['S'], provenance: null, settings: { usImporter: false }, today: '2026-11-28' });
  return out.results[0];
}

async function statusOf(row: Record<string, string | undefined>): Promise<string> {
  return (await screenRows([row]))[0].status;
}

describe('places and their traps', () => {
  it.each([
    [{ 'Supplier Name': 'A Co', Country: 'China', 'Street Address': '新疆乌鲁木齐市天山区解放北路1号' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', Country: 'China', 'Street Address': '新疆维吾尔自治区自治区直辖县级行政区划石河子市' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', Country: 'China', 'Street Address': '兵团第八师一二一团5连' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', 'Street Address': 'Urumqi, Xinjiang, China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: 'Ürümqi', Country: 'China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: 'Kashgar', Country: 'China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', 'Street Address': 'قەشقەر شەھىرى' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: 'Xinjiаng' /* Cyrillic а */, Country: 'China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: 'Ｕｒｕｍｑｉ', Country: 'China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: 'Uru\u200bmqi', Country: 'China' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', City: '伊犁州霍尔果斯市' }, 'Disengage now'],
    [{ 'Supplier Name': 'A Co', 'Street Address': '烏魯木齊市' }, 'Disengage now'],
  ])('flags %j', async (row, status) => {
    expect(await statusOf(row)).toBe(status);
  });

  it.each([
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: '上海', 'Street Address': '上海市静安区乌鲁木齐中路' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', City: 'Harbin', 'Street Address': '哈尔滨市平房区新疆街道' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: 'Zhejiang', City: 'Yiwu' }],
    [{ 'Supplier Name': 'A Co', Country: 'Kazakhstan', City: 'Aksu', Province: 'Pavlodar' }],
    [{ 'Supplier Name': 'A Co', Country: 'Russia', Province: 'Altai Krai' }],
    [{ 'Supplier Name': 'A Co', Country: 'Kazakhstan', City: 'Khorgos' }],
    [{ 'Supplier Name': 'A Co', Country: 'Ethiopia', 'Street Address': 'Bole, Addis Ababa' }],
    [{ 'Supplier Name': 'A Co', Country: 'India', City: 'Kashi (Varanasi)' }],
    [{ 'Supplier Name': 'A Co', Country: 'Kyrgyzstan', Notes: 'Tian Shan foothills' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: 'Shandong', City: 'Qingdao', 'Street Address': 'No. 16 Xinjiang Road' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: 'Shanghai', 'Street Address': '哈密路1955号' }],
    [{ 'Supplier Name': '乌苏啤酒销售有限公司', Country: 'China', Province: '江苏' }],
    [{ 'Supplier Name': 'A Co', Country: 'Taiwan', 'Postal Code': '830123' }],
    [{ 'Supplier Name': 'A Co', Country: 'India', 'Postal Code': '834001' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: 'Jiangsu', Notes: 'No operations in Xinjiang' }],
    [{ 'Supplier Name': 'A Co', Country: 'China', Province: 'Jiangsu', Notes: '承诺不涉疆' }],
  ])('does not flag %j', async (row) => {
    expect(await statusOf(row)).toBe('No link found');
  });

  it('treats a Region phone area code alone as medium (Review)', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A Co', Country: 'China', Phone: '0086-991-1234567' }]);
    expect(r.status).toBe('Review');
    expect(r.findings[0].matcher).toBe('phone');
  });

  it('flags an input origin in the Region as A.4 and a parent with a Region mill as A.2', async () => {
    const [a, b] = await screenRows([
      { 'Supplier Name': 'A Co', Country: 'Vietnam', 'Key Inputs': 'Xinjiang cotton' },
      { 'Supplier Name': 'B Co', Country: 'China', Province: 'Zhejiang', 'Parent Company': 'Group with a spinning mill in Korla' },
    ]);
    expect([a.status, a.categories]).toEqual(['Instruct & verify', ['A.4']]);
    expect([b.status, b.categories]).toEqual(['Disengage', ['A.2']]);
  });

  it('names the cell and the matched words in the evidence', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A Co', Country: 'China', City: 'Urumqi' }]);
    const f = r.findings.find((x) => x.matcher === 'place');
    expect(f).toMatchObject({ cell: 'D2', column: 'City', matched: 'Urumqi', category: 'A.1', confidence: 'high' });
    expect(f?.detail).toContain('650100');
  });
});

describe('sectors and risk indicators', () => {
  it('asks to trace inputs for a high-priority sector in China with no stated origin, but not once origin is stated outside', async () => {
    const [a, b, c, d] = await screenRows([
      { 'Supplier Name': 'A', Country: 'China', Product: 'Aluminium extrusions' },
      { 'Supplier Name': 'B', Country: 'China', Product: '番茄酱' },
      { 'Supplier Name': 'C', Country: 'China', Product: 'Cotton socks', 'Input Origin': 'Australia' },
      { 'Supplier Name': 'D', Country: 'Mexico', Product: 'Cotton socks' },
    ]);
    expect([a.status, b.status, c.status, d.status]).toEqual(['Trace inputs', 'Trace inputs', 'No link found', 'No link found']);
  });
});

describe('labour transfer and answers', () => {
  it.each([
    ['Y', 'Disengage'],
    ['✓', 'Disengage'],
    ['是', 'Disengage'],
    ['N', 'No link found'],
    ['否', 'No link found'],
    ['', 'No link found'],
  ])('reads the answer %s', async (answer, status) => {
    const header = ['Vendor', 'Ctry', 'State labour programme?'];
    const rows = await screenRows([{ Vendor: 'A Co', Ctry: 'China', 'State labour programme?': answer }], header);
    expect(rows[0].status).toBe(status);
  });

  it('does not take a denial of labour transfer as evidence', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A', Country: 'China', Notes: 'The supplier has never taken part in labour transfer programmes' }]);
    expect(r.status).toBe('No link found');
  });
});

describe('decision details', () => {
  it('adds C.1 only when screening as a US importer and C.2 whenever a detention is recorded', async () => {
    const header = ['Supplier Name', 'Country', 'City', 'CBP Status'];
    const grid = { sheetName: 'S', top: 1, left: 1, rows: [header, ['A', 'China', 'Korla', null], ['B', 'China', null, 'Detained under UFLPA']] as CellValue[][] };
    const base = { targets: [{ grid }], sheetNames: ['S'], provenance: null, today: '2026-11-28' };
    const plain = (await screenWorkbook({ ...base, settings: { usImporter: false } })).results[0];
    const us = (await screenWorkbook({ ...base, settings: { usImporter: true } })).results[0];
    expect(plain[0].actions.some((a) => a.paragraph === 'C.1')).toBe(false);
    expect(us[0].actions.some((a) => a.paragraph === 'C.1')).toBe(true);
    expect(plain[1].status).toBe('Review');
    expect(plain[1].actions.some((a) => a.paragraph === 'C.2')).toBe(true);
  });

  it('is deterministic', async () => {
    const rows = [{ 'Supplier Name': 'Hoshine Silicon Industry (Shanshan) Co., Ltd', Country: 'China' }, { 'Supplier Name': 'X', Country: 'China', Product: 'PVC' }];
    expect(JSON.stringify(await screenRows(rows))).toBe(JSON.stringify(await screenRows(rows)));
  });
});

describe('origin claims in free text', () => {
  it('reads "sourced from Xinjiang" in notes as an input origin (A.4), not a facility', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A', Country: 'China', Province: 'Jiangsu', Notes: 'Long-staple cotton sourced from Xinjiang' }]);
    expect(r.categories).toEqual(['A.4']);
    expect(r.status).toBe('Review');
  });
  it('reads 产自新疆 in the product column as A.4', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A', Country: 'China', Product: '棉纱（产自新疆）' }]);
    expect([r.status, r.categories]).toEqual(['Instruct & verify', ['A.4']]);
  });
  it('takes "Kashi Diqu" as the Kashgar division once China is stated', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A', Country: 'China', 'Street Address': 'Shufu Xian, Kashi Diqu' }]);
    expect(r.status).toBe('Disengage now');
  });
});

describe('conflicting columns', () => {
  it('asks for review when the country column names another country but the province is the Region', async () => {
    const [r] = await screenRows([{ 'Supplier Name': 'A', Country: 'Kazakhstan', Province: 'Xinjiang' }]);
    expect(r.status).toBe('Review');
    expect(r.findings[0].detail).toMatch(/another country/);
  });
});
