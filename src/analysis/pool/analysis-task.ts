import { Doc, type SourceDoc } from '../../doc/doc.js';
import type { LayerName } from '../../doc/layers.js';
import { DatelineError, type ErrorCode } from '../../errors/codes.js';
import type { SharedEntry } from '../../learn/shared-buffers.js';
import type { DocumentOutput } from '../../output/schema.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { analyse, whereOf } from '../analyse.js';
import type { LayersOutcome, PooledAnalysis, ReturnedLayers } from './pool-api.js';
import type { PipelineRecipe } from './recipe.js';

/** What the pool gives every worker when it starts. */
export interface WorkerSetup {
  readonly recipe: PipelineRecipe;
  readonly maxSeconds: number | undefined;
  readonly layers: readonly LayerName[];
  /** The model tables the pool's thread loaded, in memory threads share (`shared-models.ts`). */
  readonly tables?: ReadonlyMap<string, SharedEntry>;
}

/** A task: a document to analyse, or a request for the stages' names and versions. */
export type WorkerTask =
  | { readonly kind: 'analyse' | 'layers'; readonly id: number; readonly source: SourceDoc }
  | { readonly kind: 'stages' };

/** What a worker posts when it starts on a document: that document's clock starts then. */
export interface StartedMessage {
  readonly analysisStarted: number;
}

/**
 * What crosses the thread boundary: plain data only (structured clone). The output crosses
 * as its JSON text: one string copies far faster than a tree of objects is cloned, and
 * `extract` writes that text as it is.
 */
export type WireAnalysis =
  | { readonly ok: true; readonly json: string; readonly layers: ReturnedLayers }
  | { readonly ok: false; readonly where: string; readonly code: ErrorCode; readonly message: string };

/** Analyses one document and keeps only what crosses threads. */
export function analyseForWire(pipeline: Pipeline, source: SourceDoc, layers: readonly LayerName[]): WireAnalysis {
  const result = analyse(pipeline, source);
  if (!result.ok) return { ok: false, where: result.where, code: result.error.code, message: result.error.message };
  return { ok: true, json: JSON.stringify(result.output), layers: pickLayers(result.doc, layers) };
}

/** Runs the stages on `source` as given and keeps the layers asked for; a throw becomes a coded failure. */
export function runLayers(pipeline: Pipeline, source: SourceDoc, layers: readonly LayerName[]): LayersOutcome {
  const doc = new Doc(source);
  try {
    pipeline.run(doc);
    return { ok: true, layers: pickLayers(doc, layers) };
  } catch (error) {
    const e = error instanceof DatelineError ? error : new DatelineError('E_ANALYSIS', String((error as Error)?.message ?? error));
    return { ok: false, where: whereOf(source), error: e };
  }
}

/** `runLayers` for the wire. */
export function layersForWire(pipeline: Pipeline, source: SourceDoc, layers: readonly LayerName[]): WireLayers {
  const r = runLayers(pipeline, source, layers);
  return r.ok ? r : { ok: false, where: r.where, code: r.error.code, message: r.error.message };
}

export type WireLayers =
  | { readonly ok: true; readonly layers: ReturnedLayers }
  | { readonly ok: false; readonly where: string; readonly code: ErrorCode; readonly message: string };

/** A failure from the wire, the error a `DatelineError` again. */
export function layersFromWire(wire: WireLayers): LayersOutcome {
  return wire.ok ? wire : { ok: false, where: wire.where, error: new DatelineError(wire.code, wire.message) };
}

/** The outcome as the caller sees it, the error a `DatelineError` again. */
export function fromWire(wire: WireAnalysis): PooledAnalysis {
  if (!wire.ok) return { ok: false, where: wire.where, error: new DatelineError(wire.code, wire.message) };
  let output: DocumentOutput | undefined;
  return {
    ok: true,
    json: wire.json,
    layers: wire.layers,
    // parsed only for a caller that reads it (ingest), once
    get output(): DocumentOutput {
      output ??= JSON.parse(wire.json) as DocumentOutput;
      return output;
    },
  };
}

/** The layers `layers` of `doc`, by name (absent ones undefined). */
export function pickLayers(doc: Doc, layers: readonly LayerName[]): ReturnedLayers {
  const out: Record<string, unknown> = {};
  for (const name of layers) out[name] = doc.find(name);
  return out as ReturnedLayers;
}
