import type { EventDoc } from './corpus.js';
import type { ScoredTrigger } from './score.js';

/** The "every verb" baseline: each VERB token an OCCURRENCE (what a POS tagger alone gives). */
export function everyVerb(d: EventDoc): ScoredTrigger[] {
  return d.tokens.filter((t) => t.pos === 'VERB').map((t) => ({ start: t.start, end: t.end, class: 'OCCURRENCE' }));
}
