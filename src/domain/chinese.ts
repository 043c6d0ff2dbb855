// Chinese script helpers over well-kept libraries: OpenCC for traditional → simplified,
// pinyin-pro for Han → Pinyin.
import * as OpenCC from 'opencc-js/t2cn';
import { customPinyin, pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const toSimplifiedHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  const hk = toSimplifiedHk(text);
  return hk === text ? toSimplifiedTw(text) : hk;
}

/** Teach pinyin-pro readings it gets wrong for proper names (e.g. 喀什 = ka shi, not ka shen). */
export function registerNameReadings(readings: Record<string, string>): void {
  customPinyin(readings);
}

/** Toneless pinyin syllables of the Han characters; other characters are kept as their own tokens. */
export function toPinyinSyllables(text: string): string[] {
  if (!hasHan(text)) return [];
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.replace(/ü/g, 'v').replace(/v/g, 'u'))
    .filter((s) => s.length > 0);
}
