import { fixed, type NewsParser } from '../types.js';
import { phrase } from './rx.js';

const TENS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TEENS: Record<string, number> = {
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Years read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand". */
export const spokenYearParser: NewsParser = {
  name: 'time/spoken-year',
  gate: /nineteen|thousand/i,
  pattern: phrase(
    '(?:the year )?(?:nineteen (ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(the year )?two thousand(?: and (one|two|three|four|five|six|seven|eight|nine))?)',
  ),
  extract(match) {
    if (match[1]) {
      const tens = TENS[match[1].toLowerCase()] ?? TEENS[match[1].toLowerCase()] ?? 0;
      const unit = match[2] ? (UNITS[match[2].toLowerCase()] ?? 0) : 0;
      return { type: 'DATE', resolve: fixed(String(1900 + tens + unit)) };
    }
    // "two thousand" alone is a count unless "the year" says otherwise.
    if (!/^the year/i.test(match[0])) return null;
    const unit = match[4] ? (UNITS[match[4].toLowerCase()] ?? 0) : 0;
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
