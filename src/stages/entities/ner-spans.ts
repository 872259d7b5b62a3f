import type { Doc } from '../../doc/doc.js';
import { bioSpans } from '../../learn/bio.js';
import type { NerModel } from './ner/model.js';
import { type NerWords, nerWords } from './ner/ner-words.js';
import { docContext, type PreparedSentence, prepareSentence } from './ner/sentence.js';
import { TAGS } from './ner/tags.js';

/** A name the NER model found: token range `[start, end)` and its CoNLL type. */
export interface NerSpan {
  start: number;
  end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly sentence: number;
}

/** Runs the model over every sentence of the tokens layer (hyphenated compounds joined); returns the names it tags as token ranges. */
export function nerSpans(doc: Doc, model: NerModel): NerSpan[] {
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const pieces: NerWords[] = sentences.map((s) => nerWords(tokens, s.tokenStart, s.tokenEnd));
  const prepared: PreparedSentence[] = pieces.map((p) => prepareSentence(p.words));
  const ctx = docContext(prepared);
  const out: NerSpan[] = [];
  prepared.forEach((p, si) => {
    const tokenOf = pieces[si]!.tokenOf;
    for (const { kind, tokenStart, tokenEnd } of bioSpans(TAGS, model.tag(p, ctx))) {
      out.push({ start: tokenOf[tokenStart]!, end: tokenOf[tokenEnd]!, type: kind as NerSpan['type'], sentence: si });
    }
  });
  return out;
}
