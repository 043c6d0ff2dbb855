// Self-match: every name, alias, former name and Chinese name of every entry of the built-in list,
// as listed and in the forms buyers write, screened as a supplier name (the country column left
// empty: nothing else to go on) → a strong finding naming that entry. Where the list itself makes a match a lead (removed, a
// low-confidence listing, an English form not confirmed) any finding naming the entry passes.
import { BUILT_IN_LIST, type ScreeningList } from '../../../src/domain/lists';
import { screenRows } from '../screen-rows';
import type { CaseResult, Generator } from '../types';
import { describeRow, entryOutcome, reviewOnly, listedNames, sameNamedEntries, type ListedName } from './listed';
import { contentAbbreviated, fullWidth, legalFormDropped, legalFormSwapped, spacing, traditional, upperNoPunctuation } from './variants';

interface Variant {
  listed: ListedName;
  text: string;
}

/** Screens each variant as a supplier name; passes when the entry it came from is found strongly. */
export async function selfMatchCases(variants: Variant[], list: ScreeningList = BUILT_IN_LIST): Promise<CaseResult[]> {
  const results = await screenRows({ header: ['Supplier Name', 'Country'], rows: variants.map((v) => [v.text, null]) });
  return variants.map((v, i) => {
    const ids = sameNamedEntries(list, v.listed.text);
    ids.add(v.listed.entry.id);
    const outcome = entryOutcome(results[i], list.id, ids);
    const pass = outcome === 'strong' || (outcome === 'weak' && reviewOnly(v.listed.entry, v.text));
    return {
      id: `${v.listed.kind} "${v.text}" → ${v.listed.entry.id}`,
      outcome,
      pass,
      detail: pass ? undefined : describeRow(results[i]),
    };
  });
}

function selfMatch(name: string, description: string, required: number, forms: (text: string) => string[]): Generator {
  return {
    suite: 'names',
    name,
    description,
    required,
    run: () => selfMatchCases(listedNames(BUILT_IN_LIST).flatMap((listed) => forms(listed.text).map((text) => ({ listed, text })))),
  };
}

const one = (s: string | null) => (s === null ? [] : [s]);

export const selfMatchGenerators: Generator[] = [
  selfMatch('self-match: as listed', 'Every name, alias, former name and Chinese name of the built-in list, exactly as listed.', 1, (t) => [t]),
  selfMatch('self-match: upper case, no punctuation', 'Every Latin name in capitals with punctuation replaced by spaces ("HUAFU FASHION CO LTD").', 1, (t) => one(upperNoPunctuation(t))),
  selfMatch('self-match: legal form dropped', 'Every name without its legal form ("Huafu Fashion", "华孚时尚", "Esquel").', 1, (t) => one(legalFormDropped(t))),
  selfMatch(
    'self-match: legal form swapped or added',
    'Every name with its legal form written another way ("Company Limited", "Grp", "Corp.", 股份有限公司 for 有限公司), or one added where it has none.',
    1,
    legalFormSwapped,
  ),
  selfMatch(
    'self-match: content words abbreviated',
    'Names with Industry/Industrial → Ind., Technology → Tech., International → Intl, Manufacturing → Mfg, Import and Export → Imp. & Exp.',
    1,
    contentAbbreviated,
  ),
  // Not among the required forms: a short name run into its legal form ("TBEACo., Ltd.") is not read apart.
  selfMatch('self-match: spacing', 'Every name with a space doubled, and with two words run together (a Chinese name with a space inserted).', 0.99, spacing),
  selfMatch('self-match: traditional characters', 'Every Chinese name in traditional characters (Hong Kong and Taiwan forms).', 1, traditional),
  selfMatch('self-match: full-width letters', 'Every Latin name typed in full-width letters, digits and punctuation.', 1, (t) => one(fullWidth(t))),
];
