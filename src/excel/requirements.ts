// Which Excel JavaScript API requirement sets the host supports. ExcelApi 1.9 is the product's minimum;
// anything newer is used only behind these checks.

export const MINIMUM_EXCEL_API = '1.9';

/** True when the host reports ExcelApi `version`. False when Office is absent (plain Node tests). */
export function isExcelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported('ExcelApi', version));
  } catch {
    return false;
  }
}
