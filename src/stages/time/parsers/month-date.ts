import { daysInMonth, formatDay, formatMonth, pad, weekday } from '../calendar.js';
import { MONTH, monthNumber, WEEKDAY, weekdayNumber } from '../lexicon.js';
import { resolveMonth, resolveMonthDay } from '../resolve.js';
import type { Direction, Found, NewsParser, ResolveContext } from '../types.js';
import { capitalized, phrase } from './rx.js';

const MODIFIER = '(?:early-|late-|early|late|mid-|mid|last|this|next|this past|the end of|the beginning of|the start of|the middle of)';
/** Words before a bare "May" or "March" that make it a month, not a verb or a noun. */
const MONTH_CONTEXT =
  /\b(in|since|until|till|by|of|for|during|from|through|before|after|early|late|mid-?|last|this|next|past|and|or|to|between|on|each|every)\s*$/i;
/** "May" is also a name ("vote for May"): it needs a stronger cue than other months. */
const MAY_CONTEXT = /\b(in|since|until|till|by|during|from|through|before|after|early|late|mid-?|last|this|next|past|each|every|of)\s*$/i;
const AMBIGUOUS = new Set(['may', 'march', 'jan', 'aug', 'sept', 'oct', 'nov', 'dec', 'feb']);

function yearOf(word: string | undefined): number | null {
  if (!word) return null;
  if (/^'\d{2}$/.test(word)) {
    const n = Number(word.slice(1));
    return n < 30 ? 2000 + n : 1900 + n;
  }
  const n = Number(word);
  return n >= 1000 && n < 3000 ? n : null;
}

/** The year next to `around` (itself first) in which month/day falls on the ISO weekday; null if none. */
function yearWithWeekday(month: number, day: number, iso: number, around: number): number | null {
  for (const y of [around, around - 1, around + 1]) {
    if (day <= daysInMonth(y, month) && weekday({ y, m: month, d: day }) === iso) return y;
  }
  return null;
}

function modifierDirection(modifier: string): Direction | undefined {
  if (modifier === 'last' || modifier === 'this past') return 'past';
  if (modifier === 'next') return 'future';
  return undefined;
}

/**
 * Months and days of months: "Nov. 1", "Friday, March 5, 1998", "February", "late November",
 * "July 1997", "the end of March". A missing year is resolved from the document date and tense.
 */
export const monthDateParser: NewsParser = {
  name: 'time/month-date',
  pattern: phrase(
    `(?:(${MODIFIER}) ?)?(?:(${WEEKDAY}),? )?(${MONTH})(?: (\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d))?(?:,? (?:of )?('\\d{2}|\\d{4}(?!\\d)))?`,
  ),
  extract(match, text): Found | null {
    const [, rawModifier, weekdayWord, monthWord = '', dayWord, yearWord] = match;
    const statedWeekday = weekdayWord ? weekdayNumber(weekdayWord) : null;
    if (!capitalized(monthWord)) return null;
    const month = monthNumber(monthWord);
    if (month === null) return null;
    const modifier = (rawModifier ?? '').toLowerCase();
    const day = dayWord ? Number(dayWord) : null;
    const year = yearOf(yearWord);
    if (yearWord && year === null) return null;
    if (day !== null && (day < 1 || day > 31)) return null;
    const bare = day === null && year === null;
    const key = monthWord.toLowerCase().replace(/\.$/, '');
    if (bare && !modifier && AMBIGUOUS.has(key)) {
      const before = text.slice(Math.max(0, match.index - 16), match.index);
      const next = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
      // "the March accession" is a month; "the March of Dimes" and "the march" are not.
      const attributive = /\bthe\s+$/i.test(before) && /^\s+(?!of\b|on\b|to\b|in\b|for\b)[a-z]+/.test(next);
      if (!(key === 'may' ? MAY_CONTEXT : MONTH_CONTEXT).test(before) && !attributive) return null;
      if (key === 'may' && /^\s+(I|we|you|he|she|it|they|be|have|not)\b/.test(text.slice(match.index + match[0].length))) return null;
    }
    // A bare abbreviation is a name or a word ('Jan Kavan'), never a month on its own.
    if (bare && !modifier && (monthWord.endsWith('.') || /^(jan|feb|aug|sept|oct|nov|dec)$/.test(key))) return null;
    if (bare && !modifier && key === 'march' && /^\s+of\b/.test(text.slice(match.index + match[0].length))) return null;
    const direction = modifierDirection(modifier);
    // "early November": TimeML keeps the month and drops the modifier from the value.
    let start = match.index;
    if (modifier && !['early', 'late', 'mid-', 'mid', 'last', 'this', 'next', 'this past'].includes(modifier) && day !== null) {
      start = match.index + (rawModifier ?? '').length + 1;
    }
    if (day !== null) {
      const resolve = (ctx: ResolveContext): string => {
        if (year !== null) return day <= daysInMonth(year, month) ? formatDay({ y: year, m: month, d: day }) : formatMonth(year, month);
        // "Monday, Oct. 26": the year in which that day is a Monday, nearest the document date.
        const matching = statedWeekday !== null && ctx.dct ? yearWithWeekday(month, day, statedWeekday, ctx.dct.y) : null;
        if (matching !== null) return formatDay({ y: matching, m: month, d: day });
        return resolveMonthDay(month, day, ctx, direction ?? ctx.direction);
      };
      return { type: 'DATE', start, resolve, ...(direction ? { direction } : {}) };
    }
    const resolve = (ctx: ResolveContext): string => {
      if (year !== null) return `${pad(year, 4)}-${pad(month)}`;
      if (modifier === 'this' && ctx.dct) return formatMonth(ctx.dct.y, month);
      if (direction && ctx.dct) {
        // "last April" is strictly before this month, "next April" strictly after.
        if (direction === 'past') return formatMonth(month >= ctx.dct.m ? ctx.dct.y - 1 : ctx.dct.y, month);
        return formatMonth(month <= ctx.dct.m ? ctx.dct.y + 1 : ctx.dct.y, month);
      }
      return resolveMonth(month, ctx, ctx.direction);
    };
    return { type: 'DATE', start, resolve, ...(direction ? { direction } : {}) };
  },
};

/** Day before month: "1 November 2025", "the 5th of May". */
export const dayMonthParser: NewsParser = {
  name: 'time/day-month',
  pattern: phrase(`(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?:,? (\\d{4})(?!\\d))?`),
  extract(match) {
    const monthWord = match[2] ?? '';
    if (!capitalized(monthWord)) return null;
    const month = monthNumber(monthWord);
    const day = Number(match[1]);
    if (month === null || day < 1 || day > 31) return null;
    const year = match[3] ? Number(match[3]) : null;
    return {
      type: 'DATE',
      resolve: (ctx) => (year !== null ? formatDay({ y: year, m: month, d: day }) : resolveMonthDay(month, day, ctx)),
    };
  },
};

const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** A month of a year named from the document date: "June last year", "January of next year". */
export const monthOfRelativeYearParser: NewsParser = {
  name: 'time/month-date',
  pattern: phrase(`(${MONTH})(?: of)? (this|last|next) year`),
  extract(match) {
    const monthWord = match[1] ?? '';
    const month = monthNumber(monthWord);
    if (month === null || !capitalized(monthWord)) return null;
    const shift = YEAR_SHIFT[(match[2] ?? '').toLowerCase()] ?? 0;
    return { type: 'DATE', resolve: (ctx) => (ctx.dct ? formatMonth(ctx.dct.y + shift, month) : `XXXX-${pad(month)}`) };
  },
};
