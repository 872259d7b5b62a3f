import { NUMBER_WORDS } from '../../shared/number-words.js';
import { fixed, type NewsParser } from '../types.js';
import { phrase } from './rx.js';

/** Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand". */
export const spokenYearParser: NewsParser = {
  name: 'time/spoken-year',
  gate: /nineteen|thousand/i,
  pattern: phrase(
    '(?:the year )?(?:nineteen (ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(the year )?two thousand(?: and (one|two|three|four|five|six|seven|eight|nine))?)',
  ),
  extract(match) {
    if (match[1]) {
      const tens = NUMBER_WORDS[match[1].toLowerCase()] ?? 0;
      const unit = match[2] ? (NUMBER_WORDS[match[2].toLowerCase()] ?? 0) : 0;
      return { type: 'DATE', resolve: fixed(String(1900 + tens + unit)) };
    }
    // "two thousand" alone is a count unless "the year" says otherwise.
    if (!/^the year/i.test(match[0])) return null;
    const unit = match[4] ? (NUMBER_WORDS[match[4].toLowerCase()] ?? 0) : 0;
    return { type: 'DATE', resolve: fixed(String(2000 + unit)) };
  },
};

/** "year-end", "year's end": the end of the document's year. */
export const yearEndParser: NewsParser = {
  name: 'time/year-end',
  gate: /year['’ -]s? ?end/i,
  pattern: phrase("year[- ]end|year['’]s end"),
  extract() {
    return { type: 'DATE', resolve: (ctx) => (ctx.dct ? `${String(ctx.dct.y).padStart(4, '0')}-12-31` : 'XXXX-12-31') };
  },
};
