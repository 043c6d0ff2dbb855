// The committed reference data: validity, counts, cross-checks and a few content checks.
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import placesJson from '../../src/data/places.json';
import uflpaJson from '../../src/data/uflpa-entity-list.json';
import sectorsJson from '../../src/data/sectors.json';
import signalsJson from '../../src/data/signals.json';
import { EntityListFile, PlacesFile, SectorsFile, SignalsFile } from '../../src/data/schemas';
import * as data from '../../src/data';
import { DROP_NAMES } from '../../scripts/data/place-curation';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

describe('every data file validates against its schema', () => {
  test.each([
    ['places.json', PlacesFile, placesJson],
    ['uflpa-entity-list.json', EntityListFile, uflpaJson],
    ['sectors.json', SectorsFile, sectorsJson],
    ['signals.json', SignalsFile, signalsJson],
  ] as const)('%s', (_file, schema, json) => {
    const r = (schema as { safeParse(x: unknown): { success: boolean; error?: unknown } }).safeParse(json);
    expect(r.error).toBeUndefined();
    expect(r.success).toBe(true);
  });

  test('src/data/index loads and exposes the validated data', () => {
    expect(data.places.length).toBeGreaterThan(100);
    expect(data.placesFile.places).toBe(data.places);
    expect(data.uflpaList.listId).toBe('uflpa');
    expect(data.sectors).toBe(data.sectorsFile.sectors);
    expect(data.signals.registrationDivisionPrefix).toBe('65');
  });

  test('every file is well under 1 MB and has a version, a retrieval date and sources', () => {
    for (const j of [placesJson, uflpaJson, sectorsJson, signalsJson]) {
      expect(Buffer.byteLength(JSON.stringify(j))).toBeLessThan(1_000_000);
      expect(j.version).toBeTruthy();
      expect(j.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(j.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('places', () => {
  const places = data.places;
  const current = places.filter((p) => !p.historical);
  const count = (level: string) => current.filter((p) => p.level === level).length;

  test('ids are unique', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  test('counts by level', () => {
    expect(count('region')).toBe(2); // XUAR and the XPCC
    expect(current.filter((p) => p.level === 'prefecture' && p.id !== '659000').length).toBe(14);
    expect(count('county')).toBeGreaterThanOrEqual(99);
    expect(count('xpcc_city')).toBe(13);
    expect(count('xpcc_division')).toBe(14);
    expect(places.filter((p) => p.historical).length).toBe(9);
  });

  test('includes the 2024 and 2026 new units', () => {
    for (const id of ['653228', '653229', '653132', '659013']) expect(places.find((p) => p.id === id)).toBeDefined();
  });

  test('every place has at least one Chinese and one Latin name, and its own names', () => {
    for (const p of places) {
      expect(p.names.zhSimplified.length).toBeGreaterThan(0);
      expect(p.names.latin.length).toBeGreaterThan(0);
      expect(p.names.zhSimplified).toContain(p.nameZh);
      expect(p.names.zhSimplified).toContain(p.baseZh);
      expect(p.nameZh.startsWith(p.baseZh)).toBe(true);
    }
  });

  test('names are in the right script bucket', () => {
    for (const p of places) {
      for (const n of p.names.zhSimplified) expect(HAN.test(n)).toBe(true);
      for (const n of p.names.zhTraditional) {
        expect(HAN.test(n)).toBe(true);
        expect(t2s(n)).not.toBe(n); // really traditional
      }
      for (const n of p.names.latin) expect(HAN.test(n) || ARABIC.test(n) || CYRILLIC.test(n)).toBe(false);
      for (const n of p.names.uyghurArabic) expect(ARABIC.test(n)).toBe(true);
      for (const n of p.names.cyrillic) expect(CYRILLIC.test(n)).toBe(true);
    }
  });

  test('Latin lists carry ASCII folds of accented forms', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const p of places) for (const n of p.names.latin) if (fold(n) !== n) expect(p.names.latin).toContain(fold(n));
    const urumqi = places.find((p) => p.id === '650100')!;
    expect(urumqi.label).toBe('Ürümqi');
    expect(urumqi.names.latin).toEqual(expect.arrayContaining(['Ürümqi', 'Urumqi', 'Wulumuqi']));
  });

  test('pinyin with and without apostrophe is in the Latin list (except documented drops)', () => {
    const aral = places.find((p) => p.id === '659002')!;
    expect(aral.names.latin).toEqual(expect.arrayContaining(["Ala'er", 'Alaer', 'Aral']));
    for (const p of places) {
      if (p.level === 'xpcc_division' || p.level === 'region' || p.id === '659000') continue;
      // independent check with pinyin-pro; polyphones fixed as in the research (什 = shi, 尉犁 = Yuli)
      const auto = pinyin(p.baseZh, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
      const want = [auto, auto.replace(/shen/g, 'shi').replace('weili', 'yuli')];
      const latin = p.names.latin.map((n) => n.toLowerCase());
      const dropped = Object.keys(DROP_NAMES[p.id] ?? {}).map((n) => n.toLowerCase());
      if (want.some((w) => dropped.includes(w))) continue;
      expect(want.some((w) => latin.includes(w))).toBe(true);
      // apostrophe form present too when the pinyin needs one
      for (const n of p.names.latin) if (/^[A-Za-z]+'[a-z]+$/.test(n)) expect(p.names.latin).toContain(n.replace(/'/g, ''));
    }
    // 伊吾 Yiwu: bare "Yiwu" is deliberately dropped (义乌), the county form stays
    const yiwu = places.find((p) => p.id === '650522')!;
    expect(yiwu.names.latin).not.toContain('Yiwu');
    expect(yiwu.names.latin).toContain('Yiwu County');
    expect(yiwu.names.zhSimplified).toContain('伊吾');
  });

  test('unusable short names are not in any list', () => {
    const all = places.flatMap((p) => [...p.names.zhSimplified, ...p.names.zhTraditional, ...p.names.latin]);
    for (const bad of ['疆', '乌市', '古城', 'Bay', 'Jing', 'Kaba']) expect(all).not.toContain(bad);
  });

  test('labels use the well-known exonyms', () => {
    const label = (id: string) => places.find((p) => p.id === id)!.label;
    expect(label('653101')).toBe('Kashgar');
    expect(label('653201')).toBe('Hotan');
    expect(label('652801')).toBe('Korla');
    expect(label('650400')).toBe('Turpan');
    expect(label('654002')).toMatch(/Ghulja/);
    expect(label('652901')).toBe('Aksu');
    expect(label('659001')).toBe('Shihezi');
    expect(label('659002')).toMatch(/^Aral/);
    expect(places.find((p) => p.id === '653121')!.parentLabel).toBe('Kashgar Prefecture, Xinjiang');
    expect(places.find((p) => p.id === '650100')!.parentLabel).toBe('Xinjiang');
  });

  test('XPCC divisions carry their names and seat cities', () => {
    const d1 = places.find((p) => p.id === 'xpcc-div-1')!;
    const d8 = places.find((p) => p.id === 'xpcc-div-8')!;
    expect(d1.parentLabel).toMatch(/Aral/);
    expect(d1.note).toMatch(/阿拉尔市/);
    expect(d8.parentLabel).toMatch(/Shihezi/);
    expect(d8.note).toMatch(/石河子市/);
    expect(d1.names.zhSimplified).toEqual(expect.arrayContaining(['第一师', '农一师', '兵团第一师']));
    expect(d1.names.latin).toEqual(expect.arrayContaining(['1st Division', 'First Division', 'XPCC 1st Division']));
    expect(places.find((p) => p.id === 'xpcc-div-11')!.names.zhSimplified).toContain('建工师');
  });

  test('every place has a source; ambiguity is rated per spelling, with a reason, for spellings it lists', () => {
    for (const p of places) {
      expect(p.source?.length).toBeGreaterThan(10);
      const names = new Set([...p.names.zhSimplified, ...p.names.zhTraditional, ...p.names.latin, ...p.names.uyghurArabic, ...p.names.cyrillic]);
      for (const [spelling, why] of Object.entries(p.ambiguous)) {
        expect(names.has(spelling)).toBe(true);
        expect(why.length).toBeGreaterThan(5);
      }
    }
    const amb = (id: string) => places.find((p) => p.id === id)!.ambiguous;
    // Issue #15: the spelling decides, not the place.
    expect(amb('650500')).toHaveProperty('Hami');
    expect(amb('650500')).toHaveProperty('哈密');
    for (const s of ['Kumul', 'Qumul', '哈密市']) expect(amb('650500')).not.toHaveProperty(s);
    expect(amb('653200')).toHaveProperty('Hetian');
    for (const s of ['Khotan', 'Hotan', '和田地区']) expect(amb('653200')).not.toHaveProperty(s);
    expect(amb('650100')).not.toHaveProperty('Urumqi');
    expect(amb('659011').Xinxing).toMatch(/新兴/); // the reason names the division elsewhere
    expect(amb('650000')).not.toHaveProperty('Xinjiang');
  });
});

describe('UFLPA Entity List', () => {
  const list = data.uflpaList;
  const entries = list.entries;

  test('reports the count against the official size of 2026-08-03', () => {
    const listed = entries.filter((e) => !e.removed);
    const count = (f: (e: (typeof entries)[number]) => number) => listed.reduce((n, e) => n + f(e), 0);
    console.info(
      `UFLPA Entity List: ${listed.length} of ${list.expectedCount} entities (version ${list.version}); names ${listed.length}, aliases ${count((e) => e.aliases.length)}, former names ${count((e) => e.formerNames?.length ?? 0)}, Chinese names ${count((e) => e.namesZh.length)}`,
    );
    expect(list.expectedCount).toBe(187);
    expect(list.version).toBe('2026-08-03');
    expect(listed.length).toBe(106);
    if (listed.length < list.expectedCount) expect(list.sources.join(' ')).toMatch(/INCOMPLETE/);
    expect(list.sources.join(' ')).toMatch(/FR Doc 2026-15628/);
  });

  test('the sourced additions of 2026-12 carry their confidence word, and only they', () => {
    const conf = Object.fromEntries(entries.filter((e) => e.confidence).map((e) => [e.name, e.confidence]));
    expect(conf).toEqual({
      "Sichuan Yuan'an Pharmaceutical Co., Ltd.": 'high',
      'SDIC Xinjiang Lithium Industry Co., Ltd.': 'medium',
      'Xinjiang Tianhongji Technology Co., Ltd.': 'medium',
      'Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.': 'high',
      'TBEA Co., Ltd.': 'medium',
      'Xinjiang Jinchuan Mining Industry Co.': 'medium',
      'Shandong Gold Smelting Co., Ltd.': 'low',
      'Fujian Septwolves': 'medium',
      'Qiaqia Food': 'medium',
      'Zhengzhou Sinian Food': 'medium',
    });
    expect(entries.filter((e) => e.dateAdded === '2026-08-03').length).toBe(9);
  });

  test('a listing seen only under its Chinese name says so, and keeps the Chinese name to match by', () => {
    const unconfirmed = entries.filter((e) => e.englishConfirmed === false);
    expect(unconfirmed.map((e) => [e.name, e.namesZh])).toEqual([
      ['Fujian Septwolves', ['福建七匹狼']],
      ['Qiaqia Food', ['洽洽食品']],
      ['Zhengzhou Sinian Food', ['郑州思念食品']],
    ]);
    for (const e of unconfirmed) expect(e.source).toMatch(/only the Chinese name was seen/);
  });

  test('Xinjiang GCL is listed as Xinjiang Goens, the GCL names kept as former names under the same id', () => {
    const goens = entries.find((e) => e.id === 'xinjiang-gcl-new-energy-material-technology')!;
    expect(goens.name).toBe('Xinjiang Goens Energy Technology Co., Ltd.');
    expect(goens.formerNames).toEqual(['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'Xinjiang GCL New Energy Materials Technology Co., Ltd.']);
    expect(goens.sections).toEqual(['i']);
    expect(goens.dateAdded).toBe('2022-06-21');
    expect(goens.source).toMatch(/renamed on the list .*2026-08-03/);
  });

  test('former names marked in the research are former names, not aliases', () => {
    const by = (id: string) => entries.find((e) => e.id === id)!;
    expect(by('tianjin-tianwei-food').formerNames).toEqual(['Tianjin Sanhe Fruit and Vegetable Co., Ltd.']);
    expect(by('changhong-meiling').formerNames).toEqual(['Hefei Meiling Co., Ltd.']);
    expect(by('changhong-meiling').aliases).not.toContain('Hefei Meiling Co., Ltd.');
    for (const e of entries) for (const f of e.formerNames ?? []) expect(e.aliases).not.toContain(f);
  });

  test('ids are unique slugs', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('every entry has a source, a valid date and a section unless the research could not retrieve it', () => {
    for (const e of entries) {
      expect(e.source?.length).toBeGreaterThan(10);
      expect(e.frCitation.length).toBeGreaterThan(5);
      if (!e.confidence) expect(e.sections.length).toBeGreaterThan(0);
      expect(e.dateAdded >= '2022-06-21' && e.dateAdded <= list.version).toBe(true);
      expect(new Date(`${e.dateAdded}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.dateAdded);
    }
    expect(entries.filter((e) => e.sections.length === 0).map((e) => e.name)).toEqual([
      'Xinjiang Jinchuan Mining Industry Co.',
      'Shandong Gold Smelting Co., Ltd.',
      'Fujian Septwolves',
      'Qiaqia Food',
      'Zhengzhou Sinian Food',
    ]);
  });

  test('aliases are Latin, Chinese names are simplified Chinese', () => {
    for (const e of entries) {
      for (const a of e.aliases) expect(HAN.test(a)).toBe(false);
      for (const n of e.namesZh) {
        expect(HAN.test(n)).toBe(true);
        expect(t2s(n)).toBe(n);
      }
    }
  });

  test('memory-only aliases and the removed East Hope alias are not listed', () => {
    const all = entries.flatMap((e) => e.aliases);
    for (const bad of ['Hetian TEDA Garment', 'Xinjiang Corps', 'KTK Holding', 'Hefei Bitland Optoelectronic Technology Co., Ltd.'])
      expect(all).not.toContain(bad);
    const eastHope = entries.find((e) => e.id === 'xinjiang-east-hope-nonferrous-metals')!;
    expect(eastHope.aliases).not.toContain('Xinjiang Nonferrous');
  });

  test('sections are parsed', () => {
    const by = (id: string) => entries.find((e) => e.id === id)!;
    expect(by('hefei-bitland-information-technology').sections).toEqual(['ii']);
    expect(by('xinjiang-daqo-new-energy').sections).toEqual(['i', 'v']);
    expect(by('changji-esquel-textile').sections).toEqual(['v']);
    expect(by('xinjiang-zijin-zinc-industry').sections).toEqual(['ii', 'v']);
  });

  test('subsidiary coverage and location flags', () => {
    const by = (id: string) => entries.find((e) => e.id === id)!;
    expect(by('hoshine-silicon-industry-shanshan').coversSubsidiaries).toBe(true);
    expect(by('xinjiang-production-and-construction-corps').coversSubsidiaries).toBe(true);
    expect(by('hoshine-silicon-industry-shanshan').regionLocated).toBe(true);
    expect(by('dongguan-oasis-shoes').regionLocated).toBe(false);
    for (const e of entries) if (/^(Xinjiang|Aksu|Hetian|Kashgar|Turpan|Changji|Yili|Lop County)\b/.test(e.name)) expect(e.regionLocated).toBe(true);
    for (const e of entries) if (/^(Anhui|Hebei|Henan|Jiangsu|Zhuhai|Tianjin|Dalian|Hunan|Inner Mongolia|Shandong|Guangdong)\b/.test(e.name)) expect(e.regionLocated).toBe(false);
  });

  test('reconstructed entries are marked uncertain', () => {
    const by = (id: string) => entries.find((e) => e.id === id)!;
    for (const id of ['yili-zhuowan-garment-manufacturing', 'lop-county-hair-product-industrial-park', 'no-4-vocational-skills-education-training-center-vsetc'])
      expect(by(id).uncertain).toBe(true);
    expect(by('xinjiang-zhongtai-chemical').uncertain).toBe(false);
  });

  test('Chinese names needed by the fixtures are present', () => {
    const zh = entries.flatMap((e) => e.namesZh);
    expect(zh).toEqual(expect.arrayContaining(['新疆中泰化学股份有限公司', '东莞绿洲鞋业有限公司', '合盛硅业(鄯善)有限公司']));
  });
});

describe('signals', () => {
  const s = data.signals;

  test('phone area codes are exactly the assigned Region codes and point at places', () => {
    expect(s.phoneAreaCodes.map((c) => c.code).sort()).toEqual(
      ['0901', '0902', '0903', '0906', '0908', '0909', '0990', '0991', '0992', '0993', '0994', '0995', '0996', '0997', '0998', '0999'],
    );
    const ids = new Set(data.places.map((p) => p.id));
    for (const c of s.phoneAreaCodes) expect(ids.has(c.placeId)).toBe(true);
    expect(s.phoneAreaCodes.find((c) => c.code === '0991')!.placeId).toBe('650100');
  });

  test('postal prefixes are the verified ones only', () => {
    const ps = s.postalPrefixes.map((p) => p.prefix);
    expect(new Set(ps).size).toBe(ps.length);
    expect(ps).toEqual(expect.arrayContaining(['830', '831', '835', '841', '844', '848']));
    for (const unseen of ['837', '840', '846', '847', '849']) expect(ps).not.toContain(unseen);
  });

  test('legal-form noise and generic words', () => {
    expect(s.legalFormNoise.en).toEqual(expect.arrayContaining(['co', 'co.', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'group', 'holdings', 'llc', 'gmbh']));
    expect(s.legalFormNoise.zh).toEqual(expect.arrayContaining(['有限公司', '有限责任公司', '股份', '集团', '控股', '公司', '厂']));
    // decision: industry/industrial distinguish listed names, so they are generic, not noise
    expect(s.legalFormNoise.en).not.toContain('industry');
    expect(s.legalFormNoise.en).not.toContain('industrial');
    expect(s.genericNameWords).toEqual(expect.arrayContaining(['new', 'energy', 'technology', 'material', 'materials', 'textile', 'trading', 'international', 'china', 'xinjiang', 'industrial', '新疆', '科技']));
    for (const w of s.genericNameWords) expect(s.legalFormNoise.en).not.toContain(w);
  });
});
