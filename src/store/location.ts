import { DatelineError } from '../errors/codes.js';
import type { Dialect } from './tables.js';

/** Where a store lives: a SQLite file, or a PostgreSQL URL and the schema to use in it. */
export type StoreLocation =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly schema: string | null; readonly display: string };

export const DEFAULT_DB = './dateline.db';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * `--db`, else `DATELINE_DB`, else `./dateline.db`. A `postgres://` or `postgresql://` URL
 * selects PostgreSQL (`?schema=name` keeps the store in that schema); anything else is a
 * SQLite file path (`sqlite:` prefix optional).
 */
export function resolveLocation(db: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const value = db ?? env.DATELINE_DB ?? DEFAULT_DB;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new DatelineError('E_USAGE', `--db ${JSON.stringify(value)} is not a valid URL`);
    }
    const schema = url.searchParams.get('schema');
    if (schema !== null && !SCHEMA_NAME.test(schema))
      throw new DatelineError('E_USAGE', `schema ${JSON.stringify(schema)} must be lower-case letters, digits and _`);
    url.searchParams.delete('schema');
    const display = `${url.protocol}//${url.host}${url.pathname}${schema ? `?schema=${schema}` : ''}`;
    return { dialect: 'postgres', url: url.toString(), schema, display };
  }
  const path = value.replace(/^sqlite:(\/\/)?/i, '');
  if (path === '') throw new DatelineError('E_USAGE', '--db is empty');
  return { dialect: 'sqlite', path };
}

export function describeLocation(location: StoreLocation): string {
  return location.dialect === 'sqlite' ? location.path : location.display;
}

export function dialectOf(location: StoreLocation): Dialect {
  return location.dialect;
}
