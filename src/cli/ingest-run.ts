import { analyse, copyOutput } from '../analysis/analyse.js';
import type { Doc, SourceDoc } from '../doc/doc.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { WebReadOptions } from '../ingest/web/read-url.js';
import type { DocumentOutput } from '../output/schema.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { analysisVersion } from '../store/analysis-version.js';
import { contentHash } from '../store/hash.js';
import type { Store } from '../store/store.js';
import type { ArticleInput } from '../store/write-batch.js';
import { io } from './io.js';
import { countOutcomes, emptyCounts, type IngestCounts } from './progress.js';
import { reportError } from './stdio.js';
import { rememberFeedItems } from './web-hooks.js';

export interface IngestRunOptions {
  readonly date?: string | undefined;
  /** Most documents per transaction. */
  readonly batch: number;
  /** Most seconds of reading and analysis per transaction (default 2): what a kill can lose. */
  readonly batchSeconds?: number;
  /** Called as documents are read and after every batch is committed. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** How URLs and feeds are fetched (`web-hooks.ts` makes the store-backed ones). */
  readonly web?: WebReadOptions;
  /** Called with every document analysed (before it is stored). */
  readonly onAnalysed?: (doc: Doc, output: DocumentOutput) => void;
}

/**
 * Reads, analyses and stores documents, one transaction per batch. Articles already stored
 * by this analysis are skipped before analysis, so a re-run after an interruption only
 * does what is left. Bad documents print one stderr line and the batch goes on.
 */
export async function ingestPaths(
  store: Store,
  pipeline: Pipeline,
  paths: readonly string[],
  options: IngestRunOptions,
): Promise<IngestCounts> {
  const analysis = analysisVersion(pipeline);
  const counts = emptyCounts();
  let pending: SourceDoc[] = [];
  let batchStarted = performance.now();
  const batchMs = (options.batchSeconds ?? 2) * 1000;

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const docs = pending;
    pending = [];
    batchStarted = performance.now();
    const hashes = docs.map((d) => contentHash(d.date, d.text));
    const known = await store.knownOwners(hashes);
    const inputs: ArticleInput[] = [];
    const failedIds = new Set<string>();
    for (const [i, doc] of docs.entries()) {
      const owner = known.get(hashes[i] as string);
      if (owner && owner.docId !== doc.id) {
        // A syndicated copy: stored as its own article pointing at the analysis already made.
        inputs.push({ output: copyOutput(doc) });
        continue;
      }
      if (owner?.analysis === analysis) {
        counts.unchanged++;
        continue;
      }
      const result = analyse(pipeline, doc);
      if (!result.ok) {
        counts.failed++;
        failedIds.add(doc.id);
        reportError(result.where, result.error.code, result.error.message);
        continue;
      }
      options.onAnalysed?.(result.doc, result.output);
      inputs.push({ output: result.output, outlet: doc.meta.outlet ?? null, title: doc.meta.title ?? null, url: doc.meta.url ?? null });
    }
    const outcomes = await store.add(inputs, analysis);
    await rememberFeedItems(store, docs, failedIds);
    countOutcomes(counts, outcomes);
    options.onProgress?.(counts);
  };

  for await (const result of readInputs(paths, { date: options.date, stdin: io().stdin, ...(options.web && { web: options.web }) })) {
    counts.read++;
    if (!result.ok) {
      counts.failed++;
      reportError(result.where, result.error.code, result.error.message);
      continue;
    }
    pending.push(result.doc);
    options.onProgress?.(counts);
    if (pending.length >= options.batch || performance.now() - batchStarted >= batchMs) await flush();
  }
  await flush();
  return counts;
}
