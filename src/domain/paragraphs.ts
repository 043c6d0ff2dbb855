// The Call to Action's paragraph ids (Coalition to End Forced Labour in the Uyghur Region, updated
// July 2025) and the short meaning of each, in the project's own words, for the summary legend.
export const PARAGRAPHS = {
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
} as const;

export type ParagraphId = keyof typeof PARAGRAPHS;

/** The paragraphs that name a kind of link to the Region: a finding's category, in this order everywhere. */
export const CATEGORIES = ['A.1', 'A.2', 'A.3', 'A.4'] as const satisfies readonly ParagraphId[];
export type Category = (typeof CATEGORIES)[number];
