// Finds the supplier table on a sheet: the header row (below title and blank rows), the role of each
// column (from English or Chinese header words, else from what the cells hold), and the data rows.
import { columnLetter } from './a1';
import { normalizeText, cellText } from './normalize';
import {
  KNOWN_OUTPUT_HEADERS,
  type CellValue,
  type ColumnAssignment,
  type OutputHeader,
  type Role,
  type RoleOverrides,
  type SheetGrid,
  type TableLayout,
} from './types';

interface HeaderRule {
  role: Role;
  pattern: RegExp;
}

// Order matters: the first rule that matches a header wins ("Parent Company" is a parent, not a name;
// "Country of origin" is an input origin, not the supplier's country).
const HEADER_RULES: HeaderRule[] = [
  { role: 'labourTransfer', pattern: /labou?r\s*(transfer|programme|program|scheme)|transfer\s*(programme|program|scheme)|surplus\s*labou?r|劳动力转移|转移就业|劳务输出|劳务派遣/ },
  { role: 'regionOperations', pattern: /(operations?|facilit(y|ies)|sites?|presence|business)\s*(in|within)\s*(the\s*)?(xinjiang|xuar|uy?gh?ur|region)|xinjiang|xuar|uy?gh?ur\s*region|涉疆|新疆(业务|工厂|运营|经营)|在疆/ },
  { role: 'cbpStatus', pattern: /\bcbp\b|uflpa|detention|detained|withhold|\bwro\b|customs\s*(status|hold)|entry\s*denied|海关|扣留|暂扣/ },
  { role: 'registrationCode', pattern: /uscc|social\s*credit|credit\s*code|registration\s*(no|number|code|id)|business\s*licen[cs]e|\btax\s*(id|no|number)|信用代码|注册号|营业执照|税号|纳税人识别号/ },
  { role: 'supplierId', pattern: /^(supplier|vendor|partner|factory)\s*(id|no\.?|number|code|#|ref)$|^(id|no\.?|#|ref|code)$|编号|供应商代码|代码$/ },
  { role: 'inputOrigin', pattern: /origin|sourced?\s*(from|region|country)|provenance|产地|来源|原产/ },
  { role: 'parent', pattern: /parent|group|holding|owner|ultimate|母公司|集团|控股|所属/ },
  { role: 'otherSites', pattern: /subsidiar|other\s*(sites?|facilit|factor|locations?|plants?)|affiliat|sister|group\s*operations|子公司|分公司|其他(工厂|厂区|基地)|关联/ },
  { role: 'coordinates', pattern: /coordinates?|\bgps\b|geo\s*-?\s*(location|position|code|point)|\blat\s*[,/&]?\s*(lon|lng|long)\b|\blatlng\b|经纬度|坐标|地理位置/ },
  { role: 'latitude', pattern: /latitude|^lat\.?$|\blat\b|纬度/ },
  { role: 'longitude', pattern: /longitude|^(lon|lng|long)\.?$|\b(lon|lng)\b|经度/ },
  { role: 'postalCode', pattern: /postal|post\s*code|postcode|\bzip|邮编|邮政编码/ },
  { role: 'phone', pattern: /phone|\btel\b|telephone|mobile|\bfax\b|contact\s*number|电话|手机|传真/ },
  { role: 'country', pattern: /country|\bctry\b|\bcntry\b|nation|国家|国别/ },
  { role: 'province', pattern: /province|\bstate\b|\bprov\b|region|省|自治区/ },
  { role: 'city', pattern: /city|\btown\b|municipal|城市|所在市|地市|^市$/ },
  { role: 'address', pattern: /address|street|\baddr\b|location|site|所在地|地址|街道|厂址/ },
  { role: 'inputs', pattern: /input|raw\s*material|material|component|fabric|fib(re|er)|ingredient|原材料|原料|材料|面料|辅料/ },
  { role: 'product', pattern: /product|commodit|categor|goods|item|description|sku|service|sector|industry|line of business|行业|产品|商品|品类|货物|品名|服务/ },
  { role: 'tier', pattern: /tier|层级|级别/ },
  { role: 'notes', pattern: /note|comment|remark|observation|^other\b|\bother (info|information|details)|free\s*text|备注|说明|其他/ },
  { role: 'supplierName', pattern: /supplier|vendor|company|factory|manufacturer|facility|mill|name|legal\s*entity|供应商|公司|企业|工厂|厂商|名称|卖方/ },
];

const OUTPUT_SET = new Set<string>(KNOWN_OUTPUT_HEADERS);
const MAX_HEADER_SCAN = 30;

export function roleFromHeader(header: string): Role | null {
  const h = normalizeText(header);
  if (!h) return null;
  for (const rule of HEADER_RULES) if (rule.pattern.test(h)) return rule.role;
  return null;
}

// ---- content sniffing, for columns whose header says little ----

const COUNTRY_WORDS = new Set([
  'china', 'cn', 'prc', 'chn', "people's republic of china", 'mainland china', '中国', '中华人民共和国', '中國',
  'vietnam', 'viet nam', 'bangladesh', 'india', 'turkey', 'türkiye', 'turkiye', 'pakistan', 'cambodia', 'indonesia',
  'united states', 'usa', 'us', 'mexico', 'germany', 'italy', 'russia', 'kazakhstan', 'japan', 'korea', 'taiwan',
  'hong kong', 'malaysia', 'thailand', 'sri lanka', 'myanmar', 'egypt', 'morocco', 'portugal', 'spain', 'france',
  'united kingdom', 'uk', 'brazil', 'peru', 'philippines', 'ethiopia', 'kyrgyzstan', 'uzbekistan', 'mongolia',
]);

type Sniffer = { role: Role; test: (text: string) => boolean };
const SNIFFERS: Sniffer[] = [
  { role: 'registrationCode', test: (t) => /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/i.test(t) },
  { role: 'postalCode', test: (t) => /^\d{5,6}$/.test(t) },
  { role: 'coordinates', test: (t) => /^[+-]?\d{1,2}\.\d{3,}\s*[,;\s]\s*[+-]?\d{1,3}\.\d{3,}$/.test(t) },
  { role: 'phone', test: (t) => /^(\+|00)?[\d\s()-]{7,}$/.test(t) && (t.match(/\d/g) ?? []).length >= 7 },
  { role: 'country', test: (t) => COUNTRY_WORDS.has(normalizeText(t)) },
  { role: 'labourTransfer', test: () => false },
  { role: 'supplierName', test: (t) => /\b(co|ltd|limited|inc|llc|corp|gmbh|srl|jsc|plc|s\.a)\b|有限公司|股份|集团|厂$/i.test(t) },
];

/**
 * Data rows whose cells are sniffed for a column's role: the first ones, which the pane's first look
 * also reads (1,000 sheet rows), so the roles it shows are the roles screening uses, and detection
 * costs the same on 100,000 rows as on 1,000.
 */
export const SNIFF_ROWS = 500;

function sniffRole(values: string[]): { role: Role; share: number } | null {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length < 2) return null;
  let best: { role: Role; share: number } | null = null;
  for (const s of SNIFFERS) {
    const share = filled.filter((v) => s.test(v.trim())).length / filled.length;
    if (share >= 0.6 && (!best || share > best.share)) best = { role: s.role, share };
  }
  return best;
}

// ---- header row ----

function rowTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => cellText(v).trim());
}

