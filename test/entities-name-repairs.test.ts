import { describe, expect, it } from 'vitest';
import { analyse, entities } from './entities-support.js';

/** Name mentions (kind `name`) as `text:TYPE`. */
function names(text: string): string[] {
  const out: string[] = [];
  for (const e of entities(analyse(text))) for (const m of e.mentions) if (m.kind === 'name') out.push(`${m.text}:${e.type}`);
  return out.sort();
}

/** The entity name each mention with this exact text belongs to. */
function ownersOf(text: string, mention: string): string[] {
  const out: string[] = [];
  for (const e of entities(analyse(text))) for (const m of e.mentions) if (m.text === mention) out.push(e.name);
  return out;
}

// Texts written for these tests.
describe('NER repairs: names split or run together', () => {
  it.each([
    ['a middle initial joins first name and surname', 'Marcus T. Holloway said the vote was close.', 'Marcus T. Holloway:PERSON'],
    ['a person "of" a state ends before "of"', 'Senator Ted Lindqvist of Oregon said the bill would pass.', 'Ted Lindqvist:PERSON'],
    [
      'a person with a middle initial "of" a state ends before "of"',
      'Speaker Paul D. Marsh of Wisconsin said the bill would pass.',
      'Paul D. Marsh:PERSON',
    ],
    ['the place after "of" is its own name', 'Senator Ted Lindqvist of Oregon said the bill would pass.', 'Oregon:GPE'],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['two people in a list stay two', 'Marcus Holloway and Ana Ruiz said the vote was close.', /Holloway and/],
    ['an initial alone is no first name of the next', 'J. Holloway said the vote was close.', /^\S+ J\. Holloway/],
    ['an organisation "of" something is not cut', 'The Bank of England said rates would rise.', /^England:/],
  ])('never: %s', (_name, text, bad) => {
    for (const n of names(text)) expect(n).not.toMatch(bad);
  });
});

describe('short names find their person', () => {
  it.each([
    [
      'a first name read as a verb still opens a name whose surname others take',
      'Senator Ted Okonjo spoke first. The hall was full. Many came late. Then it rained. Mr. Okonjo said he was glad.',
      'Mr. Okonjo',
      'Ted Okonjo',
    ],
    [
      'the full name written most often takes a lone surname far from both',
      'Marcus Okonjo spoke. Marcus Okonjo left. His father, Paul Okonjo, stayed. It rained. The hall emptied. Nobody came. Mr. Okonjo said he was glad.',
      'Mr. Okonjo',
      'Marcus Okonjo',
    ],
    [
      'a lone surname is that person, not the first word of another name',
      'Donald Halvorsen spoke at Halvorsen Plaza. The crowd cheered. It rained. Mr. Halvorsen said he was glad.',
      'Mr. Halvorsen',
      'Donald Halvorsen',
    ],
  ])('%s', (_name, text, mention, owner) => {
    expect(ownersOf(text, mention)).toContain(owner);
  });
});
