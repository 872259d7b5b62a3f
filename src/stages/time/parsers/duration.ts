import { durationValue, NUMBER, numberValue, UNIT, unitInfo } from '../lexicon.js';
import { fixed, type NewsParser } from '../types.js';
import { phrase } from './rx.js';

// TimeBank leaves hedges ("about", "nearly", "only") outside the span and keeps bounds ("at least").
const APPROX = '(?:no more than|more than|less than|at least|at most|up to|another|an additional|an extra|a full) ';
const LEAD = '(?:the |these |those )?(?:(?:first|last|past|next|previous|coming|following|final|initial|remaining|latest|same) )?';

/**
 * Counted stretches of time: "three years", "the past three years", "the first nine months",
 * "a five-year low", "two and a half hours", "at least 72 hours". Values: P3Y, P9M, PT2H, PXY.
 */
export const durationParser: NewsParser = {
  name: 'time/duration',
  pattern: phrase(
    `(?:${APPROX})?${LEAD}(${NUMBER})(?: and a half| 1/2| ½)?(?:[- ](?:more|additional|straight|consecutive|full|long))?[- ](${UNIT})(?:-long)?`,
  ),
  extract(match, text) {
    const unit = unitInfo(match[2] ?? '');
    if (!unit) return null;
    const countWord = (match[1] ?? '').toLowerCase();
    let count = numberValue(countWord);
    if (/ and a half| 1\/2| ½/i.test(match[0]) && count !== null) count += 0.5;
    const unitWord = (match[2] ?? '').toLowerCase();
    const plural = /s$/.test(unitWord) || unitWord === 'centuries';
    if (count === 1 && plural && /^\d/.test(countWord) === false) return null;
    if ((countWord === 'a' || countWord === 'an') && /^(a|an) /i.test(match[0])) {
      // "$5 a year", "twice a week": a frequency, not a stretch.
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (/(\d|\bonce|\btwice|\btimes|\bcents?|\bdollars?|\bpercent|\bnights?|\bdays?|\bhours?|\bshifts?|\bmeals?)\s*$/i.test(before)) {
        return { type: 'SET', resolve: fixed(durationValue(1, unit)) };
      }
    }
    if (count !== null && count >= 1000 && !plural) return null; // "the 1988 quarter"
    if (unit.name === 'quarter' && /-quarters?$/i.test(match[0])) return null; // "three-quarters of"
    const after = text.slice(match.index + match[0].length);
    if (unit.name === 'quarter' && count === 1 && /^\s+of\b/i.test(after)) return null; // "a quarter of the shares"
    if (/^\s*(ago|earlier|later|from now|hence)\b/i.test(after)) return null;
    if (/^[- ]olds?\b/i.test(after)) return null; // ages are not time expressions in TimeML
    if (
      unit.name === 'second' &&
      (count === 1 || count === null) &&
      !/^\s*([,.;:)]|$|or\b|and\b|of\b|later\b|ago\b|before\b|after\b)/i.test(after)
    ) {
      return null; // "a second opinion", "a second time"
    }
    if (/^\d/.test(countWord) && /^[,.]\d/.test(text.slice(match.index + (match[1] ?? '').length))) return null;
    return { type: 'DURATION', resolve: fixed(durationValue(count, unit)) };
  },
};

/** Uncounted stretches after a preposition: "for years", "in recent months" is a ref; "within hours". */
export const vagueDurationParser: NewsParser = {
  name: 'time/vague-duration',
  gate: /(?:years|months|weeks|days|hours|minutes|decades|centuries)\b/i,
  pattern: phrase(
    '(?<=\\b(?:for|over|within|in|after|take|took|takes|lasted|last) )(years|months|weeks|days|hours|minutes|decades|centuries)(?! (?:of|ago|earlier|later|before|after))',
  ),
  extract(match) {
    const unit = unitInfo(match[1] ?? '');
    return unit ? { type: 'DURATION', resolve: fixed(durationValue(null, unit)) } : null;
  },
};

/** Adjectives of length: "decades-long", "day-long", "year-long". */
export const longParser: NewsParser = {
  name: 'time/long',
  pattern: phrase('(years|months|weeks|days|hours|decades|year|month|week|day|hour|decade)-long'),
  gate: /-long/i,
  extract(match) {
    const word = match[1] ?? '';
    const unit = unitInfo(word);
    if (!unit) return null;
    return { type: 'DURATION', resolve: fixed(durationValue(word.endsWith('s') ? null : 1, unit)) };
  },
};