function headerScore(texts: string[]): number {
  let roles = 0;
  let filled = 0;
  for (const t of texts) {
    if (!t) continue;
    filled++;
    if (typeof t === 'string' && /^[\d.,\-\s]+$/.test(t)) return -1; // numbers are data, not headers
    if (roleFromHeader(t) || OUTPUT_SET.has(t)) roles++;
  }
  return filled >= 2 ? roles * 10 + filled : -1;
}

function findHeaderRow(grid: SheetGrid): number | null {
  let bestIndex: number | null = null;
  let bestScore = 0;
  const limit = Math.min(grid.rows.length, MAX_HEADER_SCAN);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(rowTexts(grid.rows[r]));
    if (score > bestScore) {
      bestScore = score;
      bestIndex = r;
    }
  }
  return bestScore >= 20 ? bestIndex : null; // at least two recognised headers
}

function columnIsEmpty(grid: SheetGrid, fromRow: number, c: number): boolean {
  const end = Math.min(grid.rows.length, fromRow + 500);
  for (let r = fromRow; r < end; r++) if (cellText(grid.rows[r]?.[c]).trim() !== '') return false;
  return true;
}

function isBlankRow(row: CellValue[] | undefined, from: number, to: number): boolean {
  if (!row) return true;
  for (let c = from; c <= to; c++) if (cellText(row[c]).trim() !== '') return false;
  return true;
}

