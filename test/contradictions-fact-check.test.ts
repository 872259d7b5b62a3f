import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function factChecks(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/fact-check' || p.rule === 'contradictions/fact-check-speech');
}

describe('contradictions/fact-check: the claim a verdict word opens', () => {
  it.each([
    [
      'Mayor Elena Varga proclaimed in July - falsely - that the Harbor Bridge had been repaired by city crews.',
      'the Harbor Bridge had been repaired by city crews',
      'falsely',
    ],
  ])('pairs %s', (text, claim, verdict) => {
    const pairs = factChecks(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.a.span.text).toBe(claim);
    expect(pairs[0]?.b.span.text).toContain(verdict);
  });

  it.each([
    ['Mayor Elena Varga said the Harbor Bridge had been repaired by city crews in July.'],
    ['Mayor Elena Varga said the council had counted the votes correctly, not falsely.'],
  ])('finds no fact-check in %s', (text) => {
    expect(factChecks(text)).toEqual([]);
  });
});
