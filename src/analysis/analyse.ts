import type { SourceDoc } from '../doc/doc.js';
import { Doc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { DocumentOutput } from '../output/schema.js';
import { toOutput, validateOutput } from '../output/to-output.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/** One document's outcome: its output object, or the error that ended it. */
export type Analysed =
  | { readonly ok: true; readonly doc: Doc; readonly output: DocumentOutput }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/** Where a document came from, for error lines: `path` or `path:line`. */
export function whereOf(source: SourceDoc): string {
  const path = source.meta.source ?? source.id;
  return source.meta.line !== undefined ? `${path}:${source.meta.line}` : path;
}

/** Runs the pipeline on one source document and checks the output against the contract. */
export function analyse(pipeline: Pipeline, source: SourceDoc): Analysed {
  const doc = new Doc(source);
  try {
    const problems = pipeline.run(doc);
    return { ok: true, doc, output: validateOutput(toOutput(doc, problems)) };
  } catch (error) {
    const e =
      error instanceof DatelineError
        ? error
        : new DatelineError(
            'E_ANALYSIS',
            String((error as Error)?.stack ?? error)
              .split('\n')
              .slice(0, 2)
              .join(' '),
          );
    return { ok: false, where: whereOf(source), error: e };
  }
}

/** Reads and analyses every document under `paths`, in input order, failures included. */
export async function* analyseInputs(pipeline: Pipeline, paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Analysed> {
  for await (const result of readInputs(paths, options)) {
    yield result.ok ? analyse(pipeline, result.doc) : result;
  }
}
