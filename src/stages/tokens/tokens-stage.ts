import type { Doc } from '../../doc/doc.js';
import type { Paragraph, Sentence, Token } from '../../doc/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { lineBreakStarts } from './line-breaks.js';
import { findParagraphs } from './paragraphs.js';
import { wink } from './wink.js';
import { readWithWink } from './wink-read.js';

/** Tokens after an open "(" within which wink's sentence breaks are not taken. */
const MAX_BRACKET = 12;

/**
 * Paragraphs, sentences and tokens with part of speech and lemmas, on wink-nlp.
 * wink keeps each token's original text and the white space before it, so offsets
 * are rebuilt exactly by walking the text; white-space tokens are dropped. Sentences
 * never cross a paragraph boundary, nor a line break outside hard-wrapped prose (a
 * headline line is its own sentence; see line-breaks.ts).
 */
export function createTokensStage(): Stage {
  wink(); // load the model now, not in the first document's time
  return {
    name: 'tokens',
    requires: [],
    provides: ['paragraphs', 'sentences', 'tokens'],
    run(doc: Doc) {
      const text = doc.text;
      const paragraphs = findParagraphs(text);
      // Each document is read by wink as if it were the first, over-long words in pieces.
      const { values, starts, tags, lemmas, opens: opensSentence } = readWithWink(text, doc.id);
      const paragraphStarts = new Set(paragraphs.map((p) => p.start));
      const lineStarts = lineBreakStarts(text);

      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      let sentenceStart = -1;
      let paragraph = 0;
      const closeSentence = (): void => {
        if (sentenceStart < 0) return;
        const first = tokens[sentenceStart] as Token;
        const last = tokens[tokens.length - 1] as Token;
        sentences.push({ start: first.start, end: last.end, tokenStart: sentenceStart, tokenEnd: tokens.length, paragraph });
        sentenceStart = -1;
      };
      let pendingBreak = true;
      // the token of a "(" still open in this sentence: wink's break inside a short bracket
      // ("Rep. Ana Ortiz (D-N.|M.) said") is no sentence end
      let bracketOpen = -1;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] as string;
        const tag = tags[i] as string;
        // …nor one before a word in lower case ("Roger Wicker (R-Miss.)| said he …")
        if (opensSentence[i] === 1 && !(bracketOpen >= 0 && tokens.length - bracketOpen <= MAX_BRACKET) && !/^\p{Ll}/u.test(value))
          pendingBreak = true;
        if (tag === 'SPACE' || value.trim() === '') continue;
        const start = starts[i] as number;
        if (pendingBreak || paragraphStarts.has(start) || lineStarts?.has(start)) {
          pendingBreak = false;
          bracketOpen = -1;
          closeSentence();
          while (paragraph + 1 < paragraphs.length && (paragraphs[paragraph + 1] as Paragraph).start <= start) paragraph++;
          sentenceStart = tokens.length;
        }
        if (value === '(') bracketOpen = tokens.length;
        else if (value === ')') bracketOpen = -1;
        tokens.push({ start, end: start + value.length, text: value, pos: tag, lemma: lemmas[i] as string, sentence: sentences.length });
      }
      closeSentence();
      doc.set('paragraphs', paragraphs);
      doc.set('sentences', sentences);
      doc.set('tokens', tokens);
    },
  };
}
