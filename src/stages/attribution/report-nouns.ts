import type { Sentence, Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import { crosses, type LinkedSpans, withoutTrailingPunct } from './linked-spans.js';

const REPORT_NOUNS = new Set(['report', 'claim', 'statement', 'announcement', 'allegation', 'assertion', 'rumor', 'rumour', 'warning']);
const NP_LEFT = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/**
 * "a recent report that the government was preparing…": a report noun followed by a
 * that-clause attributes the clause to the noun phrase, with no cue word (PolNeAR marks the
 * noun phrase as source, the clause as content). Skipped where a content already covers it.
 */
export function reportNounClauses(tokens: readonly Token[], sentences: readonly Sentence[], covered: readonly TaggedSpan[]): LinkedSpans[] {
  const out: LinkedSpans[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const that = tokens[i + 1] as Token;
    if (noun.pos !== 'NOUN' || !REPORT_NOUNS.has(noun.lemma) || that.text.toLowerCase() !== 'that') continue;
    const sentence = sentences[noun.sentence] as Sentence;
    let a = i;
    while (a > sentence.tokenStart && NP_LEFT.has((tokens[a - 1] as Token).pos)) a--;
    const end = withoutTrailingPunct(tokens, i + 2, sentence.tokenEnd);
    // the clause must have a verb of its own ("the report that he wrote" is a relative clause)
    let verb = false;
    let subject = false;
    for (let k = i + 2; k < end; k++) {
      const pos = (tokens[k] as Token).pos;
      if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') subject = true;
      if ((pos === 'VERB' || pos === 'AUX') && subject) verb = true;
    }
    if (!verb || end - (i + 1) < 4) continue;
    const content: TaggedSpan = { kind: 'Q', tokenStart: i + 1, tokenEnd: end };
    if (covered.some((c) => crosses(c, content))) continue;
    out.push({ content, cue: null, source: { kind: 'S', tokenStart: a, tokenEnd: i + 1 }, rule: 'attribution/report-noun-clause' });
  }
  return out;
}
