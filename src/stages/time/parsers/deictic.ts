import { addDays, formatDay } from '../calendar.js';
import type { NewsParser, ResolveContext } from '../types.js';
import { phrase } from './rx.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
const OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'last night': -1 };

function dayValue(offset: number, part: string | null, ctx: ResolveContext): string {
  const day = ctx.dct ? formatDay(addDays(ctx.dct, offset)) : 'XXXX-XX-XX';
  return part ? `${day}T${part}` : day;
}

/**
 * Days named from the document date: "today", "yesterday", "tomorrow", "tonight",
 * "last night", "this morning", "yesterday afternoon", "late yesterday", "the day before yesterday".
 */
export const deicticParser: NewsParser = {
  name: 'time/deictic',
  pattern: phrase(
    "(?:(?:early|late) )?(?:the day (?:before yesterday|after tomorrow)|today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)|overnight)(?:'s|’s)?(?: (?:morning|afternoon|evening|night))?",
  ),
  extract(match) {
    const words = match[0]
      .toLowerCase()
      .replace(/^(early|late) /, '')
      .replace(/('|’)s$/, '');
    if (words === 'overnight') return null;
    if (words.startsWith('the day before')) return { type: 'DATE', resolve: (ctx) => dayValue(-2, null, ctx) };
    if (words.startsWith('the day after')) return { type: 'DATE', resolve: (ctx) => dayValue(2, null, ctx) };
    if (words.startsWith('this ')) {
      const part = PART[words.slice(5)] ?? null;
      return { type: 'TIME', resolve: (ctx) => dayValue(0, part, ctx) };
    }
    const [head, tail] = words.startsWith('last night')
      ? ['last night', words.slice(10).trim()]
      : [words.split(' ')[0] ?? '', words.split(' ')[1] ?? ''];
    const offset = OFFSET[head] ?? 0;
    const part = tail ? (PART[tail] ?? null) : head === 'tonight' || head === 'last night' ? 'NI' : null;
    const type = part && tail ? 'TIME' : 'DATE';
    return { type, resolve: (ctx) => dayValue(offset, head === 'tonight' ? null : part, ctx) };
  },
};
