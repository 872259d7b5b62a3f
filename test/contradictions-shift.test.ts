import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function shiftPairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/shift');
}

describe('contradictions/shift: one holder changing position, as the article tells it', () => {
  it.each([
    ['"initially … , but"', 'Mayor Elena Varga initially defended the bridge toll, but on Friday she announced she would repeal it.'],
    [
      '"instead" after a position in the past perfect',
      'The harbor plan, which Varga had called a disaster and promised to scrap? At the council she spoke instead about improving the plan.',
    ],
  ])('pairs %s', (_name, text) => {
    const pairs = shiftPairs(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.kind).toBe('flip-flop');
  });

  it.each([
    ['a change of events, not of position', 'The fire initially spread to three houses, but firefighters contained it by noon.'],
    ['an outcome after a plan', 'The agency initially said it would take two months to fix the bridge, but it managed to do so in one.'],
    ['"instead of", a choice', 'Varga had called for a new bridge. The council voted for a ferry instead of a bridge.'],
    ['"instead" with no earlier position', 'The council met on Tuesday. Varga spoke instead about the harbor.'],
  ])('pairs nothing for %s', (_name, text) => {
    expect(shiftPairs(text)).toEqual([]);
  });
});
