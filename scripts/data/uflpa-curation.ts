// Curated judgements on top of research/uflpa-entity-list.tsv and research/uflpa-additions-2026-12.tsv,
// used by scripts/build-data.ts. Keyed by the TSV's name_en (exact). Every fact added here carries its
// own source.

export interface EntityCuration {
  /** The entity itself is located in the Uyghur Region. */
  regionLocated: boolean;
  /** The listing extends beyond the named entity (subsidiaries/affiliates). */
  coversSubsidiaries?: boolean;
  /** Inclusion, section or name form rests on reconstruction (see the TSV notes). */
  uncertain?: boolean;
  /** Extra English names of the same organisation, with their source. */
  extraAliases?: { names: string[]; source: string }[];
  /** Extra Chinese names with the page they were read on. */
  extraZh?: { names: string[]; source: string }[];
  /** Short remark appended to the source text. */
  remark?: string;
  /** Aliases of the TSV row that are in fact former names (the TSV does not mark them), with the source. */
  formerAliases?: { names: string[]; source: string };
  /** The entity is listed under a new name now: the TSV name and `formerNames` become its former names. */
  renamed?: { name: string; formerNames: string[]; effective: string; source: string };
}

const COMPLETION_2026_12 = 'research/uflpa-completion-2026-12.md';
const DIGESTS_2026_08 =
  'the "Horizon Summary" digests of 2026-08-02 name 福建七匹狼、洽洽食品、郑州思念食品 among the 43 companies (research/uflpa-additions-2026-12.tsv)';

const HK01_2023_09 =
  'https://www.hk01.com/%E5%8D%B3%E6%99%82%E5%9C%8B%E9%9A%9B/945487/ (2023-09-27 report naming the three entities with Chinese names)';
const UDN_2024_06 = 'https://udn.com/news/story/6813/8025121 (2024-06 report naming the three entities with Chinese names)';
const ORIENTAL_2024_11 = 'https://boron.orientaldaily.com.my/news/international/2024/11/23/694890 (2024-11-23 report)';
const NOSTR_2024_08 =
  'https://nostr.lucianmarin.com/post/c77a7e7c09b3820940cc398a3d64dc12ed8de3463eb46c399d9ee059e0d66b10 (2024-08 Reuters summary in Chinese)';
const SINA_002092 =
  'http://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=8890231&stockid=002092 (issuer name in the company’s 2023 bond prospectus)';
const ZAOBAO_2023_06 = 'http://yzaobao.com/cngov/2023-06/10140591.html (2023-06-10 report)';

