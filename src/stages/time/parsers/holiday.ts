import { type Day, formatDay, nthWeekday } from '../calendar.js';
import { yearFor } from '../resolve.js';
import type { NewsParser } from '../types.js';
import { phrase } from './rx.js';

type Rule = (y: number) => Day;

const HOLIDAYS: Record<string, Rule> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'election day': (y) => ({ y, m: 11, d: nthWeekday(y, 11, 1, 1).d + 1 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
};

/** Fixed and counted holidays: "Christmas", "Thanksgiving Day", "Election Day", "last Thanksgiving". */
export const holidayParser: NewsParser = {
  name: 'time/holiday',
  gate: /Christmas|New Year|Thanksgiving|Day\b|Halloween/,
  pattern: phrase(
    "(?:(last|next|this) )?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Independence Day|Election Day|Veterans Day|Halloween|Valentine['’]s Day)(?:,? ((?:19|20)\\d\\d))?",
    'g',
  ),
  extract(match) {
    const which = match[1];
    const key = (match[2] ?? '').toLowerCase().replace('’', "'");
    const rule = HOLIDAYS[key];
    if (!rule) return null;
    const year = match[3] ? Number(match[3]) : null;
    const direction = which === 'last' ? 'past' : which === 'next' ? 'future' : undefined;
    return {
      type: 'DATE',
      resolve: (ctx) => {
        const probe = rule(year ?? ctx.dct?.y ?? 2000);
        const y = year ?? yearFor(probe.m, probe.d, ctx, direction ?? ctx.direction);
        return y === null ? `XXXX-${String(probe.m).padStart(2, '0')}-${String(probe.d).padStart(2, '0')}` : formatDay(rule(y));
      },
      ...(direction ? { direction } : {}),
    };
  },
};
