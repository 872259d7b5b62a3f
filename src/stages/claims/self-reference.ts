import type { Claim } from './claim.js';

/** A first-person subject before the predicate: "I pay federal taxes", "we never sent troops". */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|[Ww]e)(?=[\s'’,])/u;

/**
 * The holder's own key when the claim is about the holder ("Of course, I pay federal taxes."
 * held by Trump is about @trump): a first-person subject between the content's start and its
 * predicate, the holder a named entity (not an outlet or an undisclosed group). Another
 * document names that holder as an argument ("Trump has not paid …"), so across documents the
 * key is a topic the two claims share. Rule `claims/self-reference`.
 */
export function selfReference(c: Pick<Claim, 'span' | 'predicate' | 'holder'>): string | null {
  const h = c.holder;
  if (!h?.entity || h.outlet || h.anonymous || !c.predicate) return null;
  const before = c.span.text.slice(0, Math.max(0, c.predicate.start - c.span.start));
  return FIRST_PERSON.test(before) ? h.key : null;
}
