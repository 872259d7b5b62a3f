/** A publication time as ISO 8601, the raw string it was read from, and its day. */
export interface Published {
  /** ISO 8601: the raw form when it already is one, else UTC (`…Z`). */
  readonly iso: string;
  readonly raw: string;
  /** `YYYY-MM-DD` as the publisher wrote it (its own time zone), the reference date. */
  readonly day: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

/**
 * Reads a date or date-time as pages and feeds write it: ISO 8601 (`2026-03-06`,
 * `2026-03-06T09:30:00-05:00`), RFC 822 (`Fri, 06 Mar 2026 09:30:00 GMT`), or what
 * `Date.parse` reads. Null for anything else.
 */
export function parsePublished(raw: string | undefined | null): Published | null {
  const value = raw?.trim();
  if (!value) return null;
  const m = ISO.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!realDay(y, mo, d)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4] === undefined) return { iso: day, raw: value, day };
    const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return { iso: `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`, raw: value, day };
  }
  if (/^\d+$/.test(value)) return null; // a bare number is an id or a timestamp, not a date we trust
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const iso = date.toISOString().replace('.000Z', 'Z');
  if (!realDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  // RFC 822 with an offset: the publisher's own day is the one written in the string.
  const written = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  let day = iso.slice(0, 10);
  if (written) {
    const local = Date.parse(`${written[1]} ${written[2]} ${written[3]} 00:00:00 UTC`);
    if (!Number.isNaN(local)) day = new Date(local).toISOString().slice(0, 10);
  }
  return { iso, raw: value, day };
}

/** A date in a URL path: `/2026/03/06/`, `/2026-03-06/`, `/20260306/`. */
export function dateFromUrl(url: string | undefined): Published | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[-_]|$)/.exec(path);
  if (!m) return null;
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  return parsePublished(day) && { iso: day, raw: m[0], day };
}
