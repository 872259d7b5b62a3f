import type { Command } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { io, setExitCode } from './io.js';
import { positiveSeconds } from './options.js';
import { reportError } from './stdio.js';
import { positiveInt } from './store-command.js';

export interface WorkerCommandOptions {
  readonly db?: string;
  readonly jobs: number;
  readonly batch: number;
  readonly once?: boolean;
  readonly idleExit?: number;
  readonly maxSeconds: number;
  readonly superviseSeconds: number;
  readonly quiet?: boolean;
}

/**
 * `dateline worker --db postgres://…`: takes jobs from the store's work queue, analyses
 * and stores them, until stopped (SIGINT/SIGTERM: after the batch in hand), or with --once
 * when nothing is left, or after --idle-exit seconds without a job. Returns the exit status.
 */
export async function runWorkerCommand(options: WorkerCommandOptions): Promise<number> {
  if (options.once && options.idleExit !== undefined) throw new DatelineError('E_USAGE', 'give --once or --idle-exit, not both');
  const { queueLocation } = await import('../queue/location.js');
  const location = queueLocation(options.db, io().env);
  const [{ openBoss }, { createAnalyser }, { runWorker }, { Store }] = await Promise.all([
    import('../queue/boss.js'),
    import('../queue/analyser.js'),
    import('../queue/worker.js'),
    import('../store/store.js'),
  ]);
  const analyser = await createAnalyser({ jobs: options.jobs, maxSeconds: options.maxSeconds });
  const out = io().stdout;
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let boss: Awaited<ReturnType<typeof openBoss>> | undefined;
  let store: Awaited<ReturnType<typeof Store.open>> | undefined;
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    store = await Store.open({ db: location.db, write: true });
    boss = await openBoss(location, {
      superviseSeconds: options.superviseSeconds,
      onError: (error) => reportError('dateline worker', 'E_DB_CONNECT', `${location.display}: ${error.message}`),
    });
    const counts = await runWorker(
      { boss, location, store, analyser },
      {
        batch: options.batch * analyser.parallel,
        ...(options.once && { once: true }),
        ...(options.idleExit !== undefined && { idleExitSeconds: options.idleExit }),
        signal: stop.signal,
        onJob: (event) => {
          if ('error' in event) reportError(`job ${event.job}${event.doc ? ` ${event.doc}` : ''}`, event.error.code, event.error.message);
          else if (!options.quiet) out.write(`${event.outcome} ${event.doc} (job ${event.job})\n`);
        },
        onConnectionError: (error) => reportError('dateline worker', error.code, `${error.message}; trying again`),
      },
    );
    const used = process.cpuUsage(cpu);
    const s = counts.stored;
    out.write(
      `worker: ${counts.jobs} jobs in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s): ` +
        `${s.added} added, ${s['new-version']} new versions, ${s.reanalysed} re-analysed, ${s.unchanged} unchanged, ${s.copy} copies, ${counts.failed} failed tries\n`,
    );
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof DatelineError)) throw error;
    reportError('dateline worker', error.code, error.message);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await boss?.stop({ graceful: false }).catch(() => {});
    await store?.close().catch(() => {});
    await analyser.close();
  }
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take jobs from the work queue on PostgreSQL (dateline ingest --enqueue), analyse them and store them')
    .option('--db <url>', 'the store and its queue: a postgres://… URL (default: $DATELINE_DB)')
    .option('--jobs <n>', 'threads of analysis (1: in this thread); each loads the models once', positiveInt, 1)
    .option('--batch <n>', 'jobs taken at once per thread and stored in one transaction', positiveInt, 4)
    .option('--once', 'exit when no job is left (none queued, waiting for a retry, or held by another worker)')
    .option('--idle-exit <s>', 'exit after this many seconds without a job', positiveSeconds('--idle-exit'))
    .option(
      '--max-seconds <s>',
      'most seconds of analysis for one document; a slower one fails with E_TOO_SLOW',
      positiveSeconds('--max-seconds'),
      300,
    )
    .option(
      '--supervise-seconds <s>',
      'seconds between two looks for jobs whose lease ran out (their worker died): those are retried',
      positiveInt,
      30,
    )
    .option('--quiet', 'no line per stored document, only errors and the summary')
    .addHelpText(
      'after',
      `
Several workers, on one machine or many, may take jobs from one queue: each job is taken by
one worker at a time. A job is idempotent by content hash: a document stored already is
completed without analysis, and a job done twice stores one article. A job that fails
(analysis error, E_TOO_SLOW, a lost database) is retried after a delay that doubles, up to
the retries given at enqueue time, then stays failed with its error (dateline jobs).
A worker killed mid-job loses nothing: its jobs go back to the queue when their lease
(ingest --enqueue --lease-seconds, default 900) runs out, and another worker takes them.
When PostgreSQL goes away the worker waits and reconnects. SIGINT/SIGTERM stop it after
the batch in hand.
Prints one line per job stored ("added DOC-ID (job ID)"), errors on stderr
("job ID DOC-ID: CODE: reason"), and a summary when it stops.
Exit status: 0, 1 when a try failed or the store failed, 2 wrong usage.

Example:
  npx dateline ingest --enqueue articles/ --db postgres://localhost/news
  npx dateline worker --db postgres://localhost/news --idle-exit 60`,
    )
    .action(async (options: WorkerCommandOptions) => {
      setExitCode(await runWorkerCommand(options));
    });
}
