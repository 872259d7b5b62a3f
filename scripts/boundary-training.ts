/**
 * Training of the content-boundary rankers (src/stages/attribution/boundary-ranker.ts): for
 * each gold content, given its cue, its source and one of its boundaries, learn which
 * candidate token the other boundary falls on (a ranking perceptron, averaged).
 */
import type { Paragraph, Token } from '../src/doc/layers.js';
import { quoteState } from '../src/doc/quotes.js';
import type { GoldAttribution } from '../src/eval/attribution/brat.js';
import { tokenRange } from '../src/eval/attribution/gold-tags.js';
import { type Perceptron, PerceptronTrainer } from '../src/learn/perceptron.js';
import { type BoundaryContext, boundaryContext } from '../src/stages/attribution/boundary-context.js';
import { BOUNDARY_K, type BoundaryFrame } from '../src/stages/attribution/boundary-features.js';
import { type BoundarySide, bestBoundary, boundaryFeatures, candidates } from '../src/stages/attribution/boundary-ranker.js';
import { rng, shuffledOrder } from './seeded-order.js';

/** One gold content as token ranges, with its document's context. */
export interface BoundaryExample {
  readonly c: BoundaryContext;
  readonly f: BoundaryFrame;
  readonly s: number;
  readonly e: number;
}

/** The gold contents of one document as ranker examples. */
export function boundaryExamples(
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  gold: readonly GoldAttribution[],
): BoundaryExample[] {
  const c = boundaryContext(tokens, paragraphs, quoteState(tokens, paragraphs));
  const span = (r: { start: number; end: number } | null) => {
    const t = r ? tokenRange(tokens, r) : null;
    return t ? { tokenStart: t[0], tokenEnd: t[1] } : null;
  };
  const out: BoundaryExample[] = [];
  for (const a of gold) {
    const q = span(a.content);
    if (q) out.push({ c, f: { cue: span(a.cue), source: span(a.source) }, s: q.tokenStart, e: q.tokenEnd });
  }
  return out;
}

const fixedOf = (x: BoundaryExample, side: BoundarySide): number => (side === 'end' ? x.s : x.e);
const targetOf = (x: BoundaryExample, side: BoundarySide): number => (side === 'end' ? x.e : x.s);

/** Trains the ranker for `side`; examples whose boundary lies outside the candidates are left out. */
export function trainBoundaryRanker(
  examples: readonly BoundaryExample[],
  side: BoundarySide,
  epochs: number,
  log: (line: string) => void,
): Perceptron {
  const trainer = new PerceptronTrainer(['score']);
  const random = rng(11);
  const usable = examples.filter((x) => {
    const [lo, hi] = candidates(x.c, side, fixedOf(x, side));
    const t = targetOf(x, side);
    return t >= lo && t <= hi;
  });
  const gold = new Int32Array(BOUNDARY_K);
  const guess = new Int32Array(BOUNDARY_K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffledOrder(usable.length, random);
    let right = 0;
    for (const k of order) {
      const x = usable[k] as BoundaryExample;
      const fixed = fixedOf(x, side);
      const target = targetOf(x, side);
      const best = bestBoundary(trainer.weights, x.c, x.f, side, fixed);
      if (best === target) {
        right++;
        trainer.rank(gold, null);
        continue;
      }
      gold.fill(-1);
      guess.fill(-1);
      boundaryFeatures(x.c, x.f, side, fixed, target, gold);
      boundaryFeatures(x.c, x.f, side, fixed, best, guess);
      trainer.rank(gold, guess);
    }
    log(`  ${side} ranker, epoch ${epoch + 1}: ${((100 * right) / usable.length).toFixed(2)}% of ${usable.length} boundaries found`);
  }
  return trainer.average(0);
}
