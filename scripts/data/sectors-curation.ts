// UFLPA high-priority sectors (research/uflpa-sectors.md) with the product words the engine
// uses to recognise them in product / input cells. Terms are the project's own list (not DHS
// text). build-data.ts lower-cases them, adds simple English plurals and hyphen/space variants.
//
// Decisions:
// - Footwear is NOT in "apparel": the strategy names apparel, and footwear is a separate
//   product group (HTS chapter 64). CBP's UFLPA statistics group "apparel, footwear and
//   textiles" for reporting only. A shoe maker is still caught by the entity list, by a place
//   or by a cotton/leather input naming the Region.
// - "Cotton and cotton products" includes yarn, fabric and home textiles (bed linen, towels).
//   Bare "fabric"/"yarn" are kept although some are synthetic: they are textile inputs where
//   cotton is the common case, and the result is only a tracing prompt.
// - Silica-based products include the solar chain downstream of polysilicon (wafers, cells,
//   modules) and silicones; solar thermal and inverters are excluded.
// - Ambiguous short words are left out ("cod", "alu", "ingot", bare "sheets", 布, 贝, 硅).

export interface SectorDef {
  id: string;
  label: string;
  strategyYear: 2022 | 2024 | 2025;
  en: string[];
  zh: string[];
  exclude: string[];
  source: string;
}

const S2022 =
  'UFLPA Strategy, 2022-06-17 (four high-priority sectors): https://mohawkglobal.com/trade-translation/uflpa-enforcement-strategy-published-effective-6-21/ ; https://www.cmtradelaw.com/2022/06/department-of-homeland-security-releases-the-uyghur-forced-labor-prevention-act-uflpa-strategy-report/';
const S2024 =
  'UFLPA Strategy update 2024-07-09 (aluminum, PVC, seafood added): https://www.dhs.gov/news/2024/07/09/forced-labor-enforcement-task-force-adds-aluminum-pvc-and-seafood-new-high-priority (quoted by marketscreener/Expeditors) ; https://internationaltradetoday.com/article/2024/07/09/seafood-aluminum-pvc-added-to-uflpa-priority-sectors-2407090037';
const S2025 =
  'UFLPA Strategy update 2025-08-19 (caustic soda, copper, lithium, red dates, steel added): https://ustr.gov/about/policy-offices/press-office/press-releases/2025/august/forced-labor-enforcement-task-force-release-2025-update-uflpa-strategy';

