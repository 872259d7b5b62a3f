import { describe, expect, it } from 'vitest';
import { checkSpans } from '../src/doc/invariants.js';
import { spanOf } from '../src/doc/span.js';

const text = 'Rubio said on Thursday.';

describe('span invariant checker', () => {
  it('passes good spans, nested ones included', () => {
    expect(checkSpans(text, [{ start: 0, end: 10, text: 'Rubio said', parts: [{ start: 6, end: 10, text: 'said' }] }])).toEqual([]);
  });
  it.each([
    ['out of bounds', { start: 20, end: 30, text: 'x' }, 'outside'],
    ['reversed', { start: 5, end: 2 }, 'outside'],
    ['not integers', { start: 0.5, end: 2 }, 'not integers'],
    ['text mismatch', { start: 0, end: 5, text: 'rubio' }, 'differs'],
    ['child outside parent', { start: 0, end: 5, text: 'Rubio', parts: [{ start: 6, end: 10, text: 'said' }] }, 'not inside its parent'],
  ])('finds %s', (_name, span, problem) => {
    const found = checkSpans(text, { layer: [span] });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.problem).toContain(problem);
  });
  it('spanOf refuses ranges outside the text', () => {
    expect(() => spanOf(text, 3, 99)).toThrow(RangeError);
    expect(spanOf(text, 6, 10)).toEqual({ start: 6, end: 10, text: 'said' });
  });
});
