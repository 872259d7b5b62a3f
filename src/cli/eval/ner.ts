import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DatelineError } from '../../errors/codes.js';
import { io } from '../io.js';
import { jobsFor, jobsOption } from '../jobs-option.js';

interface EvalNerOptions {
  readonly conll: string;
  readonly model?: string;
  readonly json?: boolean;
  readonly modelOnly?: boolean;
  readonly errors?: string;
  readonly jobs?: number;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DatelineError('E_READ', `${path}: ${(error as Error).message}`);
  }
}

/**
 * `dateline eval ner --conll FILE`: conlleval exact-span P/R/F1 of the names `extract`
 * states on each CoNLL document's text, with the NER model's own score beside them.
 */
export function registerEvalNer(evalCommand: Command): void {
  const command = evalCommand
    .command('ner')
    .description('score the names extract finds on a CoNLL-2003 file (exact spans, per type), model-only score beside')
    .requiredOption('--conll <file>', 'CoNLL-2003 file: "token POS chunk NER" lines, IOB tags')
    .option('--model <file>', 'NER model file (default: the committed model)')
    .option('--model-only', 'score the NER model alone on CoNLL tokens (diagnostic)')
    .option('--errors <file>', 'write every missed and invented name (JSON lines) to this file')
    .option('--json', 'print the scores as JSON');
  jobsOption(command)
    .addHelpText(
      'after',
      `
The document text is the tokens joined by single spaces and the sentences by newlines
(one document between -DOCSTART- lines); the whole extract pipeline reads it, and every
name mention (PERSON→PER, ORG→ORG, GPE/LOC→LOC, NORP/OTHER→MISC) is scored by its exact
character span.

Example:
  npx dateline eval ner --conll ../shared/corpus/conll2003/valid.txt`,
    )
    .action(async (options: EvalNerOptions) => {
      const { evaluateConll, formatBoth, formatReport } = await import('../../eval/ner/evaluate.js');
      const { evaluateConllPipeline } = await import('../../eval/ner/evaluate-pipeline.js');
      const { DEFAULT_NER_MODEL, loadNerModel } = await import('../../stages/entities/ner/model.js');
      const { defaultStages } = await import('../../analysis/default-pipeline.js');
      const { Pipeline } = await import('../../pipeline/pipeline.js');
      const { createEntitiesStage } = await import('../../stages/entities/entities-stage.js');
      const text = read(options.conll);
      const model = loadNerModel(options.model ?? DEFAULT_NER_MODEL);
      const modelReport = evaluateConll(text, model);
      if (options.modelOnly) {
        io().stdout.write(options.json ? `${JSON.stringify(modelReport)}\n` : formatReport(modelReport));
        return;
      }
      const stages = defaultStages().map((s) => (s.name === 'entities' ? createEntitiesStage({ model }) : s));
      const errors: import('../../eval/ner/pipeline-eval.js').NerError[] = [];
      const jobs = jobsFor(options.jobs);
      const report =
        jobs === 1
          ? evaluateConllPipeline(text, Pipeline.build(stages), options.errors ? errors : undefined)
          : await evaluateOnPool(jobs, text, options.model, options.errors ? errors : undefined);
      if (options.errors) writeFileSync(options.errors, `${errors.map((e) => JSON.stringify(e)).join('\n')}\n`);
      io().stdout.write(options.json ? `${JSON.stringify({ ...report, modelOnly: modelReport })}\n` : formatBoth(report, modelReport));
    });
}

/** `eval ner --jobs N`: the same pipeline built in each of N worker threads (`src/eval/ner/ner-pipeline.ts`). */
async function evaluateOnPool(
  jobs: number,
  text: string,
  model: string | undefined,
  errors: import('../../eval/ner/pipeline-eval.js').NerError[] | undefined,
): Promise<import('../../eval/ner/evaluate.js').NerReport> {
  const { createAnalysisPool } = await import('../../analysis/pool/analysis-pool.js');
  const { evaluateConllOnPool } = await import('../../eval/ner/evaluate-pool.js');
  const { resolve } = await import('node:path');
  const recipe = {
    module: new URL('../../eval/ner/ner-pipeline.js', import.meta.url).href,
    options: model === undefined ? {} : { model: resolve(model) },
  };
  const pool = await createAnalysisPool({ jobs, recipe, layers: ['entities'] });
  try {
    return await evaluateConllOnPool(text, pool, errors);
  } finally {
    await pool.close();
  }
}
