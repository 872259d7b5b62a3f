import type { Command } from 'commander';
import { io, setExitCode } from './io.js';
import { dateOption } from './options.js';
import { ProgressBar, summaryLine } from './progress.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';
import { storeWebOptions } from './web-hooks.js';

export interface IngestOptions extends DbOptions {
  readonly date?: string;
  readonly batch: number;
  /** Milliseconds between two requests to one web host. */
  readonly hostDelay?: number;
}

/** `dateline ingest PATH…`: analyse articles and store them. Returns the exit status. */
export async function runIngest(paths: readonly string[], options: IngestOptions): Promise<number> {
  return withStore('ingest', { db: options.db, write: true, onMigration: reportMigration }, async (store) => {
    const { defaultPipeline } = await import('../analysis/default-pipeline.js');
    const { countInputs } = await import('./count-inputs.js');
    const { ingestPaths } = await import('./ingest-run.js');
    const { isUrl } = await import('../ingest/web/read-url.js');
    const pipeline = defaultPipeline();
    const bar = new ProgressBar(io().stderr);
    if (io().stderr.isTTY) bar.total = await countInputs(paths);
    const started = performance.now();
    const counts = await ingestPaths(store, pipeline, paths, {
      date: options.date,
      batch: options.batch,
      onProgress: (c) => bar.update(c),
      ...(paths.some(isUrl) && { web: storeWebOptions(store, { hostDelayMs: options.hostDelay ?? 1000 }) }),
    });
    bar.done();
    // After a large load the planner needs fresh statistics to pick the indexes.
    if (counts.added + counts.versions + counts.reanalysed >= 5_000) await store.optimize();
    io().stdout.write(`${summaryLine(counts, (performance.now() - started) / 1000, store.where)}\n`);
    return counts.failed > 0 ? 1 : 0;
  });
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
    .option('--batch <n>', 'most documents per transaction (a transaction also ends after 2 s of work)', positiveInt, 1000)
    .option('--host-delay <ms>', 'least milliseconds between two requests to one web host', positiveInt, 1000);
  storeOptions(command, false)
    .addHelpText(
      'after',
      `
Each batch is one transaction: an interrupted run (even kill -9) keeps every batch it
committed, and running the same command again finishes the rest. A document that cannot
be read or analysed prints "path[:line]: CODE: reason" on stderr; the others go on.
Exit status: 0 all stored, 1 some failed or the store failed, 2 wrong usage.

Example:
  npx dateline ingest samples --db /tmp/news.db`,
    )
    .action(async (paths: string[], options: IngestOptions) => {
      setExitCode(await runIngest(paths, options));
    });
}