/** Detect the supplier table of a grid; null when there is none. Overrides (by header text) win over detection. */
export function detectTable(grid: SheetGrid, overrides: RoleOverrides = {}): TableLayout | null {
  const h = findHeaderRow(grid);
  if (h === null) return null;
  const headers = rowTexts(grid.rows[h]);
  const existingOutput: Partial<Record<OutputHeader, number>> = {};
  let firstCol = -1;
  let lastCol = -1;
  let ended = false;
  let besideAt = -1;
  for (let c = 0; c < headers.length; c++) {
    const t = headers[c];
    if (!t) {
      // A column with neither header nor data ends the table: what follows is another table.
      if (firstCol >= 0 && !ended && columnIsEmpty(grid, h + 1, c)) ended = true;
      continue;
    }
    if (OUTPUT_SET.has(t)) {
      existingOutput[t as OutputHeader] ??= grid.left + c;
      continue;
    }
    if (firstCol < 0) firstCol = c;
    if (ended) {
      if (besideAt < 0 && Object.keys(existingOutput).length === 0) besideAt = c;
      continue;
    }
    // The user's table ends at the first of our columns; anything after our columns is not the table.
    if (Object.keys(existingOutput).length === 0) lastCol = c;
  }
  if (firstCol < 0) return null;

  // Data rows: from below the header to the last non-blank row before two blank rows in a row.
  let lastData = h;
  let blanks = 0;
  for (let r = h + 1; r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r], firstCol, lastCol)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    lastData = r;
  }

  const columns: ColumnAssignment[] = [];
  const taken = new Set<Role>();
  for (let c = firstCol; c <= lastCol; c++) {
    const header = headers[c] ?? '';
    const override = overrides[header] !== undefined ? overrides[header] : overrides[String(grid.left + c)];
    if (override !== undefined) {
      columns.push({ column: grid.left + c, header, role: override, confidence: 1, reason: 'set by the user' });
      if (override) taken.add(override);
      continue;
    }
    const role = roleFromHeader(header);
    columns.push({
      column: grid.left + c,
      header,
      role,
      confidence: role ? 0.9 : 0,
      reason: role ? `header "${header}" reads as ${role}` : header ? `header "${header}" not recognised` : 'blank header',
    });
  }
  // A second column of the same role keeps it (two address lines are both addresses); sniff the rest.
  for (const col of columns) if (col.role) taken.add(col.role);
  for (const col of columns) {
    if (col.role || col.reason === 'set by the user') continue;
    const values: string[] = [];
    for (let r = h + 1; r <= Math.min(lastData, h + SNIFF_ROWS); r++) values.push(cellText(grid.rows[r]?.[col.column - grid.left]));
    const sniffed = sniffRole(values);
    if (sniffed && !taken.has(sniffed.role)) {
      col.role = sniffed.role;
      col.confidence = Math.round(sniffed.share * 60) / 100;
      col.reason = `${Math.round(sniffed.share * 100)}% of cells look like ${sniffed.role}`;
      taken.add(sniffed.role);
    }
  }

  const otherTables: string[] = [];
  if (besideAt >= 0) otherTables.push(`another table starts at column ${columnLetter(grid.left + besideAt)} beside this one`);
  const below = findHeaderRow({ ...grid, rows: grid.rows.slice(lastData + 1) });
  if (below !== null) otherTables.push(`another table starts at row ${grid.top + lastData + 1 + below} below this one`);

  const recognised = columns.filter((c) => c.role).length;
  const hasIdentity = taken.has('supplierName') || taken.has('address') || taken.has('city') || taken.has('country');
  if (!hasIdentity) return null;
  return {
    sheetName: grid.sheetName,
    headerRow: grid.top + h,
    firstDataRow: grid.top + h + 1,
    lastDataRow: grid.top + lastData,
    firstColumn: grid.left + firstCol,
    lastColumn: grid.left + lastCol,
    columns,
    existingOutput,
    confidence: Math.min(1, recognised / 4),
    isTable: grid.isTable ?? false,
    otherTables,
  };
}
