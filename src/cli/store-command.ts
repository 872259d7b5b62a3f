import { type Command, InvalidArgumentError } from 'commander';
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
  if (formats) command.option('--json', 'print JSON').option('--csv', 'print CSV with a header line');
  return command;
}

/**
 * Opens the store, runs `work`, closes the store. A store error becomes one stderr line
 * `dateline NAME: CODE: reason` and exit status 1.
 */
export async function withStore(name: string, options: OpenStoreOptions, work: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | undefined;
  try {
    const { Store } = await import('../store/store.js');
    store = await Store.open({ ...options, db: options.db ?? io().env.DATELINE_DB ?? DEFAULT_DB });
    return await work(store);
  } catch (error) {
    if (!(error instanceof DatelineError)) throw error;
    reportError(`dateline ${name}`, error.code, error.message);
    return 1;
  } finally {
    await store?.close();
  }
}

/** commander parser for a positive whole number. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`E_USAGE: ${JSON.stringify(value)} is not a positive whole number`);
  return n;
}
