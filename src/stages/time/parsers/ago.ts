import { durationValue, NUMBER, numberValue, UNIT, unitInfo } from '../lexicon.js';
import { shiftedValue, shiftValueYears } from '../resolve.js';
import { fixed, type NewsParser, type ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const APPROX =
  '(?:about|around|nearly|almost|roughly|some|only|just|barely|more than|less than|at least|at most|approximately|fully|a full|exactly|precisely) ';

/**
 * "a year earlier" counts from the previous date at its own granularity; "a year ago" too when
 * that date is a quarter or a half ("third-quarter profit … from $5 million a year ago").
 */
function fromPrevious(ctx: ResolveContext, years: number, anyGranularity = false): string | null {
  const previous = ctx.previous;
  if (!previous || !(anyGranularity ? /^\d{4}(-(Q\d|H\d|\d{2}(-\d{2})?))?$/ : /^\d{4}(-(Q\d|H\d))?$/).test(previous)) return null;
  return shiftValueYears(previous, years);
}

/**
 * Counted distances from now: "a year ago", "three weeks ago", "two days earlier",
 * "more than four decades ago", "a year from now". Vague counts ("years ago") are PAST_REF.
 */
export const agoParser: NewsParser = {
  name: 'time/ago',
  gate: /\b(?:ago|earlier|before|later|after|from now|hence|back)\b/i,
  pattern: phrase(
    `(?:${APPROX})?(${NUMBER}) (?:more )?(${UNIT}) (ago|earlier|before|later|after|from now|hence|back)(?! (?:that|the|a|an|his|her|their|its|this|he|she|they|it|we|I)\\b)`,
  ),
  extract(match) {
    const count = numberValue(match[1] ?? '');
    const unit = unitInfo(match[2] ?? '');
    const word = (match[3] ?? '').toLowerCase();
    if (!unit) return null;
    if (word === 'later' || word === 'after' || word === 'before') {
      // TimeBank: in "three days later" the timex is the duration; "later" is a signal outside it.
      return { type: 'DURATION', end: match.index + match[0].length - word.length - 1, resolve: fixed(durationValue(count, unit)) };
    }
    const sign = word === 'ago' || word === 'earlier' || word === 'before' || word === 'back' ? -1 : 1;
    if (count === null) return { type: 'DATE', resolve: () => (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') };
    if (!Number.isInteger(count)) return null;
    const relativeToNow = word === 'ago' || word === 'from now' || word === 'hence' || word === 'back';
    return {
      type: 'DATE',
      direction: sign < 0 ? 'past' : 'future',
      carried: true,
      resolve: (ctx) => {
        if (unit.name === 'year' && count === 1) {
          const carried = fromPrevious(ctx, sign * count, !relativeToNow);
          if (carried) return carried;
        }
        if (!relativeToNow && ctx.previous && /^\d{4}/.test(ctx.previous) && unit.name === 'year') {
          return shiftValueYears(ctx.previous.slice(0, 4), sign * count) ?? shiftedValue(unit.name, sign * count, ctx);
        }
        return shiftedValue(unit.name, sign * count, ctx);
      },
    };
  },
};

/** "year-earlier", "the year-ago quarter": the previous period a year back. */
export const yearEarlierParser: NewsParser = {
  name: 'time/year-earlier',
  gate: /year-(?:earlier|ago)/i,
  pattern: phrase('(?:(the) )?year-(?:earlier|ago)(?: (quarter|period|months?|year))?'),
  extract(match) {
    const start = match[2] ? match.index : match.index + (match[1] ? 4 : 0);
    const end = match.index + match[0].length;
    return {
      type: 'DATE',
      start,
      end,
      direction: 'past',
      carried: true,
      resolve: (ctx) => fromPrevious(ctx, -1) ?? (match[2] ? shiftedValue('quarter', -5, ctx) : shiftedValue('year', -1, ctx)),
    };
  },
};
