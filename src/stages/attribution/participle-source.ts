import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { crosses, type LinkedSpans } from './linked-spans.js';

/** What a sentence-opening subject is made of: "The Florida senator", "Mr. Trump", "She". */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const MAX_SUBJECT = 8;

/**
 * "X took a heckler in stride, saying …": a participle cue after a comma has no subject of
 * its own; PolNeAR gives it the clause's: the source of an earlier attribution in the same
 * sentence, else the noun phrase that opens the sentence right before its verb (rule
 * `+participle-subject`).
 */
export function participleSubjects(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    if (l.source || !l.cue || l.cue.tokenStart < 2) return l;
    const first = tokens[l.cue.tokenStart] as Token;
    if (first.pos !== 'VERB' || !/ing$/i.test(first.text) || (tokens[l.cue.tokenStart - 1] as Token).text !== ',') return l;
    const source = earlierSource(tokens, linked, l) ?? openingSubject(tokens, l);
    return source ? { ...l, source, rule: `${l.rule}+participle-subject` } : l;
  });
}

/** The source of the nearest attribution before `l` in its sentence whose cue comes first. */
function earlierSource(tokens: readonly Token[], linked: readonly LinkedSpans[], l: LinkedSpans): TaggedSpan | null {
  const cue = l.cue as TaggedSpan;
  const sentence = (tokens[cue.tokenStart] as Token).sentence;
  let best: TaggedSpan | null = null;
  for (const o of linked) {
    if (o === l || !o.source || !o.cue || o.cue.tokenStart >= cue.tokenStart) continue;
    if ((tokens[o.source.tokenStart] as Token).sentence !== sentence || o.source.tokenEnd > cue.tokenStart) continue;
    if (!best || o.source.tokenStart > best.tokenStart) best = o.source;
  }
  return best;
}

/** The noun phrase or personal pronoun that opens `l`'s sentence, when a verb follows it at once. */
function openingSubject(tokens: readonly Token[], l: LinkedSpans): TaggedSpan | null {
  const cue = l.cue as TaggedSpan;
  const sentence = (tokens[cue.tokenStart] as Token).sentence;
  let a = cue.tokenStart;
  while (a > 0 && (tokens[a - 1] as Token).sentence === sentence) a--;
  let b = a;
  if ((tokens[a] as Token).pos === 'PRON' && /^(he|she|they|we|i|it)$/i.test((tokens[a] as Token).text)) b = a + 1;
  else while (b < cue.tokenStart && b - a < MAX_SUBJECT && SUBJECT_WORDS.has((tokens[b] as Token).pos)) b++;
  const head = tokens[b - 1] as Token | undefined;
  if (b === a || !head || (head.pos !== 'PROPN' && head.pos !== 'NOUN' && head.pos !== 'PRON')) return null;
  const verb = tokens[b] as Token | undefined;
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  const subject = { kind: 'S', tokenStart: a, tokenEnd: b };
  return crosses(l.content, subject) ? null : subject;
}
