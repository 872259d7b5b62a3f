import type { SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import type { DocumentOutput } from '../output/schema.js';

/** One document's analysis as a worker needs it: the output to store, or the coded error. */
export type AnalysisResult =
  | { readonly ok: true; readonly output: DocumentOutput }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/**
 * What a worker analyses documents with. `--jobs 1`: in this thread (`inProcessAnalyser`);
 * `--jobs N`: a pool of worker threads with the same contract (issue #18 item 1). The
 * worker only ever awaits `analyse`, several at once when the pool can run them together.
 */
export interface Analyser {
  /** The analysis name stored with every article (`analysisVersion`): the same for every thread. */
  readonly analysis: string;
  /** How many documents it analyses at the same time. */
  readonly parallel: number;
  analyse(doc: SourceDoc): Promise<AnalysisResult>;
  close(): Promise<void>;
}

export interface AnalyserOptions {
  /** Threads of analysis (`--jobs`). */
  readonly jobs: number;
  /** `--max-seconds`: most seconds for one document; a slower one fails with E_TOO_SLOW. */
  readonly maxSeconds: number;
}

/** The default pipeline in this thread: models load once, documents run one at a time. */
export async function inProcessAnalyser(options: AnalyserOptions): Promise<Analyser> {
  const [{ defaultPipeline }, { analyse }, { analysisVersion }] = await Promise.all([
    import('../analysis/default-pipeline.js'),
    import('../analysis/analyse.js'),
    import('../store/analysis-version.js'),
  ]);
  const pipeline = defaultPipeline();
  pipeline.budgetSeconds = options.maxSeconds;
  return {
    analysis: analysisVersion(pipeline),
    parallel: 1,
    analyse: async (doc) => {
      const result = analyse(pipeline, doc);
      return result.ok ? { ok: true, output: result.output } : result;
    },
    close: async () => {},
  };
}

/**
 * The analyser for `--jobs N`. N > 1 is the worker-thread pool of issue #18 item 1
 * (`createAnalysisPool({ jobs })`, branch `jobs`), plugged in here when it is merged;
 * until then it is a usage error that says so.
 */
export async function createAnalyser(options: AnalyserOptions): Promise<Analyser> {
  if (options.jobs === 1) return inProcessAnalyser(options);
  throw new DatelineError(
    'E_USAGE',
    `--jobs ${options.jobs}: analysis in worker threads is not in this build yet; run --jobs 1, and start more worker processes for more cores`,
  );
}
