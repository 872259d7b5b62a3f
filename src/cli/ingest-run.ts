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
import { claimsToStore, linkCrossPairs } from './cross-link.js';
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
  /** Called with every document analysed (before it is stored). */
  readonly onAnalysed?: (doc: Doc, output: DocumentOutput) => void;
  /** Called after every commit with the number of articles it stored (tests of kills). */
  readonly onCommit?: (stored: number) => void;
}

/** Documents whose stored state is looked up together before they are analysed. */
const LOOKAHEAD = 64;

/**
 * Reads, analyses and stores documents. Articles already stored by this analysis are
 * skipped before analysis (their hashes are looked up a few dozen at a time), so a re-run
 * after an interruption only does what is left. The others are analysed as they come and
 * committed in one transaction once `batch` documents or `batchSeconds` of work are pending:
 * a kill loses at most that. Bad documents print one stderr line and the batch goes on.
 */
export async function ingestPaths(
  store: Store,
  pipeline: Pipeline,
  paths: readonly string[],
  options: IngestRunOptions,
): Promise<IngestCounts> {
  const analysis = analysisVersion(pipeline);
  const counts = emptyCounts();
  let read: SourceDoc[] = [];
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

  const analyseRead = async (): Promise<void> => {
    if (read.length === 0) return;
    const docs = read;
    read = [];
    const hashes = docs.map((d) => contentHash(d.date, d.text));
    const known = await store.knownOwners(hashes);
    for (const doc of docs) if (doc.meta.feed?.guid) fed.push(doc);
    for (const [i, doc] of docs.entries()) {
      const owner = known.get(hashes[i] as string);
      if (owner && owner.docId !== doc.id) {
        // A syndicated copy: stored as its own article pointing at the analysis already made.
        inputs.push({ output: copyOutput(doc) });
        counts.done++;
        options.onProgress?.(counts);
        if (due()) await commit();
        continue;
      }
      if (owner?.analysis === analysis) {
        counts.unchanged++;
        counts.done++;
        options.onProgress?.(counts);
        continue;
      }
      const result = analyse(pipeline, doc);
      counts.analysed++;
      counts.done++;
      if (!result.ok) {
        counts.failed++;
        failedIds.add(doc.id);
        reportError(result.where, result.error.code, result.error.message);
      } else {
        options.onAnalysed?.(result.doc, result.output);
        inputs.push({
          output: result.output,
          outlet: doc.meta.outlet ?? null,
          title: doc.meta.title ?? null,
          url: doc.meta.url ?? null,
          claims: claimsToStore(result.doc),
        });
      }
      options.onProgress?.(counts);
      if (due()) await commit();
    }
  };

  for await (const result of readInputs(paths, { date: options.date, stdin: io().stdin, ...(options.web && { web: options.web }) })) {
    counts.read++;
    if (!result.ok) {
      counts.failed++;
      counts.done++;
      reportError(result.where, result.error.code, result.error.message);
      continue;
    }
    read.push(result.doc);
    options.onProgress?.(counts);
    if (read.length >= LOOKAHEAD || due()) await analyseRead();
    if (due()) await commit();
  }
  await analyseRead();
  await commit();
  return counts;
}
