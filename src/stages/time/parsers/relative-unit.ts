import { unitInfo } from '../lexicon.js';
import { shiftedValue } from '../resolve.js';
import { type Direction, fixed, type NewsParser, type ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const SHIFT: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  'this past': -1,
  this: 0,
  current: 0,
  present: 0,
  next: 1,
  coming: 1,
  'this coming': 1,
};

/**
 * A calendar unit named from the document date: "last month", "this year", "next week",
 * "earlier this week", "the past year", "the last week", "late last year".
 */
export const relativeUnitParser: NewsParser = {
  name: 'time/relative-unit',
  pattern: phrase(
    "(?:(earlier|later|early|late) )?(the )?(last|past|previous|this past|this coming|this|current|present|next|coming)(?: fiscal| calendar)? (week|weekend|month|year|decade|century)(?:'s|’s)?",
  ),
  extract(match) {
    const [, early, the, which = '', unitWord = ''] = match;
    const unit = unitInfo(unitWord);
    if (!unit) return null;
    if (/^[A-Z]/.test(unitWord)) return null; // a title: ABC's "This Week"
    const shift = SHIFT[which.toLowerCase()] ?? 0;
    if (the && which.toLowerCase() === 'present') return null;
    if (the && (which.toLowerCase() === 'next' || which.toLowerCase() === 'coming') && !early) {
      // "the next year" is usually a duration ("over the next year").
      return { type: 'DURATION', resolve: fixed(unit.name === 'decade' ? 'P10Y' : unit.name === 'century' ? 'P100Y' : `P1${unit.letter}`) };
    }
    if (which.toLowerCase() === 'this' && unit.name === 'century') return { type: 'DURATION', resolve: fixed('P100Y') };
    const direction: Direction | undefined = shift < 0 ? 'past' : shift > 0 ? 'future' : undefined;
    const found = { type: 'DATE' as const, resolve: (ctx: ResolveContext) => shiftedValue(unit.name, shift, ctx) };
    return direction ? { ...found, direction } : found;
  },
};

/** "the week", "the month", "the year" with a determiner only: a date or a year-long stretch. */
export const theUnitParser: NewsParser = {
  name: 'time/the-unit',
  pattern: phrase("the (?:same )?(week|month|year)(?!-)(?:'s|’s)?"),
  extract(match, text) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 10);
    if (/^\s*(of|before|after|that|when|in which|earlier|ago|\d)/i.test(after)) return null;
    const unit = unitInfo(match[1] ?? '');
    if (!unit) return null;
    // "for the year ended Sept. 30" is a year-long stretch; "a high for the year" is this year.
    if (unit.name === 'year' && /^\s+(ended|ending|through|to date)\b/i.test(after)) return { type: 'DURATION', resolve: fixed('P1Y') };
    if (unit.name === 'day')
      return {
        type: 'DATE',
        resolve: (ctx) => (ctx.previous && /^\d{4}-\d{2}-\d{2}$/.test(ctx.previous) ? ctx.previous : shiftedValue('day', 0, ctx)),
      };
    return { type: 'DATE', resolve: (ctx) => shiftedValue(unit.name, 0, ctx) };
  },
};
