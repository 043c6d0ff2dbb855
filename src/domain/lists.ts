// Screening lists as the matcher sees them: the built-in UFLPA Entity List and lists users import.
import { uflpaList, type EntityEntry } from '../data';
import type { Category } from './types';

export interface ScreeningEntry {
  id: string;
  name: string;
  aliases: string[];
  namesZh: string[];
  /** The Call to Action category a strong match establishes; null = a lead for review only. */
  category: Category | null;
  /** Short label of the list section, e.g. "XUAR production". */
  section?: string;
  dateAdded?: string;
  coversSubsidiaries: boolean;
  regionLocated: boolean;
}

export interface ScreeningList {
  id: string;
  name: string;
  version: string;
  source: string;
  builtIn: boolean;
  entries: ScreeningEntry[];
}

const SECTION_LABELS: Record<string, string> = {
  i: 'XUAR production',
  ii: 'labour recruitment/transfer',
  iii: 'products of listed entities',
  iv: 'exporters of listed goods',
  v: 'sources Region material',
};

// Section (i): produces in the Region (A.1); (ii): recruits/transfers workers (A.3); (iii)-(v): exports
// listed goods or sources Region material (A.4). The first section listed decides.
const SECTION_CATEGORY: Record<string, Category> = { i: 'A.1', ii: 'A.3', iii: 'A.4', iv: 'A.4', v: 'A.4' };

export function sectionLabel(sections: readonly string[]): string {
  return sections.map((s) => SECTION_LABELS[s] ?? s).join(' + ');
}

function fromUflpa(e: EntityEntry): ScreeningEntry {
  return {
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    namesZh: e.namesZh,
    category: SECTION_CATEGORY[e.sections[0]],
    section: sectionLabel(e.sections),
    dateAdded: e.dateAdded,
    coversSubsidiaries: e.coversSubsidiaries,
    regionLocated: e.regionLocated,
  };
}

export const BUILT_IN_LIST: ScreeningList = {
  id: 'uflpa',
  name: uflpaList.name,
  version: uflpaList.version,
  source: `${uflpaList.sources[0]} (built in; ${uflpaList.entries.length} of ${uflpaList.expectedCount} entries)`,
  builtIn: true,
  entries: uflpaList.entries.map(fromUflpa),
};
