import type { Context } from 'hono';
import { checkDate } from '../ingest/dates.js';
import { HttpError } from './http-error.js';

/** The most items one page may hold: a request limit, so no query reads the whole store. */
export const MAX_LIMIT = 500;
/** The deepest an offset cursor may go (lists without a keyset): deeper, narrow the filters. */
export const MAX_OFFSET = 10_000;

/** A query parameter: its text, trimmed; undefined when absent or empty. Over 500 characters is a 400. */
export function text(c: Context, name: string): string | undefined {
  const value = c.req.query(name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (value.length > 500) throw new HttpError(400, 'E_USAGE', `?${name} is longer than 500 characters`);
  if (value.includes('\u0000')) throw new HttpError(400, 'E_USAGE', `?${name} holds a NUL character`);
  return value;
}

export function required(c: Context, name: string): string {
  const value = text(c, name);
  if (value === undefined) throw new HttpError(400, 'E_USAGE', `?${name}= is required`);
  return value;
}

/** `?from=` / `?to=`: a real YYYY-MM-DD date, as the CLI's --from/--to. */
export function dateParam(c: Context, name: string): string | undefined {
  const value = text(c, name);
  return value === undefined ? undefined : checkDate(value, `?${name}`);
}

/** `?limit=`: a whole number from 1 to MAX_LIMIT, else the default. */
export function limitParam(c: Context, fallback: number): number {
  const value = text(c, 'limit');
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
    throw new HttpError(400, 'E_USAGE', `?limit=${value} is not a whole number from 1 to ${MAX_LIMIT}`);
  return n;
}

/** Cursors are opaque to clients: base64url of `{"after": id}` (a keyset) or `{"offset": n}`. */
export interface Cursor {
  readonly after?: number;
  readonly offset?: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function cursorParam(c: Context): Cursor {
  const value = text(c, 'cursor');
  if (value === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const cursor = parsed as Cursor | null;
  const ok = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (cursor === null || typeof cursor !== 'object' || !ok(cursor.after) || !ok(cursor.offset))
    throw new HttpError(400, 'E_USAGE', '?cursor= is not a cursor this server gave; pass the `next` of the previous page');
  if ((cursor.offset ?? 0) > MAX_OFFSET)
    throw new HttpError(400, 'E_USAGE', `a page deeper than ${MAX_OFFSET} items: narrow the filters (?from, ?to, ?speaker …)`);
  return cursor;
}

/**
 * Pages a list the store returns from its start: asks for `offset + limit + 1` rows and
 * returns the page with the cursor of the next one.
 */
export async function offsetPage<T>(
  c: Context,
  fallback: number,
  load: (want: number) => Promise<T[]>,
): Promise<{ items: T[]; next: string | null }> {
  const limit = limitParam(c, fallback);
  const offset = cursorParam(c).offset ?? 0;
  const rows = await load(offset + limit + 1);
  const items = rows.slice(offset, offset + limit);
  return { items, next: rows.length > offset + limit ? encodeCursor({ offset: offset + limit }) : null };
}
