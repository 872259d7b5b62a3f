import type { Command } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { io, setExitCode } from './io.js';
import { printRows } from './rows-output.js';
import { reportError } from './stdio.js';
import { positiveInt } from './store-command.js';

export interface JobsOptions {
  readonly db?: string;
  readonly limit: number;
  readonly json?: boolean;
}

/**
 * `dateline jobs --db postgres://…`: the work queue's counts per state, then its failed
 * jobs (job id, document id, retries, the error of the last try). Returns the exit status.
 */
export async function runJobs(options: JobsOptions): Promise<number> {
  const { queueLocation } = await import('../queue/location.js');
  const location = queueLocation(options.db, io().env);
  const [{ openBoss }, { failedJobs, jobCounts, JOB_STATES }] = await Promise.all([
    import('../queue/boss.js'),
    import('../queue/job-states.js'),
  ]);
  let boss: Awaited<ReturnType<typeof openBoss>> | undefined;
  try {
    boss = await openBoss(location, { superviseSeconds: 0 });
    const counts = await jobCounts(boss, location);
    const failures = await failedJobs(boss, location, options.limit);
    if (options.json) {
      io().stdout.write(`${JSON.stringify({ queue: location.display, counts, failed: failures }, null, 2)}\n`);
      return 0;
    }
    io().stdout.write(`${location.display}\n${JOB_STATES.map((s) => `${s} ${counts[s]}`).join('  ')}\n`);
    if (failures.length > 0) {
      io().stdout.write(
        `\nfailed (${failures.length < counts.failed ? `latest ${failures.length} of ${counts.failed}` : counts.failed}):\n`,
      );
      await printRows(
        failures.map((f) => ({ job: f.id, doc: f.doc, retries: f.retries, error: `${f.code}: ${f.message}` })),
        [{ key: 'job' }, { key: 'doc', width: 40 }, { key: 'retries' }, { key: 'error', width: 100 }],
        'text',
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DatelineError)) throw error;
    reportError('dateline jobs', error.code, error.message);
    return 1;
  } finally {
    await boss?.stop({ graceful: false }).catch(() => {});
  }
}

export function registerJobs(program: Command): void {
  program
    .command('jobs')
    .description('the work queue on PostgreSQL: jobs per state (created, retry, active, completed, cancelled, failed) and the failures')
    .option('--db <url>', 'the store and its queue: a postgres://… URL (default: $DATELINE_DB)')
    .option('--limit <n>', 'most failed jobs listed (the latest)', positiveInt, 50)
    .option('--json', 'print JSON: {queue, counts, failed: [{id, doc, retries, code, message, failedAt}]}')
    .addHelpText(
      'after',
      `
created: waiting for a worker; retry: failed, waiting to be tried again; active: held by a
worker; failed: out of retries (its error is listed). Exit status: 0, 1 when the database
fails, 2 wrong usage.

Example:
  npx dateline jobs --db postgres://localhost/news`,
    )
    .action(async (options: JobsOptions) => {
      setExitCode(await runJobs(options));
    });
}
