import type { JobInsert, PgBoss } from 'pg-boss';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { IngestFailure } from '../ingest/result.js';
import { storeError } from '../store/db-errors.js';
import { type DocJob, docJob } from './job.js';
import type { QueueLocation } from './location.js';

/** How the jobs of one `ingest --enqueue` are retried, and how long a worker may hold one. */
export interface JobPolicy {
  /**
   * Seconds a worker holds a job before it goes back to the queue: a worker killed mid-job
   * loses it to another after this long. Longer than a document's analysis may take.
   */
  readonly leaseSeconds: number;
  /** Tries after the first, each after a delay that doubles (with jitter). */
  readonly retries: number;
  /** Seconds before the first retry. */
  readonly retryDelaySeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { leaseSeconds: 900, retries: 3, retryDelaySeconds: 10 };

export interface EnqueueCounts {
  read: number;
  queued: number;
  failed: number;
}

/** Jobs sent to PostgreSQL in one statement. */
const CHUNK = 200;

/**
 * Reads the documents under `paths` and records one job per document (its text, metadata
 * and content hash), `CHUNK` jobs per statement. A document that cannot be read is reported
 * through `onFailure` and the others go on, as in `ingest`.
 */
export async function enqueueInputs(
  boss: PgBoss,
  location: QueueLocation,
  paths: readonly string[],
  options: ReadOptions & { readonly policy: JobPolicy; readonly onFailure: (failure: IngestFailure) => void },
): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { read: 0, queued: 0, failed: 0 };
  const { policy } = options;
  let pending: JobInsert<DocJob>[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const jobs = pending;
    pending = [];
    try {
      await boss.insert(location.queue, jobs);
    } catch (error) {
      throw storeError(error, location.display);
    }
    counts.queued += jobs.length;
  };
  for await (const result of readInputs(paths, options)) {
    counts.read++;
    if (!result.ok) {
      counts.failed++;
      options.onFailure(result);
      continue;
    }
    pending.push({
      data: docJob(result.doc),
      expireInSeconds: policy.leaseSeconds,
      retryLimit: policy.retries,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
    });
    if (pending.length >= CHUNK) await flush();
  }
  await flush();
  return counts;
}
