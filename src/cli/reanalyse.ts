import type { Command } from 'commander';
import type { ArticleInput } from '../store/write-batch.js';
import { io, setExitCode } from './io.js';
import { jobsFor, jobsOption } from './jobs-option.js';
import { countOutcomes, emptyCounts, ProgressBar, summaryLine } from './progress.js';
import { reportError } from './stdio.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';

export interface ReanalyseOptions extends DbOptions {
  readonly batch: number;
  readonly jobs?: number;
}

/**
 * `dateline reanalyse`: runs the current pipeline again over stored articles that an
 * older analysis annotated (new stages, new rules), from the stored text; one transaction
 * per batch, so it too can be interrupted and run again.
 */
export async function runReanalyse(options: ReanalyseOptions): Promise<number> {
  const { createAnalysisPool } = await import('../analysis/pool/analysis-pool.js');
  const { CROSS_LINK_LAYERS } = await import('./cross-link.js');
  const pool = await createAnalysisPool({ jobs: jobsFor(options.jobs), layers: CROSS_LINK_LAYERS });
  return withStore('reanalyse', { db: options.db, write: true }, async (store) => {
    const { mapOrdered } = await import('../analysis/pool/ordered-map.js');
    const { analysisVersion } = await import('../store/analysis-version.js');
    const { claimsToStore, linkCrossPairs } = await import('./cross-link.js');
    const analysis = analysisVersion({ stages: await pool.stages() });
    const counts = emptyCounts();
    const bar = new ProgressBar(io().stderr);
    const started = performance.now();
    for (let after = 0; ; ) {
      const page = await store.stale(analysis, after, options.batch);
      if (page.length === 0) break;
      after = page.at(-1)?.id ?? after;
      const inputs: ArticleInput[] = [];
      const analyse = async (a: (typeof page)[number]) =>
        [a, await pool.analyse({ id: a.doc_id, date: a.date, text: a.text, meta: { source: `#${a.id}` } })] as const;
      for await (const [a, result] of mapOrdered(page, analyse, 2 * pool.jobs)) {
        counts.read++;
        counts.done++;
        counts.analysed++;
        if (!result.ok) {
          counts.failed++;
          reportError(result.where, result.error.code, result.error.message);
          continue;
        }
        inputs.push({ output: result.output, outlet: a.outlet, title: a.title, url: a.url, claims: claimsToStore(result.layers.claims) });
      }
      countOutcomes(counts, await store.add(inputs, analysis));
      await linkCrossPairs(store, inputs); // pairs across articles are found again (issue #14)
      counts.stored += inputs.length;
      bar.update(counts);
    }
    bar.done();
    if (counts.read === 0) {
      // Not "0 unchanged": nothing was looked at again, because everything is current.
      const { articles } = await store.stats();
      io().stdout.write(`nothing to re-analyse in ${store.where}: all ${articles} stored articles are analysed by ${analysis}\n`);
      return 0;
    }
    io().stdout.write(
      `${summaryLine(counts, (performance.now() - started) / 1000, store.where).replace('ingested', 're-analysed')} (${analysis})\n`,
    );
    return counts.failed > 0 ? 1 : 0;
  }).finally(() => pool.close());
}

export function registerReanalyse(program: Command): void {
  const command = program
    .command('reanalyse')
    .description('run the current pipeline again over stored articles an older analysis annotated (after an upgrade)')
    .option('--batch <n>', 'articles per transaction', positiveInt, 200);
  storeOptions(jobsOption(command), false).action(async (options: ReanalyseOptions) => {
    setExitCode(await runReanalyse(options));
  });
}
