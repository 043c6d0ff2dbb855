// Curated additions to research/xuar-places.tsv, used by scripts/build-data.ts.
//
// - LABELS: the English display label of every row (well-known exonym first, pinyin or
//   official form in brackets where they differ). Sources: English Wikipedia titles of the
//   divisions ([S5] in research/xuar-signals.md) and the SASM/GNC forms already in the TSV.
// - DROP_NAMES: forms from the TSV's other_names that the research itself says are unusable
//   on their own (single characters, generic words, other places' current names). Keeping them
//   in a name list would make the engine flag ordinary text. The reason is recorded per name.
// - AMBIGUITY_FALLBACK: ambiguity for the few rows whose note carries no zh:/latin: rating.

/** Row key: admin code, or the Chinese name for rows without a code. */
export const LABELS: Record<string, string> = {
  '650000': 'Xinjiang Uyghur Autonomous Region',
  新疆生产建设兵团: 'Xinjiang Production and Construction Corps (XPCC)',
  '659000': 'County-level units directly under the Region (XPCC cities)',
  '650100': 'Ürümqi',
  '650200': 'Karamay',
  '650400': 'Turpan',
  '650500': 'Hami (Kumul)',
  '652300': 'Changji Hui Autonomous Prefecture',
  '652700': 'Bortala Mongol Autonomous Prefecture',
  '652800': 'Bayingolin Mongol Autonomous Prefecture',
  '652900': 'Aksu Prefecture',
  '653000': 'Kizilsu Kyrgyz Autonomous Prefecture',
  '653100': 'Kashgar Prefecture',
  '653200': 'Hotan Prefecture',
  '654000': 'Ili Kazakh Autonomous Prefecture',
  '654200': 'Tacheng Prefecture',
  '654300': 'Altay Prefecture',
  '650102': 'Tianshan District',
  '650103': 'Saybag District',
  '650104': 'Xinshi District',
  '650105': 'Shuimogou District',
  '650106': 'Toutunhe District',
  '650107': 'Dabancheng District',
  '650109': 'Midong District',
  '650121': 'Ürümqi County',
  '650202': 'Dushanzi District',
  '650203': 'Karamay District',
  '650204': 'Baijiantan District',
  '650205': 'Orku District (Urho)',
  '650402': 'Gaochang District',
  '650421': 'Shanshan County (Piqan)',
  '650422': 'Toksun County',
  '650502': 'Yizhou District',
  '650521': 'Barkol Kazakh Autonomous County',
  '650522': 'Yiwu County (Aratürük)',
  '652301': 'Changji',
  '652302': 'Fukang',
  '652323': 'Hutubi County',
  '652324': 'Manas County',
  '652325': 'Qitai County',
  '652327': 'Jimsar County',
  '652328': 'Mori Kazakh Autonomous County',
  '652701': 'Bole (Bortala City)',
  '652702': 'Alashankou',
  '652722': 'Jinghe County',
  '652723': 'Wenquan County (Arixang)',
  '652801': 'Korla',
  '652822': 'Luntai County (Bügür)',
  '652823': 'Yuli County (Lopnur)',
  '652824': 'Ruoqiang County (Charkhlik)',
  '652825': 'Qiemo County (Cherchen)',
  '652826': 'Yanqi Hui Autonomous County',
  '652827': 'Hejing County',
  '652828': 'Hoxud County (Heshuo)',
  '652829': 'Bohu County (Bagrash)',
  '652901': 'Aksu',
  '652902': 'Kuqa',
  '652922': 'Wensu County (Onsu)',
  '652924': 'Shaya County (Shayar)',
  '652925': 'Xinhe County (Toksu)',
  '652926': 'Baicheng County (Bay)',
  '652927': 'Wushi County (Uqturpan)',
  '652928': 'Awat County',
  '652929': 'Kalpin County (Keping)',
  '653001': 'Artux',
  '653022': 'Akto County',
  '653023': 'Akqi County',
  '653024': 'Ulugqat County (Wuqia)',
  '653101': 'Kashgar',
  '653121': 'Shufu County',
  '653122': 'Shule County',
  '653123': 'Yengisar County',
  '653124': 'Poskam County (Zepu)',
  '653125': 'Yarkant County (Shache)',
  '653126': 'Kargilik County (Yecheng)',
  '653127': 'Makit County (Maigaiti)',
  '653128': 'Yopurga County (Yuepuhu)',
  '653129': 'Peyziwat County (Jiashi)',
  '653130': 'Maralbexi County (Bachu)',
  '653131': 'Taxkorgan Tajik Autonomous County',
  '653132': 'Cenling County',
  '653201': 'Hotan',
  '653221': 'Hotan County',
  '653222': 'Karakax County (Moyu)',
  '653223': 'Guma County (Pishan)',
  '653224': 'Lop County (Luopu)',
  '653225': 'Qira County (Cele)',
  '653226': 'Keriya County (Yutian)',
  '653227': 'Niya County (Minfeng)',
  '653228': 'Hekang County',
  '653229': "He'an County",
  '654002': 'Ghulja (Yining)',
  '654003': 'Kuytun',
  '654004': 'Khorgos',
  '654021': 'Ghulja County (Yining County)',
  '654022': 'Qapqal Xibe Autonomous County',
  '654023': 'Huocheng County',
  '654024': 'Tokkuztara County (Gongliu)',
  '654025': 'Künes County (Xinyuan)',
  '654026': 'Mongolküre County (Zhaosu)',
  '654027': 'Tekes County',
  '654028': 'Nilka County',
  '654201': 'Tacheng (Qoqek)',
  '654202': 'Wusu',
  '654203': 'Shawan',
  '654221': 'Emin County (Dorbiljin)',
  '654224': 'Toli County',
  '654225': 'Yumin County',
  '654226': 'Hoboksar Mongol Autonomous County',
  '654301': 'Altay',
  '654321': 'Burqin County',
  '654322': 'Fuyun County (Koktokay)',
  '654323': 'Fuhai County (Burultokay)',
  '654324': 'Habahe County (Kaba)',
  '654325': 'Qinghe County (Qinggil)',
  '654326': 'Jeminay County',
  '659001': 'Shihezi',
  '659002': 'Aral (Alar)',
  '659003': 'Tumxuk',
  '659004': 'Wujiaqu',
  '659005': 'Beitun',
  '659006': 'Tiemenguan',
  '659007': 'Shuanghe',
  '659008': 'Kokdala',
  '659009': 'Kunyu',
  '659010': 'Huyanghe',
  '659011': 'Xinxing',
  '659012': 'Baiyang',
  '659013': 'Caohu',
  第一师: 'XPCC 1st Division',
  第二师: 'XPCC 2nd Division',
  第三师: 'XPCC 3rd Division',
  第四师: 'XPCC 4th Division',
  第五师: 'XPCC 5th Division',
  第六师: 'XPCC 6th Division',
  第七师: 'XPCC 7th Division',
  第八师: 'XPCC 8th Division',
  第九师: 'XPCC 9th Division',
  第十师: 'XPCC 10th Division',
  第十一师: 'XPCC 11th Division',
  第十二师: 'XPCC 12th Division',
  第十三师: 'XPCC 13th Division',
  第十四师: 'XPCC 14th Division',
  '652100': 'Turpan Prefecture (former)',
  '652200': 'Hami Prefecture (former)',
  '654100': 'Ili Prefecture (former)',
  '652101': 'Turpan (former county-level city)',
  '652201': 'Hami (former county-level city)',
  '650108': 'Dongshan District (former)',
  '652303': 'Miquan (former city)',
  '652923': 'Kuqa County (former)',
  '654223': 'Shawan County (former)',
};

