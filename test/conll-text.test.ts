import { describe, expect, it } from 'vitest';
import { conllText } from '../src/eval/ner/conll-text.js';
import { predictedChunks } from '../src/eval/ner/pipeline-eval.js';
import { addChunks, NerScorer } from '../src/eval/ner/span-scorer.js';
import type { ResolvedEntity } from '../src/stages/entities/build-entities.js';

// Sentences written for this test.
const doc = {
  sentences: [
    { words: ['Ana', 'Ruiz', 'left', 'Aix-en-Provence', '.'], pos: [], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    { words: ['HALVARD', 'WINS'], pos: [], tags: ['B-ORG', 'O'] },
  ],
};

function entity(type: string, mentions: [number, number, string][], extra: Partial<ResolvedEntity> = {}): ResolvedEntity {
  return {
    id: 'e',
    name: 'e',
    type: type as ResolvedEntity['type'],
    roles: [],
    rule: 'test',
    mentions: mentions.map(([start, end, kind]) => ({ start, end, text: '', kind: kind as 'name', rule: 'test' })),
    ...extra,
  };
}

describe('CoNLL document as extract reads it', () => {
  it('joins tokens by spaces and sentences by newlines, gold chunks as offsets', () => {
    const t = conllText(doc);
    expect(t.text).toBe('Ana Ruiz left Aix-en-Provence .\nHALVARD WINS');
    expect(t.gold.map((c) => [c.type, t.text.slice(c.start, c.end)])).toEqual([
      ['PER', 'Ana Ruiz'],
      ['LOC', 'Aix-en-Provence'],
      ['ORG', 'HALVARD'],
    ]);
  });

  it.each([
    ['a name mention of a person', entity('PERSON', [[0, 8, 'name']]), [['PER', 0, 8]]],
    ['GPE is LOC', entity('GPE', [[14, 29, 'name']]), [['LOC', 14, 29]]],
    ['NORP is MISC', entity('NORP', [[0, 3, 'name']]), [['MISC', 0, 3]]],
    [
      'pronouns, nominals and titled mentions are no CoNLL names',
      entity('PERSON', [
        [0, 3, 'pronoun'],
        [0, 8, 'nominal'],
        [0, 8, 'titled'],
      ]),
      [],
    ],
    ['anonymous groups are not scored', entity('PERSON', [[0, 8, 'group']], { anonymous: true }), []],
  ])('maps %s', (_name, e, expected) => {
    expect(predictedChunks([e]).map((c) => [c.type, c.start, c.end])).toEqual(expected);
  });

  it('counts only exact spans of the right type', () => {
    const t = conllText(doc);
    const scorer = new NerScorer();
    addChunks(scorer, t.gold, [
      { type: 'PER', start: 0, end: 8 },
      { type: 'LOC', start: 24, end: 29 }, // "Provence" alone: wrong span
      { type: 'LOC', start: 31, end: 38 }, // right span, wrong type
    ]);
    expect(scorer.micro()).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });
});
