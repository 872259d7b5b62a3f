import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './linked-spans.js';

/** What the subject of a passive cue may be made of: "Mr. Quiros", "the city's two largest unions". */
const SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/**
 * Verbs whose passive subject is what the statement is about, not who made it: "X is expected
 * to …", "X was accused of …" (PolNeAR train, passive cues with no source and the content
 * around them: expect 66, charge 6, consider 5, declare 5, accuse 4, …). Psych verbs ("X was
 * worried that …") are left out: there the subject is the source.
 */
const ABOUT_SUBJECT = new Set(
  (
    'expect charge consider declare accuse name project recognize nominate view criticize describe lambast call ' +
    'predict label deem suspect rate'
  ).split(' '),
);

/** The past participle of a passive cue ("was accused of", "has been harshly criticized"), else null. */
function passiveVerb(tokens: readonly Token[], cue: { tokenStart: number; tokenEnd: number }): Token | null {
  const first = tokens[cue.tokenStart] as Token;
  if (first.lemma !== 'be' && first.lemma !== 'have') return null;
  let been = first.lemma === 'be';
  for (let i = cue.tokenStart + 1; i < cue.tokenEnd; i++) {
    const t = tokens[i] as Token;
    if (t.text.toLowerCase() === 'been') been = true;
    else if (been && t.pos === 'VERB' && /ed$/i.test(t.text)) return t;
  }
  return null;
}

/**
 * "[Mr. Quiros] [was accused of] [using $50 million …]": with a passive cue and nobody named
 * as its source, PolNeAR marks the content around the cue, from its subject on (train: 166
 * such contents around the cue, 31 after it). A content that starts after such a cue takes the
 * subject right before the cue; when the verb is one whose subject is what is talked about,
 * a source tagged on that subject is no source (rule `+passive`).
 */
export function aroundPassiveCue(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.map((l) => {
    const { cue, content, source } = l;
    if (!cue || content.tokenStart < cue.tokenEnd) return l;
    const verb = passiveVerb(tokens, cue);
    if (!verb) return l;
    const subjectSource = source !== null && source.tokenEnd === cue.tokenStart && ABOUT_SUBJECT.has(verb.lemma);
    if (source && !subjectSource) return l;
    const sentence = (tokens[cue.tokenStart] as Token).sentence;
    let start = subjectSource ? source.tokenStart : cue.tokenStart;
    while (start > 0 && (tokens[start - 1] as Token).sentence === sentence && SUBJECT.has((tokens[start - 1] as Token).pos)) start--;
    if (start === cue.tokenStart) return l;
    return { ...l, source: null, content: { ...content, tokenStart: start }, rule: `${l.rule}+passive` };
  });
}
