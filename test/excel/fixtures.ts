// Hand-made workbooks and write plans for the src/excel tests.
import { STATUS_STYLES } from '../../src/domain/status-styles';
import { ALL_OUTPUT_HEADERS, OutputHeader, REVIEWER_DECISIONS, STATUSES } from '../../src/domain/types';
import type { OutputColumnWrite, SheetWrite, WritePlan } from '../../src/domain/write-plan-types';
import type { DetectedTable, ScreenOutcome, ScreenRequest, WorkbookGateway } from '../../src/gateway/workbook-gateway';
import { createWorkbook, DoubleWorkbook } from '../support/excel-double';

export const USER_HEADERS = ['Supplier ID', 'Supplier Name', 'Address', 'City', 'Country', 'Product'];
const CITIES = ['Urumqi', 'Shenzhen', 'Kashgar', 'Hanoi', 'Dhaka', 'Aksu', 'Ningbo'];

export function supplierRows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [
    `S-${String(i + 1).padStart(6, '0')}`,
    `Supplier ${i + 1} Textile Co., Ltd.`,
    `${(i % 300) + 1} Industrial Road`,
    CITIES[i % CITIES.length],
    i % 3 === 0 ? 'China' : 'Viet Nam',
    i % 2 === 0 ? 'cotton yarn' : 'polyester fabric',
  ]);
}

export interface BookOptions {
  rows: number;
  sheetName?: string;
  table?: boolean;
  /** User cells directly right of the table (column G). */
  userColumnRight?: boolean;
  extraSheets?: { name: string; cells?: (string | number | null)[][] }[];
}

export function supplierBook(o: BookOptions): DoubleWorkbook {
  const name = o.sheetName ?? 'Suppliers';
  const cells: (string | number | null)[][] = [[...USER_HEADERS], ...supplierRows(o.rows)];
  if (o.userColumnRight) cells.forEach((row, i) => row.push(i === 0 ? 'My notes' : `note ${i}`));
  return createWorkbook({
    sheets: [
      { name, cells, tables: o.table ? [{ name: 'SupplierTable', address: `A1:F${o.rows + 1}` }] : undefined },
      ...(o.extraSheets ?? []),
    ],
    selection: `${name}!B2`,
  });
}

/** Output texts of about the size the domain writes (about 450 bytes a row). */
export function outputsFor(i: number): Record<string, string> {
  const status = STATUSES[i % STATUSES.length];
  return {
    'CtA Status': status,
    'CtA Categories': i % 2 ? 'A.1; A.3' : '',
    'CtA Required Actions': `B.1 Disengage immediately from this supplier. B.5 Follow responsible exit for row ${i}.`,
    'CtA Citations': 'Call to Action A.1, B.1; UFLPA Entity List (XUAR production, added 2022-06-21)',
    'CtA Evidence': `City (D${i + 2}): "${CITIES[i % CITIES.length]}" = Ürümqi, Xinjiang (prefecture 650100); Address (C${i + 2}): industrial park`,
    'CtA Confidence': i % 2 ? 'High' : 'Medium',
    'CtA Screened': '2026-11-28 · rules 1.0 · UFLPA list 2025-07-01',
    'CtA Change': i % 5 === 0 ? 'New' : '',
  };
}

export interface SheetPlanOptions {
  rows: number;
  sheetName?: string;
  isTable?: boolean;
  /** Output columns start here (default: right after the table, column G). */
  firstOutputColumn?: number;
  insert?: { column: number; count: number } | null;
  /** Columns exist from an earlier run (headers are not written). */
  existing?: boolean;
  values?: (i: number, header: OutputHeader) => string | null;
}

