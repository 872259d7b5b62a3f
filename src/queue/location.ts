import { DatelineError } from '../errors/codes.js';
import { resolveLocation } from '../store/location.js';

/** Where the work queue of a store lives: pg-boss in the store's PostgreSQL database. */
export interface QueueLocation {
  /** The database URL, without `?schema=` (pg-boss keeps its tables in the schema `pgboss`). */
  readonly url: string;
  /** The pg-boss queue: one per store, so stores in two schemas of one database keep apart. */
  readonly queue: string;
  /** The store's `--db` as given, for opening the store a job is written to. */
  readonly db: string;
  /** Where, for messages (no password). */
  readonly display: string;
}

/** The pg-boss schema: pg-boss creates and migrates it itself. */
export const BOSS_SCHEMA = 'pgboss';

const QUEUE_PREFIX = 'dateline-ingest';

/**
 * The queue of the store at `--db` (else DATELINE_DB). Only PostgreSQL holds a queue that
 * workers on several machines share: a SQLite path is a usage error saying so.
 */
export function queueLocation(db: string | undefined, env: NodeJS.ProcessEnv = process.env): QueueLocation {
  const given = db ?? env.DATELINE_DB;
  if (given === undefined)
    throw new DatelineError('E_USAGE', 'the work queue needs a PostgreSQL store: pass --db postgres://HOST/DATABASE (or set DATELINE_DB)');
  const location = resolveLocation(given, env);
  if (location.dialect !== 'postgres')
    throw new DatelineError(
      'E_USAGE',
      `the work queue lives in PostgreSQL, not in the SQLite file ${JSON.stringify(location.path)}: pass --db postgres://HOST/DATABASE (or run dateline ingest without --enqueue)`,
    );
  return {
    url: location.url,
    queue: location.schema ? `${QUEUE_PREFIX}.${location.schema}` : QUEUE_PREFIX,
    db: given,
    display: `${location.display} queue ${location.schema ? `${QUEUE_PREFIX}.${location.schema}` : QUEUE_PREFIX}`,
  };
}
