// Text as an .xlsx stores it. XML cannot hold most control characters, and XML readers turn a
// carriage return into a line feed, so Office escapes them as _xHHHH_ (and a literal "_xHHHH_" as
// "_x005F_xHHHH_"). ExcelJS decodes these escapes when it reads but does not write them: without this
// step a CSV cell's control characters were dropped, a CR became LF, and a cell whose text was
// "_x0041_" came back from Excel as "A".
import type ExcelJS from 'exceljs';

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g;

export function escapeXlsxText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Escape the text of every cell of the workbook, just before it is written. */
export function escapeWorkbookText(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value;
        if (typeof v === 'string') {
          const escaped = escapeXlsxText(v);
          if (escaped !== v) cell.value = escaped;
        } else if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
          if (v.richText.some((run) => NEEDS_ESCAPE.test(run.text))) {
            cell.value = { richText: v.richText.map((run) => ({ ...run, text: escapeXlsxText(run.text) })) };
          }
        } else if (v && typeof v === 'object' && 'hyperlink' in v && typeof v.text === 'string' && NEEDS_ESCAPE.test(v.text)) {
          cell.value = { ...v, text: escapeXlsxText(v.text) };
        }
      }),
    );
  }
}
