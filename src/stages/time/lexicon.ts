import { NUMBER_WORDS } from '../shared/number-words.js';

/** Words of the time grammar: names, numbers and units, as regex fragments and lookup tables. */

const MONTH_NAMES: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  'jan.': 1,
  'feb.': 2,
  'mar.': 3,
  'apr.': 4,
  'jun.': 6,
  'jul.': 7,
  'aug.': 8,
  'sep.': 9,
  'sept.': 9,
  'oct.': 10,
  'nov.': 11,
  'dec.': 12,
  jan: 1,
  feb: 2,
  aug: 8,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month names and abbreviations, longest first, for a regex alternation. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(word: string): number | null {
  return MONTH_NAMES[word.toLowerCase()] ?? null;
}

const WEEKDAY_NAMES: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function weekdayNumber(word: string): number | null {
  return WEEKDAY_NAMES[word.toLowerCase().replace(/'s$|’s$/, '')] ?? null;
}

const SMALL: Record<string, number> = {
  ...NUMBER_WORDS,
  hundred: 100,
  dozen: 12,
  single: 1,
  half: 0.5,
};

const VAGUE = new Set(['few', 'a few', 'several', 'many', 'some', 'dozens of', 'hundreds of', 'more', 'numerous', 'countless']);

/** A count: digits, number words ("twenty-four", "twenty four") or a vague quantity ("several"). */
export const NUMBER =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|couple of|a few|few|several|many|some|dozens of|hundreds of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|an?)';

/** The value of a count; null for a vague one ("several" → X in TimeML). */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE.has(w)) return null;
  if (w === 'a hundred') return 100;
  if (w === 'a couple of' || w === 'couple of' || w === 'a couple') return 2;
  if (w === 'a dozen') return 12;
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const n = SMALL[part];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

export function ordinalValue(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}

/** A calendar unit as TimeML writes it in a duration. */
export interface UnitInfo {
  /** Letter in the ISO duration (`Y`, `M`, `W`, `D`, `H`, `M` after T, `S`). */
  readonly letter: string;
  readonly time: boolean;
  /** Multiplier onto the letter: a decade is 10 years. */
  readonly factor: number;
  readonly name: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
}

const UNITS: Record<string, UnitInfo> = {
  second: { letter: 'S', time: true, factor: 1, name: 'second' },
  minute: { letter: 'M', time: true, factor: 1, name: 'minute' },
  hour: { letter: 'H', time: true, factor: 1, name: 'hour' },
  day: { letter: 'D', time: false, factor: 1, name: 'day' },
  night: { letter: 'D', time: false, factor: 1, name: 'day' },
  week: { letter: 'W', time: false, factor: 1, name: 'week' },
  weekend: { letter: 'D', time: false, factor: 2, name: 'weekend' },
  month: { letter: 'M', time: false, factor: 1, name: 'month' },
  quarter: { letter: 'Q', time: false, factor: 1, name: 'quarter' },
  year: { letter: 'Y', time: false, factor: 1, name: 'year' },
  decade: { letter: 'Y', time: false, factor: 10, name: 'decade' },
  century: { letter: 'Y', time: false, factor: 100, name: 'century' },
};

export const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';

export function unitInfo(word: string): UnitInfo | null {
  const w = word
    .toLowerCase()
    .replace(/centuries$/, 'century')
    .replace(/s$/, '');
  return UNITS[w] ?? null;
}

const HALF: Record<string, string> = { Y: '6M', M: '15D', D: 'T12H', HT: '30M', MT: '30S' };

/** An ISO 8601 duration: `P3Y`, `PT2H`, `PXY` (count unknown). */
export function durationValue(count: number | null, unit: UnitInfo): string {
  if (count === null) return unit.factor === 100 ? 'PXC' : unit.factor === 10 ? 'PXDE' : `P${unit.time ? 'T' : ''}X${unit.letter}`;
  const n = count * unit.factor;
  if (!Number.isInteger(n) && Number.isInteger(n * 2)) {
    // Halves as TimeML writes them: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
    const whole = Math.floor(n);
    const half = HALF[unit.letter + (unit.time ? 'T' : '')];
    if (half) return `P${unit.time ? 'T' : ''}${whole > 0 ? `${whole}${unit.letter}` : ''}${half}`;
  }
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return `P${unit.time ? 'T' : ''}${text}${unit.letter}`;
}
