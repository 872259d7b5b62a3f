import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { demoQuestions } from './demo-questions.js';
import { io, setExitCode } from './io.js';
import { summaryLine } from './progress.js';
import { portNumber, runServe } from './serve.js';
import { withStore } from './store-command.js';
import { summarize } from './summary.js';

/** The sample articles shipped with dateline (fictional, written for the demo). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

/** The samples folder as a user would type it from here. */
function samplesPath(): string {
  const rel = relative(process.cwd(), SAMPLES_DIR);
  return rel.startsWith('..') ? SAMPLES_DIR : rel;
}

export interface DemoOptions {
  readonly db?: string;
  /** Then serve the demo store in the web UI (`--serve`), on this port. */
  readonly serve?: boolean;
  readonly port?: number;
}

/**
 * `dateline demo`: analyses the sample articles (or PATHS), prints what it found in each,
 * stores them in a fresh store (a temporary file unless --db) and asks it a few questions.
 */
export async function runDemo(paths: readonly string[], options: DemoOptions = {}): Promise<number> {
  const temp = options.db === undefined ? mkdtempSync(join(tmpdir(), 'dateline-demo-')) : null;
  const db = options.db ?? join(temp ?? '.', 'demo.db');
  try {
    const status = await withStore('demo', { db, write: true }, async (store) => {
      const { defaultPipeline } = await import('../analysis/default-pipeline.js');
      const { ingestPaths } = await import('./ingest-run.js');
      const pipeline = defaultPipeline();
      pipeline.timed = true;
      const started = performance.now();
      const inputs = paths.length > 0 ? paths : [samplesPath()];
      const counts = await ingestPaths(store, pipeline, inputs, {
        batch: 100,
        onAnalysed: (doc, output) => io().stdout.write(`${summarize(doc, output)}\n\n`),
      });
      const seconds = (performance.now() - started) / 1000;
      const stages = [...pipeline.timings].map(([name, t]) => `${name} ${t.toFixed(1)} ms`).join(', ');
      io().stdout.write(`${summaryLine(counts, seconds, temp ? 'a fresh store' : store.where)}${stages ? ` (${stages})` : ''}\n\n`);
      await demoQuestions(store);
      const dbHint = temp ? ' --db dateline.db' : ` --db ${store.where}`;
      io().stdout.write(
        `\nTry it on your own articles: npx dateline ingest PATH…${dbHint}, then quotes, entities, timeline, search, show, export (--help on each).\n`,
      );
      return counts.failed > 0 ? 1 : 0;
    });
    if (!options.serve || status !== 0) return status;
    return await runServe({ db, port: options.port ?? 8080, host: '127.0.0.1' }, '\nThe demo store in the web UI');
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled sample articles (or PATHS), store them in a fresh store and ask it a few questions')
    .argument('[paths...]', 'articles to use instead of the samples', [])
    .option('--db <path|url>', 'store to use instead of a temporary one')
    .option('--serve', 'then open the store in the web UI (dateline serve) and print its address')
    .option('--port <n>', 'port for --serve (0: any free port)', portNumber, 8080)
    .action(async (paths: string[], options: DemoOptions) => {
      setExitCode(await runDemo(paths, options));
    });
}
