import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';
import type { Range } from '../doc/span.js';

/** A problem found in the input: data, not an exception (vfile's messages). */
export interface Problem {
  /** What is wrong, in words a user understands. */
  readonly reason: string;
  /** The rule or check that found it, e.g. `attribution/unbalanced-quote`. */
  readonly rule: string;
  /** Where in the text, when it has a place. */
  readonly span?: Range;
}

/** What a stage gets besides the document. */
export interface StageContext {
  /** Records a problem in the input; the document is still analysed. */
  report(problem: Problem): void;
}

/**
 * One capability of the pipeline. It reads the layers it `requires` and sets those it
 * `provides`; the runner checks the order when the pipeline is built.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /**
   * Layers read when present (`doc.find`), such as entities for speaker names. The runner
   * rejects a pipeline where a stage that provides one of them comes later.
   */
  readonly uses?: readonly LayerName[];
  /**
   * What makes this stage's results differ from another build of it: a digest of its model
   * files (src/analysis/stage-version.ts). Part of the analysis version the store records,
   * so a retrained model marks stored articles for `dateline reanalyse`.
   */
  readonly version?: string;
  run(doc: Doc, ctx: StageContext): void;
}
