import type { Doc } from '../../doc/doc.js';
import type { NerModel } from './ner/model.js';
import { type NerWords, nerWords } from './ner/ner-words.js';
import { docContext, type PreparedSentence, prepareSentence } from './ner/sentence.js';
import { TAGS } from './ner/tags.js';

const TYPES: readonly NerSpan['type'][] = ['PER', 'ORG', 'LOC', 'MISC'];
if (TAGS[1] !== 'B-PER' || TAGS[8] !== 'I-MISC') throw new Error('ner-spans: tag order changed');

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
    const tags = model.tag(p, ctx);
    let open: NerSpan | undefined;
    for (let i = 0; i <= tags.length; i++) {
      // tag 0 is O; odd tags are B-X, even ones I-X, X = TYPES[(tag - 1) >> 1]
      const tag = i < tags.length ? tags[i]! : 0;
      const type = tag === 0 ? undefined : TYPES[(tag - 1) >> 1];
      if (open && !(tag !== 0 && tag % 2 === 0 && type === open.type)) {
        out.push(open);
        open = undefined;
      }
      if (tag % 2 === 1) open = { start: tokenOf[i]!, end: tokenOf[i + 1]!, type: type!, sentence: si };
      else if (open) open.end = tokenOf[i + 1]!;
    }
  });
  return out;
}
