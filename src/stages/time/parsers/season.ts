import { pad } from '../calendar.js';
import type { Direction, NewsParser, ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const SEASONS: Record<string, { code: string; order: number }> = {
  spring: { code: 'SP', order: 1 },
  summer: { code: 'SU', order: 2 },
  fall: { code: 'FA', order: 3 },
  autumn: { code: 'FA', order: 3 },
  winter: { code: 'WI', order: 4 },
};

function seasonNow(month: number): number {
  if (month === 12) return 4;
  if (month <= 2) return 0; // January and February: the winter begun last December
  return Math.floor((month - 3) / 3) + 1;
}

function seasonYear(order: number, ctx: ResolveContext, direction: Direction, which: string): string {
  const dct = ctx.dct;
  if (!dct) return 'XXXX';
  const now = seasonNow(dct.m);
  if (which === 'last' || which === 'past' || which === 'this past') return pad(order < now ? dct.y : dct.y - 1, 4);
  if (which === 'next' || which === 'coming' || which === 'this coming') return pad(order > now ? dct.y : dct.y + 1, 4);
  if (which === 'this') return pad(dct.y, 4);
  if (direction === 'past') return pad(order <= now ? dct.y : dct.y - 1, 4);
  if (direction === 'future') return pad(order >= now ? dct.y : dct.y + 1, 4);
  return pad(dct.y, 4);
}

/** Seasons: "last fall", "this summer", "the spring of 1998", "winter 2024", "in the summer". */
export const seasonParser: NewsParser = {
  name: 'time/season',
  gate: /spring|summer|fall|autumn|winter/i,
  pattern: phrase(
    "(?:(last|this|next|past|this past|coming|this coming|early|late|the|mid-|mid) )?(spring|summer|fall|autumn|winter)(?:(?: of)? ((?:19|20)\\d\\d))?(?:'s|’s)?",
  ),
  extract(match, text) {
    const which = (match[1] ?? '').toLowerCase();
    const name = (match[2] ?? '').toLowerCase();
    const year = match[3];
    const season = SEASONS[name];
    if (!season) return null;
    const before = text.slice(Math.max(0, match.index - 10), match.index);
    if (!which && !year && !/\b(in|into|during|since|until|by|this|last|next|over|through|before|after)\s+$/i.test(before)) return null;
    if (which === 'the' && !year && /^\s+of\b/.test(text.slice(match.index + match[0].length))) return null; // "the fall of Rome"
    if (name === 'fall' && !which && !year) return null;
    if (which === 'the' && !year && !/\b(in|into|during|since|until|by|over|through|before|after)\s+$/i.test(before)) return null;
    const start = which === 'the' ? match.index + 4 : match.index;
    return {
      type: 'DATE',
      start: which === 'the' && year ? match.index : start,
      resolve: (ctx) => `${year ?? seasonYear(season.order, ctx, ctx.direction, which)}-${season.code}`,
    };
  },
};
