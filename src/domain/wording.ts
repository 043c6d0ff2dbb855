// Every sentence the product writes, in its own words. Paragraph ids follow the Call to Action
// (Coalition to End Forced Labour in the Uyghur Region, updated July 2025); no text is quoted from it.

export const RULES_VERSION = '1.0';

/** Short meaning of each paragraph id, for the summary legend. */
export const PARAGRAPHS: Record<string, string> = {
  'A.1': 'Map suppliers and sub-suppliers with a facility in the Uyghur Region.',
  'A.2': 'Map suppliers based elsewhere that have subsidiaries or operations in the Region, whatever they make for you.',
  'A.2.1': 'Carry out due diligence at the facilities outside the Region that you source from.',
  'A.2.2': 'For their other facilities, rely on credible third-party evidence.',
  'A.3': 'Map suppliers that took part in state-sponsored labour transfer programmes, at any of their sites.',
  'A.4': 'Map any supplier, in China or elsewhere, that uses inputs made in the Region for your products.',
  'B.1': 'Leave suppliers located in the Region at once.',
  'B.2': 'Leave suppliers outside the Region that have subsidiaries or operations in it.',
  'B.3': 'Leave suppliers with credible evidence of labour-transfer participation; tell all suppliers not to take part.',
  'B.4': 'Tell every supplier to stop using Region-made inputs and to drop prohibited companies; help them find other sources.',
  'B.5': 'Leave suppliers that will not commit to B.4 and show proof; exit responsibly outside the Region.',
  'B.6': 'Encourage suppliers to stop Region sourcing for all their production, not only yours.',
  'C.1': 'US importers: hold the whole supply chain, for every market, to the UFLPA standard.',
  'C.2': 'US importers: do not send goods refused US entry under the UFLPA to other markets.',
};

export const ACTIONS = {
  B1: 'B.1 Disengage immediately from this supplier: a facility is in the Uyghur Region.',
  B2: 'B.2 Disengage from this supplier: it has subsidiaries or operations in the Region, whatever it makes for you.',
  B3: 'B.3 Disengage from this supplier (evidence of state-sponsored labour transfer) and direct all suppliers not to take part in such programmes.',
  B5Listed: 'B.5 Disengage: the supplier is on a forced-labour entity list, so it is a prohibited company under B.4.',
  B5Exit: 'B.5 Exit responsibly: plan the exit with the supplier, as it is outside the Region.',
  B4: 'B.4 Instruct the supplier to stop all sourcing of Region-made inputs for your products and to end ties with prohibited companies; help it find other sources.',
  B5IfNot: 'B.5 If the supplier does not agree to B.4 and prove it, disengage.',
  A4Trace: 'A.4 Map this supplier\'s inputs and obtain tracing documents for their origin (high-priority sector, origin not stated).',
  C1: 'C.1 As a US importer, apply the UFLPA standard to this supplier for every market, with no separate supply chain.',
  C2: 'C.2 Do not re-export goods denied US entry under the UFLPA to other markets.',
  confirm: 'Analyst to confirm the evidence;',
} as const;

export const STANDING_INSTRUCTION =
  'B.4 and B.6 apply to every supplier, flagged or not: instruct all suppliers to end sourcing of Region-made inputs for your products and to drop prohibited companies, and encourage them to end Region sourcing for all their production.';

export const LOCAL_ONLY_NOTE =
  'Screened locally on this computer: no supplier data left the workbook. The screen sees only what the sheet holds: sub-suppliers, ownership and sites not listed here are not checked.';

export function missingFieldsAction(missing: string[]): string {
  return `Add the missing ${missing.join(' and ')} and screen again.`;
}
