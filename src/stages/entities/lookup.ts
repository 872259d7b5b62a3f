import type { Doc } from '../../doc/doc.js';
import type { Entity } from '../../doc/layers.js';
import { overlapLength, type Range } from '../../doc/span.js';

/**
 * The entity a span of text stands for, such as an attribution's source ("U.S. Secretary
 * of State Ana Ruiz", "he", "NBC News"): of the entities with a mention overlapping
 * the span, the one whose mention matches it best (shared length over the longer of the
 * two), so that a place nested in a title ("U.S.") loses to the person. Undefined when no
 * mention overlaps. Reads the `entities` layer (empty when the entities stage did not run).
 */
export function entityForSpan(doc: Doc, span: Range): Entity | undefined {
  return bestEntityFor(doc.find('entities') ?? [], span);
}

/** `entityForSpan` over a list of entities (an `entities` layer). */
export function bestEntityFor(entities: readonly Entity[], span: Range): Entity | undefined {
  let best: Entity | undefined;
  let bestScore = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const shared = overlapLength(m, span);
      if (shared === 0) continue;
      const score = shared / Math.max(m.end - m.start, span.end - span.start);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
  }
  return best;
}
