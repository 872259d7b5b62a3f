import type { Token } from '../../doc/layers.js';
import { IntervalIndex, NOWHERE } from '../shared/interval-index.js';
import type { LinkedSpans } from './linked-spans.js';

const COORDINATORS = new Set(['and', 'but', 'while', 'yet']);

/** Where another attribution starts: its source when that comes first, else its cue. */
function headOf(o: LinkedSpans, cue: NonNullable<LinkedSpans['cue']>): number {
  return o.source && o.source.tokenEnd <= cue.tokenStart ? o.source.tokenStart : cue.tokenStart;
}

/**
 * "Trump has attacked [loopholes that benefit others], and has called for [eliminating …]": a
 * content that runs on over a coordinated clause with a cue of its own ends before the
 * coordinator (PolNeAR marks two attributions). The other attribution's cue, with its source
 * when that comes first, must follow "and"/"but" (a comma may sit before it) inside the content,
 * and its content must lie inside the first one after its cue.
 */
export function cutAtCoordinatedCue(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  // each attribution's head as a one-token interval: only those inside a content can cut it (was: every attribution)
  const heads = new IntervalIndex(linked.map((o) => (o.cue ? { start: headOf(o, o.cue), end: headOf(o, o.cue) + 1 } : NOWHERE)));
  return linked.map((l) => {
    if (!l.cue) return l;
    let end = l.content.tokenEnd;
    for (const oi of heads.all(l.content.tokenEnd, l.content.tokenStart + 1)) {
      const o = linked[oi] as LinkedSpans;
      if (o === l || !o.cue) continue;
      const head = headOf(o, o.cue);
      if (head <= l.content.tokenStart || head >= end || o.content.tokenStart < o.cue.tokenEnd) continue;
      if (o.content.tokenEnd > l.content.tokenEnd || o.content.tokenStart >= end) continue;
      const before = tokens[head - 1];
      if (!before || !COORDINATORS.has(before.text.toLowerCase())) continue;
      let cut = head - 1;
      if (cut > l.content.tokenStart && (tokens[cut - 1] as Token).text === ',') cut--;
      if (cut > l.content.tokenStart) end = cut;
    }
    return end === l.content.tokenEnd ? l : { ...l, content: { ...l.content, tokenEnd: end }, rule: `${l.rule}+coordinated` };
  });
}
