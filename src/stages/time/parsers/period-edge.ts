import { addDays, formatWeek, weekday } from '../calendar.js';
import { unitInfo } from '../lexicon.js';
import { shiftedValue } from '../resolve.js';
import type { NewsParser, ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const SHIFT: Record<string, number> = { the: 0, this: 0, last: -1, next: 1 };

/** "the end of the year", "the start of next month": the period itself (TimeML has no finer value). */
export const periodEdgeParser: NewsParser = {
  name: 'time/period-edge',
  gate: / of (?:the|this|last|next) /i,
  pattern: phrase('the (?:end|beginning|start|middle|rest|remainder) of (the|this|last|next) (week|month|year|decade)'),
  extract(match) {
    const unit = unitInfo(match[2] ?? '');
    const shift = SHIFT[(match[1] ?? '').toLowerCase()] ?? 0;
    return unit ? { type: 'DATE', resolve: (ctx) => shiftedValue(unit.name, shift, ctx) } : null;
  },
};

function weekendValue(ctx: ResolveContext): string {
  if (!ctx.dct) return 'XXXX-WXX-WE';
  // Said on a weekday in the past tense, "the weekend" is the one just gone.
  const back = ctx.direction === 'past' && weekday(ctx.dct) <= 5 ? -7 : 0;
  return `${formatWeek(addDays(ctx.dct, back))}-WE`;
}

/** "the weekend", "over the weekend": the nearest one in the verb's direction. */
export const weekendParser: NewsParser = {
  name: 'time/weekend',
  gate: /weekend/i,
  pattern: phrase('the weekend'),
  extract() {
    return { type: 'DATE', resolve: weekendValue };
  },
};