export const SECTORS: SectorDef[] = [
  {
    id: 'apparel',
    label: 'Apparel',
    strategyYear: 2022,
    en: [
      'apparel', 'garment', 'clothing', 'clothes', 'knitwear', 'knitted garment', 'knitted apparel', 'knit top',
      'sportswear', 'activewear', 'athleisure', 'outerwear', 'underwear', 'lingerie', 'nightwear', 'sleepwear',
      'loungewear', 'swimwear', 'beachwear', 'workwear', 'babywear', 'childrenswear', 'kidswear', 'menswear',
      'womenswear', 'ladieswear', 'uniforms', 'school uniform', 'work uniform', 't-shirt', 'tee shirt', 'polo shirt', 'shirt',
      'blouse', 'dress', 'skirt', 'trousers', 'pants', 'jeans', 'shorts', 'leggings', 'jacket', 'coat', 'parka',
      'blazer', 'suit', 'sweater', 'jumper', 'pullover', 'cardigan', 'hoodie', 'sweatshirt', 'sweatpants',
      'joggers', 'tracksuit', 'vest', 'tank top', 'camisole', 'pajamas', 'pyjamas', 'socks', 'hosiery', 'tights',
      'bra', 'briefs', 'boxers', 'scarf', 'scarves', 'glove', 'baby clothes', 'romper', 'bodysuit', 'overalls',
      'coveralls',
    ],
    zh: [
      '服装', '服饰', '成衣', '针织服装', '梭织服装', '时装', '衬衫', '衬衣', 't恤', 'polo衫', '裤', '裙', '外套',
      '夹克', '大衣', '风衣', '羽绒服', '毛衫', '毛衣', '卫衣', '内衣', '文胸', '睡衣', '家居服', '泳衣', '运动服',
      '运动装', '工作服', '校服', '制服', '童装', '女装', '男装', '袜', '西装', '马甲', '背心', '围巾', '手套',
    ],
    exclude: [
      'dress shoe', 'dress shoes', 'dress boot', 'dress boots', 'garment steamer', 'garment hanger', 'garment hangers',
      'garment bag', 'garment bags', 'garment rack', 'clothing rack', 'clothes hanger', 'clothes hangers',
      'clothes dryer', 'clothes drying rack', 'clothes peg', 'clothes pegs', 'clothes line',
      'glove box', 'rubber gloves', 'nitrile gloves', 'latex gloves', 'vinyl gloves', 'surgical gloves',
      'examination gloves', 'welding gloves', 'wet suit', 'space suit', 'diving suit', 'suit case', 'jumper cable', 'jumper cables', 'jumper wire', 'jumper wires', 'jumper lead', 'jumper leads', 'powder coat', 'top coat', 'base coat', 'clear coat', 'primer coat', 'seal coat', 'coat hanger', 'coat hangers', 'coat rack', 'coat hook', 'coat hooks', '手套箱', '乳胶手套', '丁腈手套',
      '裤架', '裙边', '裙楼',
    ],
    source: `${S2022}. Footwear is deliberately not part of this sector (see README).`,
  },
  {
    id: 'cotton',
    label: 'Cotton and cotton products',
    strategyYear: 2022,
    en: [
      'cotton', 'cotton yarn', 'cotton lint', 'lint cotton', 'raw cotton', 'ginned cotton', 'cotton fibre', 'cotton fiber',
      'cottonseed', 'cotton seed', 'cotton linter', 'yarn', 'spun yarn', 'melange yarn', 'dyed yarn', 'greige',
      'grey fabric', 'gray fabric', 'fabric', 'woven fabric', 'knitted fabric', 'knit fabric', 'textile', 'home textile',
      'household textile', 'denim', 'canvas', 'twill', 'poplin', 'muslin', 'flannel', 'corduroy', 'chambray',
      'terry cloth', 'terry towel', 'towel', 'bath towel', 'bed linen', 'bedlinen', 'bedding', 'bed sheet', 'bedsheet',
      'fitted sheet', 'flat sheet', 'pillowcase', 'pillow case', 'duvet cover', 'quilt cover', 'quilt', 'comforter',
      'table linen', 'tablecloth', 'napkin', 'curtain', 'upholstery fabric', 'gauze', 'cotton pad', 'cotton swab',
      'cotton bud', 'cotton wool',
    ],
    zh: [
      '棉', '棉花', '皮棉', '籽棉', '棉纱', '纱线', '纱', '棉布', '面料', '布料', '坯布', '织物', '纺织', '家纺', '床品',
      '床上用品', '四件套', '被套', '床单', '枕套', '毛巾', '浴巾', '牛仔布', '帆布', '棉籽', '棉短绒', '纱布',
    ],
    exclude: [
      'cotton candy', 'fabric softener', 'fabric conditioner', 'fabric paint', 'fabric glue', 'fabric dye',
      'textile machinery', 'textile machine', 'textile machines', 'textile machinery parts', 'yarn winder',
      'polyester yarn', 'nylon yarn', 'glass fiber yarn', 'glass fibre yarn', 'fiberglass yarn', 'fibreglass yarn',
      'aramid yarn', 'carbon fiber fabric', 'carbon fibre fabric', 'glass fiber fabric', 'glass fibre fabric',
      'fiberglass fabric', 'fibreglass fabric', 'wire mesh fabric', 'steel fabric', 'paper towel', 'paper towels',
      'towel rail', 'towel rails', 'towel rack', 'towel ring', 'towel bar', 'towel holder', 'curtain rod',
      'curtain rail', 'curtain wall', 'shower curtain rod', 'air curtain', 'light curtain', 'sanitary napkin', 'sanitary napkins', 'paper napkin', 'paper napkins', 'tissue napkin',
      '石棉', '岩棉', '玻璃棉', '矿棉', '珍珠棉', '隔音棉', '保温棉', '吸音棉', '硅酸铝棉', '陶瓷棉', '棉花糖',
      '喷胶棉', '聚酯纱', '纱窗', '窗纱', '纺织机', '纺织机械', '纱门', '婚纱摄影',
    ],
    source: S2022,
  },
  {
    id: 'silica',
    label: 'Silica-based products (incl. polysilicon and solar)',
    strategyYear: 2022,
    en: [
      'polysilicon', 'poly-silicon', 'polycrystalline silicon', 'monocrystalline silicon', 'silicon metal',
      'metallurgical silicon', 'metallurgical-grade silicon', 'metallurgical grade silicon', 'mg-si', 'industrial silicon',
      'silicon ingot', 'silicon rod', 'silicon wafer', 'wafer', 'solar wafer', 'solar cell', 'pv cell', 'photovoltaic cell',
      'solar module', 'pv module', 'photovoltaic module', 'solar panel', 'pv panel', 'photovoltaic', 'solar',
      'silicone', 'organosilicon', 'siloxane', 'silica', 'fumed silica', 'quartz sand', 'ferrosilicon',
    ],
    zh: [
      '多晶硅', '单晶硅', '工业硅', '金属硅', '硅料', '硅片', '硅棒', '硅锭', '光伏', '太阳能电池', '太阳能板',
      '太阳能组件', '电池片', '太阳能', '有机硅', '硅胶', '硅酮', '二氧化硅', '白炭黑', '硅铁',
    ],
    exclude: [
      'solar inverter', 'solar inverters', 'solar water heater', 'solar water heaters', 'solar thermal', 'solar collector',
      'solar collectors', 'solar system model', 'wafer biscuit', 'wafer biscuits', 'wafer cookie', 'wafer cookies',
      'chocolate wafer', 'chocolate wafers', 'wafer paper', 'wafer roll', 'wafer rolls', 'wafer stick', 'wafer sticks',
      'wafer type', 'wafer-type', 'wafer valve', 'wafer check valve', 'wafer butterfly valve', 'ice cream wafer',
      'solar charge controller', 'solar charge controllers', 'solar mounting', 'solar mounting bracket', 'solar mounting brackets', 'solar bracket', 'solar brackets', 'solar racking', 'solar cable', 'solar cables', 'solar plexus', '太阳能热水器', '太阳能集热器', '光伏支架', '光伏电缆', '光伏逆变器',
    ],
    source: `${S2022}. Solar wafers, cells and modules are included as downstream products of polysilicon.`,
  },
  {
    id: 'tomatoes',
    label: 'Tomatoes and downstream products',
    strategyYear: 2022,
    en: [
      'tomato', 'tomatoes', 'tomato paste', 'tomato puree', 'tomato purée', 'tomato sauce', 'tomato powder',
      'tomato concentrate', 'tomato ketchup', 'ketchup', 'catsup', 'passata', 'canned tomatoes', 'diced tomatoes',
      'sun-dried tomatoes', 'pizza sauce', 'pasta sauce', 'lycopene',
    ],
    zh: ['番茄', '西红柿', '番茄酱', '番茄沙司', '番茄丁', '番茄粉', '茄汁', '茄红素', '番茄红素'],
    exclude: [
      'tomato red', 'tomato-red', 'tomato cage', 'tomato cages', 'tomato stake', 'tomato stakes', 'tomato seed',
      'tomato seeds', 'tomato knife', 'tomato slicer', 'tomato plant support', 'tomato planter', '番茄钟', '番茄红色',
    ],
    source: S2022,
  },
  {
    id: 'aluminium',
    label: 'Aluminium',
    strategyYear: 2024,
    en: [
      'aluminium', 'aluminum', 'primary aluminium', 'primary aluminum', 'aluminium alloy', 'aluminum alloy',
      'aluminium ingot', 'aluminum ingot', 'aluminium extrusion', 'aluminum extrusion', 'aluminium profile',
      'aluminum profile', 'aluminium foil', 'aluminum foil', 'aluminium sheet', 'aluminum sheet', 'aluminium coil',
      'aluminum coil', 'aluminium wire', 'aluminum wire', 'electrolytic aluminium', 'electrolytic aluminum', 'alumina',
      'bauxite', 'prebaked anode',
    ],
    zh: ['铝', '铝合金', '铝材', '铝型材', '铝箔', '铝锭', '铝板', '铝卷', '电解铝', '氧化铝', '铝土矿', '预焙阳极'],
    exclude: ['aluminium-free', 'aluminum-free', 'aluminium free', 'aluminum free', '无铝'],
    source: S2024,
  },
  {
    id: 'pvc',
    label: 'Polyvinyl chloride (PVC)',
    strategyYear: 2024,
    en: [
      'pvc', 'upvc', 'u-pvc', 'cpvc', 'polyvinyl chloride', 'poly vinyl chloride', 'vinyl chloride', 'pvc resin',
      'pvc compound', 'pvc pipe', 'pvc film', 'pvc sheet', 'pvc flooring', 'vinyl', 'vinyl flooring', 'vinyl plank',
      'vinyl tile', 'luxury vinyl', 'luxury vinyl tile', 'lvt', 'spc flooring', 'vinyl siding', 'vinyl fabric',
      'calcium carbide',
    ],
    zh: ['聚氯乙烯', '氯乙烯', 'pvc树脂', 'pvc管', 'pvc地板', '石塑地板', '塑胶地板', '电石', '碳化钙'],
    exclude: [
      'pvc-free', 'pvc free', 'vinyl acetate', 'ethylene vinyl acetate', 'vinyl ester', 'vinyl alcohol', '无pvc', '不含pvc',
    ],
    source: S2024,
  },
  {
    id: 'seafood',
    label: 'Seafood',
    strategyYear: 2024,
    en: [
      'seafood', 'sea food', 'frozen seafood', 'fish', 'frozen fish', 'fish fillet', 'fish fillets', 'fish meal', 'fishmeal',
      'fish oil', 'fish sauce', 'surimi', 'shrimp', 'prawn', 'squid', 'calamari', 'cuttlefish', 'octopus', 'crab',
      'lobster', 'crayfish', 'shellfish', 'scallop', 'clam', 'mussel', 'oyster', 'abalone', 'sea cucumber', 'krill',
      'codfish', 'cod fillet', 'cod fillets', 'pollock', 'pollack', 'haddock', 'hake', 'tilapia', 'salmon', 'tuna',
      'mackerel', 'sardine', 'anchovy', 'herring', 'flounder', 'sole fillet', 'eel', 'aquatic products', 'aquatic product',
    ],
    zh: [
      '海产', '海产品', '海鲜', '水产', '水产品', '鱼', '鱼片', '鱼粉', '鱼油', '鱼糜', '虾', '虾仁', '鱿鱼', '墨鱼', '章鱼',
      '蟹', '龙虾', '贝类', '扇贝', '蛤', '贻贝', '牡蛎', '生蚝', '鲍鱼', '海参', '鳕鱼', '三文鱼', '鲑鱼', '金枪鱼',
      '罗非鱼', '鳗鱼', '磷虾',
    ],
    exclude: [
      'fish tank', 'fish tanks', 'fish food', 'fish feed', 'fish hook', 'fish hooks', 'fish finder', 'fish tape',
      'fish scale', 'fish eye', 'fish-eye', 'fish plate', 'fish plates', 'fish bowl', 'fish net', 'fish nets',
      'aquarium fish', 'oyster mushroom', 'oyster mushrooms', 'crab apple', 'crab apples', 'crab claw clip',
      'lobster clasp', 'lobster claw clasp', 'salmon pink', 'salmon colour', 'salmon color', 'salmon-coloured',
      'salmon-colored', 'clam shell', 'eel skin',
      '鱼竿', '鱼缸', '鱼线', '鱼钩', '鱼饵', '鱼漂', '鱼竿架', '鱼眼', '鱼尾板', '鱼鳞板', '蟹爪兰', '鱼跃', '木鱼', '金鱼', '蛤蟆',
    ],
    source: S2024,
  },
  {
    id: 'caustic-soda',
    label: 'Caustic soda',
    strategyYear: 2025,
    en: ['caustic soda', 'caustic soda flakes', 'caustic soda pearls', 'sodium hydroxide', 'naoh', 'lye', 'chlor-alkali'],
    zh: ['烧碱', '火碱', '苛性钠', '氢氧化钠', '片碱', '液碱', '氯碱'],
    exclude: [],
    source: S2025,
  },
  {
    id: 'copper',
    label: 'Copper',
    strategyYear: 2025,
    en: [
      'copper', 'copper cathode', 'cathode copper', 'copper concentrate', 'copper ore', 'copper wire', 'copper rod',
      'copper foil', 'copper tube', 'copper pipe', 'copper sheet', 'copper strip', 'copper busbar', 'copper cable',
      'enamelled copper wire', 'enameled copper wire', 'magnet wire', 'brass', 'bronze',
    ],
    zh: ['铜', '电解铜', '阴极铜', '铜精矿', '铜矿', '铜线', '铜杆', '铜箔', '铜管', '铜材', '铜板', '铜带', '黄铜', '紫铜', '青铜', '漆包线'],
    exclude: [
      'copper-coloured', 'copper-colored', 'copper coloured', 'copper colored', 'copper colour', 'copper color',
      'copper tone', 'copper-tone', 'copper finish', 'bronze-coloured', 'bronze-colored', 'bronze colour',
      'bronze color', 'bronze finish', 'brass-coloured', 'brass-colored', 'brass colour', 'brass color', 'brass finish',
      'bronze medal', 'top brass',
      '铜仁', '铜陵', '铜川', '铜梁', '铜鼓', '铜山', '铜版纸', '古铜色', '铜色', '青铜器',
    ],
    source: S2025,
  },
  {
    id: 'lithium',
    label: 'Lithium',
    strategyYear: 2025,
    en: [
      'lithium', 'lithium carbonate', 'lithium hydroxide', 'lithium-ion', 'li-ion', 'lithium battery', 'lithium batteries',
      'lithium iron phosphate', 'lifepo4', 'lfp battery', 'spodumene', 'lepidolite', 'lithium ore',
    ],
    zh: ['锂', '碳酸锂', '氢氧化锂', '锂电池', '锂电', '锂离子', '磷酸铁锂', '锂辉石', '锂云母', '锂矿'],
    exclude: ['lithium grease', '锂基脂', '锂基润滑脂'],
    source: S2025,
  },
  {
    id: 'red-dates',
    label: 'Red dates (jujubes)',
    strategyYear: 2025,
    en: ['red date', 'red dates', 'jujube', 'chinese date', 'chinese dates', 'dried jujube', 'dried red dates', 'jujube paste'],
    zh: ['红枣', '大枣', '骏枣', '灰枣', '枣', '枣泥', '枣片', '蜜枣'],
    exclude: ['枣庄', '枣阳', '枣强', '椰枣', '枣红', '枣红色', '枣木'],
    source: S2025,
  },
  {
    id: 'steel',
    label: 'Steel',
    strategyYear: 2025,
    en: [
      'steel', 'stainless steel', 'carbon steel', 'alloy steel', 'steel coil', 'steel plate', 'steel sheet', 'steel pipe',
      'steel tube', 'steel wire', 'steel bar', 'steel billet', 'steel beam', 'steel structure', 'rebar', 'wire rod',
      'hot-rolled coil', 'hot-rolled', 'cold-rolled', 'galvanized steel', 'galvanised steel', 'pig iron', 'iron ore',
      'ferroalloy', 'ferrochrome', 'ferromanganese',
    ],
    zh: [
      '钢', '钢材', '钢铁', '不锈钢', '碳钢', '合金钢', '螺纹钢', '热轧', '冷轧', '钢板', '钢管', '钢卷', '钢丝', '钢筋',
      '钢坯', '型钢', '镀锌', '生铁', '铁矿', '铁矿石', '铁合金', '铬铁', '锰铁',
    ],
    exclude: [
      'steel blue', 'steel-blue', 'steel grey', 'steel gray', 'steel-grey', 'steel-gray', 'steel guitar',
      '钢琴', '钢笔', '钢化', '钢化玻璃', '钢化膜', '钢印', '钢镚',
    ],
    source: S2025,
  },
];
