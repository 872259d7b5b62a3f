import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import type { SourceDoc } from '../src/doc/doc.js';
import { wink, withFreshWink } from '../src/stages/tokens/wink.js';

/**
 * An article's analysis depends on nothing but the article: alone, in a batch, shuffled,
 * after any other document, it gives the same object (issue #19, item 1).
 */
const pipeline = defaultPipeline();

function outputOf(source: SourceDoc): string {
  const result = analyse(pipeline, source);
  if (!result.ok) throw new Error(`${result.where}: ${result.error.code}: ${result.error.message}`);
  return JSON.stringify(result.output);
}

function tokensOf(text: string): string[] {
  const nlp = wink();
  return nlp.readDoc(text).tokens().out(nlp.its.value) as string[];
}

// Invented names and words, some that wink does not know, with the punctuation that made
// its tokenizer learn across documents (a possessive before a full stop, dotted forms).
const NAMES = ['Zorbic', 'Vexley', 'Tamsin Quorl', 'Odalys Brenn', 'Halvik Ferro', 'the Qelt Union', 'Port Ambrin'];
const FRAGMENTS = [
  (n: string) => `${n} said the plan was ${n}’s.`,
  (n: string) => `${n}’s plan was approved on Monday.`,
  (n: string) => `“We will not wait,” ${n} told reporters.`,
  (n: string) => `According to ${n}, the Q.V.-led talks failed last week.`,
  (n: string) => `${n} met officials in Port Ambrin in March 2024.`,
  (n: string) => `The ${n}-backed bill, which ${n} called “overdue”, passed.`,
  (n: string) => `${n} added that prices rose 3% a year.`,
  (n: string) => `She said: “${n} knows where to find us.”`,
];

const article = fc
  .array(fc.tuple(fc.integer({ min: 0, max: FRAGMENTS.length - 1 }), fc.constantFrom(...NAMES), fc.boolean()), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.map(([f, n, para]) => (FRAGMENTS[f] as (n: string) => string)(n) + (para ? '\n\n' : ' ')).join(''));

const articleSet = fc
  .array(article, { minLength: 2, maxLength: 5 })
  .map((texts) => texts.map((text, i): SourceDoc => ({ id: `doc-${i}`, date: '2026-03-06', text, meta: {} })));

describe('wink-nlp reads each document as if it were the first', () => {
  it.each([
    ['a possessive learnt before a full stop', 'They said it was Zorbic’s.', 'Zorbic’s plan was approved.'],
    ['the same word twice', 'Vexley’s. Vexley’s.', 'Vexley’s office said so.'],
    ['nothing to learn (negative case)', 'A plain sentence.', 'Another plain sentence.'],
  ])('%s', (_name, first, second) => {
    const alone = withFreshWink(() => tokensOf(second));
    withFreshWink(() => tokensOf(first));
    expect(withFreshWink(() => tokensOf(second))).toEqual(alone);
  });

  it('a document read without the guard teaches wink (why the guard exists)', () => {
    const alone = withFreshWink(() => tokensOf('Zorbic’s plan was approved.'));
    tokensOf('They said it was Zorbic’s.'); // unguarded: wink learns "Zorbic’s"
    expect(tokensOf('Zorbic’s plan was approved.')).not.toEqual(alone);
    withFreshWink(() => undefined); // and the guard forgets it again
    expect(withFreshWink(() => tokensOf('Zorbic’s plan was approved.'))).toEqual(alone);
  });
});

describe('every document gives the same output alone, in a batch and shuffled', () => {
  it('holds over generated article sets', () => {
    fc.assert(
      fc.property(articleSet, fc.integer({ min: 0, max: 1000 }), (docs, seed) => {
        const alone = docs.map((d) => {
          withFreshWink(() => undefined);
          return outputOf(d);
        });
        const batch = docs.map(outputOf);
        const order = docs.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const shuffled: string[] = [];
        for (const i of order) shuffled[i] = outputOf(docs[i] as SourceDoc);
        const twice = docs.map(outputOf);
        expect(batch).toEqual(alone);
        expect(shuffled).toEqual(alone);
        expect(twice).toEqual(alone);
      }),
      { numRuns: 15 },
    );
  });
});