export function sheetWrite(o: SheetPlanOptions): SheetWrite {
  const first = o.firstOutputColumn ?? 7;
  const columns: OutputColumnWrite[] = ALL_OUTPUT_HEADERS.map((header, k) => {
    const reviewer = header === 'Reviewer Decision' || header === 'Reviewer Note';
    return {
      header,
      column: first + k,
      owner: reviewer ? 'reviewer' : 'product',
      isNew: !o.existing,
      values: Array.from({ length: o.rows }, (_, i) => (reviewer ? null : o.values ? o.values(i, header) : outputsFor(i)[header] ?? '')),
      width: reviewer ? 18 : 24,
    };
  });
  return {
    sheetName: o.sheetName ?? 'Suppliers',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: o.rows + 1,
    tableFirstColumn: 1,
    tableLastColumn: 6,
    isTable: o.isTable ?? false,
    insert: o.insert ?? null,
    columns,
    statusColumn: first,
    statusStyles: STATUS_STYLES,
    autoFilter: o.isTable ? null : { firstColumn: 1, lastColumn: first + ALL_OUTPUT_HEADERS.length - 1 },
    decisionValidation: { column: first + ALL_OUTPUT_HEADERS.indexOf('Reviewer Decision'), options: REVIEWER_DECISIONS },
  };
}

/** Column letter of an output header when the outputs start at column G (7). */
export function outCol(header: OutputHeader, firstOutputColumn = 7): string {
  let n = firstOutputColumn + ALL_OUTPUT_HEADERS.indexOf(header);
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const OUTPUT_COUNT = ALL_OUTPUT_HEADERS.length;
export const LAST_OUT = outCol(ALL_OUTPUT_HEADERS[ALL_OUTPUT_HEADERS.length - 1]);

export const SUMMARY_MARKER_TEXT = 'Uyghur Region Supplier Screen — summary';

export function plan(o: SheetPlanOptions & { summaryName?: string; summaryReplace?: boolean; provenanceReplace?: boolean }): WritePlan {
  const sheet = sheetWrite(o);
  return {
    sheets: [sheet],
    summary: {
      sheetName: o.summaryName ?? 'CtA Summary',
      replace: o.summaryReplace ?? false,
      rows: [
        [SUMMARY_MARKER_TEXT],
        ['Status', 'Rows'],
        ...STATUSES.map((s, i) => [s, i + 1] as (string | number)[]),
        [],
        ['Screened locally; suppliers not in this sheet are not covered.'],
        ['=HYPERLINK("http://example.com","click")'],
      ],
      boldRows: [1, 2],
      chart: { title: 'Rows by status', firstRow: 2, lastRow: 2 + STATUSES.length },
      columnWidths: [40, 10],
    },
    provenance: {
      sheetName: 'CtA Provenance',
      replace: o.provenanceReplace ?? false,
      rows: [
        ['Uyghur Region Supplier Screen provenance', 'format 1'],
        ['screened', '2026-11-28'],
        ['sheet', 'row', 'supplier', 'status', 'findings', 'suppressed'],
        ...Array.from({ length: o.rows }, (_, i) => [sheet.sheetName, String(i + 2), `supplier ${i + 1}`, outputsFor(i)['CtA Status'], 'place:urumqi', '']),
      ],
    },
  };
}

/** JSON bytes of every value the plan writes: what the number of 1 MB chunks follows. */
export function planValueBytes(p: WritePlan): number {
  let n = 0;
  for (const s of p.sheets) for (const c of s.columns) for (const v of c.values) if (v !== null) n += Buffer.byteLength(JSON.stringify(v)) + 1;
  for (const r of p.provenance.rows) for (const v of r) n += Buffer.byteLength(JSON.stringify(v)) + 1;
  return n;
}

export type PaneRequest = Omit<ScreenRequest, 'table'> & { table?: DetectedTable };

/**
 * The gateway as the pane drives it on opening: Screen screens the table detected just before, when the
 * request names none (tests of a user who moves between detection and Screen pass the table themselves).
 */
export function detectThenScreen(g: WorkbookGateway): Omit<WorkbookGateway, 'screen'> & { screen(r: PaneRequest): Promise<ScreenOutcome> } {
  return { ...g, screen: async (r: PaneRequest) => g.screen({ ...r, table: r.table ?? (await g.detectTable()) }) };
}
