import type { Timex } from '../../doc/layers.js';
import { contains, overlaps, type Span } from '../../doc/span.js';
import { IndexCache, NOWHERE } from '../shared/interval-index.js';

/** stated: a timex governs the cue; inherited: the same speaker's occasion just before; published: a present-tense cue, said as of publication. */
export type DateSource = 'stated' | 'inherited' | 'published';

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/**
 * When the statement was made, as the text states it: the value of a timex inside the cue,
 * or of one whose anchor (governing verb) overlaps the cue and that is not part of what was
 * said (a date inside the content dates its events, not the saying). Only calendar values
 * count (PRESENT_REF and durations say nothing about the day), and never one after
 * `published` (the article cannot report what was said later).
 */
export function statedDate(
  cue: Span | null,
  timexes: readonly Timex[] | undefined,
  content: Span | null = null,
  published: string | null = null,
): string | null {
  if (!cue || !timexes) return null;
  // Only timexes near the cue can be in it or anchored on it: read those (by index, in list
  // order) instead of every timex of the article once per attribution.
  const near = new Set([...bySpan.of(timexes).all(cue.end + 1, cue.start - 1), ...byAnchor.of(timexes).all(cue.end, cue.start)]);
  for (const i of [...near].sort((a, b) => a - b)) {
    const t = timexes[i] as Timex;
    const inCue = contains(cue, t);
    const anchored = t.anchor !== undefined && overlaps(t.anchor, cue) && !(content && overlaps(content, t));
    if ((inCue || anchored) && (t.type === 'DATE' || t.type === 'TIME')) {
      const m = DATE_VALUE.exec(t.value);
      if (m && !afterPublication(m[0], published)) return m[0];
    }
  }
  return null;
}

/** Timexes by their own span (start <= cue end, end >= cue start: every one a cue contains). */
const bySpan = new IndexCache<Timex>((t) => t);
/** Timexes by their anchor (the governing verb). */
const byAnchor = new IndexCache<Timex>((t) => t.anchor ?? NOWHERE);

/** Whether a (possibly coarse) date lies wholly after the publication day. */
export function afterPublication(date: string, published: string | null): boolean {
  if (!published) return false;
  return date > published.slice(0, date.length);
}

/** "says", "tells", "according to": said as of the article's publication. */
export function presentTenseCue(cue: Span | null): boolean {
  if (!cue) return false;
  const first = cue.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return /^(says|tells|writes|argues|adds|insists|claims|explains|notes|maintains|believes|thinks|warns|according)$/.test(first);
}
