import { pad } from '../calendar.js';
import { fixed, type NewsParser } from '../types.js';
import { phrase } from './rx.js';

const COUNTED =
  /^\s*(people|persons|shares|troops|soldiers|workers|employees|jobs|votes|voters|units|cars|vehicles|miles|kilometers|feet|meters|metres|tons|tonnes|barrels|acres|members|points|students|residents|copies|dollars|yen|marks|francs|pounds|euros|percent|per cent|cases|deaths|homes|houses|hours|days|rooms|beds|seats|pages|words|officers|police|patients|children|men|women|refugees|delegates|calories|pieces|items|bottles)\b/i;
const NOT_YEAR_BEFORE =
  /(\$|€|£|#|\bNo\.\s*|\bnumber\s|[\d.,]|\b(Route|Highway|Flight|Room|Suite|Box|Interstate|page|Section|Article|Rule|Resolution|Model|version|v)\s)$/i;

/** Fiscal years written short: "FY2024", "FY 2025", "FY25". */
export const fiscalYearParser: NewsParser = {
  name: 'time/year',
  gate: /FY/,
  pattern: phrase('FY ?(\\d{4}|\\d{2})', 'g'),
  extract(match) {
    const digits = match[1] ?? '';
    const year = digits.length === 4 ? Number(digits) : 2000 + Number(digits);
    return { type: 'DATE', resolve: fixed(pad(year, 4)) };
  },
};

/** A year 1900–2099 standing alone, not a count ("1,990", "$2000", "2000 people"). */
export const yearParser: NewsParser = {
  name: 'time/year',
  pattern: phrase(
    "(?:(?:fiscal(?: year)?|the year|calendar(?: year)?|early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the spring of|the summer of|the fall of|the autumn of|the winter of|post-|pre-) ?)?((?:19|20)\\d{2})(?:'s|’s)?(?![\\d%]|[.,]\\d|-\\d{2,4}\\b)",
  ),
  extract(match, text) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (NOT_YEAR_BEFORE.test(before)) return null;
    const after = text.slice(match.index + match[0].length);
    if (COUNTED.test(after)) return null;
    if (/^\s*(?:-|to|and)\s*\d/.test(after) && /^\s*(?:-)\s*\d{1,2}\b(?!\d)/.test(after)) return null; // score "2000-1"
    const year = Number(match[1]);
    const lead = match[0]
      .slice(0, match[0].indexOf(match[1] ?? ''))
      .trim()
      .toLowerCase();
    if (lead === 'post-' || lead === 'pre-') {
      return { type: 'DATE', start: match.index + lead.length, resolve: fixed(pad(year, 4)) };
    }
    return { type: 'DATE', resolve: fixed(pad(year, 4)) };
  },
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Decades: "the 1990s", "the '80s", "the nineties", "the early 2000s"; TimeML writes 199. */
export const decadeParser: NewsParser = {
  name: 'time/decade',
  gate: /0s\b|ties\b/i,
  pattern: phrase(
    "(?:the )?(?:(?:early|late|mid-|mid) ?)?(?:(\\d{3})0s|['’](\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
  ),
  extract(match) {
    if (match[1]) return { type: 'DATE', resolve: fixed(match[1]) };
    if (match[2]) {
      const d = Number(match[2]);
      return { type: 'DATE', resolve: fixed(`${d <= 2 ? '20' : '19'}${d}`) };
    }
    if (!/^the /i.test(match[0])) return null; // "in her forties" is an age
    const d = DECADE_WORDS[(match[3] ?? '').toLowerCase()];
    return d === undefined ? null : { type: 'DATE', resolve: fixed(`19${d}`) };
  },
};

const CENTURY_ORDINALS: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  '18th': 18,
  '19th': 19,
  '20th': 20,
  '21st': 21,
  '17th': 17,
  '16th': 16,
};

/** Centuries: "the 20th century" → 19 (TimeML counts hundreds of years). */
export const centuryParser: NewsParser = {
  name: 'time/century',
  gate: /century/i,
  pattern: phrase('(?:the )?(?:(?:early|late|mid-|mid) ?)?(\\d{2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty-first) century'),
  extract(match) {
    const n = CENTURY_ORDINALS[(match[1] ?? '').toLowerCase()];
    return n === undefined ? null : { type: 'DATE', resolve: fixed(pad(n - 1, 2)) };
  },
};

/** Each end of a year range: "2019-2023", "1990–95" gives two DATEs, as TimeML marks them. */
export const yearRangeParser: NewsParser = {
  name: 'time/year',
  pattern:
    /(?<![\w$.,-])((?:19|20)\d\d)(?=[-–](?:(?:19|20)\d\d|\d\d)(?![\w%]))|(?<=(?<![\w$.,-])(19|20)(\d\d)[-–])((?:19|20)\d\d|\d\d)(?![\w%])/g,
  gate: /\d{4}[-–]\d{2}/,
  extract(match, text) {
    // The range starts at the first year: "Route 2019-2023" is no range of years.
    const first = match[1] ? match.index : match.index - 5;
    if (NOT_YEAR_BEFORE.test(text.slice(Math.max(0, first - 12), first))) return null;
    if (match[1]) return { type: 'DATE', resolve: fixed(match[1]) };
    const end = match[4] ?? '';
    const century = match[2] ?? '19';
    const startYear = Number(`${century}${match[3] ?? '00'}`);
    let year = end.length === 4 ? Number(end) : Number(`${century}${end}`);
    if (year < startYear) year += 100; // "1998-02" → 2002
    return year > startYear && year - startYear < 100 ? { type: 'DATE', resolve: fixed(pad(year, 4)) } : null;
  },
};
