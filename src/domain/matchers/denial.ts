// Denials: "no operations in Xinjiang", "never took part in labour transfer", 不涉疆, 未参与. A place, an
// origin or a labour-transfer phrase inside a denial is not evidence of a link. One list for every matcher.

/** Latin denial words; a number right after ("no. 5", "no 12") is a house number, not a denial. */
const DENIAL_LATIN = /\b(no|not|never|without|free of|excluding|exclude|excludes|non|none|zero|deny|denies|denied|nor|neither)\b(?![.\s]*\d)/;

/**
 * Chinese denial words. 无, 非 and 未 deny only when they do not start a word of their own
 * (无锡 Wuxi, 非洲 Africa, 非常 very, 未来 future).
 */
const DENIAL_ZH = /(不涉|不含|不在|不使用|不用|不采购|不购买|不参与|不参加|没有|从未|否认|禁止|无(?!锡|论)|非(?!洲|常)|未(?!来))/;

/** How far back a Chinese denial word reaches: Chinese writes no spaces, so a clause can be long. */
const ZH_REACH = 12;

/** The clause of `text` that ends at `at`: sentence marks end clauses, but not a decimal point. */
function clauseBefore(text: string, at: number): string {
  return text.slice(0, at).split(/[.;!?。；！？\n](?!\s*\d)/).pop() ?? '';
}

/** True when the clause leading up to position `at` of a normalised text denies what follows. */
export function deniedBefore(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  return DENIAL_LATIN.test(clause) || DENIAL_ZH.test(clause.slice(-ZH_REACH));
}
