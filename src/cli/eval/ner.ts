import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DatelineError } from '../../errors/codes.js';
import { io } from '../io.js';

interface EvalNerOptions {
  readonly conll: string;
  readonly model?: string;
  readonly json?: boolean;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DatelineError('E_READ', `${path}: ${(error as Error).message}`);
  }
}

/** `dateline eval ner --conll FILE`: exact-span P/R/F1 per type of the NER model, conlleval-style. */
export function registerEvalNer(evalCommand: Command): void {
  evalCommand
    .command('ner')
    .description('score the NER model on a CoNLL-2003 file (exact spans, per type and micro-averaged)')
    .requiredOption('--conll <file>', 'CoNLL-2003 file: "token POS chunk NER" lines, IOB tags')
    .option('--model <file>', 'NER model file (default: the shipped model in models/)')
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', '\nExample:\n  npx dateline eval ner --conll ../shared/corpus/conll2003/valid.txt')
    .action(async (options: EvalNerOptions) => {
      const { evaluateConll, formatReport } = await import('../../eval/ner/evaluate.js');
      const { DEFAULT_NER_MODEL, loadNerModel } = await import('../../stages/entities/ner/model.js');
      const text = read(options.conll);
      const model = loadNerModel(options.model ?? DEFAULT_NER_MODEL);
      const report = evaluateConll(text, model);
      io().stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    });
}
