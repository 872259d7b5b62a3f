import { basename } from 'node:path';
import { DatelineError } from '../errors/codes.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_IN_NAME = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;

/** True when `y-m-d` names a day of the proleptic Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Not Date.UTC: it reads years 0–99 as 1900–1999 (0000-02-29 is a real day, 1900-02-29 is not).
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  const days = last.getUTCDate();
  return day <= days;
}

/**
 * Checks a `YYYY-MM-DD` date; returns it unchanged. Throws E_DATE for anything else,
 * impossible days included (`2025-02-30`).
 */
export function checkDate(value: string, what = 'date'): string {
  const m = ISO_DATE.exec(value);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new DatelineError('E_DATE', `${what} ${JSON.stringify(value)} is not a real date of the form YYYY-MM-DD`);
  }
  return value;
}

/** The `YYYY-MM-DD` in a file's name, checked; null when the name holds none. */
export function dateFromFileName(path: string): string | null {
  const m = DATE_IN_NAME.exec(basename(path));
  return m ? checkDate(m[1] as string, 'the date in the file name') : null;
}
