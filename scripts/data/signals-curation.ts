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
  // abbreviations and foreign forms buyers write ("Esquel Grp", "… (Pvt) Ltd", "… S.A. de C.V.", "… Lda")
  'grp', 'pvt', 'private', 'lda', 'ltda', 'sas', 'de', 'cv', 'c.v.', 'tic', 'san',
  // Chinese legal forms written in Pinyin (Youxian Gongsi = 有限公司, Gufen = 股份, Jituan = 集团)
  'youxian', 'gongsi', 'youxiangongsi', 'gufen', 'zeren', 'jituan', 'konggu', 'fengongsi',
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
  'best', 'first', 'great', 'tianshan', 'production', 'business', 'vocational', 'skills', 'education', 'training', 'center',
  'centre', 'reserve', 'library', 'transfer',
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
  '制造', '商务', '生产', '基业',
];

/**
 * Content words as buyers abbreviate or inflect them: each variant is read as its canonical word, so
 * "Hoshine Silicon Ind." and "Hoshine Silicon Industry" are the same name. Issue #14's table (Ind.,
 * Tech., Intl, Mfg, Imp. & Exp.) and the common English abbreviations of company names.
 */
export const NAME_ABBREVIATIONS: Record<string, string[]> = {
  industry: ['ind', 'inds', 'indus', 'industrial', 'industries'],
  technology: ['tech', 'techn', 'technologies', 'technological'],
  international: ['intl', 'internat'],
  manufacturing: ['mfg', 'mfr', 'manufacture', 'manufacturer', 'manufacturers'],
  import: ['imp'],
  export: ['exp'],
  biotechnology: ['biotech'],
  science: ['sci'],
  development: ['dev', 'devt'],
  engineering: ['eng', 'engg'],
  management: ['mgmt', 'mgt'],
  national: ['natl'],
  chemical: ['chem'],
  electronic: ['elec', 'electronics'],
  material: ['matl', 'mtl'],
  product: ['prod', 'prods'],
  trading: ['trade'],
};

/**
 * Chinese trade words and the English words that render them in the English names of the same
 * companies (纺织 Textile, 锌业 Zinc Industry, 有色金属 Nonferrous Metals): a Latin name meets a
 * Chinese one through these where Pinyin cannot spell them ("Qiaqia Food" = 洽洽食品). Several English
 * words are given as a phrase; "and" is a legal filler and is left out.
 */
export const NAME_TRANSLATIONS: Record<string, string[]> = {
  纺织: ['textile', 'textiles', 'tex'],
  棉纺: ['cotton spinning'],
  色纺: ['color spinning', 'colour spinning', 'colored textile', 'dyed melange yarn', 'melange yarn'],
  毛纺织: ['wool textile', 'wool tex'],
  毛纺: ['wool textile', 'wool spinning'],
  棉麻: ['cotton linen'],
  棉业: ['cotton'],
  针织: ['knitting', 'knitwear'],
  服饰: ['apparel', 'fashion', 'garment', 'clothing'],
  服装: ['garment', 'garments', 'clothing', 'apparel'],
  制衣: ['garment', 'garments', 'clothing'],
  时尚: ['fashion'],
  鞋业: ['shoes', 'shoe', 'footwear', 'shoe industry'],
  发饰: ['hair accessories', 'hair accessory'],
  发制品: ['hair products', 'hair product'],
  食品: ['food', 'foods'],
  罐头: ['canned food'],
  农业: ['agriculture', 'agricultural'],
  生物科技: ['biotechnology', 'biotech', 'biological technology'],
  生物: ['biological', 'bio'],
  科技: ['technology', 'tech', 'science technology'],
  技术: ['technology'],
  信息技术: ['information technology'],
  信息: ['information'],
  电子: ['electronics', 'electronic'],
  微电子: ['microelectronics'],
  半导体: ['semiconductor'],
  新能源: ['new energy'],
  能源: ['energy'],
  绿能: ['green energy'],
  新材料: ['new materials', 'new material'],
  材料: ['materials', 'material'],
  化工: ['chemical', 'chemicals', 'chemical industry'],
  化学: ['chemical', 'chemicals'],
  矿业: ['mining', 'mining industry'],
  黄金: ['gold'],
  锌业: ['zinc', 'zinc industry'],
  铜业: ['copper', 'copper industry'],
  铝业: ['aluminium', 'aluminum', 'aluminium industry'],
  镁业: ['magnesium'],
  钢铁: ['iron steel', 'steel'],
  有色金属: ['nonferrous metals', 'nonferrous metal', 'nonferrous'],
  金属: ['metals', 'metal'],
  硅业: ['silicon industry', 'silicon'],
  光伏: ['photovoltaic', 'solar', 'pv'],
  太阳能: ['solar'],
  煤电: ['coal electricity', 'coal power'],
  电力: ['power', 'electric power', 'electricity'],
  物流: ['logistics'],
  仓储: ['warehousing', 'storage'],
  贸易: ['trade', 'trading'],
  商贸: ['trade', 'trading', 'trade business', 'commerce'],
  国际: ['international'],
  进出口: ['import export'],
  实业: ['industrial', 'industry', 'industries'],
  工业: ['industry', 'industrial'],
  产业: ['industry'],
  发展: ['development'],
  开发: ['development'],
  投资: ['investment'],
  管理: ['management'],
  建设: ['construction'],
  建工: ['construction engineering', 'construction'],
  工程: ['engineering'],
  制造: ['manufacturing', 'manufacture'],
  制品: ['products', 'product'],
  产品: ['products', 'product'],
};

