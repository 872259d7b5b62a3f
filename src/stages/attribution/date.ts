import type { Timex } from '../../doc/layers.js';
import { contains, overlaps, type Span } from '../../doc/span.js';

export type DateSource = 'stated' | 'inherited';

const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/**
 * When the statement was made, as the text states it: the value of a timex inside the cue,
 * or of one whose anchor (governing verb) overlaps the cue. Only calendar values count
 * (PRESENT_REF and durations say nothing about the day).
 */
export function statedDate(cue: Span | null, timexes: readonly Timex[] | undefined): string | null {
  if (!cue || !timexes) return null;
  for (const t of timexes) {
    const inCue = contains(cue, t);
    const anchored = t.anchor !== undefined && overlaps(t.anchor, cue);
    if ((inCue || anchored) && (t.type === 'DATE' || t.type === 'TIME')) {
      const m = DATE_VALUE.exec(t.value);
      if (m) return m[0];
    }
  }
  return null;
}
