import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/doc/layers.js';
import { type Span, spanOf } from '../src/doc/span.js';
import { refineSpeaker } from '../src/stages/speakers/context.js';
import type { PreviousStatement } from '../src/stages/speakers/gender.js';
import { roleNominalPerson } from '../src/stages/speakers/roles.js';
import { speakerFlow } from './support/speaker-flow.js';

// Invented text (test/support/speaker-flow.ts): offsets are computed from it.
const { text: TEXT, at, she, quote, statement } = speakerFlow('She added that turnout would fall.');
const marrow = (gender?: 'f'): Entity => ({
  id: 'e1',
  name: 'Ilse Marrow',
  type: 'PERSON',
  roles: [],
  ...(gender && { gender }),
  mentions: [at('Ilse Marrow'), at('Marrow', statement.start), at('her', statement.start), she],
});
const quorin = (type: Entity['type'] = 'PERSON', name = 'Quorin'): Entity => ({
  id: 'e2',
  name,
  type,
  roles: [],
  mentions: [at('Quorin')],
});
const asEntity = (e: Entity) => ({ entity: e.id, name: e.name });
const afterQuorin = (e: Entity): PreviousStatement => ({ speaker: asEntity(e), paragraph: 0, end: statement.end, start: statement.start });
const byCoreference = (e: Entity) => ({ speaker: asEntity(e), rule: 'speaker/entity' });

describe('he/she right after a statement that spoke of someone', () => {
  it('is the speaker of that statement, not the person it spoke of', () => {
    const q = quorin();
    const m = marrow('f');
    const r = refineSpeaker(byCoreference(m), she, [m, q], afterQuorin(q), 0, quote);
    expect(r).toEqual({ speaker: asEntity(q), rule: 'speaker/pronoun-after-speaker' });
  });

  it.each([
    ['the previous speaker is called "he" in the article', () => ({ ...quorin(), mentions: [at('Quorin'), { ...at('the'), text: 'he' }] })],
    ['the previous speaker is an organisation', () => quorin('ORG')],
    ['the previous speaker is a group', () => quorin('PERSON', 'party officials')],
  ])('negative: not when %s', (_name, make) => {
    const q = make();
    const m = marrow('f');
    const resolved = byCoreference(m);
    expect(refineSpeaker(resolved, she, [m, q], afterQuorin(q), 0, quote).rule).not.toBe('speaker/pronoun-after-speaker');
  });

  it('negative: not when the person spoken of is named again after the statement', () => {
    const q = quorin();
    // "problem" stands in for a name mention of her between the statement and the source
    const m = { ...marrow('f'), mentions: [...marrow('f').mentions, at('problem')] };
    const later = at('She added');
    const source = spanOf(TEXT, later.start, later.start + 3);
    const r = refineSpeaker(byCoreference(m), source, [m, q], afterQuorin(q), 0, at('that turnout would fall'));
    expect(r.rule).not.toBe('speaker/pronoun-after-speaker');
  });
});

describe('gendered role nominals', () => {
  const R = 'Ilse Marrow spoke. Ilse Marrow left. Marrow returned. Dov Kessel arrived. the businessman said no.';
  const span = (w: string): Span => spanOf(R, R.indexOf(w), R.indexOf(w) + w.length);
  const ilse: Entity = {
    id: 'e1',
    name: 'Ilse Marrow',
    type: 'PERSON',
    roles: [],
    gender: 'f',
    mentions: [span('Ilse Marrow'), spanOf(R, R.indexOf('Ilse Marrow left'), R.indexOf('Ilse Marrow left') + 11), span('Marrow returned')],
  } as Entity;
  const dov: Entity = { id: 'e2', name: 'Dov Kessel', type: 'PERSON', roles: [], gender: 'm', mentions: [span('Dov Kessel')] } as Entity;
  it('"the businessman" is not the most-mentioned woman', () => {
    expect(roleNominalPerson([ilse, dov], span('the businessman'))?.id).not.toBe('e1');
  });
  it('negative: a role with no gender still takes the most-mentioned person', () => {
    const R2 = R.replace('the businessman', 'the candidate');
    const s = spanOf(R2, R2.indexOf('the candidate'), R2.indexOf('the candidate') + 13);
    expect(roleNominalPerson([ilse, dov], s)?.id).toBe('e1');
  });
});

describe('an organisation nominal after a one-word name the entities layer missed', () => {
  const T =
    'Veritab examined the claim and rated it true. The news service pointed to a report. The Harbor Board said no. The agency agreed.';
  const sp = (w: string): Span => spanOf(T, T.indexOf(w), T.indexOf(w) + w.length);
  const board: Entity = { id: 'o1', name: 'Harbor Board', type: 'ORG', roles: [], mentions: [sp('Harbor Board')] };
  const prev = (at: string): PreviousStatement => ({
    speaker: { entity: null, name: 'Veritab' },
    paragraph: 0,
    end: sp(at).end,
    start: sp(at).start,
  });
  const unresolved = (text: string) => ({ speaker: { entity: null, name: text }, rule: 'speaker/source-text' });
  it('is that name', () => {
    const r = refineSpeaker(unresolved('The news service'), sp('The news service'), [board], prev('the claim and rated it true'), 0);
    expect(r).toEqual({ speaker: { entity: null, name: 'Veritab' }, rule: 'speaker/organisation-nominal-previous' });
  });
  it('negative: not when an organisation was named since', () => {
    const r = refineSpeaker(unresolved('The agency'), sp('The agency'), [board], prev('the claim and rated it true'), 0);
    expect(r.speaker?.name).toBe('Harbor Board');
  });
});

describe('"the campaign"', () => {
  const T = 'Ilse Marrow won. Marrow spoke. Marrow left. Dov Kessel, an aide, said it was fine. The campaign said no.';
  const sp = (w: string, from = 0): Span => spanOf(T, T.indexOf(w, from), T.indexOf(w, from) + w.length);
  const ilse: Entity = {
    id: 'e1',
    name: 'Ilse Marrow',
    type: 'PERSON',
    roles: [],
    mentions: [sp('Ilse Marrow'), sp('Marrow', 10), sp('Marrow', 25)],
  };
  const dov: Entity = { id: 'e2', name: 'Dov Kessel', type: 'PERSON', roles: [], mentions: [sp('Dov Kessel')] };
  const source = sp('The campaign');
  const unresolved = { speaker: { entity: null, name: 'The campaign' }, rule: 'speaker/source-text' };
  const afterDov: PreviousStatement = {
    speaker: { entity: 'e2', name: 'Dov Kessel' },
    paragraph: 0,
    end: sp('it was fine').end,
    start: sp('it was fine').start,
  };
  it('is the campaign of the person the article is about, not the aide who spoke last; no entity, anonymous', () => {
    expect(refineSpeaker(unresolved, source, [ilse, dov], afterDov, 0)).toEqual({
      speaker: { entity: null, name: 'Marrow campaign', anonymous: true },
      rule: 'speaker/campaign-nominal',
    });
  });
  it('negative: nobody mentioned three times, no guess', () => {
    const once = { ...ilse, mentions: [sp('Ilse Marrow')] };
    expect(refineSpeaker(unresolved, source, [once, dov], afterDov, 0)).toBe(unresolved);
  });
});
