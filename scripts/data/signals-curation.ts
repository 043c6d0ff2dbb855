// Non-name signals, from research/xuar-signals.md §1–§3, plus the project's own word lists
// for entity-name comparison. Used by scripts/build-data.ts.

/**
 * 3-digit postal prefixes seen for Region units in Google's address metadata [S6]
 * (830–836, 838, 839, 841–845, 848). 837, 840, 846, 847 and 849 were not seen and are left out.
 * The area text lists the units whose codes start with the prefix (xuar-signals.md §1 table).
 */
export const POSTAL_PREFIXES: { prefix: string; area: string }[] = [
  { prefix: '830', area: 'Ürümqi' },
  { prefix: '831', area: 'Changji, Fukang, Hutubi, Qitai, Jimsar, Mori; Midong (Ürümqi); Wujiaqu' },
  { prefix: '832', area: 'Shihezi; Manas; Shawan' },
  { prefix: '833', area: 'Bortala (Bole, Jinghe, Wenquan); Kuytun; Wusu' },
  { prefix: '834', area: 'Karamay; Tacheng Prefecture (Tacheng, Emin, Toli, Yumin, Hoboksar)' },
  { prefix: '835', area: 'Ili (Ghulja/Yining, Qapqal, Huocheng, Gongliu, Xinyuan, Zhaosu, Tekes, Nilka)' },
  { prefix: '836', area: 'Altay Prefecture' },
  { prefix: '838', area: 'Turpan; Dushanzi (as given in the source)' },
  { prefix: '839', area: 'Hami' },
  { prefix: '841', area: 'Bayingolin (Korla)' },
  { prefix: '842', area: 'Aksu Prefecture (Kuqa, Xinhe, Shaya, Baicheng)' },
  { prefix: '843', area: 'Aksu; Aral; Tumxuk; Maralbexi (Bachu); Akqi' },
  { prefix: '844', area: 'Kashgar Prefecture' },
  { prefix: '845', area: 'Kizilsu (Artux, Akto, Ulugqat); Taxkorgan; Guma (Pishan)' },
  { prefix: '848', area: 'Hotan Prefecture' },
];

/** Landline area codes in libphonenumber's +86 geocoding data [S8]; 0904, 0905, 0907 are not assigned. */
export const PHONE_AREA_CODES: { code: string; area: string; placeId: string }[] = [
  { code: '0901', area: 'Tacheng', placeId: '654200' },
  { code: '0902', area: 'Hami', placeId: '650500' },
  { code: '0903', area: 'Hotan', placeId: '653200' },
  { code: '0906', area: 'Altay', placeId: '654300' },
  { code: '0908', area: 'Kizilsu (Artux)', placeId: '653000' },
  { code: '0909', area: 'Bortala (Bole)', placeId: '652700' },
  { code: '0990', area: 'Karamay', placeId: '650200' },
  { code: '0991', area: 'Ürümqi', placeId: '650100' },
  { code: '0992', area: 'Kuytun', placeId: '654003' },
  { code: '0993', area: 'Shihezi', placeId: '659001' },
  { code: '0994', area: 'Changji', placeId: '652300' },
  { code: '0995', area: 'Turpan', placeId: '650400' },
  { code: '0996', area: 'Bayingolin (Korla)', placeId: '652800' },
  { code: '0997', area: 'Aksu', placeId: '652900' },
  { code: '0998', area: 'Kashgar', placeId: '653100' },
  { code: '0999', area: 'Ili (Ghulja/Yining)', placeId: '654000' },
];

/**
 * Legal-form and filler words removed before comparing entity names. Only words that never
 * distinguish one company from another belong here. "Industry"/"industrial", "trading",
 * "international", "branch" are NOT noise: they are part of listed names (Hoshine Silicon
 * Industry, Binzhou Chinatex Yintai Industrial, … Xinye Branch) and are kept in the comparison,
 * but they are in GENERIC_NAME_WORDS so that they can never make a match on their own.
 * "Group" and "holding(s)" are noise: parent and subsidiary names differ by them far more
 * often than two different companies do (Esquel Group / Esquel China Holdings).
 */
