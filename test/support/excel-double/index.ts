// In-memory Excel double with strict Office.js semantics. Browser-compatible: no Node imports.
export { createWorkbook, DoubleWorkbook } from './workbook';
export type { CellInput, SheetSpec, WorkbookSpec } from './workbook';
export { installExcelDouble, ExcelEnums } from './install';
export type { InstalledDouble } from './install';
export { DoubleStats, FaultInjector, FIVE_MB, utf8Length, jsonBytes } from './context';
export type { DoubleOptions, SyncRecord } from './context';
export { DoubleOfficeError, ErrorCodes } from './errors';
