import { WEEKDAY, weekdayNumber } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import type { Direction, NewsParser } from '../types.js';
import { capitalized, phrase } from './rx.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * A weekday: "Thursday", "last Friday", "next Monday", "Wednesday night". Which Thursday
 * comes from the modifier, else from the tense of the governing verb (resolved later).
 */
export const weekdayParser: NewsParser = {
  name: 'time/weekday',
  pattern: phrase(
    `(?:(?:last|this|next|this coming|coming|past|early|late) )?(${WEEKDAY})(?:'s|’s)?(?: (morning|afternoon|evening|night))?`,
  ),
  extract(match) {
    const day = match[1] ?? '';
    if (!capitalized(day)) return null;
    const iso = weekdayNumber(day);
    if (iso === null) return null;
    const lead = match[0]
      .slice(0, match[0].length - match[0].replace(/^(last|this coming|this|next|coming|past|early|late) /i, '').length)
      .trim()
      .toLowerCase();
    const direction: Direction | undefined =
      lead === 'last' || lead === 'past' ? 'past' : lead === 'next' || lead.includes('coming') ? 'future' : undefined;
    const part = match[2] ? (PART[match[2].toLowerCase()] ?? null) : null;
    const found = {
      type: part ? ('TIME' as const) : ('DATE' as const),
      resolve: (ctx: Parameters<typeof resolveWeekday>[1]) => {
        const value = resolveWeekday(iso, ctx, direction ?? ctx.direction);
        return part ? `${value}T${part}` : value;
      },
    };
    return direction ? { ...found, direction } : found;
  },
};
