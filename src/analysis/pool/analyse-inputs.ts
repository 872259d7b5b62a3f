import { type ReadOptions, readInputs } from '../../ingest/read-inputs.js';
import type { IngestFailure } from '../../ingest/result.js';
import { mapOrdered } from './ordered-map.js';
import type { AnalysisPool, PooledAnalysis } from './pool-api.js';

/**
 * Reads and analyses every document under `paths` on the pool's threads, in input order,
 * failures included; at most two documents per thread are read ahead of the consumer.
 */
export function analyseInputsOn(
  pool: AnalysisPool,
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<PooledAnalysis | IngestFailure> {
  return mapOrdered(readInputs(paths, options), async (read) => (read.ok ? pool.analyse(read.doc) : read), 2 * pool.jobs);
}
