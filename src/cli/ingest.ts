import type { Command } from 'commander';
import { type EnqueueOptions, enqueueOptions, runEnqueue } from './enqueue.js';
import { io, setExitCode } from './io.js';
import { jobsFor, jobsOption } from './jobs-option.js';
import { dateOption, positiveSeconds } from './options.js';
import { ProgressBar, summaryLine } from './progress.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';
import { storeWebOptions } from './web-hooks.js';

export interface IngestOptions extends DbOptions {
  readonly date?: string;
  readonly batch: number;
  /** Milliseconds between two requests to one web host. */
  readonly hostDelay?: number;
  readonly batchSeconds: number;
  readonly maxSeconds: number;
  readonly durable?: boolean;
  readonly jobs?: number;
}

/**
 * SQLite's page cache while ingesting, in MiB (queries keep 64): a batch writes to the ends of
 * its tables' indexes and reads few pages, and the cache is resident memory (issue #18, memory;
 * docs/scale.md).
 */
export const INGEST_PAGE_CACHE_MIB = 16;

/** `dateline ingest PATH…`: analyse articles and store them. Returns the exit status. */
export async function runIngest(paths: readonly string[], options: IngestOptions): Promise<number> {
  return withStore(
    'ingest',
    { db: options.db, write: true, durable: options.durable === true, pageCacheMiB: INGEST_PAGE_CACHE_MIB, onMigration: reportMigration },
    async (store) => {
      const { createAnalysisPool } = await import('../analysis/pool/analysis-pool.js');
      const { countInputs } = await import('./count-inputs.js');
      const { ingestPaths } = await import('./ingest-run.js');
      const { isUrl } = await import('../ingest/web/read-url.js');
      const { CROSS_LINK_LAYERS } = await import('./cross-link.js');
      const pool = await createAnalysisPool({
        jobs: jobsFor(options.jobs, paths),
        maxSeconds: options.maxSeconds,
        layers: CROSS_LINK_LAYERS,
      });
      const bar = new ProgressBar(io().stderr);
      if (io().stderr.isTTY) bar.total = await countInputs(paths);
      const started = performance.now();
      const counts = await ingestPaths(store, pool, paths, {
        date: options.date,
        batch: options.batch,
        batchSeconds: options.batchSeconds,
        onProgress: (c) => bar.update(c),
        ...(paths.some(isUrl) && { web: storeWebOptions(store, { hostDelayMs: options.hostDelay ?? 1000 }) }),
      }).finally(() => pool.close());
      bar.done();
      // After a large load the planner needs fresh statistics to pick the indexes.
      if (counts.added + counts.versions + counts.reanalysed >= 5_000) await store.optimize();
      io().stdout.write(`${summaryLine(counts, (performance.now() - started) / 1000, store.where)}\n`);
      return counts.failed > 0 ? 1 : 0;
    },
  );
}

function reportMigration(step: { name: string; status: string }): void {
  if (step.status !== 'already') io().stderr.write(`migration ${step.name}: ${step.status}\n`);
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('analyse articles and store them (idempotent: unchanged articles are skipped, changed ones get a new version)')
    .argument('<paths...>', 'files, folders (read recursively), http(s) URLs of pages or feeds (RSS, Atom), or - for standard input')
    .option('--date <YYYY-MM-DD>', 'publication date of plain-text articles that state none', dateOption('--date'))
    .option('--batch <n>', 'most documents per transaction', positiveInt, 1000)
    .option('--batch-seconds <s>', 'most seconds of reading and analysis per transaction', positiveSeconds('--batch-seconds'), 2)
    .option(
      '--max-seconds <s>',
      'most seconds of analysis for one document; a slower one fails with E_TOO_SLOW',
      positiveSeconds('--max-seconds'),
      300,
    )
    .option('--host-delay <ms>', 'least milliseconds between two requests to one web host', positiveInt, 1000)
    .option('--durable', 'SQLite: fsync every commit, so that a power loss cannot undo a committed transaction (slower)');
  storeOptions(jobsOption(enqueueOptions(command)), false)
    .addHelpText(
      'after',
      `
Documents are analysed as they are read and committed in transactions of at most --batch
documents or --batch-seconds of work (default 1000 documents, 2 s), whichever comes first.
What a kill costs: an interrupted run (even kill -9, or a power loss with --durable) keeps
every transaction it committed and loses at most the one in progress, about --batch-seconds
of work (more only when one document alone takes longer); running the same command again
skips what is stored and finishes the rest, with the same result as an uninterrupted run.
Without --durable a power loss (not a kill) may also undo the last commits on SQLite.
A document that cannot be read or analysed prints "path[:line]: CODE: reason" on stderr;
the others go on.
Exit status: 0 all stored, 1 some failed or the store failed, 2 wrong usage.

Example:
  npx dateline ingest samples --db /tmp/news.db`,
    )
    .action(async (paths: string[], options: IngestOptions & EnqueueOptions) => {
      setExitCode(options.enqueue ? await runEnqueue(paths, options) : await runIngest(paths, options));
    });
}
