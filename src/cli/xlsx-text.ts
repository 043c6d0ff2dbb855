// Text as an .xlsx stores it. XML cannot hold most control characters, and XML readers turn a
// carriage return into a line feed, so Office escapes them as _xHHHH_ (and a literal "_xHHHH_" as
// "_x005F_xHHHH_"). ExcelJS decodes these escapes when it reads but does not write them: without this
// step a CSV cell's control characters were dropped, a CR became LF, and a cell whose text was
// "_x0041_" came back from Excel as "A".

// eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it escapes
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
// eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it escapes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g;

export function escapeXlsxText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
