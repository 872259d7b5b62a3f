import type { BoundaryContext } from './boundary-context.js';
import { bestBoundary, staticScoreCache } from './boundary-ranker.js';
import { isLaidOut } from './layout-cues.js';
import type { LinkedSpans } from './linked-spans.js';

/** The learned content-boundary rankers (`boundary-ranker.ts`): one weight per hashed feature. */
export interface BoundaryModel {
  readonly end: Float32Array;
  readonly start: Float32Array;
}

/** Extra score for the tagger's own end and start: the rankers overrule it only when clearly better. */
export interface BoundaryBonus {
  readonly end: number;
  readonly start: number;
}

/** Tuned on PolNeAR dev (docs/attribution.md). */
export const DEFAULT_BOUNDARY_BONUS: BoundaryBonus = { end: 4, start: 8 };

/** End, then start, twice over: the second round starts from the first round's start. */
const ROUNDS = 2;
/**
 * A content the rankers would move off most of what the tagger marked is left as tagged:
 * keeping less than this share of its tokens is more often a wrong turn than a fix.
 */
const MIN_KEPT = 0.2;

/**
 * Re-chooses each content's end (given its start) and then its start (given the new end)
 * with the boundary rankers, the tagger's own boundaries given `bonus` extra score; rule
 * `+bounds` where a boundary moved.
 */
export function rerankBoundaries(
  c: BoundaryContext,
  model: BoundaryModel,
  bonus: BoundaryBonus,
  linked: readonly LinkedSpans[],
): LinkedSpans[] {
  const endCache = staticScoreCache(c);
  const startCache = staticScoreCache(c);
  const moved = linked.map((l) => {
    // contents whose boundaries the layout states ("WALLACE: …", "“…” ― Name") are not re-chosen
    if (isLaidOut(l.rule)) return l;
    const f = { cue: l.cue, source: l.source };
    const { tokenStart, tokenEnd } = l.content;
    let s = tokenStart;
    let e = tokenEnd;
    for (let round = 0; round < ROUNDS; round++) {
      const before = s;
      e = bestBoundary(model.end, c, f, 'end', s, tokenEnd, bonus.end, endCache);
      s = bestBoundary(model.start, c, f, 'start', e, tokenStart, bonus.start, startCache);
      // the same start gives the same end again: nothing more to gain
      if (s === before) break;
    }
    if (s === tokenStart && e === tokenEnd) return l;
    const kept = Math.min(e, tokenEnd) - Math.max(s, tokenStart);
    if (kept < MIN_KEPT * (tokenEnd - tokenStart)) return l;
    return { ...l, content: { ...l.content, tokenStart: s, tokenEnd: e }, rule: `${l.rule}+bounds` };
  });
  // two contents moved onto one span are one statement: the one with a cue is kept
  const key = (l: LinkedSpans): string => `${l.content.tokenStart}:${l.content.tokenEnd}`;
  const best = new Map<string, LinkedSpans>();
  for (const l of moved) {
    const other = best.get(key(l));
    if (!other || (!other.cue && l.cue)) best.set(key(l), l);
  }
  return moved.filter((l) => best.get(key(l)) === l);
}
