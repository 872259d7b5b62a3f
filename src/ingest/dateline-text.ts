import { checkDate } from './dates.js';

/** `date YYYY-MM-DD` as the first non-blank characters, then white space. */
const HEADER = /^\s*date[ \t]+(\S+)(?:\s+|$)/;
/** Meant as a date (then checked: `date 99999-01-01` is E_DATE, not silently plain text). */
const LOOKS_LIKE_DATE = /^\d+[-/.]\d+[-/.]\d+$/;

export interface DatelineHeader {
  readonly date: string;
  /** Offset where the article body starts: after the header and the white space after it. */
  readonly bodyStart: number;
}

/**
 * Reads the seed's `date YYYY-MM-DD` header. Returns null when the text has none (it is
 * then plain text); throws E_DATE for a header whose date is impossible (`2025-02-30`).
 */
export function readDatelineHeader(text: string): DatelineHeader | null {
  const m = HEADER.exec(text);
  if (!m || !LOOKS_LIKE_DATE.test(m[1] as string)) return null;
  return { date: checkDate(m[1] as string, 'the date header'), bodyStart: m[0].length };
}
