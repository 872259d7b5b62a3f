import type { Doc, SourceDoc } from '../../doc/doc.js';
import type { LayerMap, LayerName } from '../../doc/layers.js';
import type { DatelineError } from '../../errors/codes.js';
import type { DocumentOutput } from '../../output/schema.js';

/** Layers sent back beside the output (plain JSON), by name, for callers that score them (eval). */
export type ReturnedLayers = { -readonly [K in LayerName]?: LayerMap[K] };

/**
 * One document's outcome from a pool: its output (and the layers asked for), or the coded
 * error that ended it. `doc` is there only when the document was analysed in this thread
 * (`--jobs 1`): a worker's `Doc` does not cross threads.
 */
export type PooledAnalysis =
  | {
      readonly ok: true;
      readonly output: DocumentOutput;
      /** `JSON.stringify(output)`, when the document was analysed in a worker (the text it sent). */
      readonly json?: string;
      readonly layers: ReturnedLayers;
      readonly doc?: Doc;
    }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/** The layers of one document run through the pipeline alone (no language check, no output): what eval scores. */
export type LayersOutcome =
  | { readonly ok: true; readonly layers: ReturnedLayers }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/** A stage of the pipeline the pool runs: what the store's analysis version is made of. */
export interface StageInfo {
  readonly name: string;
  readonly version?: string;
}

/**
 * Analyses documents on `jobs` threads. `analyse` may be called many times without waiting;
 * every call resolves (a failure is an `ok: false` outcome, never a rejection) once that
 * document is done. Callers keep input order themselves (`mapOrdered`). Only the calling
 * thread writes anywhere: workers analyse and send back plain data.
 */
export interface AnalysisPool {
  readonly jobs: number;
  analyse(source: SourceDoc): Promise<PooledAnalysis>;
  /** Runs the pipeline's stages on `source` as given (`Pipeline.run`) and returns the pool's `layers`. */
  runLayers(source: SourceDoc): Promise<LayersOutcome>;
  /** The pipeline's stages, names and versions (for the store's analysis version). */
  stages(): Promise<readonly StageInfo[]>;
  /** Stops the workers (documents not yet done fail); safe to call twice. */
  close(): Promise<void>;
}