export const ENTITY_CURATION: Record<string, EntityCuration> = {
  'Baoding LYSZD Trade and Business Co., Ltd.': { regionLocated: false, remark: 'Located in Hebei.' },
  'Changji Esquel Textile Co., Ltd.': { regionLocated: true },
  'Hetian Haolin Hair Accessories Co., Ltd.': { regionLocated: true },
  'Hetian Taida Apparel Co., Ltd.': { regionLocated: true, uncertain: true },
  'Hoshine Silicon Industry (Shanshan) Co., Ltd': {
    regionLocated: true,
    coversSubsidiaries: true,
    uncertain: true,
    remark: 'DHS entry reads "… and subsidiaries".',
  },
  'Xinjiang Daqo New Energy Co., Ltd.': { regionLocated: true, uncertain: true },
  'Xinjiang East Hope Nonferrous Metals Co., Ltd.': {
    regionLocated: true,
    uncertain: true,
    remark: 'Former alias "Xinjiang Nonferrous" removed on 2024-11-25 and deliberately not listed.',
  },
  'Xinjiang GCL New Energy Material Technology Co., Ltd.': {
    regionLocated: true,
    uncertain: true,
    renamed: {
      name: 'Xinjiang Goens Energy Technology Co., Ltd.',
      formerNames: ['Xinjiang GCL New Energy Materials Technology Co., Ltd.'],
      effective: '2026-08-03',
      source: `${COMPLETION_2026_12}: a public test fixture reproducing the DHS page shows the section (i) row "Xinjiang Goens Energy Technology Co., Ltd. (formerly known as Xinjiang GCL New Energy Material Technology Co., Ltd.; and Xinjiang GCL New Energy Materials Technology Co., Ltd.)" with effective date August 3, 2026`,
    },
  },
  'Xinjiang Junggar Cotton and Linen Co., Ltd.': { regionLocated: true, uncertain: true },
  'Xinjiang Production and Construction Corps': {
    regionLocated: true,
    coversSubsidiaries: true,
    uncertain: true,
    extraAliases: [
      {
        names: ['China Xinjian Group', 'China Xinjian Group Corporation'],
        source: 'research/xuar-signals.md §5 and research/xuar-places.tsv: the XPCC’s second name (“one organisation, two names”), 中国新建集团公司',
      },
    ],
    extraZh: [
      {
        names: ['中国新建集团公司'],
        source: 'research/xuar-places.tsv (XPCC row): the XPCC’s second name',
      },
    ],
    remark: 'DHS entry covers its "subordinate and affiliated entities".',
  },
  'Yili Zhuowan Garment Manufacturing Co., Ltd.': { regionLocated: true, uncertain: true },
  'Aksu Huafu Color Spinning Co., Ltd.': { regionLocated: true },
  'Hefei Bitland Information Technology Co., Ltd.': { regionLocated: false, uncertain: true },
  'Changhong Meiling Co., Ltd.': {
    regionLocated: false,
    formerAliases: {
      names: ['Hefei Meiling Co., Ltd.'],
      source: 'research/uflpa-NOTES.md (timeline, 2024-10-03: Hefei Meiling renamed Changhong Meiling on the list)',
    },
  },
  'KTK Group': { regionLocated: false, uncertain: true },
  'Lop County Hair Product Industrial Park': { regionLocated: true, uncertain: true },
  'Lop County Meixin Hair Products Co., Ltd.': { regionLocated: true, uncertain: true },
  'Nanjing Synergy Textiles Co., Ltd.': { regionLocated: false, uncertain: true },
  'No. 4 Vocational Skills Education Training Center (VSETC)': { regionLocated: true, uncertain: true },
  'Tanyuan Technology Co., Ltd.': { regionLocated: false, uncertain: true },
  'Ninestar Corporation': {
    regionLocated: false,
    extraZh: [{ names: ['纳思达股份有限公司'], source: ZAOBAO_2023_06 }],
  },
  'Zhuhai Ninestar Information Technology Co., Ltd.': { regionLocated: false },
  'Zhuhai Pantum Electronics Co., Ltd.': { regionLocated: false },
  'Zhuhai Apex Microelectronics Co., Ltd.': { regionLocated: false },
  'Geehy Semiconductor Co., Ltd.': { regionLocated: false },
  'Zhuhai Pu-Tech Industrial Co., Ltd.': { regionLocated: false },
  'Zhuhai G&G Digital Technology Co., Ltd.': { regionLocated: false },
  'Zhuhai Seine Printing Technology Co., Ltd.': { regionLocated: false },
  'Zhuhai Ninestar Management Co., Ltd.': { regionLocated: false },
  'Xinjiang Zhongtai Chemical Co., Ltd.': {
    regionLocated: true,
    extraZh: [{ names: ['新疆中泰化学股份有限公司'], source: SINA_002092 }],
  },
  'Camel Group Co., Ltd.': { regionLocated: false },
  'Chenguang Biotech Group Co., Ltd.': { regionLocated: false },
  'Chenguang Biotechnology Group Yanqi Co. Ltd.': { regionLocated: true, remark: 'Located in Yanqi County, Bayingolin.' },
  'Xinjiang Tianmian Foundation Textile Co., Ltd.': {
    regionLocated: true,
    extraZh: [{ names: ['新疆天棉基业纺织有限公司'], source: HK01_2023_09 }],
  },
  'Xinjiang Tianshan Wool Textile Co., Ltd.': {
    regionLocated: true,
    extraZh: [{ names: ['新疆天山毛纺织有限公司'], source: HK01_2023_09 }],
  },
  'Xinjiang Zhongtai Group Co., Ltd.': {
    regionLocated: true,
    extraZh: [{ names: ['新疆中泰集团有限公司'], source: HK01_2023_09 }],
  },
  'COFCO Sugar Holding Co., Ltd.': { regionLocated: true, remark: 'Headquartered in the Region (Kelley Drye, 2023-12).' },
  'Sichuan Jingweida Technology Group Co., Ltd.': { regionLocated: false },
  'Anhui Xinya New Materials Co., Ltd.': { regionLocated: false },
  'Binzhou Chinatex Yintai Industrial Co., Ltd.': { regionLocated: false },
  'China Cotton Group Henan Logistics Park Co., Ltd., Xinye Branch': { regionLocated: false },
  'China Cotton Group Nangong Hongtai Cotton Co., Ltd.': { regionLocated: false },
  'China Cotton Group Shandong Logistics Park Co., Ltd.': { regionLocated: false },
  'China Cotton Group Xinjiang Cotton Co.': { regionLocated: true },
  'Fujian Minlong Warehousing Co., Ltd.': { regionLocated: false },
  'Henan Yumian Group Industrial Co., Ltd.': { regionLocated: false },
  'Henan Yumian Logistics Co., Ltd.': { regionLocated: false },
  'Hengshui Cotton and Linen Corporation Reserve Library': { regionLocated: false },
  'Heze Cotton and Linen Co., Ltd.': { regionLocated: false },
  'Heze Cotton and Linen Economic and Trade Development Corporation': { regionLocated: false },
  'Huangmei Xiaochi Yinfeng Cotton': {
    regionLocated: false,
    remark: 'Listed with a former name that every retrieved copy truncates ("formerly known as Hu…").',
  },
  'Dongguan Oasis Shoes Co., Ltd.': {
    regionLocated: false,
    extraZh: [{ names: ['东莞市绿洲鞋业有限公司'], source: UDN_2024_06 }],
  },
  'Shandong Meijia Group Co., Ltd.': {
    regionLocated: false,
    remark: 'Subsidiaries Rizhao Meijia Aquatic Foodstuff Co. and Rizhao Meijia Keyuan Food Co. are reported as related, not as listed rows.',
  },
  'Xinjiang Shenhuo Coal and Electricity Co., Ltd.': { regionLocated: true },
  'Xinjiang Habahe Ashele Copper Co., Ltd.': { regionLocated: true },
  'Rare Earth Magnesium Technology Group Holdings, Ltd.': { regionLocated: false, remark: 'Hong Kong.' },
  'Xinjiang Tengxiang Magnesium Products Co., Ltd.': { regionLocated: true },
  'Century Sunshine Group Holdings, Ltd.': { regionLocated: false, uncertain: true, remark: 'Hong Kong.' },
  'Kashgar Construction Engineering (Group) Co., Ltd.': {
    regionLocated: true,
    uncertain: true,
    extraZh: [{ names: ['喀什建工'], source: NOSTR_2024_08 }],
  },
  'Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.': { regionLocated: true, remark: 'Located in Ürümqi.' },
  'Changzhou Guanghui Food Ingredients Co., Ltd.': { regionLocated: false },
  'Esquel Group': { regionLocated: false },
  'Guangdong Esquel Textile Co., Ltd.': { regionLocated: false },
  'Turpan Esquel Textile Co., Ltd.': { regionLocated: true },
  'Western Gold Co., Ltd.': { regionLocated: true, remark: 'Xinjiang Nonferrous subsidiary; gold mining in the Region.' },
  'Western Gold Hami Gold Mine Co., Ltd.': { regionLocated: true },
  'Western Gold Karamay Hatu Gold Mine Co., Ltd.': { regionLocated: true },
  'Xinjiang Nonferrous Metals Industry Group Co., Ltd.': { regionLocated: true },
  'Xinjiang Zhonghe Co., Ltd.': {
    regionLocated: true,
    extraZh: [{ names: ['新疆众和股份有限公司'], source: ORIENTAL_2024_11 }],
  },
  'Tianjin Tianwei Food Co., Ltd.': { regionLocated: false },
  'Anhui Yaozhiyuan Biotechnology Development Co., Ltd.': { regionLocated: false },
  'Annan Canned Food Co., Ltd.': { regionLocated: false },
  'Dalian Sunspeed Foods Co., Ltd.': { regionLocated: false },
  'Gansu Yasheng International Trading Co., Ltd.': { regionLocated: false },
  'Hangzhou Union Biotechnology Co., Ltd.': { regionLocated: false },
  'Hebei Suguo International Trade Co., Ltd.': { regionLocated: false },
  'Hebei Tomato Industry Co., Ltd.': { regionLocated: false },
  'Hunan Nanmo Biotechnology Co., Ltd.': { regionLocated: false },
  'Inner Mongolia Qileyuan Food Co., Ltd.': { regionLocated: false },
  'Inner Mongolia Xuanda Food Co., Ltd.': { regionLocated: false },
  'Kingherbs Limited': { regionLocated: false, uncertain: true },
  'Xinjiang Energy (Group) Co., Ltd.': { regionLocated: true },
  'Xinjiang Energy Real Estate Co., Ltd.': { regionLocated: true, uncertain: true },
  'Xinjiang Jinbao Mining Co., Ltd.': { regionLocated: true },
  'Xinjiang Zijin Zinc Industry Co., Ltd.': { regionLocated: true },
  'Zijin Mining Group Co., Ltd.': { regionLocated: false, remark: 'Parent; its three Xinjiang subsidiaries are listed separately.' },
  'Xinjiang Zijin Nonferrous Metals Co., Ltd.': { regionLocated: true, uncertain: true },
  'Donghai JA Solar Technology Co., Ltd.': { regionLocated: false },
  'Hongyuan Green Energy Co., Ltd.': { regionLocated: false },
  'Hongyuan New Materials (Baotou) Co., Ltd.': { regionLocated: false, uncertain: true },
  'Jiangsu Meike Solar Technology Co., Ltd.': { regionLocated: false },
  'Baotou Meike Silicon Energy Co., Ltd.': { regionLocated: false, uncertain: true },
  'Shuangliang Silicon Materials (Baotou) Co., Ltd.': { regionLocated: false },
  'Huafu Fashion Co., Ltd.': {
    regionLocated: false,
    coversSubsidiaries: true,
    remark:
      'Listed together with 25 named subsidiaries (22 in the Region, 3 in Ningbo); only 2 of them are named in this file (Aksu Huafu is a separate listing since 2022), so the entry is marked as covering subsidiaries: treat other "Huafu"/"华孚" group companies as related.',
  },
  'Ninghai Huafu Textile Co., Ltd.': { regionLocated: false, uncertain: true },
  'Ningbo Huafu Donghao Industrial Co.': { regionLocated: false, uncertain: true },

  // research/uflpa-additions-2026-12.tsv (confidence words from its notes; region from its notes)
  "Sichuan Yuan'an Pharmaceutical Co., Ltd.": { regionLocated: false, uncertain: true, remark: 'Located in Sichuan.' },
  'SDIC Xinjiang Lithium Industry Co., Ltd.': { regionLocated: true, remark: 'Lithium carbonate from Lop Nur brine (per the source).' },
  'Xinjiang Tianhongji Technology Co., Ltd.': { regionLocated: true },
  'Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.': { regionLocated: true, remark: 'Located in Shihezi (XPCC).' },
  'TBEA Co., Ltd.': { regionLocated: true, remark: 'Headquartered in Changji, Xinjiang.' },
  'Xinjiang Jinchuan Mining Industry Co.': {
    regionLocated: true,
    uncertain: true,
    remark: 'A gold miner owned by Shandong Gold, not Jinchuan Group (nickel, cobalt): confirm the company, not the word "Jinchuan".',
  },
  'Shandong Gold Smelting Co., Ltd.': { regionLocated: false, uncertain: true, remark: 'Located in Shandong.' },
  'Fujian Septwolves (福建七匹狼) [exact DHS English name not seen]': {
    regionLocated: false,
    uncertain: true,
    remark: `Listing: ${DIGESTS_2026_08}; "Septwolves" is the company's own brand romanisation.`,
  },
  'Qiaqia Food (洽洽食品) [exact DHS English name not seen]': { regionLocated: false, uncertain: true, remark: `Listing: ${DIGESTS_2026_08}.` },
  'Zhengzhou Sinian Food (郑州思念食品) [exact DHS English name not seen]': { regionLocated: false, uncertain: true, remark: `Listing: ${DIGESTS_2026_08}.` },
};
