// The one table from UFLPA sections 2(d)(2)(B)(i)–(v) to Call to Action categories, read by every way a
// list arrives: the built-in list, the DHS page, the OpenSanctions CSV and a watchlist's section column.
import type { UflpaSection } from '../data/schemas';
import type { Category } from './types';

/** UFLPA section 2(d)(2)(B)(i)–(v), as the data files spell it. */
export type UflpaSectionId = UflpaSection;

interface SectionRow {
  id: UflpaSectionId;
  /** Short label for citations and evidence. */
  label: string;
  category: Category;
}

// (i) produces in the Region with forced labour: A.1. (ii) recruits, transfers or receives workers: A.3.
// (iii) products of (i)/(ii) entities, (iv) their exporters, (v) sources Region material: A.4.
export const UFLPA_SECTIONS: readonly SectionRow[] = [
  { id: 'i', label: 'XUAR production', category: 'A.1' },
  { id: 'ii', label: 'labour recruitment/transfer', category: 'A.3' },
  { id: 'iii', label: 'products of listed entities', category: 'A.4' },
  { id: 'iv', label: 'exporters of listed goods', category: 'A.4' },
  { id: 'v', label: 'sources Region material', category: 'A.4' },
];

const ORDER: UflpaSectionId[] = UFLPA_SECTIONS.map((s) => s.id);
const ROW = new Map(UFLPA_SECTIONS.map((s) => [s.id, s]));

/**
 * The category an entry listed under `sections` establishes: the gravest section wherever it is
 * listed, so an entity in (i) is A.1 whether (i) is written first or last. Null for no section.
 */
export function categoryOfSections(sections: readonly UflpaSectionId[]): Category | null {
  for (const id of ORDER) if (sections.includes(id)) return ROW.get(id)!.category;
  return null;
}

export function sectionLabel(sections: readonly UflpaSectionId[]): string {
  return sortSections(sections)
    .map((s) => ROW.get(s)!.label)
    .join(' + ');
}

export function sortSections(sections: readonly UflpaSectionId[]): UflpaSectionId[] {
  return ORDER.filter((id) => sections.includes(id));
}

const ROMAN = '(iii|ii|iv|v|i)';
// "2(d)(2)(B)(ii)", "(b)(iii)", "(B) (iv)": the statute's own form.
const STATUTE = new RegExp(`\\(b\\)\\s*\\(${ROMAN}\\)`, 'gi');
// "Section (ii)", "section ii", "sections (ii) and (v)".
const WORDED = new RegExp(`\\bsections?\\s*\\(?${ROMAN}\\)?(?![a-z])`, 'gi');
// A dedicated section cell: "(ii); (i)", "ii, v", "iv".
const BARE = new RegExp(`(?:^|[\\s,;/&+(])${ROMAN}(?=$|[\\s,;/&+)])`, 'gi');

/**
 * The sections a text names. In free text (an OpenSanctions `sanctions` cell) only the statute's form
 * and "section …" count; `dedicated` (a cell that holds nothing but sections) reads bare numerals too.
 */
export function parseSections(text: string, dedicated = false): UflpaSectionId[] {
  const found = new Set<UflpaSectionId>();
  for (const re of dedicated ? [STATUTE, WORDED, BARE] : [STATUTE, WORDED]) {
    for (const m of text.matchAll(re)) found.add(m[1].toLowerCase() as UflpaSectionId);
  }
  return sortSections([...found]);
}

/**
 * The section a heading names: of the lines of `text` (a page's text before a table), the last one that
 * names a section, and in that line the first section named ("Section 2(d)(2)(B)(iv): exporters of goods of
 * (B)(i) entities" is (iv)).
 */
export function lastSectionIn(text: string): UflpaSectionId | null {
  const lines = text.split('\n');
  for (let l = lines.length - 1; l >= 0; l--) {
    let first: { at: number; id: UflpaSectionId } | null = null;
    for (const re of [STATUTE, WORDED]) {
      for (const m of lines[l].matchAll(re)) if (!first || m.index! < first.at) first = { at: m.index!, id: m[1].toLowerCase() as UflpaSectionId };
    }
    if (first) return first.id;
  }
  return null;
}