/**
 * Names from the TSV that are dropped, by row key. The research notes say these forms cannot
 * be used on their own (they mean something else far more often), so they would only produce
 * false matches. The place remains findable by its other names.
 */
export const DROP_NAMES: Record<string, Record<string, string>> = {
  '650000': {
    疆: 'one character; also 边疆 "frontier" etc.',
    东突: 'two-character abbreviation, occurs inside ordinary text (东突然…)',
    東突: 'traditional form of 东突',
  },
  '650100': { 乌市: 'generic abbreviation (also 乌海, 乌兰察布)', 烏市: 'traditional form of 乌市' },
  '652325': { 古城: '"old town", a generic word and hundreds of place names' },
  '650521': { 镇西: 'generic (镇西村, 镇西路 …)', 鎮西: 'traditional form of 镇西' },
  '654002': { 宁远: 'today 宁远县, Hunan', 寧遠: 'traditional form of 宁远' },
  '654023': { 绥定: 'old name of Dazhou, Sichuan', 綏定: 'traditional form of 绥定' },
  '654226': { 和丰: 'common company word', 和豐: 'traditional form of 和丰' },
  '652926': { Bay: 'English word' },
  '652722': { Jing: 'unusable alone (common syllable and name)' },
  '654324': { Kaba: 'Kaaba, dormakaba, common word; Qaba and Habahe remain' },
  '650522': {
    Yiwu: 'overwhelmingly 义乌 (Yiwu, Zhejiang) in supplier data; 伊吾 and Aratürük remain. "Yiwu County" is kept.',
  },
};

