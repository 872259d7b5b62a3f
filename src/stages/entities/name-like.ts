import type { Token } from '../../doc/layers.js';
import { isFirstNameInNamePosition } from './first-name-position.js';
import type { WorkMention } from './mention.js';

/** Parts of speech that do not occur in a proper name. */
const CLAUSE_WORDS = new Set(['VERB', 'AUX', 'PRON', 'SCONJ']);

/**
 * False for a "name" holding a verb, auxiliary, pronoun or subordinator: a title-case
 * headline the model read as one name ("Obama Says African…"). Such names stay mentions
 * but neither become canonical names nor lend their words to other names. A first name
 * opening the name counts as a name whatever its tag ("Ted Cruz" with "Ted" read as a verb).
 */
export function isNameLike(tokens: readonly Token[], m: WorkMention): boolean {
  for (let k = m.tokStart; k < m.tokEnd; k++) {
    if (!CLAUSE_WORDS.has(tokens[k]?.pos ?? '')) continue;
    if (k === m.tokStart && isFirstNameInNamePosition(tokens, k, m.tokEnd)) continue;
    return false;
  }
  return true;
}
