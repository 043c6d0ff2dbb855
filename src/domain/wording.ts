// Every sentence the product writes, in its own words. Paragraph ids follow the Call to Action
// (Coalition to End Forced Labour in the Uyghur Region, updated July 2025); no text is quoted from it.
import type { ParagraphId } from './paragraphs';

export const RULES_VERSION = '1.0';

/** An owed action: the paragraph that asks for it (none for "analyst to confirm" and the missing fields) and what to do. */
export interface Action {
  paragraph: ParagraphId | null;
  text: string;
}

/** An action as the sheet and the report write it: the paragraph id, then what to do. */
export function actionText(action: Action): string {
  return action.paragraph ? `${action.paragraph} ${action.text}` : action.text;
}

export const ACTIONS = {
  B1: { paragraph: 'B.1', text: 'Disengage immediately from this supplier: a facility is in the Uyghur Region.' },
  B2: { paragraph: 'B.2', text: 'Disengage from this supplier: it has subsidiaries or operations in the Region, whatever it makes for you.' },
  B3: { paragraph: 'B.3', text: 'Disengage from this supplier (evidence of state-sponsored labour transfer) and direct all suppliers not to take part in such programmes.' },
  B5Listed: { paragraph: 'B.5', text: 'Disengage: the supplier is on a forced-labour entity list, so it is a prohibited company under B.4.' },
  B5Exit: { paragraph: 'B.5', text: 'Exit responsibly: plan the exit with the supplier, as it is outside the Region.' },
  B4: { paragraph: 'B.4', text: 'Instruct the supplier to stop all sourcing of Region-made inputs for your products and to end ties with prohibited companies; help it find other sources.' },
  B5IfNot: { paragraph: 'B.5', text: 'If the supplier does not agree to B.4 and prove it, disengage.' },
  A4Trace: { paragraph: 'A.4', text: "Map this supplier's inputs and obtain tracing documents for their origin (high-priority sector, origin not stated)." },
  C1: { paragraph: 'C.1', text: 'As a US importer, apply the UFLPA standard to this supplier for every market, with no separate supply chain.' },
  C2: { paragraph: 'C.2', text: 'Do not re-export goods denied US entry under the UFLPA to other markets.' },
  confirm: { paragraph: null, text: 'Analyst to confirm the evidence; if confirmed:' },
} as const satisfies Record<string, Action>;

export const STANDING_INSTRUCTION =
  'B.4 and B.6 apply to every supplier, flagged or not: instruct all suppliers to end sourcing of Region-made inputs for your products and to drop prohibited companies, and encourage them to end Region sourcing for all their production.';

export const LOCAL_ONLY_NOTE =
  'Screened locally on this computer: no supplier data left the workbook. The screen sees only what the sheet holds: sub-suppliers, ownership and sites not listed here are not checked.';

export function missingFieldsAction(missing: readonly string[]): Action {
  return { paragraph: null, text: `Add the missing ${missing.join(' and ')} and screen again.` };
}
