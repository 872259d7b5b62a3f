import { type Span, spanOf } from '../../src/doc/span.js';

/**
 * An invented three-sentence article for the speaker-flow rules: a woman is named, a man
 * speaks of her, then "she said" closes a quotation; `last` is the sentence after it.
 * `at` finds a word's span (from an offset), so the tests' entities point at real words.
 */
export function speakerFlow(last: string) {
  const text =
    'Ilse Marrow won the primary. Quorin said the party had ignored Marrow and must now court her. ' +
    `"They have a big problem," she said. ${last}`;
  const at = (word: string, from = 0): Span => {
    const start = text.indexOf(word, from);
    if (start < 0) throw new Error(`no ${word}`);
    return spanOf(text, start, start + word.length);
  };
  const sheSaid = at('she said');
  return {
    text,
    at,
    she: spanOf(text, sheSaid.start, sheSaid.start + 3),
    quote: at('"They have a big problem,"'),
    statement: at('the party had ignored Marrow and must now court her'),
  };
}
