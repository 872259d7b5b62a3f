import type { Command } from 'commander';
import { io } from '../io.js';

interface EvalContradictionsOptions {
  readonly set: string;
  readonly corpus: string;
  readonly split?: string;
  readonly json?: boolean;
}

/** `dateline eval contradictions`: recall, judged precision and non-pairs reported on the hand-labelled PolNeAR pairs. */
export function registerEvalContradictions(evalCommand: Command): void {
  evalCommand
    .command('contradictions')
    .description('score divergent-pair finding on the hand-labelled PolNeAR set, beside the denial-word baseline')
    .option('--set <file>', 'the labelled pairs and non-pairs', 'test/data/contradictions-set.json')
    .option('--corpus <dir>', 'the PolNeAR folder the items point into', '../shared/corpus/polnear')
    .option('--split <name>', 'score one split only: train (the tuning set) or dev (for reporting)')
    .option('--json', 'print the scores as JSON')
    .action(async (options: EvalContradictionsOptions) => {
      const { evaluatePairs, readPairSet } = await import('../../eval/contradictions/run-eval.js');
      const scores = evaluatePairs(readPairSet(options.set), options.corpus, options.split);
      if (options.json) {
        io().stdout.write(`${JSON.stringify(scores)}\n`);
        return;
      }
      for (const [split, s] of Object.entries(scores))
        for (const [system, v] of Object.entries(s)) {
          const kinds = Object.entries(v.perKind)
            .map(([k, x]) => `${k} ${x.found}/${x.gold}`)
            .join(', ');
          io().stdout.write(
            `${split.padEnd(6)} ${system.padEnd(9)} recall ${v.found}/${v.gold} = ${v.recall}% (across articles ${v.crossFound}/${v.crossGold})  precision ${v.precision}%  judged precision ${v.judgedPrecision}%  non-pairs reported ${v.nonPairsReported}/${v.nonPairs}  reported ${v.reported}  (${kinds})\n`,
          );
          if (system === 'dateline')
            for (const [rule, x] of Object.entries(v.perRule).sort())
              io().stdout.write(`         ${rule}: reported ${x.reported}, on a pair ${x.onPair}, on a non-pair ${x.onNonPair}\n`);
        }
    });
}
