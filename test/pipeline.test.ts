import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import type { LayerName } from '../src/doc/layers.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';

function stage(name: string, requires: LayerName[], provides: LayerName[], uses: LayerName[] = []): Stage {
  return {
    name,
    requires,
    provides,
    uses,
    run(doc) {
      for (const layer of provides) doc.set(layer, []);
    },
  };
}

const tokens = stage('tokens', [], ['tokens', 'sentences']);
const entities = stage('entities', ['tokens'], ['entities']);
const time = stage('time', ['tokens', 'sentences'], ['timexes']);
const attribution = stage('attribution', ['tokens'], ['attributions'], ['entities', 'timexes']);

describe('Pipeline.build checks the order at build time', () => {
  it.each([
    ['tokens alone', [tokens]],
    ['the full order', [tokens, entities, time, attribution]],
    ['optional layers absent', [tokens, attribution]],
  ])('accepts %s', (_name, stages) => {
    expect(() => Pipeline.build(stages)).not.toThrow();
  });

  it.each([
    ['a missing requirement', [entities], "stage 'entities' requires layer 'tokens', which no earlier stage provides"],
    ['requirements in the wrong order', [time, tokens], "stage 'time' requires layer 'tokens', 'sentences'"],
    [
      'a used layer provided later',
      [tokens, attribution, entities],
      "stage 'attribution' uses layer 'entities', but 'entities' provides it later",
    ],
    ['a stage twice', [tokens, tokens], "stage 'tokens' appears twice"],
  ])('rejects %s, naming stage and layer', (_name, stages, message) => {
    expect(() => Pipeline.build(stages)).toThrowError(message);
    try {
      Pipeline.build(stages);
    } catch (error) {
      expect((error as { code: string }).code).toBe('E_PIPELINE');
    }
  });

  it('accepts layers given from outside', () => {
    expect(() => Pipeline.build([entities], ['tokens'])).not.toThrow();
  });
});

describe('Pipeline.run', () => {
  it('collects reported problems with the stage name, and times stages when asked', () => {
    const noisy: Stage = {
      name: 'noisy',
      requires: [],
      provides: [],
      run(_doc, ctx) {
        ctx.report({ reason: 'unbalanced quotation mark', rule: 'quotes/unbalanced', span: { start: 0, end: 1 } });
      },
    };
    const pipeline = Pipeline.build([noisy]);
    pipeline.timed = true;
    const problems = pipeline.run(new Doc({ id: 'd', date: null, text: '“x', meta: {} }));
    expect(problems).toEqual([
      { stage: 'noisy', reason: 'unbalanced quotation mark', rule: 'quotes/unbalanced', span: { start: 0, end: 1 } },
    ]);
    expect(pipeline.timings.has('noisy')).toBe(true);
  });

  it('throws when a stage breaks its promise to provide a layer', () => {
    const liar: Stage = { name: 'liar', requires: [], provides: ['entities'], run() {} };
    expect(() => Pipeline.build([liar]).run(new Doc({ id: 'd', date: null, text: 'x', meta: {} }))).toThrowError(
      "stage 'liar' promised layer 'entities'",
    );
  });
});
