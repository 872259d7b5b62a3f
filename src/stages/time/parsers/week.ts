import { formatWeek, pad } from '../calendar.js';
import { MONTH, monthNumber } from '../lexicon.js';
import { yearFor } from '../resolve.js';
import type { NewsParser } from '../types.js';
import { capitalized, phrase } from './rx.js';

/** ISO weeks by number: "week 45", "Week 7 of 2025", "W45". */
export const isoWeekParser: NewsParser = {
  name: 'time/iso-week',
  gate: /(?:week|W) ?-?\d/i,
  pattern: phrase('(?:(?:calendar |ISO )?week|W)[ -]?(\\d{1,2})(?:(?: of|,)? ((?:19|20)\\d\\d))?'),
  extract(match, text) {
    const week = Number(match[1]);
    if (week < 1 || week > 53) return null;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (/\b(in|of|during|since|by|until)\s+$/i.test(before) === false && !match[2] && !/^W/.test(match[0])) return null; // "week 3 of the trial" needs a calendar cue
    const year = match[2];
    return { type: 'DATE', resolve: (ctx) => `${year ?? (ctx.dct ? pad(ctx.dct.y, 4) : 'XXXX')}-W${pad(week)}` };
  },
};

/** "the week of March 6": the ISO week holding that day. */
export const weekOfParser: NewsParser = {
  name: 'time/iso-week',
  gate: /week of/i,
  pattern: phrase(`the week of (${MONTH}) (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?`),
  extract(match) {
    const monthWord = match[1] ?? '';
    const month = monthNumber(monthWord);
    const d = Number(match[2]);
    if (month === null || !capitalized(monthWord) || d < 1 || d > 31) return null;
    const stated = match[3] ? Number(match[3]) : null;
    return {
      type: 'DATE',
      resolve: (ctx) => {
        const y = stated ?? yearFor(month, d, ctx);
        return y === null ? 'XXXX-WXX' : formatWeek({ y, m: month, d });
      },
    };
  },
};
