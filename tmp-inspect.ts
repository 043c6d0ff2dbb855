import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile('/tmp/w19/out/dev.xlsx');
  const ws = wb.getWorksheet('Suppliers')!;
  console.log(ws.getRow(3).values);
  for (const r of [4, 10, 13, 20]) console.log(r, JSON.stringify((ws.getRow(r).values as unknown[]).slice(19)));
  console.log(JSON.stringify((ws as any).dataValidations.model));
  console.log(JSON.stringify(ws.conditionalFormattings.map((c: any) => ({ ref: c.ref, rules: c.rules.map((r: any) => r.formulae) }))));
  const l = wb.getWorksheet('CtA Letters')!;
  for (let r = 1; r <= 7; r++) console.log(JSON.stringify(l.getRow(r).values));
  const s = wb.getWorksheet('CtA Summary')!;
  s.eachRow((row) => console.log(JSON.stringify(row.values)));
  const text = await mammoth.extractRawText({ path: '/tmp/w19/out/letters/Suppliers row 11 - Xinjiang Zhongtai Chemical Co Ltd.docx' });
  console.log(text.value);
})();
