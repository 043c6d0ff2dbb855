// xl/sharedStrings.xml: the text of every shared string item, rich-text runs joined and phonetic
// guides (<rPh>, the furigana/pinyin over a name) left out, _xHHHH_ escapes decoded.
import type JSZip from 'jszip';
import { decodeXlsxEscapes } from './read-values';
import { streamXml } from './read-xml';

export async function readSharedStrings(file: JSZip.JSZipObject): Promise<string[]> {
  const strings: string[] = [];
  let item: string[] | null = null;
  let phonetic = 0;
  let inText = false;
  let text = '';
  await streamXml(file, {
    open(name) {
      if (name === 'si') item = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && item && phonetic === 0) {
        inText = true;
        text = '';
      }
    },
    text(t) {
      if (inText) text += t;
    },
    close(name) {
      if (name === 't' && inText) {
        inText = false;
        item!.push(decodeXlsxEscapes(text));
      } else if (name === 'rPh') phonetic--;
      else if (name === 'si' && item) {
        strings.push(item.join(''));
        item = null;
      }
    },
  });
  return strings;
}
