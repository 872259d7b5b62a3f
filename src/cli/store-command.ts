import { type Command, InvalidArgumentError, Option } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { DEFAULT_DB } from '../store/location.js';
import type { OpenStoreOptions, Store } from '../store/store.js';
import { io } from './io.js';
import { reportError } from './stdio.js';

export interface DbOptions {
  readonly db?: string;
}

/** Adds `--db` (and `--json`/`--csv` when `formats`) to a store command. */
export function storeOptions(command: Command, formats = true): Command {
  command.option('--db <path|url>', 'the store: a SQLite file or postgres://… URL (default: $DATELINE_DB, else ./dateline.db)');
  if (formats) {
    command.addOption(new Option('--json', 'print JSON').conflicts('csv'));
    command.addOption(new Option('--csv', 'print CSV with a header line').conflicts('json'));
  }
  return command;
}

/**
 * Opens the store, runs `work`, closes the store. A store error becomes one stderr line
 * `dateline NAME: CODE: reason` and exit status 1 (2 for E_USAGE, as for every command).
 */
export async function withStore(name: string, options: OpenStoreOptions, work: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | undefined;
  try {
    const { Store } = await import('../store/store.js');
    store = await Store.open({ ...options, db: options.db ?? io().env.DATELINE_DB ?? DEFAULT_DB });
    return await work(store);
  } catch (thrown) {
    // A driver error met while reading rows (a damaged page half-way through `export`) is coded too, never a stack trace.
    const { isDriverError, storeError } = await import('../store/db-errors.js');
    const error = !(thrown instanceof DatelineError) && isDriverError(thrown) ? storeError(thrown, store?.where ?? name) : thrown;
    if (!(error instanceof DatelineError)) throw error;
    reportError(`dateline ${name}`, error.code, error.message);
    return error.code === 'E_USAGE' ? 2 : 1;
  } finally {
    await store?.close();
  }
}

/** The largest `--limit` a query takes: more rows than any terminal or pipe wants at once (use `export` for all). */
export const MAX_LIMIT = 1_000_000;

/** commander parser for a positive whole number (a `--limit`): 1 to MAX_LIMIT, written in digits. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\s*\+?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n <= 0 || n > MAX_LIMIT)
    throw new InvalidArgumentError(`E_USAGE: ${JSON.stringify(value)} is not a whole number from 1 to ${MAX_LIMIT.toLocaleString('en')}`);
  return n;
}

/** commander parser for one of a fixed set of values (`--type PERSON`), case-insensitive; the canonical spelling is returned. */
export function oneOf(name: string, values: readonly string[]): (value: string) => string {
  return (value) => {
    const found = values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
    if (found === undefined)
      throw new InvalidArgumentError(`E_USAGE: unknown ${name} ${JSON.stringify(value)}; use one of ${values.join(', ')}`);
    return found;
  };
}
