import { addDays, addMonths, formatDay, formatMonth, pad, parseDay } from '../calendar.js';
import type { NewsParser, ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const SHIFT: Record<string, number> = { next: 1, following: 1, previous: -1, prior: -1, same: 0, that: 0, 'that same': 0 };

/** The previous date moved by `n` units at its granularity; null when it has no such granularity. */
function moved(previous: string | null, unit: string, n: number): string | null {
  if (!previous) return null;
  if (unit === 'day' || unit === 'morning' || unit === 'night' || unit === 'evening' || unit === 'afternoon') {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(previous) ? parseDay(previous) : null;
    return day ? formatDay(addDays(day, n)) : null;
  }
  if (unit === 'month') {
    const m = /^(\d{4})-(\d{2})/.exec(previous);
    if (!m) return null;
    const day = addMonths({ y: Number(m[1]), m: Number(m[2]), d: 1 }, n);
    return formatMonth(day.y, day.m);
  }
  if (unit === 'year') {
    const y = /^(\d{4})/.exec(previous)?.[1];
    return y ? pad(Number(y) + n, 4) : null;
  }
  return null;
}

const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * Dates counted from the one named before: "the next day", "the following month",
 * "the previous day", "that same day", "later that year". Without a previous date they stay open.
 */
export const anaphoricParser: NewsParser = {
  name: 'time/anaphoric',
  gate: /\b(?:next|following|previous|prior|same|that) (?:day|morning|afternoon|evening|night|month|year)/i,
  pattern: phrase(
    '(?:(?:earlier|later) )?(?:the (next|following|previous|prior|same)|(that same|that)) (day|morning|afternoon|evening|night|month|year)',
  ),
  extract(match) {
    const which = (match[1] ?? match[2] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase();
    const n = SHIFT[which] ?? 0;
    if (which === 'that' && !/^(earlier|later) /i.test(match[0])) return null; // "that year's budget", "on that day"
    if (which === 'next' && (unit === 'year' || unit === 'month')) return null; // "over the next year" is a duration
    const part = PART[unit];
    return {
      type: 'DATE',
      carried: true,
      resolve: (ctx: ResolveContext) => {
        const value =
          moved(ctx.previous, part ? 'day' : unit, n) ?? (unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX');
        return part ? `${value}${part}` : value;
      },
    };
  },
};
