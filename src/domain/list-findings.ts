// Findings from screening-list matches of one row's names: a supplier name (listed supplier, or a
// resemblance for review), a parent or other-sites name (A.2, the group), an inputs cell (A.4). A match
// that is not strong is weighed against the row first (issue #14, rule 2): a stated country other than
// China, Hong Kong or Macau for a listed entity in China, or a trade unrelated to the listed entity's,
// keeps it below Review. A group lead (rule 3) stands only with the group's context: its trade, a
// Region place in the row, or the word order of the group's names.
import { cellsOf, excerpt, type RowCell, type RowView } from './cells';
import type { CountryKind } from './matchers/context';
import type { EntityMatch } from './matchers/entities';
import { normalizeName, tradeChains, isRegionWord } from './matchers/entity-names';
import { wordTokens } from './normalize';
import { entryCaveats } from './lists';
import type { Category, Finding } from './types';

/** What a row says that a name match is weighed against. */
export interface NameContext {
  /** Hong Kong and Macau count as China here. */
  country: CountryKind;
  /** The country as written, for the explanation. */
  countryText: string;
  /** Trade chains the row's supplier name, products and inputs name. */
  chains: ReadonlySet<string>;
  /** The row names a place in the Region (an address finding, or a Region place in the supplier's name). */
  regionPlace: boolean;
}

const HK_MACAU = /^(hong ?kong|hk|hksar|hong kong sar|macau|macao|香港|澳门)(,? ?(sar|china))?$/;

/** The row's context for weighing name matches. `regionFound`: a Region place or code was found in the row's other cells. */
export function nameContext(view: RowView, country: CountryKind, regionFound: boolean): NameContext {
  const countryCell = cellsOf(view, 'country')[0];
  const chains = new Set<string>();
  let regionPlace = regionFound;
  for (const c of cellsOf(view, 'supplierName')) {
    tradeChains(c.norm, chains);
    if (wordTokens(normalizeName(c.raw)).some(isRegionWord) || /新疆/.test(c.norm)) regionPlace = true;
  }
  for (const c of cellsOf(view, 'product', 'inputs')) tradeChains(c.norm, chains);
  const inChinaSar = country === 'other' && cellsOf(view, 'country').some((c) => HK_MACAU.test(c.norm.replace(/[.]/g, '').trim()));
  return { country: inChinaSar ? 'china' : country, countryText: countryCell?.raw.trim() ?? '', chains, regionPlace };
}

function heldByCountry(m: EntityMatch, ctx: NameContext): string | null {
  return ctx.country === 'other' && m.inChina ? `kept below Review: the row's country (${ctx.countryText}) is not China, and the listed entity is in China` : null;
}

/** Why the row keeps a match that is not strong below Review (rule 2), or null when it stands. */
export function heldByRow(m: EntityMatch, ctx: NameContext): string | null {
  const country = heldByCountry(m, ctx);
  if (country) return country;
  if (ctx.chains.size > 0 && m.chains.length > 0 && !m.chains.some((c) => ctx.chains.has(c))) {
    return `kept below Review: the row's trade (${[...ctx.chains].join(', ')}) is unrelated to the listed entity's (${m.chains.join(', ')})`;
  }
  return null;
}

/** The group's context a lead needs (rule 3), in words; null when the row gives none. */
export function groupContext(m: EntityMatch, ctx: NameContext): string | null {
  if (m.group?.order) return `in the word order of the group's names ("${m.group.order}")`;
  const shared = m.chains.filter((c) => ctx.chains.has(c));
  if (shared.length > 0) return `with the group's trade (${shared.join(', ')})`;
  if (ctx.regionPlace) return 'with a Region place in the row';
  return null;
}

export function listFinding(cell: RowCell, m: EntityMatch, category: Category, partial: Partial<Finding>): Finding {
  const e = m.entry;
  const finding: Finding = {
    category,
    risk: false,
    confidence: m.strong ? 'high' : 'medium',
    matcher: m.list.builtIn ? 'entity' : 'list',
    column: cell.header,
    cell: cell.address,
    matched: excerpt(cell.raw),
    detail: `${m.strong ? 'matches' : 'resembles'} ${m.list.name} entry "${e.name}" (score ${m.score.toFixed(2)}: ${m.explanation})`,
    key: `${category}|list|${m.list.id}:${e.id}`,
    listRef: {
      listId: m.list.id,
      listName: m.list.name,
      listVersion: m.list.version,
      entryId: e.id,
      entryName: e.name,
      section: e.section,
      dateAdded: e.dateAdded,
    },
    ...partial,
  };
  return qualified(finding, m);
}

// Entry caveats (list currency): a removed entry, a listing seen only in Chinese or resting on one
// secondary source can only be a lead (Review), and the evidence says why.

