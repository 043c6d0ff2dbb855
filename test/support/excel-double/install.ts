// Installs the double as the global `Excel` and `Office`, the way Office.js would be present in a task pane.
import { strict } from './client-object';
import { DoubleEnvironment, DoubleOptions, DoubleStats, FaultInjector, FIVE_MB, RequestContextDouble, RunOptionsLike, compareVersions } from './context';
import { ErrorCodes, notSupported, officeError } from './errors';
import type { DoubleWorkbook } from './workbook';
import { WorkbookDouble } from './workbook-api';

export const ExcelEnums = {
  InsertShiftDirection: { right: 'Right', down: 'Down' },
  DeleteShiftDirection: { left: 'Left', up: 'Up' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  ConditionalFormatType: { custom: 'Custom', containsText: 'ContainsText' },
  ConditionalTextOperator: { contains: 'Contains', notContains: 'NotContains', beginsWith: 'BeginsWith', endsWith: 'EndsWith' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ChartType: { columnClustered: 'ColumnClustered', barClustered: 'BarClustered', pie: 'Pie', line: 'Line' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  FilterOn: { values: 'Values', custom: 'Custom' },
  ErrorCodes: {
    invalidArgument: ErrorCodes.invalidArgument,
    invalidOperation: ErrorCodes.invalidOperation,
    itemNotFound: ErrorCodes.itemNotFound,
    itemAlreadyExists: ErrorCodes.itemAlreadyExists,
    generalException: ErrorCodes.generalException,
    apiNotFound: ErrorCodes.apiNotFound,
    invalidOperationInCellEditMode: ErrorCodes.invalidOperationInCellEditMode,
    responsePayloadSizeLimitExceeded: ErrorCodes.responsePayloadSizeLimitExceeded,
    requestPayloadSizeLimitExceeded: ErrorCodes.requestPayloadSizeLimitExceeded,
    accessDenied: ErrorCodes.accessDenied,
    mergedRangeConflict: ErrorCodes.mergedRangeConflict,
    pivotTableRangeConflict: ErrorCodes.pivotTableRangeConflict,
    insertDeleteConflict: ErrorCodes.insertDeleteConflict,
    filteredRangeConflict: ErrorCodes.filteredRangeConflict,
  },
} as const;

export interface DoubleExcel {
  run<T>(batch: (context: RequestContextDouble) => Promise<T>): Promise<T>;
  run<T>(options: RunOptionsLike, batch: (context: RequestContextDouble) => Promise<T>): Promise<T>;
}

export interface InstalledDouble {
  Excel: DoubleExcel & typeof ExcelEnums;
  Office: unknown;
  workbook: DoubleWorkbook;
  stats: DoubleStats;
  faults: FaultInjector;
  /** Changes which requirement sets the fake host reports (and enforces). */
  setRequirementSets(sets: Record<string, string>): void;
  uninstall(): void;
}

const KNOWN_RUN_OPTIONS = new Set(['delayForCellEdit', 'mergeUndoGroup']);

export function installExcelDouble(workbook: DoubleWorkbook, options: DoubleOptions = {}): InstalledDouble {
  const stats = new DoubleStats();
  const env: DoubleEnvironment = {
    model: workbook,
    stats,
    faults: new FaultInjector(stats),
    requestLimitBytes: options.requestLimitBytes ?? FIVE_MB,
    responseLimitBytes: options.responseLimitBytes ?? FIVE_MB,
    requirementSets: { ExcelApi: '1.12', ...(options.requirementSets ?? {}) },
    syncDelayMs: options.syncDelayMs ?? 0,
    strictWriteShapes: options.strictWriteShapes ?? true,
    oversizeRequestAnswer: options.oversizeRequestAnswer ?? 'RequestPayloadSizeLimitExceeded',
    settingsLimitBytes: options.settingsLimitBytes ?? 1_000_000,
  };

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const [opts, batch] = (typeof a === 'function' ? [{}, a] : [a ?? {}, b]) as [RunOptionsLike, (ctx: RequestContextDouble) => Promise<T>];
    if (typeof batch !== 'function') throw notSupported('Excel.run without a batch function');
    for (const k of Object.keys(opts)) if (!KNOWN_RUN_OPTIONS.has(k)) throw notSupported(`Excel.run option '${k}'`);
    stats.runs += 1;
    stats.runOptions.push({ ...opts });
    const ctx = new RequestContextDouble(env, opts, (c) => WorkbookDouble.make(c));
    try {
      const pending = batch(ctx);
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw officeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.', 'Excel.run');
      }
      const result = await pending;
      if (ctx._ops.length) await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  const Excel = strict({ run, ...ExcelEnums }, 'Excel') as InstalledDouble['Excel'];
  const Office = strict(
    {
      context: strict(
        {
          requirements: strict(
            {
              isSetSupported(name: string, minVersion?: string | number): boolean {
                const have = env.requirementSets[name];
                if (have === undefined) return false;
                return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
              },
            },
            'Office.context.requirements',
          ),
        },
        'Office.context',
      ),
      HostType: { Excel: 'Excel' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    },
    'Office',
  );

  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = Excel;
  g.Office = Office;

  return {
    Excel,
    Office,
    workbook,
    stats,
    faults: env.faults,
    setRequirementSets(sets) {
      env.requirementSets = { ...sets };
    },
    uninstall() {
      if (g.Excel === Excel) g.Excel = previous.Excel;
      if (g.Office === Office) g.Office = previous.Office;
    },
  };
}
