// Realistic supplier workbooks and screening lists for the benchmark. Deterministic (seeded), so
// every run screens the same rows. The layout imitates ../shared/fixtures/dev-suppliers.xlsx: an
// English sheet 'Suppliers' (title in A1, header in row 3, columns A..R) and a Chinese sheet
// '二级供应商' (header in row 1, columns A..J). Rows mix every status: Region addresses in English and
// Chinese, postal/phone/registration codes, listed entities (exact, alias, Chinese, misspelt),
// parents with Region sites, labour transfer, Region inputs, priority sectors with no stated origin,
// the known traps (Urumqi Road in Shanghai, 新疆路 in Qingdao, Aksu in Turkey, Altai Krai, Hami melon,
// Yiwu in Zhejiang), suppliers outside China and rows with too little to screen.
import ExcelJS from 'exceljs';
import { BUILT_IN_LIST, type ScreeningEntry, type ScreeningList } from '../src/domain/lists';
import { toPinyinSyllables } from '../src/domain/chinese';
import type { CellValue, SheetGrid } from '../src/domain/types';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** Zipf-like pick: early items are much more frequent, as brand words are in real company names. */
  zipf<T>(items: readonly T[], s = 1.1): T {
    const u = this.next();
    const n = items.length;
    const i = Math.min(n - 1, Math.floor(Math.pow(n + 1, Math.pow(u, s)) - 1));
    return items[i];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Cities outside the Region: [pinyin, Chinese, province pinyin, province Chinese, USCC division, postal prefix, phone area]. */
const CITIES: [string, string, string, string, string, string, string][] = [
  ['Dongguan', '东莞', 'Guangdong', '广东', '441900', '523', '769'],
  ['Shenzhen', '深圳', 'Guangdong', '广东', '440300', '518', '755'],
  ['Guangzhou', '广州', 'Guangdong', '广东', '440100', '510', '20'],
  ['Foshan', '佛山', 'Guangdong', '广东', '440600', '528', '757'],
  ['Ningbo', '宁波', 'Zhejiang', '浙江', '330200', '315', '574'],
  ['Shaoxing', '绍兴', 'Zhejiang', '浙江', '330600', '312', '575'],
  ['Hangzhou', '杭州', 'Zhejiang', '浙江', '330100', '310', '571'],
  ['Jiaxing', '嘉兴', 'Zhejiang', '浙江', '330400', '314', '573'],
  ['Suzhou', '苏州', 'Jiangsu', '江苏', '320500', '215', '512'],
  ['Wuxi', '无锡', 'Jiangsu', '江苏', '320200', '214', '510'],
  ['Nantong', '南通', 'Jiangsu', '江苏', '320600', '226', '513'],
  ['Changzhou', '常州', 'Jiangsu', '江苏', '320400', '213', '519'],
  ['Quanzhou', '泉州', 'Fujian', '福建', '350500', '362', '595'],
  ['Xiamen', '厦门', 'Fujian', '福建', '350200', '361', '592'],
  ['Qingdao', '青岛', 'Shandong', '山东', '370200', '266', '532'],
  ['Weifang', '潍坊', 'Shandong', '山东', '370700', '261', '536'],
  ['Linyi', '临沂', 'Shandong', '山东', '371300', '276', '539'],
  ['Shanghai', '上海', 'Shanghai', '上海', '310000', '200', '21'],
  ['Tianjin', '天津', 'Tianjin', '天津', '120000', '300', '22'],
  ['Hefei', '合肥', 'Anhui', '安徽', '340100', '230', '551'],
  ['Wuhan', '武汉', 'Hubei', '湖北', '420100', '430', '27'],
  ['Chengdu', '成都', 'Sichuan', '四川', '510100', '610', '28'],
  ['Zhengzhou', '郑州', 'Henan', '河南', '410100', '450', '371'],
  ['Baoding', '保定', 'Hebei', '河北', '130600', '071', '312'],
];

/** Region places: [English, Chinese full, prefecture Chinese, USCC division, postal code, phone area]. */
const REGION: [string, string, string, string, string, string][] = [
  ['Urumqi', '乌鲁木齐市', '乌鲁木齐市', '650100', '830000', '991'],
  ['Korla', '库尔勒市', '巴音郭楞蒙古自治州', '652801', '841000', '996'],
  ['Kashgar', '喀什市', '喀什地区', '653101', '844000', '998'],
  ['Hotan', '和田市', '和田地区', '653201', '848000', '903'],
  ['Aksu', '阿克苏市', '阿克苏地区', '652901', '843000', '997'],
  ['Shihezi', '石河子市', '石河子市', '659001', '832000', '993'],
  ['Changji', '昌吉市', '昌吉回族自治州', '652301', '831100', '994'],
  ['Turpan', '吐鲁番市', '吐鲁番市', '650400', '838000', '995'],
  ['Hami', '哈密市', '哈密市', '650500', '839000', '902'],
  ['Yining', '伊宁市', '伊犁哈萨克自治州', '654002', '835000', '999'],
  ['Karamay', '克拉玛依市', '克拉玛依市', '650200', '834000', '990'],
  ['Aral', '阿拉尔市', '阿拉尔市', '659002', '843300', '997'],
  ['Kuqa', '库车市', '阿克苏地区', '652923', '842000', '997'],
  ['Shanshan', '鄯善县', '吐鲁番市', '650421', '838200', '995'],
];

/** Brand characters of Chinese company names, most common first (Zipf-picked). */
const BRAND_CHARS = Array.from(
  '华盛达兴泰鑫源宏恒利昌隆丰瑞祥嘉鸿德安信通成金海天新永明光荣创佳美富康宝辉联合远凯博泽豪晟瀚锦润鼎力腾飞龙凤祥云星月阳和顺益民众志诚友邦爱家乐福寿喜正大中东南西北红绿蓝白青紫翔宇峰岭江河湖川林森桥港城亿万千百方圆',
);

/** Industry words: [Chinese, pinyin, English, sector hint for products/inputs]. */
const INDUSTRIES: [string, string, string, string, string][] = [
  ['纺织', 'fangzhi', 'Textile', 'Cotton yarn', 'Cotton lint'],
  ['服装', 'fuzhuang', 'Garment', 'Garments', 'Cotton fabric'],
  ['服饰', 'fushi', 'Apparel', 'Sportswear', 'Polyester fabric'],
  ['针织', 'zhenzhi', 'Knitting', 'Knitwear', 'Yarn'],
  ['制衣', 'zhiyi', 'Clothing', 'Shirts', 'Cotton fabric'],
  ['鞋业', 'xieye', 'Shoes', 'Footwear', 'Leather'],
  ['电子', 'dianzi', 'Electronics', 'Connectors', 'Copper'],
  ['科技', 'keji', 'Technology', 'Printed circuit boards', 'Copper foil'],
  ['光伏', 'guangfu', 'Photovoltaic', 'Solar modules', 'Polysilicon wafers'],
  ['新能源', 'xinnengyuan', 'New Energy', 'Solar cells', 'Polysilicon'],
  ['化工', 'huagong', 'Chemical', 'PVC resin', 'Calcium carbide'],
  ['塑胶', 'sujiao', 'Plastics', 'PVC flooring', 'PVC resin'],
  ['铝业', 'lvye', 'Aluminium', 'Aluminium profiles', 'Aluminium ingots'],
  ['食品', 'shipin', 'Food', 'Tomato paste', 'Tomatoes'],
  ['包装', 'baozhuang', 'Packaging', 'Packaging', 'Kraft paper'],
  ['家纺', 'jiafang', 'Home Textiles', 'Bed linen', 'Cotton yarn'],
  ['发制品', 'fazhipin', 'Hair Products', 'Hair accessories', 'Human hair'],
  ['物流', 'wuliu', 'Logistics', 'Logistics services', ''],
  ['机械', 'jixie', 'Machinery', 'Pumps', 'Steel'],
  ['五金', 'wujin', 'Hardware', 'Fasteners', 'Steel wire'],
  ['软件', 'ruanjian', 'Software', 'Software services', ''],
  ['玩具', 'wanju', 'Toys', 'Toys', 'ABS plastic'],
  ['家具', 'jiaju', 'Furniture', 'Furniture', 'Plywood'],
  ['陶瓷', 'taoci', 'Ceramics', 'Tableware', 'Kaolin'],
];

const CN_LEGAL = ['有限公司', '有限责任公司', '股份有限公司', '厂', '实业有限公司'];
const EN_LEGAL = ['Co., Ltd.', 'Co., Ltd', 'Co. Ltd', 'Company Limited', 'Ltd.', 'Industrial Co., Ltd.', 'Group Co., Ltd.'];

const WESTERN_WORDS = [
  'Sunrise', 'Evergreen', 'Golden Needle', 'Pearl River', 'Ocean Blue', 'Bright Star', 'Green Valley', 'Lakeside', 'Northwind',
  'Blue Harbour', 'Cloudpeak', 'Fortune', 'Atlantic', 'Silver Thread', 'Red Maple', 'Jade Bridge', 'Summit', 'Harmony', 'Orient',
  'Silk Road', 'Morning Dew', 'Grand Canal', 'Phoenix', 'Lotus', 'Crown', 'Eastern Star', 'Unity', 'Pioneer',
];

/** Suppliers outside China: [country, province/state, city, company suffix, postal pattern length]. */
const ABROAD: [string, string, string, string][] = [
  ['Vietnam', '', 'Ho Chi Minh City', 'JSC'],
  ['Vietnam', 'Binh Duong', 'Thu Dau Mot', 'Co., Ltd'],
  ['Bangladesh', 'Dhaka Division', 'Gazipur', 'Ltd.'],
  ['India', 'Tamil Nadu', 'Tiruppur', 'Pvt. Ltd.'],
  ['India', 'Gujarat', 'Ahmedabad', 'Pvt. Ltd.'],
  ['Turkey', 'Denizli', 'Denizli', 'San. ve Tic. A.S.'],
  ['Pakistan', 'Punjab', 'Faisalabad', '(Pvt) Ltd'],
  ['Cambodia', '', 'Phnom Penh', 'Co., Ltd.'],
  ['Indonesia', 'West Java', 'Bandung', 'PT'],
  ['Mexico', 'Puebla', 'Puebla', 'S.A. de C.V.'],
  ['Italy', 'Campania', 'Naples', 'Srl'],
  ['United States', 'North Carolina', 'Charlotte', 'Inc.'],
  ['Germany', 'Bavaria', 'Munich', 'GmbH'],
  ['Portugal', 'Braga', 'Guimaraes', 'Lda'],
];

const ROADS = ['Renmin Road', 'Jianshe Road', 'Zhongshan Road', 'Industrial Avenue', 'Hongqi Street', 'Binhai Road', 'Xinhua Road', 'Changjiang Road'];
const ROADS_ZH = ['人民路', '建设路', '中山路', '工业大道', '红旗街', '滨海路', '新华路', '长江路'];
const NON_PRIORITY = ['Connectors', 'Software services', 'Laptops', 'Frozen seafood', 'Home decor', 'Buttons', 'Printed labels', 'Cartons', 'Pumps', 'Fasteners'];
const PRIORITY = ['Cotton T-shirts', 'Cotton yarn', 'Bed linen', 'Knitted garments', 'PVC flooring', 'Solar cells', 'Solar modules', 'Tomato paste', 'Aluminium profiles', 'Denim jeans', 'Towels', 'Hair accessories'];
const PRIORITY_INPUTS = ['Cotton fabric', 'Cotton lint', 'Polysilicon wafers', 'PVC resin', 'Tomatoes', 'Aluminium ingots', 'Cotton yarn', 'Human hair'];
const OUTSIDE_ORIGINS = ['USA (certified, traced)', 'Australia', 'Brazil (BCI, traced)', 'Egypt', 'India (Gujarat)', 'Norway', 'Uzbekistan (traced)'];

// ---------------------------------------------------------------------------------------------
// Names

export interface CompanyName {
  zh: string;
  pinyin: string;
  english: string;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const pinyinCache = new Map<string, string>();
function pinyinWord(han: string): string {
  let p = pinyinCache.get(han);
  if (p === undefined) {
    p = cap(toPinyinSyllables(han).join(''));
    pinyinCache.set(han, p);
  }
  return p;
}

export function brand(rng: Rng): string {
  const n = rng.chance(0.85) ? 2 : 3;
  let s = '';
  while (s.length < n) {
    const ch = rng.zipf(BRAND_CHARS);
    if (!s.includes(ch)) s += ch;
  }
  return s;
}

/** A Chinese company name with its Pinyin and English renderings. */
export function companyName(rng: Rng, city = rng.pick(CITIES)): CompanyName {
  const b = brand(rng);
  const ind = rng.pick(INDUSTRIES);
  const legal = rng.pick(CN_LEGAL);
  const withCity = rng.chance(0.8);
  const zh = `${withCity ? city[1] : ''}${b}${ind[0]}${legal}`;
  const legalPinyin = legal === '股份有限公司' ? 'Gufen Youxian Gongsi' : legal === '有限责任公司' ? 'Youxian Zeren Gongsi' : 'Youxian Gongsi';
  const pinyin = `${withCity ? `${city[0]} ` : ''}${pinyinWord(b)} ${cap(ind[1])} ${legalPinyin}`;
  const english = rng.chance(0.3)
    ? `${pinyinWord(b)} ${ind[2]} (${city[0]}) ${rng.pick(EN_LEGAL)}`
    : `${withCity ? `${city[0]} ` : ''}${pinyinWord(b)} ${ind[2]} ${rng.pick(EN_LEGAL)}`;
  return { zh, pinyin, english };
}

function typo(rng: Rng, s: string): string {
  const words = s.split(' ');
  const i = words.findIndex((w) => w.length >= 7);
  if (i < 0) return s;
  const w = words[i];
  const k = 1 + rng.int(w.length - 2);
  words[i] = rng.chance(0.5) ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  return words.join(' ');
}

function uscc(rng: Rng, division: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let body = `91${division}`;
  for (let i = 0; i < 9; i++) body += chars[rng.int(chars.length)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]) * weights[i];
  return body + chars[(31 - (sum % 31)) % 31];
}

// ---------------------------------------------------------------------------------------------
// Rows

export const EN_SHEET = 'Suppliers';
export const ZH_SHEET = '二级供应商';

export const EN_HEADERS = [
  'Supplier ID', 'Supplier Name', 'Tier', 'Country', 'Province / State', 'City', 'Street Address', 'Postal Code', 'Phone',
  'Product Category', 'Key Inputs', 'Input Origin', 'Parent Company', 'Operations in Uyghur Region (Y/N)',
  'Labour Transfer Participation (Y/N)', 'CBP Status', 'Annual Spend (USD)', 'Notes',
] as const;
export const ZH_HEADERS = ['供应商编号', '供应商名称', '统一社会信用代码', '省份', '城市', '详细地址', '主要产品', '原材料及产地', '是否参与劳动力转移', '备注'] as const;

type EnRow = Partial<Record<(typeof EN_HEADERS)[number], CellValue>>;
type ZhRow = Partial<Record<(typeof ZH_HEADERS)[number], CellValue>>;

/** The kind of row, with its weight in the mix (per 1,000 rows). */
const EN_KINDS: [string, number][] = [
  ['regionAddress', 40],
  ['regionAddressZh', 15],
  ['postalOnly', 12],
  ['phoneOnly', 10],
  ['listedExact', 12],
  ['listedAlias', 8],
  ['listedZh', 6],
  ['listedTypo', 6],
  ['parentRegion', 15],
  ['operationsY', 12],
  ['transferYes', 10],
  ['transferNotes', 10],
  ['inputOrigin', 25],
  ['inputListed', 8],
  ['detained', 6],
  ['trapUrumqiRoad', 15],
  ['trapXinjiangRoad', 15],
  ['trapAksuTurkey', 8],
  ['trapAltai', 6],
  ['trapHamiMelon', 6],
  ['trapYiwu', 8],
  ['chinaPriority', 200],
  ['chinaOther', 250],
  ['abroad', 230],
  ['outsideOrigin', 25],
  ['denial', 10],
  ['insufficient', 12],
];
const EN_TOTAL = EN_KINDS.reduce((n, [, w]) => n + w, 0);

function kindOf(rng: Rng): string {
  let u = rng.int(EN_TOTAL);
  for (const [k, w] of EN_KINDS) if ((u -= w) < 0) return k;
  return 'chinaOther';
}

function listed(rng: Rng): ScreeningEntry {
  return rng.pick(BUILT_IN_LIST.entries);
}

function spend(rng: Rng): number {
  return 1000 * (5 + rng.int(3000));
}

export function englishRow(rng: Rng, i: number): EnRow {
  const city = rng.pick(CITIES);
  const region = rng.pick(REGION);
  const name = companyName(rng, city);
  const ind = rng.pick(INDUSTRIES);
  const row: EnRow = {
    'Supplier ID': `S-${100000 + i}`,
    'Supplier Name': rng.chance(0.15) ? `${rng.pick(WESTERN_WORDS)} ${ind[2]} (${city[0]}) ${rng.pick(EN_LEGAL)}` : name.english,
    Tier: 1 + rng.int(3),
    Country: rng.chance(0.9) ? 'China' : rng.pick(['CN', 'PRC', "People's Republic of China", '中国']),
    'Province / State': city[2],
    City: city[0],
    'Product Category': rng.pick(NON_PRIORITY),
    'Annual Spend (USD)': spend(rng),
  };
  if (rng.chance(0.4)) row['Street Address'] = `No. ${1 + rng.int(999)} ${rng.pick(ROADS)}, ${city[0]}`;
  if (rng.chance(0.3)) row['Postal Code'] = `${city[5]}${rng.digits(3)}`;
  if (rng.chance(0.3)) row.Phone = `+86 ${city[6]} ${rng.digits(4)} ${rng.digits(4)}`;
  switch (kindOf(rng)) {
    case 'regionAddress':
      Object.assign(row, {
        'Province / State': rng.pick(['Xinjiang', 'Xinjiang Uygur Autonomous Region', 'XUAR', 'Xinjiang Uyghur AR']),
        City: region[0],
        'Street Address': `${1 + rng.int(200)} ${rng.pick(ROADS)}, ${rng.pick(['Economic Development Zone', 'High-tech Zone', 'Industrial Park'])}`,
        'Postal Code': region[4],
        Phone: `+86 ${region[5]} ${rng.digits(3)} ${rng.digits(4)}`,
        'Product Category': rng.pick(PRIORITY),
      });
      break;
    case 'regionAddressZh':
      Object.assign(row, {
        'Province / State': null,
        City: null,
        'Street Address': `新疆维吾尔自治区${region[2] === region[1] ? '' : region[2]}${region[1]}${rng.pick(ROADS_ZH)}${1 + rng.int(300)}号`,
        'Postal Code': null,
        Phone: null,
        'Product Category': rng.pick(PRIORITY),
      });
      break;
    case 'postalOnly':
      Object.assign(row, { 'Province / State': null, City: null, 'Street Address': 'Development Zone, Building 3', 'Postal Code': region[4], Phone: null });
      break;
    case 'phoneOnly':
      Object.assign(row, { 'Province / State': null, City: null, 'Street Address': 'Industrial Park, Building 7', 'Postal Code': null, Phone: `+86 ${region[5]} ${rng.digits(3)} ${rng.digits(4)}` });
      break;
    case 'listedExact':
      row['Supplier Name'] = listed(rng).name;
      break;
    case 'listedAlias': {
      const e = listed(rng);
      row['Supplier Name'] = e.aliases.length ? rng.pick(e.aliases) : e.name.replace(/,? (Co\.,? )?Ltd\.?$/i, '');
      break;
    }
    case 'listedZh': {
      const e = listed(rng);
      row['Supplier Name'] = e.namesZh.length ? rng.pick(e.namesZh) : e.name;
      break;
    }
    case 'listedTypo':
      row['Supplier Name'] = typo(rng, listed(rng).name);
      break;
    case 'parentRegion':
      row['Parent Company'] = rng.chance(0.5)
        ? `${rng.pick(WESTERN_WORDS)} Group (spinning mill in ${region[0]}, Xinjiang)`
        : rng.chance(0.5)
          ? listed(rng).name
          : `${companyName(rng).english.replace(/ (Co\.,? Ltd\.?|Company Limited|Ltd\.)$/, '')} Group`;
      row['Key Inputs'] = ind[4] || null;
      break;
    case 'operationsY':
      row['Operations in Uyghur Region (Y/N)'] = rng.pick(['Y', 'Yes', 'y']);
      break;
    case 'transferYes':
      row['Labour Transfer Participation (Y/N)'] = rng.pick(['Yes', 'Y']);
      row['Product Category'] = rng.pick(PRIORITY);
      break;
    case 'transferNotes':
      row.Notes = rng.pick([
        `2020 NGO report: workers transferred from ${region[0]} under a government labour transfer programme`,
        `Audit found Uyghur workers placed via a labour transfer scheme from ${region[0]}`,
        '该厂曾接收新疆籍转移就业人员',
      ]);
      break;
    case 'inputOrigin':
      row['Product Category'] = rng.pick(PRIORITY);
      row['Key Inputs'] = rng.pick(PRIORITY_INPUTS);
      row['Input Origin'] = rng.pick(['Xinjiang', '新疆', 'XUAR', `${region[0]}, Xinjiang`, 'Xinjiang, China']);
      break;
    case 'inputListed':
      row['Product Category'] = rng.pick(['Solar modules', 'PVC flooring', 'Cotton yarn']);
      row['Key Inputs'] = `${rng.pick(['Polysilicon', 'PVC resin', 'Cotton'])} from ${listed(rng).name}`;
      break;
    case 'detained':
      row['CBP Status'] = rng.pick(['Detained under UFLPA (2025-03)', 'Shipment detained by CBP, 2024', 'WRO detention']);
      break;
    case 'trapUrumqiRoad':
      Object.assign(row, {
        'Province / State': 'Shanghai',
        City: 'Shanghai',
        'Street Address': `Room ${1000 + rng.int(900)}, ${1 + rng.int(1500)} ${rng.pick(['Middle Urumqi Road', 'Urumqi Road', 'North Urumqi Road', 'Hami Road', 'Yili Road'])}, Xuhui District`,
        'Postal Code': `2000${rng.digits(2)}`,
      });
      break;
    case 'trapXinjiangRoad':
      Object.assign(row, {
        'Province / State': 'Shandong',
        City: 'Qingdao',
        'Street Address': rng.chance(0.5) ? `No. ${1 + rng.int(99)} Xinjiang Road, Shibei District` : `青岛市市北区新疆路${1 + rng.int(99)}号`,
        'Postal Code': `266${rng.digits(3)}`,
        'Product Category': 'Frozen seafood',
      });
      break;
    case 'trapAksuTurkey':
      Object.assign(row, {
        'Supplier Name': `Aksu ${rng.pick(['Tekstil', 'Havlu', 'Gida'])} San. ve Tic. A.S.`,
        Country: 'Turkey',
        'Province / State': 'Antalya',
        City: 'Aksu',
        'Street Address': null,
        'Postal Code': `071${rng.digits(2)}`,
        Phone: null,
        'Product Category': 'Towels',
      });
      break;
    case 'trapAltai':
      Object.assign(row, {
        'Supplier Name': `Altay ${rng.pick(['Metals', 'Mining', 'Timber'])} LLC`,
        Country: 'Russia',
        'Province / State': 'Altai Krai',
        City: 'Barnaul',
        'Street Address': null,
        'Postal Code': null,
        Phone: null,
        'Product Category': 'Zinc ingots',
      });
      break;
    case 'trapHamiMelon':
      row['Product Category'] = rng.pick(['Hami melon juice', 'Hami melons (fresh)', 'Dried fruit']);
      break;
    case 'trapYiwu':
      Object.assign(row, { 'Province / State': 'Zhejiang', City: 'Yiwu', 'Product Category': 'Home decor' });
      break;
    case 'chinaPriority':
      row['Product Category'] = rng.pick(PRIORITY);
      if (rng.chance(0.5)) row['Key Inputs'] = rng.pick(PRIORITY_INPUTS);
      break;
    case 'chinaOther':
      break;
    case 'abroad': {
      const a = rng.pick(ABROAD);
      const suffix = a[3];
      const base = `${rng.pick(WESTERN_WORDS)} ${ind[2]}`;
      Object.assign(row, {
        'Supplier Name': suffix === 'PT' ? `PT ${base}` : `${base} ${suffix}`,
        Country: a[0],
        'Province / State': a[1] || null,
        City: a[2],
        'Street Address': rng.chance(0.4) ? `${1 + rng.int(300)} ${rng.pick(['Main Street', 'Harbour Road', 'Industrial Estate', 'Ring Road'])}` : null,
        'Postal Code': rng.chance(0.3) ? rng.digits(5) : null,
        Phone: null,
        'Product Category': rng.pick([...PRIORITY, ...NON_PRIORITY]),
      });
      break;
    }
    case 'outsideOrigin':
      row['Product Category'] = rng.pick(['Cotton shirts', 'Cotton yarn', 'Bed linen']);
      row['Key Inputs'] = rng.pick(['Supima cotton', 'Cotton lint', 'Organic cotton']);
      row['Input Origin'] = rng.pick(OUTSIDE_ORIGINS);
      break;
    case 'denial':
      row['Product Category'] = rng.pick(PRIORITY);
      row['Operations in Uyghur Region (Y/N)'] = 'N';
      row['Labour Transfer Participation (Y/N)'] = 'N';
      row.Notes = rng.pick(['Supplier declares no operations in Xinjiang', 'No Xinjiang cotton per supplier letter', 'Not sourcing from XUAR']);
      break;
    case 'insufficient':
      for (const k of Object.keys(row) as (keyof EnRow)[]) if (k !== 'Supplier ID' && k !== 'Annual Spend (USD)' && k !== 'Tier') delete row[k];
      if (rng.chance(0.5)) row['Product Category'] = 'Buttons';
      break;
  }
  return row;
}

export function chineseRow(rng: Rng, i: number): ZhRow {
  const city = rng.pick(CITIES);
  const region = rng.pick(REGION);
  const name = companyName(rng, city);
  const ind = rng.pick(INDUSTRIES);
  const row: ZhRow = {
    供应商编号: `T2-${String(i + 1).padStart(6, '0')}`,
    供应商名称: name.zh,
    统一社会信用代码: rng.chance(0.5) ? uscc(rng, city[4]) : null,
    省份: city[3],
    城市: city[1],
    主要产品: rng.pick(['纸箱', '电子元件', '物流服务', '服装', '棉纱', '鞋', '针织服装', '聚氯乙烯', '光伏组件', '番茄酱', '五金件', '玩具']),
  };
  if (rng.chance(0.3)) row.详细地址 = `${city[1]}市${rng.pick(ROADS_ZH)}${1 + rng.int(500)}号`;
  const u = rng.int(100);
  if (u < 5) {
    // Region company: name begins with the place, registered there
    row.供应商名称 = `${region[1].replace(/市$/, '')}${brand(rng)}${ind[0]}有限公司`;
    row.统一社会信用代码 = uscc(rng, region[3]);
    row.省份 = null;
    row.城市 = null;
  } else if (u < 8) {
    row.统一社会信用代码 = uscc(rng, region[3]);
  } else if (u < 12) {
    row.省份 = '新疆';
    row.城市 = region[1];
    row.详细地址 = `新疆维吾尔自治区${region[1]}${rng.pick(ROADS_ZH)}${1 + rng.int(300)}号`;
  } else if (u < 15) {
    const e = listed(rng);
    row.供应商名称 = e.namesZh.length ? rng.pick(e.namesZh) : e.name;
  } else if (u < 22) {
    row.原材料及产地 = rng.pick(['新疆棉', '新疆长绒棉', '多晶硅（新疆）', '番茄（新疆）']);
  } else if (u < 25) {
    row.是否参与劳动力转移 = '是';
  } else if (u < 27) {
    row.备注 = '该厂曾接收新疆籍转移就业人员';
  } else if (u < 33) {
    row.详细地址 = rng.chance(0.5) ? `青岛市市北区新疆路${1 + rng.int(99)}号` : `上海市长宁区哈密路${1 + rng.int(2000)}号`;
    row.省份 = row.详细地址.startsWith('青岛') ? '山东' : '上海';
    row.城市 = row.详细地址.startsWith('青岛') ? '青岛' : '上海';
  } else if (u < 40) {
    row.原材料及产地 = rng.pick(['美国棉（可追溯）', '澳大利亚棉', '巴西棉']);
    row.是否参与劳动力转移 = '否';
    row.备注 = '承诺不涉疆';
  } else if (u < 41) {
    row.供应商名称 = null;
    row.省份 = null;
    row.城市 = null;
  }
  return row;
}

// ---------------------------------------------------------------------------------------------
// Workbook

export interface GeneratedWorkbook {
  grids: SheetGrid[];
  sheetNames: string[];
  rows: number;
}

/** Share of rows on the Chinese sheet. */
const ZH_SHARE = 0.15;

/**
 * The two sheets as the CLI would read them (rows[0][0] is A1, as in the fixture).
 * `zhShare` of the rows go to the Chinese sheet; 0 puts every row on 'Suppliers' (the task pane screens
 * one table at a time).
 */
export function generateGrids(rows: number, seed = 20260101, zhShare = ZH_SHARE): GeneratedWorkbook {
  const rng = new Rng(seed);
  const zhRows = Math.round(rows * zhShare);
  const enRows = rows - zhRows;
  const en: CellValue[][] = [['FY2026 Supplier Master (apparel, home, electronics, solar)'], [], [...EN_HEADERS]];
  for (let i = 0; i < enRows; i++) {
    const r = englishRow(rng, i);
    en.push(EN_HEADERS.map((h) => r[h] ?? null));
  }
  const zh: CellValue[][] = [[...ZH_HEADERS]];
  for (let i = 0; i < zhRows; i++) {
    const r = chineseRow(rng, i);
    zh.push(ZH_HEADERS.map((h) => r[h] ?? null));
  }
  const pad = (g: CellValue[][], width: number) => g.map((r) => [...r, ...new Array(Math.max(0, width - r.length)).fill(null)]);
  return {
    grids: [
      { sheetName: EN_SHEET, top: 1, left: 1, rows: pad(en, EN_HEADERS.length), hiddenRows: [] },
      ...(zhRows > 0 ? [{ sheetName: ZH_SHEET, top: 1, left: 1, rows: pad(zh, ZH_HEADERS.length), hiddenRows: [] }] : []),
    ],
    sheetNames: zhRows > 0 ? [EN_SHEET, ZH_SHEET] : [EN_SHEET],
    rows,
  };
}

/** Write the generated sheets as an .xlsx (streamed, shared strings, header bold as a user's sheet would have it). */
export async function writeWorkbook(file: string, generated: GeneratedWorkbook): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const grid of generated.grids) {
    const ws = wb.addWorksheet(grid.sheetName);
    const headerRow = grid.sheetName === EN_SHEET ? 3 : 1;
    grid.rows.forEach((values, r) => {
      if (values.every((v) => v === null)) return;
      const row = ws.getRow(r + 1);
      values.forEach((v, c) => {
        if (v !== null) row.getCell(c + 1).value = v;
      });
      if (r + 1 === headerRow) row.font = { bold: true };
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

// ---------------------------------------------------------------------------------------------
// Synthetic screening list

/**
 * A list of `size` distinct Chinese companies, as a user-imported list would hold them: the name in
 * Pinyin or in English with a Pinyin brand, sometimes an alias, and the Chinese name. Brands are
 * Zipf-distributed, so common brand words (宏达, 华盛 …) recur in hundreds of entries as they do in
 * real registries; city and industry words recur in thousands.
 */
export function syntheticList(size: number, seed = 7): ScreeningList {
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const entries: ScreeningEntry[] = [];
  let guard = 0;
  while (entries.length < size && guard++ < size * 20) {
    const cityPool = rng.chance(0.15) ? REGION.map((r) => [r[0], r[1].replace(/市$/, '')] as const) : CITIES.map((c) => [c[0], c[1]] as const);
    const [cityPy, cityZh] = rng.pick(cityPool);
    const city = CITIES.find((c) => c[1] === cityZh) ?? ([cityPy, cityZh, '', '', '', '', ''] as (typeof CITIES)[number]);
    const name = companyName(rng, city);
    if (seen.has(name.zh)) continue;
    seen.add(name.zh);
    const english = rng.chance(0.5);
    const aliases = rng.chance(0.3) ? [english ? name.pinyin : name.english] : [];
    entries.push({
      id: `syn-${entries.length + 1}`,
      name: english ? name.english : name.pinyin,
      aliases,
      namesZh: [name.zh],
      category: rng.pick(['A.1', 'A.3', 'A.4', null] as const),
      section: 'synthetic',
      coversSubsidiaries: rng.chance(0.1),
      regionLocated: cityPool.length === REGION.length,
    });
  }
  return { id: 'list:synthetic', name: `Synthetic list (${size})`, version: 'bench', source: 'bench/generate.ts', builtIn: false, entries };
}

export interface NameQuery {
  text: string;
  /** As RowScreener asks: supplier and parent names as names, input cells as mentions. */
  mode: 'name' | 'mention';
}

/** Per data row, the cells RowScreener hands to the entity index (supplier name, parent, inputs, input origin). */
export function nameQueries(generated: GeneratedWorkbook): NameQuery[][] {
  const out: NameQuery[][] = [];
  for (const grid of generated.grids) {
    const header = grid.sheetName === EN_SHEET ? 2 : 0;
    const heads = grid.rows[header].map((v) => String(v ?? ''));
    const cols: [number, NameQuery['mode']][] = [];
    heads.forEach((h, i) => {
      if (/^(Supplier Name|Parent Company|供应商名称)$/.test(h)) cols.push([i, 'name']);
      else if (/^(Key Inputs|Input Origin|原材料及产地)$/.test(h)) cols.push([i, 'mention']);
    });
    for (let r = header + 1; r < grid.rows.length; r++) {
      const row: NameQuery[] = [];
      for (const [c, mode] of cols) {
        const v = grid.rows[r][c];
        if (typeof v === 'string' && v.trim()) row.push({ text: v.trim(), mode });
      }
      out.push(row);
    }
  }
  return out;
}

/** Every name-like cell of the generated rows. */
export function nameCells(generated: GeneratedWorkbook): string[] {
  return nameQueries(generated).flatMap((row) => row.map((q) => q.text));
}