/** The entry's caveats (lists.ts entryCaveats) added to the evidence; a lead-only entry's finding drops to medium. */
function qualified(f: Finding, m: EntityMatch): Finding {
  const { leadOnly, notes } = entryCaveats(m.list, m.entry, m.matchedName);
  if (notes.length) f.detail += `; ${notes.join('; ')}`;
  if (leadOnly) {
    if (f.confidence === 'high') f.confidence = 'medium';
    delete f.listedSupplier;
  }
  return f;
}

function leadOnly(m: EntityMatch): boolean {
  return entryCaveats(m.list, m.entry, m.matchedName).leadOnly;
}

function groupNote(m: EntityMatch): string {
  const g = m.group;
  if (!g || g.entries < 2) return '';
  return `; "${m.entry.name}" is one of ${g.entries} entries of a listed group (${g.words.join(', ')}): confirm ownership`;
}

/** A group lead as an A.2 finding: the name may belong to the listed group. */
function leadFinding(cell: RowCell, m: EntityMatch, context: string): Finding {
  const g = m.group!;
  const others = g.entries > 1 ? ` and ${g.entries - 1} other ${g.entries === 2 ? 'entry' : 'entries'}` : '';
  return listFinding(cell, m, 'A.2', {
    confidence: 'medium',
    detail: `may belong to the listed group "${g.words.join('/')}" (${m.list.name} entry "${m.entry.name}"${others}${g.coversSubsidiaries ? ', listed with its subsidiaries' : ''}): the name holds ${g.words.map((w) => `"${w}"`).join(', ')} ${context}; confirm ownership (${m.explanation})`,
  });
}

/**
 * Per list, the first match that stands: a strong one; else a name match the row does not hold back;
 * else a group lead with the group's context.
 */
function standing(matches: EntityMatch[], ctx: NameContext): { m: EntityMatch; context?: string }[] {
  const out: { m: EntityMatch; context?: string }[] = [];
  const lists = [...new Set(matches.map((m) => m.list))];
  for (const list of lists) {
    const mine = matches.filter((m) => m.list === list);
    const name = mine.find((m) => m.kind === 'name' && (m.strong || !heldByRow(m, ctx)));
    if (name) {
      out.push({ m: name });
      continue;
    }
    for (const lead of mine.filter((m) => m.kind === 'group')) {
      const context = groupContext(lead, ctx);
      if (context && !heldByCountry(lead, ctx)) {
        out.push({ m: lead, context });
        break;
      }
    }
  }
  return out;
}

export function supplierListFindings(cell: RowCell, matches: EntityMatch[], ctx: NameContext): Finding[] {
  const out: Finding[] = [];
  for (const { m, context } of standing(matches, ctx)) {
    if (context) {
      out.push(leadFinding(cell, m, context));
      continue;
    }
    // An official UFLPA entry whose section is not known here is still listed (any section disengages):
    // A.1 when it sits in the Region, else the least grave A.4. Another list's entry without a category is a lead.
    const sectionUnknown = !m.entry.category && !!m.list.official;
    const category = m.entry.category ?? (sectionUnknown && !m.entry.regionLocated ? 'A.4' : 'A.1');
    if (!m.strong || (!m.entry.category && !sectionUnknown) || leadOnly(m)) {
      const f = listFinding(cell, m, category, { confidence: 'medium' });
      if (!m.strong) f.detail += groupNote(m);
      if (!m.entry.category) f.detail += sectionUnknown ? '; its UFLPA section is not known here: analyst to confirm' : '; the list gives no category: analyst to confirm';
      out.push(f);
      continue;
    }
    const listed = listFinding(cell, m, category, { listedSupplier: true });
    if (sectionUnknown) listed.detail += '; its UFLPA section is not known here';
    out.push(listed);
    if (m.entry.regionLocated && category !== 'A.1') {
      out.push(listFinding(cell, m, 'A.1', { detail: `${m.list.name} entry "${m.entry.name}" is located in the Uyghur Region` }));
    }
  }
  return out;
}

export function groupListFindings(cell: RowCell, matches: EntityMatch[], ctx: NameContext): Finding[] {
  return standing(matches, ctx).map(({ m, context }) => {
    if (context) return leadFinding(cell, m, context);
    const covers = m.entry.coversSubsidiaries;
    return listFinding(cell, m, 'A.2', {
      confidence: m.strong && covers ? 'high' : 'medium',
      detail: `group named here ${m.strong ? 'matches' : 'resembles'} ${m.list.name} entry "${m.entry.name}"${covers ? ', whose listing extends to subsidiaries and affiliates' : ''}: confirm ownership (score ${m.score.toFixed(2)}: ${m.explanation})`,
    });
  });
}

export function inputListFindings(cell: RowCell, matches: EntityMatch[]): Finding[] {
  const m = matches.find((x) => x.strong);
  if (!m) return [];
  return [listFinding(cell, m, 'A.4', { detail: `input from ${m.list.name} entry "${m.entry.name}" (score ${m.score.toFixed(2)}: ${m.explanation})` })];
}
