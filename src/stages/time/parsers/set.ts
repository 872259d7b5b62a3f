import { durationValue, NUMBER, numberValue, UNIT, unitInfo, WEEKDAY, weekdayNumber } from '../lexicon.js';
import { fixed, type NewsParser } from '../types.js';
import { capitalized, phrase } from './rx.js';

const ADVERB: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
  hourly: 'PT1H',
  quarterly: 'P3M',
};
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * Recurring times: "every week" (P1W), "each year", "daily", "every Thursday" and "on Mondays"
 * (XXXX-WXX-4, XXXX-WXX-1), "every morning".
 */
export const setParser: NewsParser = {
  name: 'time/set',
  pattern: phrase(
    `(?:(?:every|each|per)(?: other)? (?:(${WEEKDAY})(?: (morning|afternoon|evening|night))?|(day|week|month|year|quarter|hour|minute|night|weekend|morning|afternoon|evening))|(daily|nightly|weekly|monthly|yearly|hourly)|(?<=\\bon )(${WEEKDAY})s)`,
  ),
  extract(match, text) {
    const weekdayWord = match[1] ?? match[5];
    if (weekdayWord) {
      if (!capitalized(weekdayWord)) return null;
      const iso = weekdayNumber(weekdayWord);
      const part = match[2] ? (PART[match[2].toLowerCase()] ?? '') : '';
      return iso === null ? null : { type: 'SET', resolve: fixed(`XXXX-WXX-${iso}${part}`) };
    }
    const adverb = match[4]?.toLowerCase();
    if (adverb) {
      // "hourly earnings", "the daily newspaper": a kind of pay or paper, not a recurrence.
      if (
        /^\s+(earnings|wages?|pay|rates?|workers|employees|newspapers?|papers?|briefings?|show|news|beast|mail|telegraph|express|star)\b/i.test(
          text.slice(match.index + match[0].length),
        )
      )
        return null;
      return { type: 'SET', resolve: fixed(ADVERB[adverb] ?? 'P1D') };
    }
    const word = (match[3] ?? '').toLowerCase();
    if (PART[word]) return { type: 'SET', resolve: fixed(`XXXX-XX-XX${PART[word]}`) };
    const unit = unitInfo(word);
    return unit ? { type: 'SET', resolve: fixed(durationValue(1, unit)) } : null;
  },
};

/** Frequencies: "twice a week", "three times a year", "two nights a week" (SET, value the period). */
export const frequencyParser: NewsParser = {
  name: 'time/set',
  gate: / (?:a|an|per|each) (?:day|week|month|year|quarter|hour)\b/i,
  pattern: phrase(`(?:once|twice|(?:${NUMBER}) (?:times|${UNIT})) (?:a|an|per|each) (day|week|month|year|quarter|hour)`),
  extract(match) {
    const unit = unitInfo(match[1] ?? '');
    return unit ? { type: 'SET', resolve: fixed(durationValue(1, unit)) } : null;
  },
};

/** Counted recurrences: "every four years", "every two weeks" (SET, value the period). */
export const everyCountParser: NewsParser = {
  name: 'time/set',
  gate: /\b(?:every|each) /i,
  pattern: phrase(`(?:every|each) (${NUMBER}) (${UNIT})`),
  extract(match) {
    const count = numberValue(match[1] ?? '');
    const unit = unitInfo(match[2] ?? '');
    return unit && count !== null && count > 1 ? { type: 'SET', resolve: fixed(durationValue(count, unit)) } : null;
  },
};