/** Ambiguity for rows whose TSV note carries no zh:/latin: rating (historical rows). */
export const AMBIGUITY_FALLBACK: Record<string, { zh: 'low' | 'med' | 'high'; latin: 'low' | 'med' | 'high'; why: string }> = {
  '652101': { zh: 'low', latin: 'low', why: 'same name and rating as today’s prefecture-level 吐鲁番市 (650400)' },
  '652201': { zh: 'high', latin: 'high', why: 'same name and rating as today’s 哈密市 (650500): Hami melon, 哈密路 streets' },
  '659000': { zh: 'low', latin: 'low', why: 'the phrase 自治区直辖县级行政区划 is effectively XUAR-only' },
};

/** Seat city of each XPCC division (师市合一), from the TSV notes; 11th and 12th have none. */
export const DIVISION_NUMBERS: Record<string, number> = {
  第一师: 1,
  第二师: 2,
  第三师: 3,
  第四师: 4,
  第五师: 5,
  第六师: 6,
  第七师: 7,
  第八师: 8,
  第九师: 9,
  第十师: 10,
  第十一师: 11,
  第十二师: 12,
  第十三师: 13,
  第十四师: 14,
};

export const ORDINALS_EN = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth'];
export const NUMERALS_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** Where the names added below come from. */
const SIGNALS_MD = 'research/xuar-signals.md §5 (development zones and region words)';
const MISSPELT = 'common misspellings of the Region and its cities seen in supplier and facility lists (issue #15)';

/**
 * Names added to a place beyond the research table: misspellings buyers write, and industrial zones and
 * region words that stand for a place of the Region in addresses. Each group carries its source.
 */
export const ADDED_NAMES: Record<string, { names: string[]; source: string }[]> = {
  '650000': [
    { names: ['Xingjiang', 'Xin Jiang', 'Xinjang', 'Xin-jiang', 'Sinkiang Uighur', 'Xinjiang Province', '新疆省'], source: MISSPELT },
    { names: ['南疆', '北疆', '东疆', '全疆', '疆内', '塔里木', '塔克拉玛干', '吐哈油田', 'Tarim Basin', 'Taklamakan', 'Southern Xinjiang', 'Northern Xinjiang'], source: SIGNALS_MD },
  ],
  '650100': [{ names: ['Urumuqi', 'Urumqui', 'Ürümçi', 'Urumçi', 'Wulumuqi Shi'], source: MISSPELT }],
  '653101': [{ names: ['Kashghar', 'Kashkar', 'Kaxkar'], source: MISSPELT }],
  '654321': [{ names: ['Burquin', 'Burchin', 'Buerjin'], source: MISSPELT }],
  '652300': [{ names: ['准东', '准东经济技术开发区', '准东开发区', 'Zhundong', 'Zhundong Economic and Technological Development Zone'], source: `${SIGNALS_MD}: Zhundong ETDZ, Changji Prefecture (spans Jimsar, Qitai, Fukang)` }],
  '652327': [{ names: ['五彩湾', 'Wucaiwan'], source: `${SIGNALS_MD}; Wucaiwan coal-power and chemical park of the Zhundong zone, Jimsar County` }],
  '650109': [{ names: ['甘泉堡', '甘泉堡经济技术开发区', 'Ganquanbao'], source: `${SIGNALS_MD}: Ganquanbao ETDZ, Midong District` }],
  '650106': [{ names: ['乌鲁木齐经济技术开发区', 'Urumqi Economic and Technological Development Zone'], source: `${SIGNALS_MD}: the Ürümqi ETDZ is Toutunhe District` }],
  '650202': [{ names: ['奎屯-独山子经济技术开发区', '奎独经济技术开发区', 'Kuitun-Dushanzi', 'Kuytun-Dushanzi'], source: `${SIGNALS_MD}: Kuitun–Dushanzi ETDZ` }],
  '652801': [{ names: ['库尔勒经济技术开发区', 'Korla Economic and Technological Development Zone', 'Korla ETDZ'], source: SIGNALS_MD }],
  '659001': [{ names: ['石河子经济技术开发区', 'Shihezi Economic and Technological Development Zone', 'Shihezi ETDZ'], source: SIGNALS_MD }],
};

