import { describe, expect, it } from 'vitest';
import { mergeDetections } from '../src/stages/time/detect.js';
import { NEWS_PARSERS } from '../src/stages/time/parsers/index.js';
import type { Detection } from '../src/stages/time/types.js';

function d(start: number, end: number, rule: string): Detection {
  return { start, end, type: 'DATE', rule, resolve: () => 'X' };
}

const rank = (x: Detection): number => Number(x.rule);

describe('time stage: merging overlapping finds', () => {
  it.each([
    ['the longest span wins', [d(0, 8, '1'), d(0, 20, '2')], ['0-20:2']],
    ['on equal spans the earlier parser wins', [d(3, 9, '2'), d(3, 9, '1')], ['3-9:1']],
    ['disjoint finds are all kept, in text order', [d(10, 12, '1'), d(0, 4, '1')], ['0-4:1', '10-12:1']],
    ['a find overlapping a kept one is dropped', [d(0, 6, '1'), d(5, 9, '1')], ['0-6:1']],
  ])('%s', (_name, found, expected) => {
    expect(mergeDetections(found, rank).map((x) => `${x.start}-${x.end}:${x.rule}`)).toEqual(expected);
  });

  it('has one parser list, each parser with a rule name under time/', () => {
    expect(NEWS_PARSERS.length).toBeGreaterThan(15);
    for (const p of NEWS_PARSERS) {
      expect(p.name).toMatch(/^time\/[a-z-]+$/);
      expect(p.pattern.global).toBe(true);
    }
  });
});
