import { fixed, type NewsParser } from '../types.js';
import { phrase } from './rx.js';

const PRESENT =
  /^(now|currently|nowadays|these days|at present|presently|right now|today's|the present|at the moment|at this time|this time)$/i;
const PAST = /^(recently|previously|formerly|lately|the past|in the past|once|earlier)$/i;

/**
 * PRESENT_REF, PAST_REF, FUTURE_REF: "now", "currently", "recently", "the future", "soon".
 * "the past" and "the future" are refs only when no count follows ("the past two years" is a duration).
 */
export const refParser: NewsParser = {
  name: 'time/ref',
  pattern: phrase(
    'now|currently|nowadays|these days|at present|recently|formerly|lately|the (?:near |distant |foreseeable )?future|the past(?! (?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|hour|quarter|fiscal|weekend))|(?:the coming|coming|recent) (?:years|months|weeks|days|decades|quarters)',
  ),
  extract(match, text) {
    const word = match[0].toLowerCase();
    const before = text.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
    if (
      word === 'now' &&
      /\b(just|by|until|till|from|as of)\s+$/.test(before) === false &&
      /^\s*that\b/.test(text.slice(match.index + 3))
    ) {
      return null; // "now that …": a conjunction
    }
    if (word === 'soon' && /\bas\s+$/.test(before)) return null; // "as soon as"
    if (word === 'once') return null;
    if (PRESENT.test(word)) return { type: 'DATE', resolve: fixed('PRESENT_REF') };
    if (PAST.test(word)) return { type: 'DATE', resolve: fixed('PAST_REF') };
    if (/^(the coming|coming|recent) /.test(word)) {
      return {
        type: 'DURATION',
        resolve: fixed(
          `PX${word.endsWith('years') ? 'Y' : word.endsWith('months') ? 'M' : word.endsWith('weeks') ? 'W' : word.endsWith('decades') ? 'DE' : word.endsWith('quarters') ? 'Q' : 'D'}`,
        ),
      };
    }
    return { type: 'DATE', resolve: fixed('FUTURE_REF') };
  },
};
