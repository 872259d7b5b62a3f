import { describe, expect, it } from 'vitest';
import type { Entity, Speaker } from '../src/doc/layers.js';
import { spanOf } from '../src/doc/span.js';
import { refineSpeaker } from '../src/stages/speakers/context.js';
import type { PreviousStatement } from '../src/stages/speakers/gender.js';
import { speakerFlow } from './support/speaker-flow.js';

// Invented text (test/support/speaker-flow.ts): offsets are computed from it.
const { text: TEXT, at, she, quote, statement } = speakerFlow('The Ostrava governor said turnout would fall.');
const marrow: Entity = {
  id: 'e1',
  name: 'Ilse Marrow',
  type: 'PERSON',
  roles: [],
  gender: 'f',
  mentions: [at('Ilse Marrow'), at('Marrow', statement.start), at('her', statement.start), she],
} as Entity;
const person = (gender: 'm' | 'f' | undefined, roles: string[] = []): Entity =>
  ({ id: 'e2', name: 'Quorin', type: 'PERSON', roles, ...(gender && { gender }), mentions: [at('Quorin')] }) as Entity;
const asSpeaker = (e: Entity): Speaker => ({ entity: e.id, name: e.name });
const following = (speaker: Speaker, paragraph = 0): PreviousStatement => ({
  speaker,
  paragraph,
  end: statement.end,
  start: statement.start,
});
const byCoreference = (e: Entity) => ({ speaker: asSpeaker(e), rule: 'speaker/entity' });

describe('she right after a statement that spoke of another woman', () => {
  it.each([
    ['a speaker the article calls "she"', person('f'), asSpeaker(person('f'))],
    ['a speaker the entities layer missed ("Wines believes …")', undefined, { entity: null, name: 'Quorin' }],
  ])('is the speaker of that statement: %s', (_name, entity, speaker) => {
    const entities = entity ? [marrow, entity] : [marrow];
    const r = refineSpeaker(byCoreference(marrow), she, entities, following(speaker), 0, quote);
    expect(r).toEqual({ speaker, rule: 'speaker/pronoun-after-speaker' });
  });

  it.each([
    ['the speaker is a man', [marrow, person('m')], asSpeaker(person('m'))],
    ['the missed speaker is a lower-case group', [marrow], { entity: null, name: 'party officials' }],
    ['the missed speaker is a pronoun', [marrow], { entity: null, name: 'It' }],
    ['the missed speaker is anonymous', [marrow], { entity: null, name: 'Quorin', anonymous: true }],
  ])('negative: not when %s', (_name, entities, speaker) => {
    const r = refineSpeaker(byCoreference(marrow), she, entities as Entity[], following(speaker as Speaker), 0, quote);
    expect(r.rule).not.toBe('speaker/pronoun-after-speaker');
  });
});

describe('a role nominal no one holds by name', () => {
  const source = at('The Ostrava governor');
  const unresolved = { speaker: { entity: null, name: source.text }, rule: 'speaker/source-text' };
  it('is the person who spoke last', () => {
    const q = person('m');
    const r = refineSpeaker(unresolved, source, [marrow, q], following(asSpeaker(q), 2), 3);
    expect(r).toEqual({ speaker: asSpeaker(q), rule: 'speaker/role-nominal-previous' });
  });

  it.each([
    ['the speaker holds other roles', person('m', ['Republican nominee']), 2],
    ['the last statement is three paragraphs back', person('m'), 0],
  ])('negative: not when %s', (_name, q, paragraph) => {
    const r = refineSpeaker(unresolved, source, [marrow, q], following(asSpeaker(q), paragraph), 3);
    expect(r.rule).not.toBe('speaker/role-nominal-previous');
  });

  it('negative: "the congressman" is not the woman who spoke last', () => {
    const T2 = TEXT.replace('The Ostrava governor', 'The congressman');
    const s = spanOf(T2, T2.indexOf('The congressman'), T2.indexOf('The congressman') + 15);
    const r = refineSpeaker(
      { speaker: { entity: null, name: s.text }, rule: 'speaker/source-text' },
      s,
      [marrow],
      following(asSpeaker(marrow), 2),
      3,
    );
    expect(r.rule).not.toBe('speaker/role-nominal-previous');
  });
});
