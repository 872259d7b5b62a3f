import type { Command } from 'commander';
import { DatelineError } from '../errors/codes.js';
import { io, setExitCode } from './io.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';

export interface WatchOptions extends DbOptions {
  readonly every: number;
  readonly once?: boolean;
  readonly hostDelay: number;
  readonly timeout: number;
}

/** `10m`, `30s`, `2h`, `45` (seconds) → milliseconds. */
export function parseEvery(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!m) throw new DatelineError('E_USAGE', `--every ${JSON.stringify(value)} is not a duration; use e.g. 30s, 10m or 1h`);
  const ms = Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 's' | 'm' | 'h'];
  if (ms < 1000) throw new DatelineError('E_USAGE', '--every must be at least 1s');
  return ms;
}

/**
 * `dateline watch FEED…`: polls feeds and stores their new and changed items' pages. Each
 * round prints one line per feed and a summary; failures print one line each and the
 * watch goes on. Returns the exit status (of the last round, with --once).
 */
export async function runWatch(feeds: readonly string[], options: WatchOptions): Promise<number> {
  const bad = feeds.find((f) => !/^https?:\/\//i.test(f));
  if (bad) throw new DatelineError('E_USAGE', `${JSON.stringify(bad)} is not an http(s) URL of a feed`);
  const [{ defaultPipeline }, { ingestPaths }, { storeWebOptions }, { summaryLine }] = await Promise.all([
    import('../analysis/default-pipeline.js'),
    import('./ingest-run.js'),
    import('./web-hooks.js'),
    import('./progress.js'),
  ]);
  return withStore('watch', { db: options.db, write: true }, async (store) => {
    const pipeline = defaultPipeline();
    let stop = false;
    let wake: (() => void) | null = null;
    const onSignal = (): void => {
      stop = true;
      wake?.();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let status = 0;
    try {
      for (let round = 1; !stop; round++) {
        const started = performance.now();
        const web = storeWebOptions(store, {
          conditional: true,
          hostDelayMs: options.hostDelay,
          timeoutMs: options.timeout,
          onFeed: (url, s) => {
            const what = s.notModified ? 'not modified' : `${s.items} items, ${s.selected} new or changed${s.bad ? `, ${s.bad} bad` : ''}`;
            io().stderr.write(`${new Date().toISOString()} ${url}: ${what}\n`);
          },
        });
        const counts = await ingestPaths(store, pipeline, feeds, { batch: 100, web });
        status = counts.failed > 0 ? 1 : 0;
        const line = summaryLine(counts, (performance.now() - started) / 1000, store.where).replace('ingested', `round ${round}: ingested`);
        io().stdout.write(`${line}\n`);
        if (options.once || stop) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.every);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return status;
  });
}

export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('poll RSS/Atom feeds and store their new and changed items (conditional requests, polite, robots.txt obeyed)')
    .argument('<feeds...>', 'http(s) URLs of RSS 2.0 or Atom feeds')
    .option('--every <duration>', 'time between rounds: 30s, 10m, 1h', parseEvery, 600_000)
    .option('--once', 'one round, then exit (for cron)')
    .option('--host-delay <ms>', 'least milliseconds between two requests to one host', positiveInt, 1000)
    .option('--timeout <ms>', 'milliseconds a request may take before it is retried', positiveInt, 15_000);
  storeOptions(command, false)
    .addHelpText(
      'after',
      `
Each round fetches every feed with If-None-Match / If-Modified-Since, then the pages of
items that are new or changed (GUID, date or title), one request at a time per host,
retrying network errors, timeouts, 429 and 5xx with backoff. A failure prints one line
("URL: CODE: reason") and the watch goes on. Ctrl-C stops after the current round.
Exit status (--once): 0 all stored, 1 some failed, 2 wrong usage.

Example:
  npx dateline watch https://news.example/rss.xml --every 10m --db news.db`,
    )
    .action(async (feeds: string[], options: WatchOptions) => {
      setExitCode(await runWatch(feeds, options));
    });
}
