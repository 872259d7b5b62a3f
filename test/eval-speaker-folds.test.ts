import { describe, expect, it } from 'vitest';
import { formatSpeakerFolds, speakerFolds } from '../src/eval/attribution/speaker-folds.js';
import type { SpeakerScores } from '../src/eval/attribution/speakers-eval.js';

function scores(byDoc: SpeakerScores['byDoc']): SpeakerScores {
  return { total: 0, found: 0, right: 0, missing: 0, errors: [], byDoc };
}

describe('speakerFolds', () => {
  it.each<{ name: string; byDoc: SpeakerScores['byDoc']; k: number; expected: { fold: number; total: number; right: number }[] }>([
    {
      name: 'articles go to folds by sorted id, position mod k',
      byDoc: { c: { total: 2, right: 1 }, a: { total: 4, right: 4 }, b: { total: 1, right: 0 } },
      k: 2,
      expected: [
        { fold: 0, total: 6, right: 5 },
        { fold: 1, total: 1, right: 0 },
      ],
    },
    {
      name: 'a fold with no article stays empty (negative case: no division by zero)',
      byDoc: { a: { total: 3, right: 2 } },
      k: 3,
      expected: [
        { fold: 0, total: 3, right: 2 },
        { fold: 1, total: 0, right: 0 },
        { fold: 2, total: 0, right: 0 },
      ],
    },
  ])('$name', ({ byDoc, k, expected }) => {
    expect(speakerFolds(scores(byDoc), k)).toEqual(expected);
  });

  it('prints each fold as a percentage and an empty fold as a dash', () => {
    const text = formatSpeakerFolds([
      { fold: 0, total: 4, right: 3 },
      { fold: 1, total: 0, right: 0 },
    ]);
    expect(text).toContain('75.0 / –');
    expect(text).toContain('rows 4 / 0');
  });
});
