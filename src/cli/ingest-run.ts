import { copyOutput } from '../analysis/analyse.js';
import { type AnalysisPool, pipelinePool } from '../analysis/pool/analysis-pool.js';
import { mapOrdered } from '../analysis/pool/ordered-map.js';
import type { Doc, SourceDoc } from '../doc/doc.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { WebReadOptions } from '../ingest/web/read-url.js';
import type { DocumentOutput } from '../output/schema.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { analysisVersion } from '../store/analysis-version.js';
import type { Store } from '../store/store.js';
import type { ArticleInput } from '../store/write-batch.js';
import { CROSS_LINK_LAYERS, claimsToStore, linkCrossPairs } from './cross-link.js';
import { planIngest } from './ingest-plan.js';
import { io } from './io.js';
import { countOutcomes, emptyCounts, type IngestCounts } from './progress.js';
import { reportError } from './stdio.js';
import { rememberFeedItems } from './web-hooks.js';

export interface IngestRunOptions {
  readonly date?: string | undefined;
  /** Most documents per transaction. */
  readonly batch: number;
  /**
   * Most seconds of reading and analysis per transaction (default 2): what a kill can lose.
   * Counted as the work is done, analysis included, so a transaction commits after about
   * this long however slow the documents are (one over-long document can take longer).
   */
  readonly batchSeconds?: number;
  /** Called as documents are read, analysed and stored (after every commit). */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** How URLs and feeds are fetched (`web-hooks.ts` makes the store-backed ones). */
  readonly web?: WebReadOptions;
  /** Called with every document analysed in this thread (before it is stored); not for documents analysed by worker threads. */
  readonly onAnalysed?: (doc: Doc, output: DocumentOutput) => void;
  /** Called after every commit with the number of articles it stored (tests of kills). */
  readonly onCommit?: (stored: number) => void;
}

/**
 * Reads, analyses and stores documents. Articles already stored by this analysis are
 * skipped before analysis (their hashes are looked up a few dozen at a time, `ingest-plan.ts`),
 * so a re-run after an interruption only does what is left. The others are analysed on the
 * pool's threads (at most two documents per thread in flight), taken back in input order,
 * and committed by this thread alone in one transaction once `batch` documents or
 * `batchSeconds` of work are pending: a kill loses at most that. Bad documents print one
 * stderr line and the batch goes on. A `Pipeline` is analysed in this thread.
 */
export async function ingestPaths(
  store: Store,
  analyser: Pipeline | AnalysisPool,
  paths: readonly string[],
  options: IngestRunOptions,
): Promise<IngestCounts> {
  const pool = analyser instanceof Pipeline ? pipelinePool(analyser, CROSS_LINK_LAYERS) : analyser;
  const analysis = analysisVersion({ stages: await pool.stages() });
  const counts = emptyCounts();
  let inputs: ArticleInput[] = [];
  let fed: SourceDoc[] = [];
  const failedIds = new Set<string>();
  let batchStarted = performance.now();
  const batchMs = (options.batchSeconds ?? 2) * 1000;

  const commit = async (): Promise<void> => {
    if (inputs.length > 0) {
      const batch = inputs;
      inputs = [];
      const outcomes = await store.add(batch, analysis);
      await linkCrossPairs(store, batch); // pairs across articles (issue #14): the new articles against stored claims
      countOutcomes(counts, outcomes);
      counts.stored += batch.length;
      options.onCommit?.(batch.length);
    }
    if (fed.length > 0) {
      // Feed items count as seen only once their articles are stored (or were already).
      const docs = fed;
      fed = [];
      await rememberFeedItems(store, docs, failedIds);
    }
    batchStarted = performance.now();
    options.onProgress?.(counts);
  };

  const due = (): boolean => inputs.length >= options.batch || performance.now() - batchStarted >= batchMs;

  const reads = readInputs(paths, { date: options.date, stdin: io().stdin, ...(options.web && { web: options.web }) });
  const steps = planIngest(store, analysis, reads, { groupMs: batchMs, onRead: () => counts.read++ });
  const analysed = mapOrdered(
    steps,
    async (step) => (step.kind === 'analyse' ? { step, result: await pool.analyse(step.doc) } : { step, result: null }),
    2 * pool.jobs,
  );
  for await (const { step, result } of analysed) {
    counts.done++;
    if (step.kind === 'failed') {
      counts.failed++;
      reportError(step.failure.where, step.failure.error.code, step.failure.error.message);
      continue;
    }
    if (step.doc.meta.feed?.guid) fed.push(step.doc);
    if (step.kind === 'unchanged') counts.unchanged++;
    // A syndicated copy: stored as its own article pointing at the analysis already made.
    else if (step.kind === 'copy') inputs.push({ output: copyOutput(step.doc) });
    else if (result && !result.ok) {
      counts.analysed++;
      counts.failed++;
      failedIds.add(step.doc.id);
      reportError(result.where, result.error.code, result.error.message);
    } else if (result) {
      counts.analysed++;
      if (result.doc) options.onAnalysed?.(result.doc, result.output);
      const { meta } = step.doc;
      inputs.push({
        output: result.output,
        outlet: meta.outlet ?? null,
        title: meta.title ?? null,
        url: meta.url ?? null,
        claims: claimsToStore(result.layers.claims),
      });
    }
    options.onProgress?.(counts);
    if (due()) await commit();
  }
  await commit();
  return counts;
}
