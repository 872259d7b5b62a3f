import { type Command, InvalidArgumentError } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { io } from './io.js';
import { positiveSeconds } from './options.js';
import { reportError } from './stdio.js';

export interface EnqueueOptions {
  readonly db?: string;
  readonly date?: string;
  readonly enqueue?: boolean;
  readonly leaseSeconds: number;
  readonly retries: number;
  readonly retryDelay: number;
}

/** commander parser for a whole number ≥ 0. */
function wholeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1000)
    throw new InvalidArgumentError(`E_USAGE: ${JSON.stringify(value)} is not a whole number from 0 to 1000`);
  return n;
}

/** The options of `ingest --enqueue` (the work queue on PostgreSQL). */
export function enqueueOptions(command: Command): Command {
  return command
    .option('--enqueue', 'record one job per document in the work queue of the PostgreSQL --db, for `dateline worker` to analyse and store')
    .option(
      '--lease-seconds <s>',
      'with --enqueue: seconds a worker may hold a job; a killed worker loses it to another after this',
      positiveSeconds('--lease-seconds'),
      900,
    )
    .option('--retries <n>', 'with --enqueue: tries after a failed one, each after twice the delay', wholeNumber, 3)
    .option('--retry-delay <s>', 'with --enqueue: seconds before the first retry', positiveSeconds('--retry-delay'), 10);
}

/**
 * `dateline ingest --enqueue PATH…`: reads the documents and records one job per document
 * (text, metadata, content hash) in the store's PostgreSQL database. Returns the exit status:
 * 1 when a document could not be read (the others are queued).
 */
export async function runEnqueue(paths: readonly string[], options: EnqueueOptions): Promise<number> {
  const { queueLocation } = await import('../queue/location.js');
  const location = queueLocation(options.db, io().env);
  const { openBoss } = await import('../queue/boss.js');
  const { enqueueInputs } = await import('../queue/enqueue.js');
  let boss: Awaited<ReturnType<typeof openBoss>> | undefined;
  try {
    // The store is made (or migrated) here, once, before any worker opens it.
    const { Store } = await import('../store/store.js');
    await (await Store.open({ db: location.db, write: true })).close();
    boss = await openBoss(location, { superviseSeconds: 0 });
    const counts = await enqueueInputs(boss, location, paths, {
      date: options.date,
      stdin: io().stdin,
      policy: { leaseSeconds: Math.ceil(options.leaseSeconds), retries: options.retries, retryDelaySeconds: Math.ceil(options.retryDelay) },
      onFailure: (f) => reportError(f.where, f.error.code, f.error.message),
    });
    io().stdout.write(
      `queued ${counts.queued} of ${counts.read} documents in ${location.display}${counts.failed ? `, ${counts.failed} unreadable` : ''}\n`,
    );
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof DatelineError)) throw error;
    reportError('dateline ingest', error.code, error.message);
    return 1;
  } finally {
    await boss?.stop({ graceful: false });
  }
}
