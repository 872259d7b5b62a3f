import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function contrastPairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions');
}

/** Texts written for this test (issue #14): "but" / "however" sets one account against another. */
describe('contradictions/but-contrast: a "but" sets two accounts of one frame apart', () => {
  const found: [string, string, string, string][] = [
    [
      'a sentence opening with "But" (two predicates: no frame-polarity pair)',
      'Mayor Elena Varga said the city engineers approved the Harbor Bridge repairs last spring. But the city engineers said on Tuesday that they never reviewed the Harbor Bridge repairs.',
      'the city engineers approved the Harbor Bridge repairs',
      'they never reviewed the Harbor Bridge repairs',
    ],
    [
      'a claim after ", but" in one sentence',
      'Mayor Elena Varga said the Harbor Bridge repairs were finished by the Lakeside Company in May, but the Lakeside Company said on Tuesday that the Harbor Bridge repairs had not started.',
      'the Harbor Bridge repairs were finished by the Lakeside Company',
      'the Harbor Bridge repairs had not started',
    ],
  ];
  it.each(found)('pairs %s', (_name, text, first, second) => {
    const pairs = contrastPairs(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.rule).toBe('contradictions/but-contrast');
    const sides = [pairs[0]?.a.span.text ?? '', pairs[0]?.b.span.text ?? ''];
    expect(sides.some((t) => t.includes(first))).toBe(true);
    expect(sides.some((t) => t.includes(second))).toBe(true);
  });

  const none: [string, string][] = [
    [
      'the same polarity on both sides',
      'Mayor Elena Varga said the Harbor Bridge report came from the city engineers. But a city spokesman said on Tuesday that the Harbor Bridge report came from the city engineers too.',
    ],
    [
      'an earlier claim three sentences back',
      'Mayor Elena Varga said the city engineers approved the Harbor Bridge repairs last spring. The council met. The budget grew. The mayor left early. But the city engineers said on Tuesday that they never reviewed the Harbor Bridge repairs.',
    ],
    [
      'no shared entity or frame',
      'Mayor Elena Varga said the Harbor Bridge report came from the city engineers. But Councillor Tomas Brek said the school budget would not grow next year.',
    ],
  ];
  it.each(none)('finds no pair for %s', (_name, text) => {
    expect(contrastPairs(text).filter((p) => p.rule === 'contradictions/but-contrast')).toEqual([]);
  });
});
