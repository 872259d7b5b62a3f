import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import type { Token } from '../src/doc/layers.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { grammarOf } from '../src/stages/events/grammar.js';
import { newsType } from '../src/stages/events/typology.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const pipeline = Pipeline.build([createTokensStage()]);

/** The grammar of the word `word` in a one-sentence text written for the test. */
function grammar(text: string, word: string): ReturnType<typeof grammarOf> {
  const doc = new Doc({ id: 't', date: '2026-01-05', text, meta: {} });
  pipeline.run(doc);
  const tokens = doc.get('tokens');
  const i = tokens.findIndex((t: Token) => t.text === word);
  if (i < 0) throw new Error(`no token ${word}`);
  return grammarOf(tokens, i, doc.get('sentences')[(tokens[i] as Token).sentence]?.tokenStart ?? 0);
}

describe('event grammar from the verb group', () => {
  it.each([
    [
      'The ministry will not be sending inspectors.',
      'sending',
      { tense: 'FUTURE', aspect: 'PROGRESSIVE', polarity: 'NEG', modality: 'will' },
    ],
    ['The council approved the budget.', 'approved', { tense: 'PAST', aspect: 'NONE', polarity: 'POS' }],
    ['The council has approved the budget.', 'approved', { tense: 'PRESENT', aspect: 'PERFECTIVE', polarity: 'POS' }],
    ['The council had not approved the budget.', 'approved', { tense: 'PAST', aspect: 'PERFECTIVE', polarity: 'NEG' }],
    ['Farmers are blocking the road.', 'blocking', { tense: 'PRESENT', aspect: 'PROGRESSIVE', polarity: 'POS' }],
    ['The mayor could resign.', 'resign', { tense: 'PRESENT', aspect: 'NONE', polarity: 'POS', modality: 'could' }],
    ['The union wants to strike.', 'strike', { tense: 'INFINITIVE', aspect: 'NONE', polarity: 'POS' }],
    ['The union says it is ready.', 'says', { tense: 'PRESENT', aspect: 'NONE', polarity: 'POS' }],
    // negative cases: a noun has no tense; a negation outside the verb group does not count
    ['The election was held in May.', 'election', { tense: 'NONE', aspect: 'NONE', polarity: 'POS' }],
    ['Nobody doubted it, and the port reopened.', 'reopened', { tense: 'PAST', aspect: 'NONE', polarity: 'POS' }],
  ])('%s (%s)', (text, word, expected) => {
    expect(grammar(text, word)).toEqual(expected);
  });
});

describe('news type from the lemma', () => {
  it.each([
    ['murder', [], 'OCCURRENCE', 'killing'],
    ['say', [], 'REPORTING', 'statement'],
    ['report', [], 'REPORTING', 'report'],
    ['designate', [], 'OCCURRENCE', 'designation'],
    ['meeting', [], 'OCCURRENCE', 'meeting'],
    ['step', ['down'], 'OCCURRENCE', 'resignation'],
    ['send', ['troops'], 'OCCURRENCE', 'deployment'],
    ['shoot', ['dead'], 'OCCURRENCE', 'killing'],
    ['ruling', [], 'OCCURRENCE', 'court-ruling'],
    // negative cases: no type without the phrase, an unknown lemma, a reporting verb stays a statement
    ['step', ['forward'], 'OCCURRENCE', 'other'],
    ['send', ['letters'], 'OCCURRENCE', 'other'],
    ['grow', [], 'OCCURRENCE', 'other'],
    ['fire', ['staff'], 'OCCURRENCE', 'other'],
    ['whisper', [], 'REPORTING', 'statement'],
  ] as const)('%s %j (%s) → %s', (lemma, next, cls, type) => {
    expect(newsType(lemma, next, cls)).toBe(type);
  });
});
