import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { crosses, holds, type LinkedSpans } from './linked-spans.js';

/** What a noun phrase is made of: "the vast majority", "some of his rivals", "Muslims and other groups". */
const NP = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const MAX_NP = 10;

/** Subordinators and relatives that open a clause with a subject of its own. */
const CLAUSE = new Set('that which who whom whose when while because although though if whether since after before as'.split(' '));

/**
 * "She greeted supporters … and told them …": a cue whose verb is coordinated with its
 * sentence's main verb ("and"/"but" right before it) and that has no source takes the
 * subject that opens the sentence (rule `+clause-subject`), unless a clause of its own
 * ("that …", "who …") opens between them.
 */
export function coordinatedSubjects(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (l.source || !l.cue || l.cue.tokenStart < 3) return l;
    const first = tokens[l.cue.tokenStart] as Token;
    if (first.pos !== 'VERB' && first.pos !== 'AUX') return l;
    let k = l.cue.tokenStart - 1;
    while (k > 0 && (tokens[k] as Token).pos === 'ADV') k--;
    if (!/^(and|but)$/i.test((tokens[k] as Token).text)) return l;
    const subject = sentenceSubject(tokens, l.cue.tokenStart);
    if (!subject || crosses(l.content, subject)) return l;
    for (let i = subject.tokenEnd; i < k; i++) {
      const t = tokens[i] as Token;
      if (CLAUSE.has(t.text.toLowerCase()) || t.pos === 'PRON' || holds(l.content, i)) return l;
    }
    return { ...l, source: subject, rule: `${l.rule}+clause-subject` };
  });
}

/** The noun phrase or personal pronoun that opens the sentence of token `at`, when a verb (after adverbs or auxiliaries) follows it. */
export function sentenceSubject(tokens: readonly Token[], at: number): TaggedSpan | null {
  const sentence = (tokens[at] as Token).sentence;
  let a = at;
  while (a > 0 && (tokens[a - 1] as Token).sentence === sentence) a--;
  let b = a;
  if ((tokens[a] as Token).pos === 'PRON' && /^(he|she|they|we|i)$/i.test((tokens[a] as Token).text)) b = a + 1;
  else while (b < at && b - a < MAX_NP && NP.has((tokens[b] as Token).pos)) b++;
  const head = tokens[b - 1] as Token | undefined;
  if (b === a || !head || (head.pos !== 'PROPN' && head.pos !== 'NOUN' && head.pos !== 'PRON')) return null;
  let v = b;
  while (v < at && ((tokens[v] as Token).pos === 'ADV' || (tokens[v] as Token).pos === 'AUX')) v++;
  const verb = tokens[v] as Token | undefined;
  if (!verb || (verb.pos !== 'VERB' && !(verb.pos === 'AUX' && v > b))) return null;
  return { kind: 'S', tokenStart: a, tokenEnd: b };
}
