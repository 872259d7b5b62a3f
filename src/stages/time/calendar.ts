/** A calendar day (proleptic Gregorian, no time zone): the unit the time stage reasons in. */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_DAY = 86_400_000;

/**
 * Milliseconds of UTC midnight of year `y`, month `m0` (0-based), day `d`. Not `Date.UTC`,
 * which reads years 0–99 as 1900–1999 (issue #19: `yesterday` in an article dated 0050 was 1950).
 */
export function utcMidnight(y: number, m0: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m0, d);
  return date.getTime();
}

function toUtc(day: Day): number {
  return utcMidnight(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Parses `YYYY-MM-DD` (a document date); null for anything else. */
export function parseDay(value: string | null): Day | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * MS_DAY);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcMidnight(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / MS_DAY / 7) + 1;
  return { year: thursday.y, week };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Day difference `b - a`. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_DAY);
}

/** The n-th weekday (ISO 1–7) of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, iso: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const shift = (iso - weekday(first) + 7) % 7;
    return addDays(first, shift + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - iso + 7) % 7));
}
