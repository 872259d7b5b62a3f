import { Piscina } from 'piscina';
import type { SourceDoc } from '../../doc/doc.js';
import { DatelineError } from '../../errors/codes.js';
import { whereOf } from '../analyse.js';
import {
  fromWire,
  layersFromWire,
  type StartedMessage,
  type WireAnalysis,
  type WireLayers,
  type WorkerSetup,
  type WorkerTask,
} from './analysis-task.js';
import type { AnalysisPool, StageInfo } from './pool-api.js';
import { analysisWorkerFile } from './worker-file.js';

/**
 * Most megabytes of a worker's young generation (V8's nursery: two semi-spaces and the
 * space objects are promoted through). V8 lets it grow to 32 MB (16 MB semi-spaces) per
 * thread when many objects survive a scavenge, as a document's layers do while it is being
 * analysed; 8 MB keeps about 25 MB less per worker, for a few percent more collections
 * (docs/scale.md, "Memory of `ingest`"). Collections never change what is computed.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

export interface WorkerPoolOptions {
  readonly jobs: number;
  readonly setup: WorkerSetup;
  readonly graceSeconds: number;
}

/**
 * `jobs` worker threads (piscina), each with its own pipeline. A worker says when it starts
 * on a document; if that document is still running `maxSeconds + graceSeconds` later, its
 * worker is stopped (piscina starts a new one) and the document fails with E_TOO_SLOW.
 * Time a document waits in the queue, or a fresh worker spends loading its models, does
 * not count.
 */
export function createWorkerPool(options: WorkerPoolOptions): AnalysisPool {
  const { jobs, setup } = options;
  const file = analysisWorkerFile();
  const piscina = new Piscina<WorkerTask, WireAnalysis | WireLayers | StageInfo[]>({
    filename: file.filename,
    ...(file.execArgv ? { execArgv: [...file.execArgv] } : {}),
    workerData: setup,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const limitSeconds = setup.maxSeconds === undefined ? undefined : setup.maxSeconds + options.graceSeconds;
  /** Documents handed to piscina, by task id: what to do when their worker starts on them. */
  const onStart = new Map<number, () => void>();
  piscina.on('message', (message: Partial<StartedMessage>) => {
    if (typeof message?.analysisStarted === 'number') onStart.get(message.analysisStarted)?.();
  });
  let nextId = 0;
  let closed = false;

  const runOne = async <R>(kind: 'analyse' | 'layers', source: SourceDoc, decode: (wire: never) => R): Promise<R | Failure> => {
    if (closed) return { ok: false, where: whereOf(source), error: workerError(null, limitSeconds, closed) };
    const id = nextId++;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    if (limitSeconds !== undefined) onStart.set(id, () => (timer = setTimeout(() => abort.abort(), limitSeconds * 1000)));
    try {
      return decode((await piscina.run({ kind, id, source }, { signal: abort.signal })) as never);
    } catch (error) {
      return { ok: false, where: whereOf(source), error: workerError(error, limitSeconds, closed) };
    } finally {
      onStart.delete(id);
      clearTimeout(timer);
    }
  };

  return {
    jobs,
    analyse: (source) => runOne('analyse', source, (wire: WireAnalysis) => fromWire(wire)),
    runLayers: (source) => runOne('layers', source, (wire: WireLayers) => layersFromWire(wire)),
    stages: async () => (await piscina.run({ kind: 'stages' })) as StageInfo[],
    close: async () => {
      if (closed) return;
      closed = true;
      await piscina.destroy();
    },
  };
}

type Failure = { readonly ok: false; readonly where: string; readonly error: DatelineError };

/** The coded error of a document whose worker failed: stopped over its time, closed, or crashed. */
function workerError(error: unknown, limitSeconds: number | undefined, closed: boolean): DatelineError {
  const e = error as Error | undefined;
  if (e?.name === 'AbortError') {
    return new DatelineError(
      'E_TOO_SLOW',
      `analysis still running after ${limitSeconds} s; its worker was stopped and replaced; raise --max-seconds or split the document`,
    );
  }
  if (closed) return new DatelineError('E_ANALYSIS', 'the analysis pool was closed before this document was analysed');
  return new DatelineError('E_ANALYSIS', `the analysis worker stopped: ${String(e?.message ?? e).split('\n')[0]}`);
}
