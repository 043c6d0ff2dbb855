// One Word document per supplier: its letter in English, then in Simplified Chinese on a new page,
// made with the `docx` library from the same filled letters as the CtA Letters sheet.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Letter } from '../domain/letters';
import type { SupplierLetters } from '../domain/letters-sheet';

const LANGUAGE_TAGS: Record<Letter['language'], string> = { en: 'en-GB', zh: 'zh-CN' };

function section(letter: Letter) {
  const language = { value: LANGUAGE_TAGS[letter.language], eastAsia: 'zh-CN' };
  return {
    properties: {},
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: letter.subject, language })] }),
      ...letter.paragraphs.map(
        (text) =>
          new Paragraph({
            spacing: { after: 120 },
            alignment: letter.language === 'zh' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
            children: [new TextRun({ text, language })],
          }),
      ),
    ],
  };
}

/** The .docx bytes of one supplier's letters. */
export async function letterDocument(supplier: SupplierLetters, companyName: string): Promise<Buffer> {
  const doc = new Document({
    creator: companyName,
    title: supplier.letters[0]?.subject ?? supplier.subject.supplierName,
    description: `Letters to ${supplier.subject.supplierName} (${supplier.subject.sheetName} row ${supplier.subject.row})`,
    styles: {
      default: {
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei', cs: 'Calibri' }, size: 22 } },
      },
    },
    sections: supplier.letters.map(section),
  });
  return Packer.toBuffer(doc);
}

/** A file name for the supplier's document: sheet, row and name, without characters file systems refuse. */
export function letterFileName(supplier: SupplierLetters): string {
  const { sheetName, row, supplierName } = supplier.subject;
  const name = `${sheetName} row ${row} - ${supplierName}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ') // eslint-disable-line no-control-regex -- control characters are what file names may not hold
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${name}.docx`;
}
