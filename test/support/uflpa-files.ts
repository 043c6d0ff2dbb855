// Official copies of the UFLPA Entity List written from entries, in the two forms the maintainer
// command and the importers read: the DHS page (one table per section under its heading) and the
// OpenSanctions simple CSV. The structure is the DHS page's as the research describes it; the code is ours.
import type { EntityEntry } from '../../src/data/schemas';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A name cell as DHS words it: aliases, former names and the listing's reach. */
export function nameCell(e: Pick<EntityEntry, 'name' | 'aliases' | 'formerNames' | 'coversSubsidiaries'>): string {
  let cell = e.name;
  if (e.aliases.length === 1) cell += ` (including one alias: ${e.aliases[0]})`;
  else if (e.aliases.length > 1) cell += ` (also known as ${e.aliases.join('; ')})`;
  if (e.formerNames?.length) cell += ` (formerly known as ${e.formerNames.join('; and ')})`;
  if (e.coversSubsidiaries) cell += ' and subsidiaries';
  return cell;
}

const HEADINGS: Record<string, string> = {
  i: 'Entities in Xinjiang that mine, produce, or manufacture wholly or in part any goods with forced labor',
  ii: 'Entities working with the government of Xinjiang to recruit, transport, transfer, harbor or receive forced labor',
  iii: 'Products made by entities on the lists of clauses (i) and (ii)',
  iv: 'Entities that exported products described in clause (iii) into the United States',
  v: 'Facilities and entities that source material from Xinjiang or from persons working with the government of Xinjiang or the XPCC',
};

/** A saved DHS page listing `entries` (an entry under each of its sections; one without a section is left out). */
export function dhsPage(entries: EntityEntry[], sections = ['i', 'ii', 'iii', 'iv', 'v']): string {
  const parts = sections.map((s) => {
    const rows = entries
      .filter((e) => e.sections.includes(s as EntityEntry['sections'][number]) && !e.removed)
      .map((e) => `<tr><td>${escape(nameCell(e)).replace(/ \(/, '<br>(')}</td><td>${longDate(e.dateAdded).replace(' ', '&nbsp;')}</td></tr>`);
    return `<h2>Section 2(d)(2)(B)(${s})</h2>\n<p><strong>${HEADINGS[s]}</strong></p>\n<table class="usa-table"><thead><tr><th>${s === 'ii' ? 'Entity Name' : 'Name of Entity'}</th><th>Effective Date</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>UFLPA Entity List | Homeland Security</title></head><body><main><h1>UFLPA Entity List</h1>\n${parts.join('\n')}\n</main></body></html>\n`;
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The OpenSanctions simple CSV of `entries` (former and Chinese names among the aliases, as it has them). */
export function openSanctionsCsv(entries: EntityEntry[]): string {
  const head = 'id,schema,name,aliases,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change';
  const rows = entries
    .filter((e) => !e.removed)
    .map((e) => {
      const sanctions = e.sections.map((s) => `UFLPA Entity List - Section 2(d)(2)(B)(${s})`).join(';') + (e.coversSubsidiaries ? ' (and subsidiaries)' : '');
      const aliases = [...e.aliases, ...(e.formerNames ?? []), ...e.namesZh].join(';');
      return [`NK-${e.id}`, 'Company', e.name, aliases, 'cn', '', '', sanctions || 'UFLPA Entity List', '', '', 'US DHS UFLPA Entity List', `${e.dateAdded}T00:00:00`, `${e.dateAdded}T00:00:00`, `${e.dateAdded}T00:00:00`]
        .map(csvCell)
        .join(',');
    });
  return `${head}\n${rows.join('\n')}\n`;
}
