import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import type { Token } from '../src/doc/layers.js';
import { quoteState } from '../src/doc/quotes.js';
import { PerceptronTrainer } from '../src/learn/perceptron.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import { boundaryContext } from '../src/stages/attribution/boundary-context.js';
import { BOUNDARY_K } from '../src/stages/attribution/boundary-features.js';
import { bestBoundary, boundaryFeatures, candidates, MAX_CONTENT_TOKENS } from '../src/stages/attribution/boundary-ranker.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const tokensStage = createTokensStage();

function read(text: string): Doc {
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  tokensStage.run(doc, { report: () => {} });
  return doc;
}

function context(text: string) {
  const doc = read(text);
  const tokens = doc.get('tokens') as Token[];
  const paragraphs = doc.get('paragraphs');
  return { tokens, c: boundaryContext(tokens, paragraphs, quoteState(tokens, paragraphs)) };
}

/** The tokens inside quotation marks, marks included. */
function quoted(text: string): string {
  const doc = read(text);
  const tokens = doc.get('tokens');
  const { inside } = quoteState(tokens, doc.get('paragraphs'));
  return tokens
    .filter((_, i) => inside[i])
    .map((t) => t.text)
    .join(' ');
}

describe('quote state: typewriter doubles', () => {
  it.each([
    ["He called it ''a genius move'' on Friday.", "' 'a genius move ' '"],
    ["It was ''taking a close look'' at it.", "' ' taking a close look ' '"],
    ["``We will not wait,'' she said.", "` ` We will not wait , ' '"],
    ['She said “no” twice.', '“ no ”'],
  ])('%s', (text, inside) => {
    expect(quoted(text)).toBe(inside);
  });

  it.each([
    ["The '90s were louder, the farmers' market said.", ''],
    ["It isn't 'wrong' to ask.", ''],
  ])('a lone apostrophe is no mark: %s', (text, inside) => {
    expect(quoted(text)).toBe(inside);
  });
});

describe('boundary candidates', () => {
  it('stay within the paragraph and the longest content', () => {
    const { c, tokens } = context('First paragraph says little.\n\nThe mayor said the bridge would reopen on Monday.');
    const start = tokens.findIndex((t) => t.text === 'the' && t.start > 30);
    const [lo, hi] = candidates(c, 'end', start);
    expect(lo).toBe(start + 1);
    expect(hi).toBe(tokens.length);
    const [slo, shi] = candidates(c, 'start', tokens.length);
    expect((tokens[slo] as Token).text).toBe('The');
    expect(shi).toBe(tokens.length - 1);
    expect(hi - start).toBeLessThanOrEqual(MAX_CONTENT_TOKENS);
  });
});

describe('ranking perceptron', () => {
  const texts = [
    'Officials said that the bridge would reopen on Monday, though repairs continue.',
    'The council said that taxes would rise next year, though nobody knows by how much.',
    'Her aides said that the trip was off, though a new date may be set.',
  ];
  const examples = texts.map((text) => {
    const { c, tokens } = context(text);
    const s = tokens.findIndex((t) => t.text === 'that');
    const e = tokens.findIndex((t) => t.text === ',');
    const cue = tokens.findIndex((t) => t.text === 'said');
    return { c, f: { cue: { tokenStart: cue, tokenEnd: cue + 1 }, source: null }, s, e };
  });

  it('learns where a content ends from a few examples', () => {
    const trainer = new PerceptronTrainer(['score']);
    const gold = new Int32Array(BOUNDARY_K);
    const guess = new Int32Array(BOUNDARY_K);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const x of examples) {
        const best = bestBoundary(trainer.weights, x.c, x.f, 'end', x.s);
        gold.fill(-1);
        guess.fill(-1);
        boundaryFeatures(x.c, x.f, 'end', x.s, x.e, gold);
        boundaryFeatures(x.c, x.f, 'end', x.s, best, guess);
        trainer.rank(gold, best === x.e ? null : guess);
      }
    }
    const weights = trainer.average(0).ownTable();
    const held = context('The minister said that the border would stay shut, though trade goes on.');
    const s = held.tokens.findIndex((t) => t.text === 'that');
    const cue = held.tokens.findIndex((t) => t.text === 'said');
    const e = bestBoundary(weights, held.c, { cue: { tokenStart: cue, tokenEnd: cue + 1 }, source: null }, 'end', s);
    expect((held.tokens[e] as Token).text).toBe(',');
  });
});

describe('attribution stage with the boundary rankers', () => {
  it('marks a rule or rankers for every content, and the rankers can be left out', () => {
    const text = 'The mayor said that the bridge would reopen on Monday, though repairs will continue into spring.';
    const run = (rankers: boolean) => {
      const doc = read(text);
      createAttributionStage({ rankers, convention: 'polnear' }).run(doc, { report: () => {} });
      return doc.get('attributionSpans');
    };
    const withRankers = run(true);
    const without = run(false);
    expect(withRankers.length).toBeGreaterThan(0);
    expect(without.every((a) => !(a.rule ?? '').includes('+bounds'))).toBe(true);
    expect(withRankers[0]?.content.text.startsWith('that the bridge would reopen')).toBe(true);
  });
});

describe('linking: a clause inside the subject is no content', () => {
  // from samples/sample-02-drought-aid.txt, where the tagger marks "farms" as a content
  const text =
    "Farmers' groups welcomed the plan but said it came too late. The National Growers Federation, which represents about 40,000 farms, said in a letter to the ministry that many of its members had already sold livestock in June.";

  it('links the cue to the that-clause after it, not to the relative clause before it', () => {
    const doc = read(text);
    createAttributionStage().run(doc, { report: () => {} });
    const said = doc.get('attributionSpans').filter((a) => a.source?.text === 'The National Growers Federation');
    expect(said.map((a) => a.content.text)).toEqual(['that many of its members had already sold livestock in June']);
  });
});
