import type { SourceDoc } from '../doc/doc.js';
import { Doc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { type DetectedLanguage, detectLanguage, isEnglish } from '../ingest/language.js';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { DocumentOutput } from '../output/schema.js';
import { toOutput, validateOutput } from '../output/to-output.js';
import type { Pipeline, StageProblem } from '../pipeline/pipeline.js';

/** One document's outcome: its output object, or the error that ended it. */
export type Analysed =
  | { readonly ok: true; readonly doc: Doc; readonly output: DocumentOutput }
  | { readonly ok: false; readonly where: string; readonly error: DatelineError };

/** Where a document came from, for error lines: `path` or `path:line`. */
export function whereOf(source: SourceDoc): string {
  const path = source.meta.source ?? source.id;
  return source.meta.line !== undefined ? `${path}:${source.meta.line}` : path;
}

/**
 * Runs the pipeline on one source document and checks the output against the contract.
 * The language is detected first; a document in another language than English is
 * output with its language and a problem saying why no stage ran.
 */
export function analyse(pipeline: Pipeline, source: SourceDoc): Analysed {
  const detected = detectLanguage(source.text, source.meta.declaredLanguage ?? null);
  const doc = new Doc(detected ? { ...source, meta: { ...source.meta, language: detected.language } } : source);
  try {
    const problems = isEnglish(detected?.language) ? pipeline.run(doc) : [skippedLanguage(detected)];
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

/** A document's output without analysis: its metadata and text only (a syndicated copy's, to store beside the analysed article). */
export function copyOutput(source: SourceDoc): DocumentOutput {
  const detected = detectLanguage(source.text, source.meta.declaredLanguage ?? null);
  return toOutput(new Doc(detected ? { ...source, meta: { ...source.meta, language: detected.language } } : source));
}

function skippedLanguage(detected: DetectedLanguage | null): StageProblem {
  const name = detected?.language ?? 'another language';
  return {
    stage: 'language',
    rule: detected?.rule ?? 'language/franc',
    reason: `the text is in '${name}', not English: the English stages (tokens, entities, time, attribution) were skipped`,
  };
}

/** Reads and analyses every document under `paths`, in input order, failures included. */
export async function* analyseInputs(pipeline: Pipeline, paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Analysed> {
  for await (const result of readInputs(paths, options)) {
    yield result.ok ? analyse(pipeline, result.doc) : result;
  }
}
