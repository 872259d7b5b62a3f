import { describe, expect, it } from 'vitest';
import { bestAllowed, bioAllowed, bioTable } from '../src/learn/bio.js';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG'];

describe('learn/bio: the BIO constraint', () => {
  it.each([
    ['O at the start', -1, 'O', true],
    ['B-PER at the start', -1, 'B-PER', true],
    ['I-PER at the start', -1, 'I-PER', false],
    ['I-PER after B-PER', 'B-PER', 'I-PER', true],
    ['I-PER after I-PER', 'I-PER', 'I-PER', true],
    ['I-PER after O', 'O', 'I-PER', false],
    ['I-PER after B-ORG', 'B-ORG', 'I-PER', false],
    ['I-ORG after I-PER', 'I-PER', 'I-ORG', false],
    ['B-ORG after I-PER', 'I-PER', 'B-ORG', true],
  ] as const)('%s: %s', (_case, prev, next, ok) => {
    const p = prev === -1 ? -1 : LABELS.indexOf(prev);
    const n = LABELS.indexOf(next);
    expect(bioAllowed(LABELS, p, n)).toBe(ok);
    expect(bioTable(LABELS)[(p + 1) * LABELS.length + n] === 1).toBe(ok);
  });

  it.each([
    ['the best label when allowed', [0, 1, 5, 0, 0], 'B-PER', 'I-PER'],
    ['the best allowed one when the best is not', [0, 1, 5, 0, 0], 'O', 'B-PER'],
    ['the lower label on a tie', [2, 2, 0, 2, 0], 'O', 'O'],
    ['not a forbidden label however high', [0, 0, 0, 0, 9], -1, 'O'],
  ] as const)('bestAllowed picks %s', (_case, scores, prev, best) => {
    const p = prev === -1 ? -1 : LABELS.indexOf(prev);
    expect(LABELS[bestAllowed(Float64Array.from(scores), bioTable(LABELS), p)]).toBe(best);
  });
});
