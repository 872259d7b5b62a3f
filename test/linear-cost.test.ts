import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import type { Entity } from '../src/doc/layers.js';
import { bestEntityFor, bestEntityForByScan } from '../src/stages/entities/lookup.js';
import { IntervalIndex } from '../src/stages/shared/interval-index.js';
import { cutPoints, MAX_WORD } from '../src/stages/tokens/wink-read.js';

/** Issue #19 item 10: the indexes that replaced quadratic scans answer as the scans did. */

const range = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, len]) => ({ start, end: start + len }));

describe('IntervalIndex finds what a scan finds', () => {
  it('for any intervals and query', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 30 }),
        fc.integer({ min: -5, max: 260 }),
        fc.integer({ min: -5, max: 260 }),
        (ivs, below, above) => {
          const index = new IntervalIndex(ivs);
          const found: number[] = [];
          index.visit(below, above, (i) => found.push(i));
          const expected = ivs.flatMap((iv, i) => (iv.start < below && iv.end > above ? [i] : []));
          expect(found.sort((a, b) => a - b)).toEqual(expected);
          expect(index.first(below, above)).toBe(expected[0] ?? -1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('bestEntityFor (indexed) picks the entity the plain scan picks', () => {
  const entity = (id: number, mentions: { start: number; end: number }[]): Entity =>
    ({ id: `e${id}`, name: `E${id}`, type: 'PERSON', mentions: mentions.map((m) => ({ ...m, text: 'x' })) }) as unknown as Entity;
  it.each([
    ['no entity', [], { start: 0, end: 5 }, undefined],
    ['no overlap (negative)', [[{ start: 10, end: 12 }]], { start: 0, end: 5 }, undefined],
    ['empty span (negative)', [[{ start: 0, end: 12 }]], { start: 3, end: 3 }, undefined],
    ['the better match wins', [[{ start: 0, end: 20 }], [{ start: 4, end: 9 }]], { start: 4, end: 9 }, 'e1'],
    ['a tie goes to the first entity', [[{ start: 4, end: 9 }], [{ start: 4, end: 9 }]], { start: 4, end: 9 }, 'e0'],
  ])('%s', (_name, lists, span, expected) => {
    const entities = (lists as { start: number; end: number }[][]).map((ms, i) => entity(i, ms));
    expect(bestEntityFor(entities, span)?.id).toBe(expected);
  });
  it('agrees with the scan on random layers', () => {
    fc.assert(
      fc.property(fc.array(fc.array(range, { minLength: 1, maxLength: 5 }), { maxLength: 12 }), range, (lists, span) => {
        const entities = lists.map((ms, i) => entity(i, ms));
        expect(bestEntityFor(entities, span)?.id).toBe(bestEntityForByScan(entities, span)?.id);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('over-long words are cut before wink reads them', () => {
  it.each([
    ['a normal sentence (negative)', 'The port reopened on Monday.', 0],
    ['a word of exactly the limit (negative)', 'a'.repeat(MAX_WORD), 0],
    ['a word one over the limit', 'a'.repeat(MAX_WORD + 1), 1],
    ['three limits of quotes', '"'.repeat(3 * MAX_WORD), 2],
  ])('%s', (_name, text, cuts) => {
    expect(cutPoints(text)).toHaveLength(cuts);
  });
  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(MAX_WORD);
    for (const c of cutPoints(text)) expect(text.charCodeAt(c) >= 0xdc00 && text.charCodeAt(c) <= 0xdfff).toBe(false);
  });
  it('a 200,000-character word is analysed in well under a second per 100k characters', () => {
    const pipeline = defaultPipeline();
    const t0 = performance.now();
    const result = analyse(pipeline, { id: 'long', date: '2026-03-06', text: `He said ${'a'.repeat(200_000)} yes.`, meta: {} });
    expect(result.ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});
