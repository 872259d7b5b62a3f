import type { Range } from '../../doc/span.js';
import type { GoldAttribution } from './brat.js';

/**
 * One scoring unit: one content fragment with its attribution's source and cue. PolNeAR,
 * citron and CofeNet score each content fragment separated by anything but white space as
 * its own unit: in "“A,” she said. “B.”" there are two units sharing one source and cue.
 */
export interface AttributionUnit {
  readonly source: Range | null;
  readonly cue: Range | null;
  readonly content: Range | null;
  /** The resolved speaker's name where known (predictions; hand-resolved gold), else absent. */
  readonly speaker?: string | null;
}

/** Merges the content's parts where only white space separates them; each run is a fragment. */
export function contentFragments(text: string, parts: readonly Range[]): Range[] {
  const sorted = parts.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (p.start <= last.end || text.slice(last.end, p.start).trim() === '')) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    } else out.push({ start: p.start, end: p.end });
  }
  return out;
}

/** The gold units of a document: one per content fragment (one with a null content where an attribution has none). */
export function goldUnits(text: string, gold: readonly GoldAttribution[]): AttributionUnit[] {
  const units: AttributionUnit[] = [];
  for (const g of gold) {
    const fragments = contentFragments(text, g.contentParts);
    if (fragments.length === 0) units.push({ source: g.source, cue: g.cue, content: null });
    for (const content of fragments) units.push({ source: g.source, cue: g.cue, content });
  }
  return units;
}
