import { casual } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { newsChrono } from '../src/stages/time/chrono-layer.js';

const engine = newsChrono();
const reference = new Date(Date.UTC(2025, 10, 14, 12));

// The refiner added to chrono's casual grammar: what chrono alone takes for a date in news text.
describe('chrono-node with the news refiner', () => {
  it.each([
    ['"sat" as a verb', 'The committee sat in silence.', 'sat'],
    ['a fraction', 'Only 1/2 of the voters came.', '1/2'],
    ['a charity named after a march', 'She gave to the March of Dimes.', 'March of'],
  ])('drops %s (chrono alone finds it)', (_name, text, chronoFinds) => {
    expect(casual.parse(text, reference).map((r) => r.text)).toContain(chronoFinds);
    expect(engine.parse(text, reference)).toEqual([]);
  });

  it.each([
    ['a clock time', 'The vote opens at 10 a.m.', 'at 10 a.m.'],
    ['a numeric date', 'It ships 11/20/2025.', '11/20/2025'],
  ])('keeps %s', (_name, text, kept) => {
    expect(engine.parse(text, reference).map((r) => r.text)).toEqual([kept]);
  });
});
