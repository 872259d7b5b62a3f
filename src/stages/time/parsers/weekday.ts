import { WEEKDAY, weekdayNumber } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import type { Direction, Found, NewsParser, ResolveContext } from '../types.js';
import { capitalized, phrase } from './rx.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', noon: '12:00', midnight: '24:00' };
const LEAD_DIRECTION: Record<string, Direction> = { last: 'past', past: 'past', next: 'future', coming: 'future', 'this coming': 'future' };

/**
 * A weekday: "Thursday", "last Friday", "next Monday", "Wednesday night", "noon Thursday".
 * Which Thursday comes from the modifier, else from the tense of the governing verb.
 */
export const weekdayParser: NewsParser = {
  name: 'time/weekday',
  pattern: phrase(
    `(?:(noon|midnight) )?(?:(last|this coming|this|next|coming|past|early|late) )?(${WEEKDAY})(?:'s|’s)?(?: (morning|afternoon|evening|night))?`,
  ),
  extract(match): Found | null {
    const [, clock, lead, day = '', partWord] = match;
    if (!capitalized(day)) return null;
    if (partWord && capitalized(partWord)) return null; // a title: "Saturday Night Live"
    const iso = weekdayNumber(day);
    if (iso === null) return null;
    const direction = LEAD_DIRECTION[(lead ?? '').toLowerCase()];
    const partKey = (clock ?? partWord ?? '').toLowerCase();
    const part = partKey ? (PART[partKey] ?? null) : null;
    const resolve = (ctx: ResolveContext): string => {
      const value = resolveWeekday(iso, ctx, direction ?? ctx.direction, direction !== undefined);
      return part ? `${value}T${part}` : value;
    };
    // TimeBank marks "Friday morning" a DATE with the part of day in its value.
    return { type: clock ? 'TIME' : 'DATE', resolve, ...(direction ? { direction } : {}) };
  },
};
