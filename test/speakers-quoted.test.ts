import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/doc/layers.js';
import { type Span, spanOf } from '../src/doc/span.js';
import { outsideQuote } from '../src/stages/speakers/quoted.js';

// Invented text: offsets are computed from it, so the entities below point at real words.
const TEXT = 'Mr. Ostrow read the reports. "My adviser, Tal Brenner, sends me a chart," he said.';
const at = (word: string): Span => spanOf(TEXT, TEXT.indexOf(word), TEXT.indexOf(word) + word.length);
const he = at('he said');
const source = spanOf(TEXT, he.start, he.start + 2);
const quote = at('"My adviser, Tal Brenner, sends me a chart,"');
const person = (id: string, name: string, mentions: Span[], gender?: 'm' | 'f'): Entity =>
  ({ id, name, type: 'PERSON', roles: [], ...(gender && { gender }), mentions }) as Entity;
const ostrow = person('e1', 'Ostrow', [at('Mr. Ostrow')], 'm');
const brenner = person('e2', 'Tal Brenner', [at('Tal Brenner'), source]);
const byCoreference = { speaker: { entity: 'e2', name: 'Tal Brenner' } };

describe('he/she linked to a person named only inside the quotation', () => {
  it('is the person of that gender named before the quotation', () => {
    expect(outsideQuote(byCoreference, source, [ostrow, brenner], quote)?.id).toBe('e1');
  });

  it.each([
    [
      'the chosen person is also named before the quotation',
      [ostrow, person('e2', 'Tal Brenner', [at('the reports'), at('Tal Brenner'), source])],
    ],
    ['the person before the quotation is a woman', [person('e1', 'Ostrow', [at('Mr. Ostrow')], 'f'), brenner]],
    ['nobody else is named', [brenner]],
  ])('negative: not when %s', (_name, entities) => {
    expect(outsideQuote(byCoreference, source, entities as Entity[], quote)).toBeUndefined();
  });

  it('a person whose gender the article never states will do', () => {
    expect(outsideQuote(byCoreference, source, [person('e1', 'Ostrow', [at('Mr. Ostrow')]), brenner], quote)?.id).toBe('e1');
  });

  it('negative: not for a paraphrase, which may name its own speaker', () => {
    const paraphrase = at('My adviser, Tal Brenner, sends me a chart');
    expect(outsideQuote(byCoreference, source, [ostrow, brenner], paraphrase)).toBeUndefined();
  });

  it('negative: not for a source that is no he/she', () => {
    expect(outsideQuote(byCoreference, at('Tal Brenner'), [ostrow, brenner], quote)).toBeUndefined();
  });
});
