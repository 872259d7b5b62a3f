import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function pairs(text: string, rule: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === rule);
}

describe("contradictions/fact-check-speech: the article's verdict on a verb of saying", () => {
  it.each([
    [
      'At the rally in Dunmore, Mayor Elena Varga erroneously suggested the Harbor Bridge was built by a foreign firm: "They did it cheap."',
      'the Harbor Bridge was built by a foreign firm',
      'erroneously suggested',
    ],
    [
      'Tomas Brek, a spokesman for Varga, wrongly suggesting the council is part of a group blocking repairs across the county.',
      'the council is part of a group blocking repairs across the county',
      'wrongly suggesting',
    ],
    [
      'Varga, later alleging - again falsely - that the council wanted to close 1,200 schools, said she would fight the budget.',
      'the council wanted to close 1,200 schools',
      'falsely',
    ],
    [
      'Varga also claimed Brek had hidden the audit from voters, but offered no proof.',
      'Brek had hidden the audit from voters',
      'offered no proof',
    ],
    [
      'Varga then portrayed the protesters as paid organizers without offering proof.',
      'the protesters as paid organizers',
      'without offering proof',
    ],
  ])('pairs %s', (text, said, verdict) => {
    const found = pairs(text, 'contradictions/fact-check-speech');
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('fact-check');
    expect(found[0]?.a.span.text).toBe(said);
    expect(found[0]?.b.span.text).toContain(verdict);
  });

  it.each([
    ['Many voters think, rightly or wrongly, that the bridge will never be repaired by the city.'],
    ['Varga said the council had counted the votes correctly and offered proof of every ballot.'],
    ['"Brek falsely claimed that the bridge was closed," Varga said on Monday.'],
  ])('finds none in %s', (text) => {
    expect(pairs(text, 'contradictions/fact-check-speech')).toEqual([]);
  });
});

describe('contradictions/contradict-cue: a fronted "contrary to" an account', () => {
  it.each([
    [
      'Mayor Elena Varga says that contrary to the claims of some council members, she is not planning to close the harbor.',
      'the claims of some council members',
      'she is not planning to close the harbor',
    ],
    [
      "Contrary to Brek's claims, inspectors say he never obtained the permits for the bridge.",
      "Brek's claims",
      'inspectors say he never obtained the permits for the bridge',
    ],
  ])('pairs %s', (text, account, rest) => {
    const found = pairs(text, 'contradictions/contradict-cue');
    expect(found).toHaveLength(1);
    expect(found[0]?.a.span.text).toBe(account);
    expect(found[0]?.b.span.text).toBe(rest);
  });
});
