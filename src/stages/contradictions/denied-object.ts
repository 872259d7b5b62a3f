/**
 * What a denial's content is, when it is a noun phrase and not a proposition: a named account
 * ("the reports", "their account", "X's charges about …") that points back at words
 * elsewhere, or a request or action ("a request to …", "X's actions to …"), which is
 * refused or belittled, not called false. The frame rule cannot place either: a named account
 * shares few words with what it names (`rule-denial-anaphor.ts` finds it through the sentences
 * before), and a refused request denies no account. Rule `contradictions/denial-named-object`.
 */

/** Nouns that name an account: "the report", "those charges", "their account". */
export const ACCOUNT_NOUN = String.raw`(?:reports?|charges?|accusations?|allegations?|claims?|account|story|stories|notion|idea|critiques?|criticism|rumou?rs?|wrongdoing|assertions?|suggestions?|characterization|narrative|remarks?|comments?)`;

/** Nouns of a request or an action, which are refused, not called false. */
const ACTION_NOUN = String.raw`(?:requests?|motions?|bids?|proposals?|offers?|pleas?|petitions?|appeals?|actions?|moves?|efforts?|attempts?|bills?|measures?|nominations?|applications?|demands?|invitations?)`;

/** A determiner or a possessive name opening the phrase: "the", "their", "Varga's". */
const OPENER = String.raw`(?:(?:the|those|these|their|his|her|its|such|any|all|both|this|that|a|an)\s+|[\p{Lu}][\p{L}.-]*['’]s?\s+)`;

/** The phrase's head within three words of its opener, not followed by a "that" clause ("the idea that he …" states its content). */
const NAMED_OBJECT = new RegExp(String.raw`^${OPENER}(?:[\p{L}’'-]+\s+){0,2}?(?:${ACCOUNT_NOUN}|${ACTION_NOUN})\b(?!\s+that\b)`, 'iu');

/** True when the denied content is a named account or a request/action, not a proposition. */
export function deniesNamedObject(content: string): boolean {
  return NAMED_OBJECT.test(content.trim());
}
