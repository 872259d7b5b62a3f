import { describe, expect, it } from 'vitest';
import { coordinatedSubjects } from '../src/stages/attribution/clause-subject.js';
import { completeCueVerbs, withVerbGroup } from '../src/stages/attribution/cue-extent.js';
import { completeSourceHeads, withAppositionName } from '../src/stages/attribution/source-phrase.js';
import { attribution, words } from './support/attribution-tokens.js';

describe('a coordinated cue takes the subject that opens its sentence', () => {
  it('"She greeted … and told …"', () => {
    const text = 'The harbour master greeted the crews on Monday and told them the port would reopen.';
    const { tokens, l } = attribution(text, null, 'told', 'the port would reopen');
    const [out] = coordinatedSubjects(tokens, [l]);
    expect(words(tokens, out?.source ?? null)).toBe('The harbour master');
    expect(out?.rule).toContain('+clause-subject');
  });

  it.each([
    ['no coordinator before the cue', 'The harbour master greeted the crews who told them the port would reopen.'],
    ['a clause of its own between', 'The harbour master said that the crews came and told them the port would reopen.'],
  ])('leaves no source with %s', (_name, text) => {
    const { tokens, l } = attribution(text, null, 'told', 'the port would reopen');
    expect(coordinatedSubjects(tokens, [l])[0]?.source).toBeNull();
  });
});

describe('a cue cut short before its verb runs on over it', () => {
  it.each([
    ['a modal', 'The council voted on the plan, and the mayor will announce that taxes rise.', 'will', 'announce'],
    ['an infinitive', 'The senator refuses to disavow the endorsement of the group.', 'refuses to', 'disavow'],
  ])('%s', (_name, text, cue, verb) => {
    const content = text.includes('taxes') ? 'taxes rise' : 'the endorsement of the group';
    const source = text.includes('mayor') ? 'the mayor' : 'The senator';
    const { tokens, l } = attribution(text, source, cue, content);
    expect(words(tokens, completeCueVerbs(tokens, [l])[0]?.cue ?? null)).toBe(`${cue} ${verb}`);
  });
});

describe('a source runs on to the head of its noun phrase', () => {
  it('over a possessive: "His| campaign"', () => {
    const text = 'His campaign said the count was wrong.';
    const { tokens, l } = attribution(text, 'His', 'said', 'the count was wrong');
    expect(words(tokens, completeSourceHeads(tokens, [l])[0]?.source ?? null)).toBe('His campaign');
  });

  it('over "in" between numbers: "Six| in 10"', () => {
    const text = 'Six in 10 say the count was wrong.';
    const { tokens, l } = attribution(text, 'Six', 'say', 'the count was wrong');
    expect(words(tokens, completeSourceHeads(tokens, [l])[0]?.source ?? null)).toBe('Six in 10');
  });
});

describe('an apposition source takes the name before it', () => {
  it('"Varga, the port’s former director, also said …"', () => {
    const text = 'Varga, the port’s former director, also said the count was wrong.';
    const { tokens, l } = attribution(text, 'the port ’s former director', 'said', 'the count was wrong');
    expect(words(tokens, withAppositionName(tokens, [l])[0]?.source ?? null)).toBe('Varga , the port ’s former director ,');
  });
});

describe('a cue that starts on its verb takes the verb group before it', () => {
  it.each([
    ['an auxiliary', 'The mayor has said the count was wrong.', 'said', 'has said'],
    ['negation', 'The mayor did not say whether the count was wrong.', 'say', 'did not say'],
    ['an infinitive', 'The mayor declined to say whether the count was wrong.', 'say', 'to say'],
  ])('%s', (_name, text, cue, expected) => {
    const content = text.includes('whether') ? 'whether the count was wrong' : 'the count was wrong';
    const { tokens, l } = attribution(text, 'The mayor', cue, content);
    expect(words(tokens, withVerbGroup(tokens, [l])[0]?.cue ?? null)).toBe(expected);
  });

  it('negative: an adverb before the verb stays out ("also| said")', () => {
    const text = 'The mayor also said the count was wrong.';
    const { tokens, l } = attribution(text, 'The mayor', 'said', 'the count was wrong');
    expect(words(tokens, withVerbGroup(tokens, [l])[0]?.cue ?? null)).toBe('said');
  });
});
