import { describe, expect, it } from 'vitest';
import { analyse, entities } from './entities-support.js';

/** Name mentions (kind `name`) with their entity's type, as `text:TYPE`. */
function names(text: string): string[] {
  const out: string[] = [];
  for (const e of entities(analyse(text))) for (const m of e.mentions) if (m.kind === 'name') out.push(`${m.text}:${e.type}`);
  return out.sort();
}

// Texts written for these tests.
describe('name mentions fit what the text names', () => {
  it.each([
    ['a hyphenated first name is one name', 'Jean-Marc Duval said the talks would resume.', 'Jean-Marc Duval:PERSON'],
    ['a hyphenated place is one name', 'The festival opened in Aix-en-Provence on Friday.', 'Aix-en-Provence:GPE'],
    ['a role beside the name is not part of it', 'France coach Didier Roche said the team was ready.', 'Didier Roche:PERSON'],
    ['an honorific is not part of the name', 'Mr. Okafor said the plan would fail.', 'Okafor:PERSON'],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    [
      'no entity "Mr." and no place from an honorific',
      'Mr. Okafor and Mrs. Lindqvist spoke. Mr. Okafor left early.',
      /^(Mr|Mrs)\.?:|:GPE$/,
    ],
    [
      'a plural people noun opening a sentence is no person',
      'Opponents say the plan will fail. Critics agree.',
      /^(Opponents|Critics):PERSON$/,
    ],
    ['no name runs across a line break', 'HALVARD ROVERS WIN\nBrentwick 1996-08-30\nThe club won.', /\n/],
  ])('never: %s', (_name, text, bad) => {
    for (const n of names(text)) expect(n).not.toMatch(bad);
  });

  it('keeps the title and honorific in a titled mention beside the name', () => {
    const doc = analyse('Springfield Mayor Tom Baker thanked Mrs. Ana Lindqvist.');
    const baker = entities(doc).find((e) => e.name === 'Tom Baker');
    expect(baker?.mentions.map((m) => [m.kind, m.text])).toEqual(
      expect.arrayContaining([
        ['titled', 'Springfield Mayor Tom Baker'],
        ['name', 'Tom Baker'],
      ]),
    );
    const lind = entities(doc).find((e) => e.name === 'Ana Lindqvist');
    expect(lind).toMatchObject({ type: 'PERSON', gender: 'f' });
  });
});
