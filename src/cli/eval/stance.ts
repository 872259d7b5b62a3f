import type { Command } from 'commander';
import { io } from '../io.js';

interface EvalStanceOptions {
  readonly set: string;
  readonly corpus: string;
  readonly json?: boolean;
}

/** `dateline eval stance`: FNC-1 score (relative to the maximum) and disagree F1 on the hand-labelled set. */
export function registerEvalStance(evalCommand: Command): void {
  evalCommand
    .command('stance')
    .description('score the stance model (FNC-1 labels) on the hand-labelled PolNeAR set, beside a word-overlap baseline')
    .option('--set <file>', 'the labelled items', 'test/data/stance-set.json')
    .option('--corpus <dir>', 'the PolNeAR folder the items point into', '../shared/corpus/polnear')
    .option('--json', 'print the scores as JSON')
    .action(async (options: EvalStanceOptions) => {
      const { evaluateStance, readStanceSet } = await import('../../stance/eval-stance.js');
      const scores = evaluateStance(readStanceSet(options.set), options.corpus);
      if (options.json) {
        io().stdout.write(`${JSON.stringify(scores)}\n`);
        return;
      }
      for (const [split, s] of Object.entries(scores)) {
        for (const [system, v] of Object.entries(s))
          io().stdout.write(
            `${split.padEnd(6)} ${system.padEnd(9)} n=${v.n}  FNC ${v.fnc}/${v.max} = ${v.relative}% of max  disagree F1 ${v.disagreeF1}  accuracy ${v.accuracy}\n`,
          );
      }
    });
}
