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

const WHICH =
  '(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous|past|next|coming|recent|most recent|year-ago|same|this)';

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
 * "the fourth quarter of 1990", "this year's third quarter", "the latest quarter", "Q3 2025", "the first half".
 */
export const quarterParser: NewsParser = {
  name: 'time/quarter',
  pattern: phrase(
    `(?:(?<lead>the|this year's|last year's|next year's) )?(?:(?<leadYear>(?:19|20)\\d\\d)(?:'s)? )?(?:(?<back>year-earlier|year-ago|comparable|corresponding) )?(?:(?:fiscal|calendar) )?(?:${WHICH}[- ](?:fiscal[- ])?)?(?<noun>quarter|half|period)(?: (?:of (?:fiscal )?|ended |ending )?(?<year>(?:19|20)\\d\\d))?|\\bQ(?<q>[1-4])(?: (?<qYear>(?:19|20)\\d\\d))?`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    if (g.q) {
      const q = Number(g.q);
      const year = g.qYear;
      return { type: 'DATE', resolve: (ctx) => `${year ?? quarterYear(q, ctx, ctx.direction)}-Q${q}` };
    }
    const lead = g.lead ?? '';
    const which = match[4] ?? '';
    const unit = (g.noun ?? '').toLowerCase();
    const year = g.year ?? g.leadYear;
    const back = g.back ? -1 : 0;
    const w = back && !which ? 'same' : which.toLowerCase();
    if (!w && !lead && !year) return null;
    if (!w && lead.toLowerCase() === 'the' && !year && unit !== 'quarter') return null;
    if (unit === 'period' && !['latest', 'same', 'year-ago', 'recent', 'most recent'].includes(w) && !year) return null;
    if (unit === 'period' && year && !back) {
      return {
        type: 'DATE',
        resolve: (ctx) => (ctx.previous && /^\d{4}-Q\d$/.test(ctx.previous) ? `${year}${ctx.previous.slice(4)}` : year),
      };
    }
    const hyphenated = /^[a-z0-9]+-(?:fiscal-)?(quarter|half)$/i.test(match[0]);
    if (hyphenated && !/^\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1))) return null;
    const letter = unit === 'half' ? 'H' : 'Q';
    const ordinal = ordinalValue(w);
    const shiftYears = /^last year/i.test(lead) ? -1 : /^next year/i.test(lead) ? 1 : 0;
    if (ordinal !== null) {
      if (letter === 'H' && ordinal > 2) return null;
      return {
        type: 'DATE',
        resolve: (ctx) => {
          const stated =
            year ?? (shiftYears !== 0 || /^this year/i.test(lead) ? (ctx.dct ? pad(ctx.dct.y + shiftYears, 4) : 'XXXX') : null);
          const y = stated ?? quarterYear(letter === 'H' ? ordinal * 2 : ordinal, ctx, ctx.direction);
          return `${back && /^\d{4}$/.test(y) ? pad(Number(y) - 1, 4) : y}-${letter}${ordinal}`;
        },
      };
    }
    if (letter === 'H') return null;
    const shift = w === 'next' || w === 'coming' ? 1 : w === 'current' ? 0 : -1;
    return {
      type: 'DATE',
      carried: back !== 0 || w === 'year-ago',
      resolve: (ctx) => {
        const previousQuarter = ctx.previous && /^\d{4}-Q\d$/.test(ctx.previous) ? ctx.previous : null;
        if (year) return `${year}-${previousQuarter ? previousQuarter.slice(5) : relativeQuarter(-1, ctx).slice(5)}`;
        if (back || w === 'year-ago') {
          return previousQuarter
            ? `${pad(Number(previousQuarter.slice(0, 4)) - 1, 4)}${previousQuarter.slice(4)}`
            : relativeQuarter(-5, ctx);
        }
        if (w === '' || w === 'latest' || w === 'recent' || w === 'most recent' || w === 'same' || w === 'this') {
          return previousQuarter ?? relativeQuarter(ctx.direction === 'future' ? 0 : -1, ctx);
        }
        return relativeQuarter(shift, ctx);
      },
    };
  },
};
