import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';

/** Speech verbs sure enough to stand as cues without the learned model. */
const CORE_CUES = new Set('say tell claim insist add report confirm state announce warn argue deny explain write tweet'.split(' '));
const SUBJECT = new Set(['NOUN', 'PROPN', 'PRON']);
const NP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Source and cue spans from the lexicon alone, for running without the learned model: a
 * speech verb is a cue, the noun or pronoun right before it (or, inverted, right after it)
 * its source. The linking rules then find the content ("X said …", "…, X said").
 */
export function lexiconSpans(tokens: readonly Token[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'VERB' || !CORE_CUES.has(t.lemma)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before && before.sentence === t.sentence && SUBJECT.has(before.pos)) {
      let a = i - 1;
      while (a > 0 && (tokens[a - 1] as Token).sentence === t.sentence && before.pos !== 'PRON' && NP.has((tokens[a - 1] as Token).pos))
        a--;
      spans.push({ kind: 'S', tokenStart: a, tokenEnd: i });
    } else if (after && after.sentence === t.sentence && SUBJECT.has(after.pos))
      spans.push({ kind: 'S', tokenStart: i + 1, tokenEnd: i + 2 });
    spans.push({ kind: 'C', tokenStart: i, tokenEnd: i + 1 });
  }
  return spans.sort((a, b) => a.tokenStart - b.tokenStart);
}
