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

/** Every mention of a list of entities sorted by start, with the running maximum of their ends. */
interface MentionIndex {
  /** Entities in the list when the index was built. */
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Largest end among mentions 0..i of the sorted order. */
  readonly maxEnd: Int32Array;
  /** Entity index and mention index of each sorted mention (the scan order of the plain loop). */
  readonly entity: Int32Array;
  readonly mention: Int32Array;
}

const indexes = new WeakMap<readonly Entity[], MentionIndex>();

function buildIndex(entities: readonly Entity[], count: number): MentionIndex {
  const order: [number, number, number, number][] = [];
  entities.forEach((e, ei) => {
    e.mentions.forEach((m, mi) => {
      order.push([m.start, m.end, ei, mi]);
    });
  });
  order.sort((x, y) => x[0] - y[0]);
  const n = order.length;
  const index: MentionIndex = {
    count,
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    maxEnd: new Int32Array(n),
    entity: new Int32Array(n),
    mention: new Int32Array(n),
  };
  let max = -1;
  order.forEach(([start, end, ei, mi], i) => {
    index.starts[i] = start;
    index.ends[i] = end;
    max = Math.max(max, end);
    index.maxEnd[i] = max;
    index.entity[i] = ei;
    index.mention[i] = mi;
  });
  return index;
}

function indexOf(entities: readonly Entity[]): MentionIndex {
  // Keyed by the layer array (a finished layer); rebuilt if entities were added since.
  const count = entities.length;
  let index = indexes.get(entities);
  if (index === undefined || index.count !== count) {
    index = buildIndex(entities, count);
    indexes.set(entities, index);
  }
  return index;
}

/**
 * `entityForSpan` over a list of entities (an `entities` layer). The mentions are indexed
 * by start once per list, so each look-up reads only the mentions that can overlap the span
 * (one look-up per attribution used to read every mention of the article: quadratic on a
 * long transcript). Ties go to the first entity and mention in list order, as a scan would.
 */
export function bestEntityFor(entities: readonly Entity[], span: Range): Entity | undefined {
  if (span.end <= span.start) return undefined;
  const index = indexOf(entities);
  // Mentions starting before span.end; walk back while some earlier mention can still reach span.start.
  let hi = index.starts.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.starts[mid] as number) < span.end) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestScore = 0;
  let bestEntity = 0;
  let bestMention = 0;
  for (let i = lo - 1; i >= 0 && (index.maxEnd[i] as number) > span.start; i--) {
    const start = index.starts[i] as number;
    const end = index.ends[i] as number;
    const shared = Math.min(end, span.end) - Math.max(start, span.start);
    if (shared <= 0) continue;
    const score = shared / Math.max(end - start, span.end - span.start);
    const ei = index.entity[i] as number;
    const mi = index.mention[i] as number;
    if (score > bestScore || (score === bestScore && best >= 0 && (ei < bestEntity || (ei === bestEntity && mi < bestMention)))) {
      best = i;
      bestScore = score;
      bestEntity = ei;
      bestMention = mi;
    }
  }
  return best < 0 ? undefined : entities[bestEntity];
}

/** The plain scan `bestEntityFor` replaces (kept for tests: both must agree). */
export function bestEntityForByScan(entities: readonly Entity[], span: Range): Entity | undefined {
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
