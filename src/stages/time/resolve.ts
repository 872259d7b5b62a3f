import { addDays, addMonths, type Day, daysBetween, formatDay, formatMonth, formatWeek, pad, quarterOf, weekday } from './calendar.js';
import type { UnitInfo } from './lexicon.js';
import type { Direction, ResolveContext } from './types.js';

/** The weekday `iso` (1–7) nearest the document date in the given direction. */
export function resolveWeekday(iso: number, ctx: ResolveContext, direction: Direction = ctx.direction, stated = false): string {
  if (!ctx.dct) return `XXXX-WXX-${iso}`;
  const today = weekday(ctx.dct);
  let shift = iso - today;
  if (direction === 'past') {
    // "last Friday" said on a Friday is a week back; "said Friday" may be today.
    if (shift > 0 || (stated && shift === 0)) shift -= 7;
  } else if (direction === 'future') {
    if (shift <= 0) shift += 7;
  } else if (shift > 1)
    shift -= 7; // news mostly reports what happened: an untensed weekday leans back
  else if (shift < -5) shift += 7;
  return formatDay(addDays(ctx.dct, shift));
}

/** How far ahead a date may lie and still be read with a past-tense verb ("set Nov. 10 as the deadline"). */
const PAST_LOOKAHEAD_DAYS = 30;
const PAST_LOOKAHEAD_MONTHS = 2;
const FUTURE_LOOKBACK_DAYS = 7;

/** The year of a month (and day) without one, from the document date and the direction. */
export function yearFor(month: number, day: number, ctx: ResolveContext, direction: Direction = ctx.direction): number | null {
  const dct = ctx.dct;
  if (!dct) return null;
  const same: Day = { y: dct.y, m: month, d: day };
  const diff = daysBetween(dct, same);
  // A past-tense verb can still speak of a date a few weeks ahead ("extended the offer to Nov. 20").
  // "on Nov. 20" with a past verb is strictly past: the look-ahead is for deadlines ("extended to Nov. 20").
  const lookahead = ctx.before === 'on' || ctx.before === 'since' ? 0 : PAST_LOOKAHEAD_DAYS;
  if (direction === 'past') return diff > lookahead ? dct.y - 1 : dct.y;
  // A future-tense verb can still take in a date a few days back ("Feb. 15 to March 15").
  if (direction === 'future') return diff < -FUTURE_LOOKBACK_DAYS ? dct.y + 1 : dct.y;
  if (diff > 182) return dct.y - 1;
  if (diff < -182) return dct.y + 1;
  return dct.y;
}

export function resolveMonthDay(month: number, day: number, ctx: ResolveContext, direction?: Direction): string {
  const y = yearFor(month, day, ctx, direction);
  return y === null ? `XXXX-${pad(month)}-${pad(day)}` : formatDay({ y, m: month, d: day });
}

/** A month without a year: past tense reaches back (Feb. said in Nov. → this year's Feb.), else the nearest. */
export function resolveMonth(month: number, ctx: ResolveContext, direction: Direction = ctx.direction): string {
  const dct = ctx.dct;
  if (!dct) return `XXXX-${pad(month)}`;
  const ahead = month - dct.m; // -11 … 11
  let y = dct.y;
  if (direction === 'past') {
    if (ahead > PAST_LOOKAHEAD_MONTHS) y--;
  } else if (direction === 'future') {
    if (ahead < 0) y++;
  } else if (ahead > 6) y--;
  else if (ahead < -6) y++;
  return formatMonth(y, month);
}

/** A day shifted `n` units from the document date, written at the unit's granularity. */
export function shiftedValue(unit: UnitInfo['name'], n: number, ctx: ResolveContext): string {
  const dct = ctx.dct;
  if (!dct) return underspecified(unit);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return formatDay(dct);
    case 'day':
      return formatDay(addDays(dct, n));
    case 'week':
      return formatWeek(addDays(dct, 7 * n));
    case 'weekend': {
      const week = formatWeek(addDays(dct, 7 * n));
      return `${week}-WE`;
    }
    case 'month':
      return formatMonth(addMonths(dct, n).y, addMonths(dct, n).m);
    case 'quarter': {
      const day = addMonths(dct, 3 * n);
      return `${pad(day.y, 4)}-Q${quarterOf(day.m)}`;
    }
    case 'year':
      return pad(dct.y + n, 4);
    case 'decade':
      return String(Math.floor((dct.y + 10 * n) / 10));
    case 'century':
      return String(Math.floor((dct.y + 100 * n) / 100));
  }
}

/** The value of an expression of `unit` granularity when there is no document date. */
export function underspecified(unit: UnitInfo['name']): string {
  switch (unit) {
    case 'week':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX-XX-XX';
  }
}

/** Shifts a TimeML date value (`1989-Q3`, `1989-10`, `1989`, `1989-10-26`) by whole years. */
export function shiftValueYears(value: string, years: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  return `${pad(Number(m[1]) + years, 4)}${m[2]}`;
}
