/**
 * Training of the content-boundary rankers (src/stages/attribution/boundary-ranker.ts): for
 * each gold content, given its cue, its source and one of its boundaries, learn which
 * candidate token the other boundary falls on (a ranking perceptron, averaged).
 */
import type { Paragraph, Token } from '../src/doc/layers.js';
import type { GoldAttribution } from '../src/eval/attribution/brat.js';
import { tokenRange } from '../src/eval/attribution/gold-tags.js';
import { type BoundaryContext, boundaryContext } from '../src/stages/attribution/boundary-context.js';
import { BOUNDARY_K, type BoundaryFrame } from '../src/stages/attribution/boundary-features.js';
import { type BoundarySide, bestBoundary, boundaryFeatures, candidates, RankTrainer } from '../src/stages/attribution/boundary-ranker.js';
import { quoteState } from '../src/stages/attribution/quotes.js';

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

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const fixedOf = (x: BoundaryExample, side: BoundarySide): number => (side === 'end' ? x.s : x.e);
const targetOf = (x: BoundaryExample, side: BoundarySide): number => (side === 'end' ? x.e : x.s);

/** Share (percent) of `examples` whose `side` boundary the ranker `weights` finds. */
export function boundaryAccuracy(weights: Float32Array, examples: readonly BoundaryExample[], side: BoundarySide): number {
  let right = 0;
  for (const x of examples) if (bestBoundary(weights, x.c, x.f, side, fixedOf(x, side)) === targetOf(x, side)) right++;
  return (100 * right) / Math.max(1, examples.length);
}

/** Trains the ranker for `side`; examples whose boundary lies outside the candidates are left out. */
export function trainBoundaryRanker(
  examples: readonly BoundaryExample[],
  side: BoundarySide,
  epochs: number,
  log: (line: string) => void,
): Float32Array {
  const trainer = new RankTrainer();
  const random = rng(11);
  const usable = examples.filter((x) => {
    const [lo, hi] = candidates(x.c, side, fixedOf(x, side));
    const t = targetOf(x, side);
    return t >= lo && t <= hi;
  });
  const gold = new Int32Array(BOUNDARY_K);
  const guess = new Int32Array(BOUNDARY_K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = usable.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let right = 0;
    for (const k of order) {
      const x = usable[k] as BoundaryExample;
      const fixed = fixedOf(x, side);
      const target = targetOf(x, side);
      const best = bestBoundary(trainer.weights, x.c, x.f, side, fixed);
      if (best === target) {
        right++;
        trainer.update(gold, null);
        continue;
      }
      gold.fill(-1);
      guess.fill(-1);
      boundaryFeatures(x.c, x.f, side, fixed, target, gold);
      boundaryFeatures(x.c, x.f, side, fixed, best, guess);
      trainer.update(gold, guess);
    }
    log(`  ${side} ranker, epoch ${epoch + 1}: ${((100 * right) / usable.length).toFixed(2)}% of ${usable.length} boundaries found`);
  }
  return trainer.average(0);
}
