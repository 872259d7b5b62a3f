import { pad, quarterOf } from '../calendar.js';
import { ordinalValue } from '../lexicon.js';
import type { Direction, NewsParser, ResolveContext } from '../types.js';
import { phrase } from './rx.js';

/** The year of quarter `q` without a stated year: a reported quarter after the current one is last year's. */
function quarterYear(q: number, ctx: ResolveContext, direction: Direction): string {
  const dct = ctx.dct;
  if (!dct) return 'XXXX';
  const current = quarterOf(dct.m);
  // A quarter after the current one is last year's, unless the verb looks ahead.
  return pad(q > current && direction !== 'future' ? dct.y - 1 : dct.y, 4);
}

function relativeQuarter(shift: number, ctx: ResolveContext): string {
  const dct = ctx.dct;
  if (!dct) return 'XXXX-QX';
  const index = dct.y * 4 + quarterOf(dct.m) - 1 + shift;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

const WHICH = '(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous|past|next|coming|recent|most recent|year-ago|same)';

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
 * "the fourth quarter of 1990", "this year's third quarter", "the latest quarter", "Q3 2025", "the first half".
 */
export const quarterParser: NewsParser = {
  name: 'time/quarter',
  pattern: phrase(
    `(?:(the|this year's|last year's|next year's|(?:19|20)\\d\\d(?:'s)?) )?(?:(?:fiscal|calendar) )?(?:${WHICH}[- ](?:fiscal[- ])?)?(quarter|half|period)(?: (?:of (?:fiscal )?|ended |ending )?((?:19|20)\\d\\d))?|\\bQ([1-4])(?: ((?:19|20)\\d\\d))?`,
  ),
  extract(match, text) {
    if (match[5]) {
      const q = Number(match[5]);
      const year = match[6];
      return { type: 'DATE', resolve: (ctx) => `${year ?? quarterYear(q, ctx, ctx.direction)}-Q${q}` };
    }
    const [, lead = '', which = '', noun = '', year] = match;
    const unit = noun.toLowerCase();
    const w = which.toLowerCase();
    if (!w && !lead && !year) return null;
    if (!w && lead.toLowerCase() === 'the' && !year && unit !== 'quarter') return null;
    if (unit === 'period' && !['latest', 'same', 'year-ago', 'recent', 'most recent'].includes(w) && !year) return null;
    if (unit === 'period' && year) return { type: 'DATE', resolve: () => year };
    const hyphenated = /^[a-z0-9]+-(?:fiscal-)?(quarter|half)$/i.test(match[0]);
    if (hyphenated && !/^\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1))) return null;
    const letter = unit === 'half' ? 'H' : 'Q';
    const ordinal = ordinalValue(w);
    const leadYear = /^(\d{4})/.exec(lead)?.[1];
    const shiftYears = /^last year/i.test(lead) ? -1 : /^next year/i.test(lead) ? 1 : 0;
    if (ordinal !== null) {
      if (letter === 'H' && ordinal > 2) return null;
      return {
        type: 'DATE',
        resolve: (ctx) => {
          const y =
            year ??
            leadYear ??
            (shiftYears !== 0 || /^this year/i.test(lead)
              ? ctx.dct
                ? pad(ctx.dct.y + shiftYears, 4)
                : 'XXXX'
              : quarterYear(letter === 'H' ? ordinal * 2 : ordinal, ctx, ctx.direction));
          return `${y}-${letter}${ordinal}`;
        },
      };
    }
    if (letter === 'H') return null;
    const shift = w === 'next' || w === 'coming' ? 1 : w === 'current' ? 0 : w === 'year-ago' ? -4 : -1;
    return {
      type: 'DATE',
      resolve: (ctx) => {
        if (w === 'year-ago') {
          if (ctx.previous && /^\d{4}-Q\d$/.test(ctx.previous))
            return `${pad(Number(ctx.previous.slice(0, 4)) - 1, 4)}${ctx.previous.slice(4)}`;
          return relativeQuarter(-5, ctx);
        }
        if (w === '' || w === 'latest' || w === 'recent' || w === 'most recent' || w === 'same') {
          if (ctx.previous && /^\d{4}-Q\d$/.test(ctx.previous)) return ctx.previous;
          return relativeQuarter(ctx.direction === 'future' ? 0 : -1, ctx);
        }
        return relativeQuarter(shift, ctx);
      },
    };
  },
};
