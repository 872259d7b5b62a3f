import { type PRF, prf } from '../events/score.js';
import { type GoldTimeline, goldDate } from './gold.js';

/** A predicted event mention of an entity's timeline. */
export interface PredictedMention {
  readonly doc_id: string;
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
}

export interface TimelineCounts {
  gold: number;
  predicted: number;
  linked: number;
  dated: number;
}

export function emptyTimelineCounts(): TimelineCounts {
  return { gold: 0, predicted: 0, linked: 0, dated: 0 };
}

/**
 * Scores one entity's predicted event mentions against its gold timeline: a prediction is
 * linked when its span is a gold mention's (or one of the places of its surface), and dated
 * when its date is also the gold entry's (at the gold's granularity; unanchored = null).
 * Each gold mention counts once (repeats are left out).
 */
export function scoreTimeline(gold: GoldTimeline, predicted: readonly PredictedMention[], c: TimelineCounts): void {
  const byPlace = new Map<string, { id: number; date: string | null }>();
  let id = 0;
  for (const entry of gold.entries) {
    for (const m of entry.mentions) {
      if (m.repeat) continue;
      id++;
      const places = m.alts && m.alts.length > 0 ? m.alts : [[m.start, m.end] as const];
      for (const [s, e] of places) byPlace.set(`${m.doc}:${s}:${e}`, { id, date: goldDate(entry.date) });
      byPlace.set(`${m.doc}:${m.start}:${m.end}`, { id, date: goldDate(entry.date) });
    }
  }
  c.gold += id;
  const seen = new Set<string>();
  for (const p of predicted) {
    const key = `${p.doc_id}:${p.start}:${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    c.predicted++;
    const g = byPlace.get(key);
    if (!g) continue;
    c.linked++;
    if (g.date === p.date) c.dated++;
  }
}

export interface TimelineScores {
  readonly linked: PRF;
  readonly dated: PRF;
  readonly counts: TimelineCounts;
}

export function summarizeTimeline(c: TimelineCounts): TimelineScores {
  return { linked: prf(c.linked, c.predicted, c.gold), dated: prf(c.dated, c.predicted, c.gold), counts: c };
}
