import { createRequire } from 'node:module';
import type { Chrono, ParsingResult, Refiner } from 'chrono-node';
import { formatDay, pad } from './calendar.js';
import { resolveMonth, resolveMonthDay, resolveWeekday } from './resolve.js';
import type { Detection, ResolveContext } from './types.js';

/**
 * chrono's English parsers alone (`chrono-node/en`): the package's main entry loads every
 * locale (~190 ms of start-up); `casual` is the same English casual parser it exports. Loaded
 * through require, which reads the package's subpath exports in every runner (vitest's ESM
 * resolver does not).
 */
const { casual } = createRequire(import.meta.url)('chrono-node/en') as { casual: Chrono };

/** Words chrono reads as dates that news prose uses otherwise ("may", "sat", "the second"). */
const FALSE_WORDS = /^(may|sat|sun|wed|mar|march|march of|may of|second|the second|a second|now|sec|min)$/i;
/** Digit runs chrono takes for dates: fractions "1/2", scores "3-1", versions "2.1", phone numbers. */
const NUMERIC_NOISE = /^(\d{1,2}[/-]\d{1,2}|\d+\.\d+(\.\d+)*|\d{3}[-. ]\d{4}|\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4})$/;

/** chrono refiner: drops results that are not time expressions in news text. */
export const newsFalsePositiveRefiner: Refiner = {
  refine(context, results) {
    const text = context.text;
    return results.filter((result) => {
      const words = result.text.trim();
      if (FALSE_WORDS.test(words)) return false;
      if (NUMERIC_NOISE.test(words)) return false;
      const after = text.slice(result.index + result.text.length, result.index + result.text.length + 6);
      if (/^\s*[-–]\s*\d/.test(after) && /^\d+$/.test(words)) return false;
      if (/^[-.]\d/.test(after)) return false; // a phone number or a version goes on
      const before = text.slice(Math.max(0, result.index - 2), result.index);
      if (/[\d.]$/.test(before)) return false;
      return true;
    });
  },
};

/** chrono's casual English grammar plus the news refiner (it runs only where a clock time or numeric date is). */
export function newsChrono(): Chrono {
  const engine = casual.clone();
  engine.refiners.push(newsFalsePositiveRefiner);
  return engine;
}

const NUMERIC_DATE = /\d{1,4}[/-]\d{1,2}[/-]\d{2,4}/;

const LEADING_WORDS = /^(?:(?:on|in|at|by|from|since|until|till|during|of|for|to|before|after|around|about|between|and|the)\s+)+/i;
const TRAILING = /[\s.,;:!?)"'”’]+$/;

/** chrono's span, trimmed to what TimeML marks: no leading preposition, no trailing punctuation. */
function trimmed(result: { index: number; text: string }, sentence: string): { start: number; end: number } | null {
  let start = result.index;
  let text = result.text;
  const lead = LEADING_WORDS.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const bare = text.replace(TRAILING, '');
  // "10 a.m." keeps its dot inside a sentence; at the sentence's end the dot is the full stop.
  const rest = sentence.slice(start + bare.length);
  text = /[ap]\.m$/i.test(bare) && rest.startsWith('.') && /\S/.test(rest.slice(1)) ? `${bare}.` : bare;
  return text.length > 0 ? { start, end: start + text.length } : null;
}

/** Lower-case words chrono reads as days or months ("sat", "may"), blanked out before it reads. */
const MASKED = /\b(?:sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|may|march|mar|jan|sec|second)\b/g;

function masked(text: string): string {
  return text.replace(MASKED, (word) => ' '.repeat(word.length));
}

/** Turns chrono's stated components into a TimeML value; the year, when unstated, from tense. */
function timemlValue(result: ParsingResult, ctx: ResolveContext): string {
  const c = result.start;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  const year = c.isCertain('year') ? c.get('year') : null;
  const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
  let date: string;
  if (month !== null && day !== null) date = year !== null ? formatDay({ y: year, m: month, d: day }) : resolveMonthDay(month, day, ctx);
  else if (month !== null) date = year !== null ? `${pad(year, 4)}-${pad(month)}` : resolveMonth(month, ctx);
  else if (weekday !== null) date = resolveWeekday(weekday === 0 ? 7 : weekday, ctx);
  else if (year !== null) date = pad(year, 4);
  // A bare clock time ("at 10 p.m.") belongs to the day last named, else to the document's day.
  else if (ctx.previous && /^\d{4}-\d{2}-\d{2}$/.test(ctx.previous)) date = ctx.previous;
  else date = ctx.dct ? formatDay(ctx.dct) : 'XXXX-XX-XX';
  if (!c.isCertain('hour')) return date;
  const hour = c.get('hour') ?? 0;
  const minute = c.isCertain('minute') ? (c.get('minute') ?? 0) : 0;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

/** Runs chrono on a sentence; detections carry chrono's parse and our resolution. */
export function chronoDetections(engine: Chrono, text: string): Detection[] {
  const out: Detection[] = [];
  for (const result of engine.parse(masked(text), new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
    const span = trimmed(result, text);
    if (!span) continue;
    const parsed = result as unknown as ParsingResult;
    // The news layer reads words; chrono is kept for what it reads best: clock times and numeric dates.
    if (!parsed.start.isCertain('hour') && !NUMERIC_DATE.test(result.text)) continue;
    out.push({
      ...span,
      type: parsed.start.isCertain('hour') ? 'TIME' : 'DATE',
      rule: 'time/chrono',
      resolve: (ctx) => timemlValue(parsed, ctx),
    });
  }
  return out;
}
