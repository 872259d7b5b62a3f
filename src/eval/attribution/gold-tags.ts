import type { Token } from '../../doc/layers.js';
import type { Range } from '../../doc/span.js';
import { Q_LABELS, SC_LABELS } from '../../stages/attribution/tagger.js';
import type { GoldAttribution } from './brat.js';

/** Token indices `[a, b)` covered by `r`: tokens with more than half their length inside. */
export function tokenRange(tokens: readonly Token[], r: Range): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end <= r.start) continue;
    if (t.start >= r.end) break;
    const inside = Math.min(t.end, r.end) - Math.max(t.start, r.start);
    if (2 * inside >= t.end - t.start) {
      if (a < 0) a = i;
      b = i + 1;
    }
  }
  return a < 0 ? null : [a, b];
}

function paint(tags: Int8Array, labels: readonly string[], kind: string, range: [number, number] | null, overwrite: boolean): void {
  if (!range) return;
  const [a, b] = range;
  if (!overwrite) for (let i = a; i < b; i++) if (tags[i] !== 0) return;
  tags[a] = labels.indexOf(`B-${kind}`);
  for (let i = a + 1; i < b; i++) tags[i] = labels.indexOf(`I-${kind}`);
}

/**
 * Gold BIO tags for training: source and cue spans on one sequence, content extents on
 * another. Where contents nest, the outer (longer) one is kept; where a source or cue
 * collides with one already painted, the first in text order is kept.
 */
export function goldTags(tokens: readonly Token[], gold: readonly GoldAttribution[]): { sc: Int8Array; q: Int8Array } {
  const sc = new Int8Array(tokens.length);
  const q = new Int8Array(tokens.length);
  const byLength = gold
    .filter((g) => g.content)
    .sort((x, y) => {
      const a = x.content as Range;
      const b = y.content as Range;
      return b.end - b.start - (a.end - a.start);
    });
  for (const g of byLength) paint(q, Q_LABELS, 'Q', tokenRange(tokens, g.content as Range), false);
  const parts: { kind: string; r: Range }[] = [];
  for (const g of gold) {
    if (g.source) parts.push({ kind: 'S', r: g.source });
    if (g.cue) parts.push({ kind: 'C', r: g.cue });
  }
  parts.sort((x, y) => x.r.start - y.r.start);
  for (const p of parts) paint(sc, SC_LABELS, p.kind, tokenRange(tokens, p.r), false);
  return { sc, q };
}
