import type { Job, PgBoss } from 'pg-boss';
import { copyOutput } from '../analysis/analyse.js';
import type { SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { storeError } from '../store/db-errors.js';
import type { Store } from '../store/store.js';
import type { AddOutcome, ArticleInput } from '../store/write-batch.js';
import type { Analyser } from './analyser.js';
import { type DocJob, readDocJob } from './job.js';
import { remainingJobs } from './job-states.js';
import type { QueueLocation } from './location.js';

export interface WorkerOptions {
  /** Jobs taken at once, analysed, then stored in one transaction. */
  readonly batch: number;
  /** Stop when no job is left to do (none queued, waiting for a retry, or held by a worker). */
  readonly once?: boolean;
  /** Stop after this many seconds without a job. */
  readonly idleExitSeconds?: number;
  /** Milliseconds between two looks at an empty queue. */
  readonly pollMs?: number;
  /** Stops the worker after the batch in hand. */
  readonly signal?: AbortSignal;
  /** Called for every job settled: stored (with what the store did) or failed (with the error). */
  readonly onJob?: (event: JobEvent) => void;
  /** Called when the database cannot be reached; the worker waits and tries again. */
  readonly onConnectionError?: (error: DatelineError) => void;
}

export type JobEvent =
  | { readonly job: string; readonly doc: string; readonly outcome: AddOutcome }
  | { readonly job: string; readonly doc: string; readonly error: DatelineError; readonly retry: number };

export interface WorkerCounts {
  jobs: number;
  stored: Record<AddOutcome, number>;
  failed: number;
}

export interface WorkerDeps {
  readonly boss: PgBoss;
  readonly location: QueueLocation;
  readonly store: Store;
  readonly analyser: Analyser;
}

type Taken = { readonly job: Job<unknown>; readonly parsed: DocJob | DatelineError };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Takes jobs from the queue until told to stop: each batch is analysed, stored in one
 * transaction, then completed. Idempotent by content hash: a document stored by this
 * analysis already is completed without analysis, and the store keeps one article per
 * hash whatever runs twice. A job that fails (analysis error, lost database) is handed back
 * with its error and retried after a growing delay, up to its retry limit, then stays
 * `failed`. A worker that dies holds its jobs until their lease runs out; then another
 * takes them. A lost connection is waited out: pg-boss and the store reconnect.
 */
export async function runWorker(deps: WorkerDeps, options: WorkerOptions): Promise<WorkerCounts> {
  const counts: WorkerCounts = { jobs: 0, stored: { added: 0, 'new-version': 0, reanalysed: 0, unchanged: 0, copy: 0 }, failed: 0 };
  const pollMs = options.pollMs ?? 1_000;
  let idleSince = performance.now();
  let backoffMs = 250;
  const { boss, location } = deps;
  while (!options.signal?.aborted) {
    let jobs: Job<unknown>[];
    try {
      jobs = await boss.fetch<unknown>(location.queue, { batchSize: options.batch });
      if (jobs.length === 0 && options.once && (await remainingJobs(boss, location)) === 0) break;
      backoffMs = 250;
    } catch (error) {
      options.onConnectionError?.(storeError(error, location.display));
      await sleep(backoffMs, options.signal);
      backoffMs = Math.min(backoffMs * 2, 5_000);
      continue;
    }
    if (jobs.length === 0) {
      if (options.idleExitSeconds !== undefined && performance.now() - idleSince >= options.idleExitSeconds * 1000) break;
      await sleep(pollMs, options.signal);
      continue;
    }
    counts.jobs += jobs.length;
    await workBatch(deps, jobs, counts, options);
    idleSince = performance.now();
  }
  return counts;
}

function parse(job: Job<unknown>): Taken {
  try {
    return { job, parsed: readDocJob(job.data) };
  } catch (error) {
    return { job, parsed: error instanceof DatelineError ? error : new DatelineError('E_FIELD', String(error)) };
  }
}

async function workBatch(deps: WorkerDeps, jobs: readonly Job<unknown>[], counts: WorkerCounts, options: WorkerOptions): Promise<void> {
  const { boss, location, store, analyser } = deps;
  const taken = jobs.map(parse);
  const failures: { job: Job<unknown>; doc: string; error: DatelineError }[] = [];
  const done: { job: Job<unknown>; doc: string }[] = [];
  const toStore: { job: Job<unknown>; doc: string; input: ArticleInput }[] = [];
  const docs: { job: Job<unknown>; doc: SourceDoc; hash: string }[] = [];
  for (const { job, parsed } of taken) {
    if (parsed instanceof DatelineError) failures.push({ job, doc: '', error: parsed });
    else docs.push({ job, doc: parsed.doc, hash: parsed.hash });
  }
  try {
    const known =
      docs.length > 0 ? await store.knownOwners(docs.map((d) => d.hash)) : new Map<string, { docId: string; analysis: string }>();
    const analysed = await Promise.all(
      docs.map(async ({ job, doc, hash }) => {
        const owner = known.get(hash);
        if (owner && owner.docId === doc.id && owner.analysis === analyser.analysis) return { job, doc, result: 'unchanged' as const };
        if (owner && owner.docId !== doc.id) return { job, doc, result: 'copy' as const };
        return { job, doc, result: await analyser.analyse(doc) };
      }),
    );
    for (const { job, doc, result } of analysed) {
      if (result === 'unchanged') {
        done.push({ job, doc: doc.id });
        counts.stored.unchanged++;
        options.onJob?.({ job: job.id, doc: doc.id, outcome: 'unchanged' });
      } else if (result === 'copy') {
        toStore.push({ job, doc: doc.id, input: { output: copyOutput(doc) } });
      } else if (!result.ok) {
        failures.push({ job, doc: doc.id, error: result.error });
      } else {
        const meta = doc.meta;
        toStore.push({
          job,
          doc: doc.id,
          input: { output: result.output, outlet: meta.outlet ?? null, title: meta.title ?? null, url: meta.url ?? null },
        });
      }
    }
    if (toStore.length > 0) {
      const outcomes = await store.add(
        toStore.map((s) => s.input),
        analyser.analysis,
      );
      toStore.forEach(({ job, doc }, i) => {
        const outcome = outcomes[i] ?? 'unchanged';
        counts.stored[outcome]++;
        done.push({ job, doc });
        options.onJob?.({ job: job.id, doc, outcome });
      });
    }
  } catch (error) {
    // The store (or the database under it) failed: every job not yet settled goes back.
    const e = error instanceof DatelineError ? error : storeError(error, store.where);
    const settled = new Set([...done, ...failures].map((d) => d.job.id));
    for (const { job, doc } of docs) if (!settled.has(job.id)) failures.push({ job, doc: doc.id, error: e });
  }
  await settle(boss, location, done, failures, counts, options);
}

/** Completes the jobs done and fails the others with their error (pg-boss retries those with retries left). */
async function settle(
  boss: PgBoss,
  location: QueueLocation,
  done: readonly { job: Job<unknown> }[],
  failures: readonly { job: Job<unknown>; doc: string; error: DatelineError }[],
  counts: WorkerCounts,
  options: WorkerOptions,
): Promise<void> {
  const attempt = (job: Job<unknown>) => ({ id: job.id, retryCount: job.retryCount });
  try {
    if (done.length > 0)
      await boss.complete(
        location.queue,
        done.map((d) => attempt(d.job)),
      );
    for (const { job, doc, error } of failures) {
      counts.failed++;
      options.onJob?.({ job: job.id, doc, error, retry: job.retryCount });
      await boss.fail(location.queue, attempt(job), { code: error.code, message: error.message, doc });
    }
  } catch (error) {
    // Not settled: the jobs stay held until their lease runs out, then they are retried
    // (work done twice stores once).
    options.onConnectionError?.(storeError(error, location.display));
  }
}
