import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { nerWords } from '../src/stages/entities/ner/ner-words.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const pipeline = Pipeline.build([createTokensStage()]);

function words(text: string): string[] {
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  pipeline.run(doc);
  const tokens = doc.get('tokens');
  return nerWords(tokens, 0, tokens.length).words;
}

describe('NER words: hyphenated compounds joined as CoNLL writes them', () => {
  it.each([
    ['a hyphenated first name', 'Jean-Marc Duval left.', ['Jean-Marc', 'Duval', 'left', '.']],
    ['a place with two hyphens', 'It is in Aix-en-Provence today.', ['It', 'is', 'in', 'Aix-en-Provence', 'today', '.']],
    ['a name before -based', 'a New York-based group', ['a', 'New', 'York-based', 'group']],
    ['an abbreviation before -led', 'the U.S.-led force', ['the', 'U.S.-led', 'force']],
    // negative cases: a dash between spaces, a trailing hyphen, a hyphen at the start
    ['a spaced dash stays apart', 'Halvard - Brentwick', ['Halvard', '-', 'Brentwick']],
    ['a trailing hyphen stays apart', 'pre- and post-war', ['pre', '-', 'and', 'post-war']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('maps each word back to its token range', () => {
    const doc = new Doc({ id: 't', date: null, text: 'Jean-Marc Duval', meta: {} });
    pipeline.run(doc);
    const tokens = doc.get('tokens');
    const w = nerWords(tokens, 0, tokens.length);
    expect(w.tokenOf).toEqual([0, 3, 4]);
  });
});
