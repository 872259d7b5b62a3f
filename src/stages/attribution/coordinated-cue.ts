import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

const COORDINATORS = new Set(['and', 'but', 'while', 'yet']);

/** Where another attribution starts: its source when that comes first, else its cue. */
function headOf(o: LinkedSpans, cue: NonNullable<LinkedSpans['cue']>): number {
  return o.source && o.source.tokenEnd <= cue.tokenStart ? o.source.tokenStart : cue.tokenStart;
}

/** The attributions with a cue, as [head, index] sorted by head. */
function byHead(linked: readonly LinkedSpans[]): [number, number][] {
  const out: [number, number][] = [];
  linked.forEach((o, i) => {
    if (o.cue) out.push([headOf(o, o.cue), i]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Indices (in the attributions' order) of those whose head lies in (from, to). */
function headsInside(heads: readonly [number, number][], from: number, to: number): number[] {
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((heads[mid] as [number, number])[0] <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < heads.length && (heads[k] as [number, number])[0] < to; k++) out.push((heads[k] as [number, number])[1]);
  return out.sort((a, b) => a - b);
}

/**
 * "Trump has attacked [loopholes that benefit others], and has called for [eliminating …]": a
 * content that runs on over a coordinated clause with a cue of its own ends before the
 * coordinator (PolNeAR marks two attributions). The other attribution's cue, with its source
 * when that comes first, must follow "and"/"but" (a comma may sit before it) inside the content,
 * and its content must lie inside the first one after its cue.
 */
export function cutAtCoordinatedCue(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  const heads = byHead(linked);
  return linked.map((l) => {
    if (!l.cue) return l;
    let end = l.content.tokenEnd;
    // only attributions whose head lies inside this content can cut it (was: every attribution)
    for (const oi of headsInside(heads, l.content.tokenStart, l.content.tokenEnd)) {
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
