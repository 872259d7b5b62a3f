import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { checkDoc } from '../src/doc/invariants.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const pipeline = Pipeline.build([createTokensStage()]);

function tokenize(text: string): Doc {
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  pipeline.run(doc);
  return doc;
}

describe('tokens stage: offsets into the original text', () => {
  it.each([
    ['curly quotes', '“We can’t,” he said.', ['“', 'We', 'ca', 'n’t', ',', '”', 'he', 'said', '.']],
    ['em dash and ellipsis', 'It was — he said… over.', ['It', 'was', '—', 'he', 'said', '…', 'over', '.']],
    [
      'abbreviations',
      'The U.S. acted on Nov. 1 at 10 a.m. today.',
      ['The', 'U.S.', 'acted', 'on', 'Nov.', '1', 'at', '10', 'a.m.', 'today', '.'],
    ],
    ['non-breaking space', 'Hillary\u00a0Clinton spoke.', ['Hillary', 'Clinton', 'spoke', '.']],
    ['astral characters', 'Fire 🔥 spreads.', ['Fire', '🔥', 'spreads', '.']],
  ])('%s', (_name, text, expected) => {
    const doc = tokenize(text);
    expect(doc.get('tokens').map((t) => t.text)).toEqual(expected);
    expect(checkDoc(doc)).toEqual([]);
  });

  it('keeps sentences inside paragraphs', () => {
    const doc = tokenize('First line without a stop\n\nSecond paragraph. Third sentence.');
    const sentences = doc.get('sentences').map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toEqual(['First line without a stop', 'Second paragraph.', 'Third sentence.']);
    expect(doc.get('paragraphs').map((p) => p.index)).toEqual([0, 1]);
    expect(doc.get('sentences').map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it.each([
    [
      'a headline line is its own sentence',
      'PORT STRIKE ENDS\nHalvard dock workers went back on Monday.',
      ['PORT STRIKE ENDS', 'Halvard dock workers went back on Monday.'],
    ],
    ['a byline and a dateline', 'Ana Ruiz\nHALVARD 2025-03-02\nThe council met.', ['Ana Ruiz', 'HALVARD 2025-03-02', 'The council met.']],
    ['rows of a results table', 'Halvard 2 Brentwick 1\nPortley 0 Marsh 3', ['Halvard 2 Brentwick 1', 'Portley 0 Marsh 3']],
    [
      'hard-wrapped prose keeps its sentences across lines',
      'The council said the\nbridge would reopen once the\nrepairs were done. It met\nagain on Monday.',
      ['The council said the\nbridge would reopen once the\nrepairs were done.', 'It met\nagain on Monday.'],
    ],
  ])('line breaks: %s', (_name, text, expected) => {
    const doc = tokenize(text);
    expect(doc.get('sentences').map((s) => doc.text.slice(s.start, s.end))).toEqual(expected);
  });

  it('gives part of speech and lemmas', () => {
    const doc = tokenize('Rubio said the talks were going well.');
    const said = doc.get('tokens').find((t) => t.text === 'said');
    expect(said).toMatchObject({ pos: 'VERB', lemma: 'say' });
  });

  it('drops white space and yields nothing for blank text', () => {
    const doc = tokenize(' \n\t \n');
    expect(doc.get('tokens')).toEqual([]);
    expect(doc.get('sentences')).toEqual([]);
  });
});

describe('tokens stage: characters wink-nlp drops', () => {
  it.each([
    ['a byte-order mark in mid-text', 'First paragraph.\n\n\ufeffAlso this one.'],
    ['a zero-width space', 'Word\u200bnext and more.'],
    ['a soft hyphen', 'co\u00adoperation works.'],
  ])('keeps offsets exact across %s', (_name, text) => {
    const doc = tokenize(text);
    expect(checkDoc(doc)).toEqual([]);
    expect(doc.get('tokens').length).toBeGreaterThan(2);
  });
});
