import type { SourceDoc } from '../doc/doc.js';
import type { DatelineError } from '../errors/codes.js';
import type { DocumentOutput } from '../output/schema.js';

/** One document's analysis as a worker needs it: the output to store, or the coded error. */
export type AnalysisResult =
  | { readonly ok: true; readonly output: DocumentOutput }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/**
 * What a worker analyses documents with: the analysis pool (`--jobs 1` in this thread,
 * `--jobs N` in N worker threads). The worker only awaits `analyse`, `parallel` documents
 * at once, and writes the store itself (one writer per process).
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

/**
 * The default pipeline on `jobs` threads (the analysis pool of issue #18 item 1): `--jobs 1`
 * in this thread, more in worker threads, each loading the models once. The analysis name
 * comes from the pool's stages, so it is the one `ingest` stores whatever the thread count.
 */
export async function createAnalyser(options: AnalyserOptions): Promise<Analyser> {
  const [{ createAnalysisPool }, { analysisVersion }] = await Promise.all([
    import('../analysis/pool/analysis-pool.js'),
    import('../store/analysis-version.js'),
  ]);
  const pool = await createAnalysisPool({ jobs: options.jobs, maxSeconds: options.maxSeconds });
  try {
    const analysis = analysisVersion({ stages: await pool.stages() });
    return {
      analysis,
      parallel: pool.jobs,
      analyse: async (doc) => {
        const result = await pool.analyse(doc);
        return result.ok ? { ok: true, output: result.output } : result;
      },
      close: () => pool.close(),
    };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