/**
 * Spellings that also name a division elsewhere but are kept unambiguous, with the reason (Latin keys
 * match by letters: "Xin Jiang" is Xinjiang). The product handles the other division otherwise: a street
 * or county word after the name, or another province in the row (the Region is a province: a row in
 * another province that names it names a same-named place below province level).
 */
export const UNAMBIGUOUS_DESPITE_DIVISIONS: Record<string, string> = {
  新疆: 'the only other division is 新疆街道 (Harbin), read as a street by the word 街道 after it',
  Xinjiang: '新绛县 is romanised "Xinjiang County" (the county word marks it) and the 新江 towns are written with their province; "Xinjiang" alone in supplier data is the Region',
  Xingjiang: '兴江乡 (Xingguo, Jiangxi) is a township written with its county and province; alone, "Xingjiang" is a misspelling of Xinjiang',
};

/**
 * Latin spellings that mean something else often enough to be ambiguous though no Chinese division shares
 * them: places abroad, brands, products and ordinary words (research/xuar-signals.md §6 and the TSV notes).
 * Keys are letters only, lower case.
 */
export const LATIN_AMBIGUOUS: Record<string, string> = {
  aksu: 'also Aksu in Kazakhstan, Turkey and Azerbaijan',
  altay: 'also the Altai in Russia and Mongolia and a Turkish name', altai: 'also Altai Krai and the Altai Republic (Russia), Mongolia',
  ili: 'also the Ili river and Ile district in Kazakhstan', ile: 'also Ile district, Kazakhstan',
  khorgos: 'also Khorgos on the Kazakh side of the border', korgas: 'also Khorgos on the Kazakh side', horgos: 'also Horgoš (Serbia) and the Kazakh side',
  aral: 'also the Aral Sea and Aral, Kazakhstan', manas: 'also Manas (Kyrgyzstan airport, Bhutan/India river)',
  kashi: 'also Kashi (Varanasi, India) and a cereal brand', bole: 'also Bole, Addis Ababa, and an English word',
  tashkurgan: 'also Tashkurgan, Afghanistan', tekes: 'also the Tekes river and village, Kazakhstan', tarbagatai: 'also Tarbagatai, Kazakhstan and Russia',
  bayangol: 'also Bayangol, Ulaanbaatar', kyzylsu: 'also Kyzylsu, Kyrgyzstan and Tajikistan', kizilsu: 'also Kyzylsu, Kyrgyzstan and Tajikistan',
  chira: 'also Chira, Peru', cele: 'a surname', hami: 'Hami melon (a variety grown across China) and Hami Road, Shanghai',
  wusu: 'Wusu beer, a national brand', yili: 'Yili, the Inner Mongolian dairy group', shanshan: '杉杉 Shanshan, a Ningbo group',
  jiashi: '嘉实 Jiashi, a fund company', markit: 'IHS Markit', moyu: 'MoYu puzzle cubes', beitun: 'Beitun District, Taichung',
  yuli: 'Yuli, Hualien (Taiwan)', tarim: 'also Tarim, Yemen', emin: 'a given name and an Ottoman title', mori: 'a Japanese surname and a word',
  niya: 'a given name', lop: 'an English word (to lop)', shaya: 'a given name', guma: 'a word in several languages', toli: 'a word and name',
  awat: 'a word in Tagalog and other languages', usu: 'a word in several languages',
  hejing: 'a given name', keping: 'a given name (科平, 克平)', heshuo: '和硕 is the Chinese name of Pegatron, with plants in Shanghai and Suzhou',
  shufu: '舒服 "comfortable" and 叔父 "uncle" in Pinyin text', shule: '疏勒河 is a river in Gansu', bachu: '巴楚, a cultural-region word for Hubei, Chongqing and Hunan in company names',
  minfeng: '民丰, a common company and brand word (民丰特纸, Zhejiang)',
};
