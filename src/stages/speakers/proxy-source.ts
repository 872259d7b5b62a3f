/**
 * A source that speaks for someone else: "Clinton's campaign", "Clinton's team", "the
 * Clinton campaign's manager Robby Mook", "a spokeswoman for Clinton", "an aide to the
 * senator". The words are the campaign's or the spokesperson's, not the named principal's,
 * so the principal must not be filed as the speaker.
 */
const PROXY =
  '(?:campaign|camp|team|staff|office|allies|surrogates?|spokes(?:man|men|woman|women|person|people)|press\\s+secretary|aides?|advisers?|advisors?|lawyers?|attorneys?|representatives?|(?:campaign\\s+)?(?:manager|chairman|chairwoman|chair))';

/** "X's [campaign] manager", "X’s team": a possessive, then (within two words) a proxy noun. */
const POSSESSED = new RegExp(`['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${PROXY}\\b`, 'u');
/** "a spokeswoman for X", "an aide to X", "lawyers for X". */
const FOR = new RegExp(`\\b${PROXY}\\s+(?:for|to|of)\\s+(?:the\\s+)?\\p{Lu}`, 'u');

/**
 * Where the proxy phrase ends in the source text (so that a name after it, "… manager Robby
 * Mook", can still be the speaker), or -1 when the source speaks for itself.
 */
export function proxyEnd(source: string): number {
  const possessed = POSSESSED.exec(source);
  if (possessed) return possessed.index + possessed[0].length;
  const forWhom = FOR.exec(source);
  // "a spokeswoman for Hillary Clinton": everything after the noun names the principal
  if (forWhom) return source.length;
  return -1;
}

/** Whether the source is someone speaking for the person it names. */
export function speaksForSomeone(source: string): boolean {
  return proxyEnd(source) >= 0;
}
