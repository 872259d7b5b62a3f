import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import type { Entity } from '../src/doc/layers.js';
import { spanOf } from '../src/doc/span.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { toFound } from '../src/stages/attribution/found.js';
import { createSpeakersStage } from '../src/stages/speakers/speakers-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';
import { attribution, quotesOf, tokenizedDoc } from './support/attribution-tokens.js';

// Sentences written for this project (no corpus text).
describe('speakers stage: its place in the pipeline', () => {
  it('comes after the stages whose layers it reads', () => {
    const names = defaultPipeline().stages.map((s) => s.name);
    const at = names.indexOf('speakers');
    for (const before of ['tokens', 'entities', 'time', 'attribution']) expect(names.indexOf(before)).toBeLessThan(at);
    expect(names.indexOf('events')).toBeGreaterThan(at);
  });

  it('is refused without a stage that finds the attribution spans', () => {
    expect(() => Pipeline.build([createTokensStage(), createSpeakersStage()])).toThrow(/attributionSpans/);
  });
});

describe('speakers stage on attribution spans given by hand', () => {
  const text = 'Mayor Ann Lee said the tram would run. “We are ready,” she said.';
  const run = (entities: Entity[] | null) => {
    const doc = tokenizedDoc(text);
    const { tokens, quotes } = quotesOf(text);
    const first = attribution(text, 'Mayor Ann Lee', 'said', 'the tram would run').l;
    const second = attribution(text, 'she', 'said', '“ We are ready , ”').l;
    doc.set('attributionSpans', toFound(text, tokens, quotes.inside, [first, second]));
    if (entities) doc.set('entities', entities);
    createSpeakersStage().run(doc, { report: () => {} });
    return doc.get('attributions');
  };

  it('names the entity of the source, and "she" after it', () => {
    const at = (s: string) => spanOf(text, text.indexOf(s), text.indexOf(s) + s.length);
    const lee: Entity = { id: 'e1', name: 'Ann Lee', type: 'PERSON', roles: ['Mayor'], mentions: [at('Ann Lee'), at('she')] };
    const found = run([lee]);
    expect(found.map((a) => [a.id, a.type, a.speaker?.name])).toEqual([
      ['a1', 'indirect', 'Ann Lee'],
      ['a2', 'direct', 'Ann Lee'],
    ]);
  });

  it('without entities: the source text, and the pronoun takes the previous speaker', () => {
    expect(run(null).map((a) => a.speaker)).toEqual([
      { entity: null, name: 'Mayor Ann Lee' },
      { entity: null, name: 'Mayor Ann Lee' },
    ]);
  });
});
