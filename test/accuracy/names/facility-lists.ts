// Real published facility lists (Open Supply Hub test fixtures: apparel factories in China, Bangladesh
// and elsewhere, as brands submit them), none of which is on the UFLPA Entity List: screened with their
// country, address and sector, they must bring no list finding. This is where single shared words
// ("Jiaxing Sunshine Garment", "Guizhou Donghai Clothing") raised Review findings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { anyListOutcome, describeRow } from './listed';

const DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'facility-lists');

async function run(): Promise<CaseResult[]> {
  const rows: string[][] = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(DIR, file), 'utf8'), { header: true, skipEmptyLines: true });
    for (const r of parsed.data) if (r.name?.trim()) rows.push([r.name.trim(), r.country ?? '', r.address ?? '', r.sector ?? '']);
  }
  const results = await screenRows({ header: ['Supplier Name', 'Country', 'Address', 'Products'], rows });
  return rows.map((r, i) => {
    const outcome = anyListOutcome(results[i]);
    return { id: `"${r[0]}" (${r[1]})`, outcome, pass: outcome === 'none', detail: outcome === 'none' ? undefined : describeRow(results[i]) };
  });
}

export const facilityListGenerator: Generator = {
  suite: 'names',
  name: 'real facility lists (Open Supply Hub)',
  description: 'Every factory of three published facility lists (../shared/reference/facility-lists), with its country, address and sector: none is listed, so none may bring a list finding.',
  negative: true,
  required: 1,
  run,
};
