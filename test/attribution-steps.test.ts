import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import type { LinkedSpans } from '../src/stages/attribution/linked-spans.js';
import { STEPS } from '../src/stages/attribution/propose.js';
import { runSteps, type Step, type StepTrail } from '../src/stages/attribution/steps.js';
import { createSpeakersStage } from '../src/stages/speakers/speakers-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const linked = (start: number, end: number, rule = 'attribution/model'): LinkedSpans => ({
  content: { kind: 'Q', tokenStart: start, tokenEnd: end },
  cue: null,
  source: null,
  rule,
});

const STEPS_UNDER_TEST: readonly Step<null>[] = [
  { name: 'make', run: () => [linked(0, 5), linked(10, 12)] },
  { name: 'widen', run: (_, l) => l.map((a) => (a.content.tokenStart === 0 ? { ...a, content: { ...a.content, tokenEnd: 6 } } : a)) },
  { name: 'drop-short', run: (_, l) => l.filter((a) => a.content.tokenEnd - a.content.tokenStart > 2) },
  { name: 'keep', run: (_, l) => l },
];

describe('attribution/steps: the step runner', () => {
  it.each([
    ['every step', [], [[0, 6]]],
    ['without widen', ['widen'], [[0, 5]]],
    [
      'without drop-short',
      ['drop-short'],
      [
        [0, 6],
        [10, 12],
      ],
    ],
  ] as const)('runs %s', (_case, off, want) => {
    const out = runSteps(STEPS_UNDER_TEST, null, new Set(off));
    expect(out.map((l) => [l.content.tokenStart, l.content.tokenEnd])).toEqual(want);
  });

  it('records the steps that changed each attribution, not those that left it alone', () => {
    const trail: StepTrail = new WeakMap();
    const [wide] = runSteps(STEPS_UNDER_TEST, null, undefined, trail);
    expect(trail.get(wide as LinkedSpans)).toEqual(['make', 'widen']);
  });

  it('names every step an ablation can leave out', () => {
    expect(STEPS.slice(0, 3)).toEqual(['tagged-edges', 'link', 'split-sentences']);
    expect(STEPS).toContain('rerank');
    expect(new Set(STEPS).size).toBe(STEPS.length);
  });
});

describe('attribution stage: the step trail and ablations', () => {
  const text = 'Mayor Elena Sorvino said on Monday that the bridge would reopen in June after the repairs.';
  const run = (options: Parameters<typeof createAttributionStage>[0]) => {
    const doc = new Doc({ id: 't', date: null, text, meta: {} });
    Pipeline.build([createTokensStage(), createAttributionStage(options), createSpeakersStage()]).run(doc);
    return doc.get('attributions');
  };

  it('records which steps made and changed the proposed attributions', () => {
    const trail: StepTrail = new WeakMap();
    const seen: string[][] = [];
    const original = trail.set.bind(trail);
    trail.set = (k, v) => {
      seen.push([...v]);
      return original(k, v);
    };
    expect(run({ trail }).length).toBeGreaterThan(0);
    expect(seen.some((steps) => steps[0] === 'link')).toBe(true);
  });

  it('finds nothing with the link step off', () => {
    expect(run({ off: new Set(['link']) })).toEqual([]);
  });
});