export const LEGAL_FORM_NOISE_EN: string[] = [
  'co', 'co.', 'company', 'companies', 'ltd', 'ltd.', 'limited', 'inc', 'inc.', 'incorporated', 'corp', 'corp.',
  'corporation', 'llc', 'l.l.c.', 'llp', 'lp', 'plc', 'jsc', 'ojsc', 'pjsc', 'pte', 'pty', 'sdn', 'bhd', 'tbk', 'pt',
  'gmbh', 'mbh', 'kg', 'ag', 'se', 's.a.', 's.a', 's.p.a.', 'spa', 's.r.l.', 'srl', 'sarl', 's.a.r.l.', 'b.v.', 'bv',
  'n.v.', 'nv', 'a/s', 'aps', 'oy', 'kk', 'k.k.', 'a.s.', 'a.ş.', 'san.', 'tic.', 've', 'group', 'holding', 'holdings',
  'joint-stock', 'joint', 'stock', 'shares', 'share', 'factory', 'the', 'and', '&', 'of',
];

export const LEGAL_FORM_NOISE_ZH: string[] = [
  '股份有限公司', '有限责任公司', '有限公司', '责任公司', '分公司', '总公司', '公司', '股份', '集团', '控股', '有限',
  '责任', '厂', '工厂', '分厂',
  // traditional forms (the engine converts, but keep the list usable on raw text)
  '有限責任公司', '責任公司', '總公司', '集團', '廠', '工廠', '分廠',
];

/** Words common in company names that must not on their own make an entity match. */
export const GENERIC_NAME_WORDS: string[] = [
  // English / pinyin
  'new', 'energy', 'new energy', 'technology', 'technologies', 'tech', 'hi-tech', 'high-tech', 'sci-tech', 'science',
  'material', 'materials', 'new material', 'new materials', 'textile', 'textiles', 'trading', 'trade', 'import',
  'export', 'imp', 'exp', 'international', 'global', 'china', 'chinese', 'xinjiang', 'development', 'industrial',
  'industry', 'industries', 'products', 'product', 'manufacturing', 'manufacture', 'manufacturer', 'enterprise',
  'enterprises', 'investment', 'management', 'service', 'services', 'logistics', 'warehousing', 'supply', 'chain',
  'garment', 'garments', 'apparel', 'clothing', 'fashion', 'knitting', 'spinning', 'weaving', 'dyeing', 'printing',
  'cotton', 'linen', 'wool', 'silicon', 'solar', 'photovoltaic', 'food', 'foods', 'agricultural', 'agriculture',
  'biotechnology', 'biological', 'bio', 'chemical', 'chemicals', 'metal', 'metals', 'nonferrous', 'mining',
  'resources', 'electronic', 'electronics', 'information', 'digital', 'smart', 'green', 'economic', 'branch',
  'park', 'construction', 'engineering', 'equipment', 'machinery', 'power', 'electric', 'coal', 'steel',
  'aluminium', 'aluminum', 'copper', 'zinc', 'magnesium', 'gold', 'foundation', 'logistics park', 'east', 'west',
  'south', 'north', 'central', 'asia', 'pacific', 'golden', 'star', 'sun', 'sunrise', 'union', 'united', 'general',
  'best', 'first', 'great', 'tianshan',
  // province and major-city names used as the first word of Chinese company names
  'anhui', 'beijing', 'chongqing', 'fujian', 'gansu', 'guangdong', 'guangxi', 'guizhou', 'hainan', 'hebei',
  'heilongjiang', 'henan', 'hubei', 'hunan', 'inner mongolia', 'jiangsu', 'jiangxi', 'jilin', 'liaoning', 'ningxia',
  'qinghai', 'shaanxi', 'shandong', 'shanghai', 'shanxi', 'sichuan', 'tianjin', 'tibet', 'yunnan', 'zhejiang',
  'hong kong', 'shenzhen', 'guangzhou', 'ningbo', 'hangzhou', 'suzhou', 'wuxi', 'zhuhai', 'dongguan', 'qingdao',
  'dalian', 'xiamen', 'nanjing', 'wuhan', 'urumqi',
  // Chinese
  '新疆', '中国', '中华', '科技', '技术', '新能源', '能源', '新材料', '材料', '纺织', '贸易', '商贸', '国际', '实业',
  '发展', '工业', '产业', '产品', '进出口', '服饰', '服装', '制衣', '针织', '棉业', '棉纺', '食品', '农业', '生物',
  '化工', '化学', '有色金属', '金属', '矿业', '物流', '仓储', '电子', '信息', '投资', '管理', '建设', '工程', '电力',
  '光伏', '硅业', '铝业', '钢铁', '铜业', '锌业', '煤电', '制品', '开发', '经济', '绿色', '智能', '数字', '天山',
];