/**
 * Trades in company names and product cells, by family; families of one chain are related (a spinner
 * and a garment maker, a zinc smelter and a miner). A weak name match to a listed entity in an
 * unrelated chain is kept below Review (issue #14, rule 2), and a group word counts with the group's
 * chain (rule 3). English words match whole words; Chinese words match inside a name or cell.
 */
export const TRADE_FAMILIES: { id: string; chain: string; en: string[]; zh: string[] }[] = [
  { id: 'textiles', chain: 'textiles', en: ['textile', 'textiles', 'tex', 'spinning', 'yarn', 'fabric', 'fabrics', 'weaving', 'knitting', 'dyeing', 'cotton', 'linen', 'wool', 'silk', 'fibre', 'fiber', 'melange', 'denim', 'towel', 'towels', 'bedding', 'home textiles'], zh: ['纺织', '纺', '棉', '纱', '针织', '印染', '面料', '布业', '家纺', '麻', '毛纺', '毛纺织', '色纺', '棉麻', '棉纺', '丝绸'] },
  { id: 'apparel', chain: 'textiles', en: ['apparel', 'garment', 'garments', 'clothing', 'clothes', 'fashion', 'wear', 'sportswear', 'knitwear', 'shirt', 'shirts', 'dress', 'sweater', 'sweaters', 'headwear', 'uniform', 'uniforms', 'jeans'], zh: ['服装', '服饰', '制衣', '时尚', '衬衫', '成衣', '时装'] },
  { id: 'footwear', chain: 'footwear', en: ['shoe', 'shoes', 'footwear', 'boots', 'leather', 'bags'], zh: ['鞋', '鞋业', '皮革', '箱包'] },
  { id: 'hair', chain: 'hair', en: ['hair', 'wig', 'wigs', 'hairpiece'], zh: ['发制品', '发饰', '假发'] },
  { id: 'food', chain: 'food', en: ['food', 'foods', 'canned', 'tomato', 'tomatoes', 'fruit', 'fruits', 'vegetable', 'vegetables', 'juice', 'sugar', 'dairy', 'milk', 'meat', 'snack', 'snacks', 'nuts', 'walnut', 'walnuts', 'jujube', 'dates', 'raisins', 'seafood', 'fish', 'ingredients', 'agricultural', 'agriculture', 'farm', 'farming', 'herbal', 'herbs', 'medicine', 'medicinal', 'pharmaceutical', 'pharmaceuticals', 'biotechnology', 'biological'], zh: ['食品', '罐头', '番茄', '果蔬', '果汁', '糖业', '乳业', '农业', '农产品', '红枣', '核桃', '水产', '中药', '药业', '医药', '制药', '生物'] },
  { id: 'metals', chain: 'metals', en: ['mining', 'mine', 'mines', 'minerals', 'mineral', 'gold', 'copper', 'zinc', 'nonferrous', 'metal', 'metals', 'aluminium', 'aluminum', 'magnesium', 'iron', 'steel', 'lithium', 'nickel', 'smelting', 'rare earth'], zh: ['矿业', '矿产', '金属', '有色', '黄金', '铜业', '锌业', '铝业', '镁业', '钢铁', '锂业', '冶炼', '稀土', '钢', '铜', '铝', '锌', '镁', '锂'] },
  { id: 'energy', chain: 'energy', en: ['energy', 'power', 'electricity', 'coal', 'solar', 'photovoltaic', 'pv', 'silicon', 'polysilicon', 'chemical', 'chemicals', 'petrochemical', 'oil', 'gas', 'pvc', 'battery', 'batteries'], zh: ['能源', '电力', '煤', '光伏', '太阳能', '硅', '化工', '化学', '石化', '氯碱', '绿能', '电池'] },
  { id: 'electronics', chain: 'electronics', en: ['electronic', 'electronics', 'microelectronics', 'semiconductor', 'semiconductors', 'information', 'software', 'digital', 'printing', 'printer', 'printers', 'computer', 'computers', 'chip', 'chips', 'circuit', 'telecom', 'appliance', 'appliances'], zh: ['电子', '微电子', '半导体', '信息', '软件', '数码', '打印', '电器', '通信'] },
  { id: 'logistics', chain: 'logistics', en: ['logistics', 'warehousing', 'warehouse', 'storage', 'transport', 'shipping', 'freight'], zh: ['物流', '仓储', '运输', '储备'] },
  { id: 'construction', chain: 'construction', en: ['construction', 'building', 'cement', 'real estate', 'property'], zh: ['建设', '建工', '建筑', '水泥', '房地产', '置业'] },
  { id: 'machinery', chain: 'machinery', en: ['machinery', 'machine', 'machines', 'cnc', 'automation', 'grinding', 'pumps', 'valves'], zh: ['机械', '数控', '自动化', '机床'] },
  { id: 'furniture', chain: 'furniture', en: ['furniture', 'sofa', 'sofas'], zh: ['家具'] },
  { id: 'toys', chain: 'toys', en: ['toy', 'toys'], zh: ['玩具'] },
  { id: 'packaging', chain: 'packaging', en: ['packaging', 'carton', 'cartons', 'paper', 'printing and packaging'], zh: ['包装', '纸业', '纸箱'] },
  { id: 'auto-parts', chain: 'auto-parts', en: ['auto', 'automotive', 'brake', 'brakes', 'tyre', 'tyres', 'tire', 'tires'], zh: ['汽车', '汽配', '轮胎'] },
  { id: 'ceramics', chain: 'ceramics', en: ['ceramic', 'ceramics', 'porcelain', 'tableware', 'glass', 'glassware'], zh: ['陶瓷', '瓷业', '玻璃'] },
  { id: 'stationery', chain: 'stationery', en: ['stationery', 'notebooks', 'pens'], zh: ['文具'] },
  { id: 'eyewear', chain: 'eyewear', en: ['eyewear', 'glasses', 'sunglasses', 'optical'], zh: ['眼镜', '光学'] },
  { id: 'cosmetics', chain: 'cosmetics', en: ['cosmetic', 'cosmetics', 'lipstick', 'beauty'], zh: ['化妆品', '日化'] },
  { id: 'bicycles', chain: 'bicycles', en: ['bicycle', 'bicycles', 'bike', 'bikes'], zh: ['自行车'] },
  { id: 'umbrellas', chain: 'umbrellas', en: ['umbrella', 'umbrellas'], zh: ['雨伞', '伞业'] },
  { id: 'lighting', chain: 'lighting', en: ['lighting', 'lamp', 'lamps', 'led'], zh: ['照明', '灯饰'] },
  { id: 'kitchenware', chain: 'kitchenware', en: ['kitchenware', 'cookware'], zh: ['厨具'] },
  { id: 'pet-supplies', chain: 'pet-supplies', en: ['pet', 'pets'], zh: ['宠物'] },
];
