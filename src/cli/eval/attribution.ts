import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';

interface EvalAttributionOptions {
  readonly brat: string;
  readonly limit?: string;
  readonly json?: boolean;
  readonly convention: string;
  readonly model: boolean;
  readonly rankers: boolean;
}

/** `dateline eval attribution --brat DIR`: scores the attribution stage on PolNeAR-style brat gold. */
export function registerEvalAttribution(evalCommand: Command): void {
  evalCommand
    .command('attribution')
    .description('score the attribution stage on brat gold (PolNeAR: DIR/text, DIR/attributions)')
    .requiredOption('--brat <dir>', 'split folder holding text/*.txt and attributions/*.ann')
    .option('--limit <n>', 'score only the first n documents')
    .option('--json', 'print the scores as JSON')
    .option('--no-model', 'rules only: leave the learned taggers out')
    .option('--no-rankers', "keep the taggers' content boundaries: leave the boundary rankers out")
    .option('--convention <c>', 'polnear: one content around its cue, as the gold marks it; dateline: split as extract does', 'polnear')
    .action(async (options: EvalAttributionOptions) => {
      const limit = options.limit === undefined ? Number.POSITIVE_INFINITY : Number(options.limit);
      if (!Number.isInteger(limit) && limit !== Number.POSITIVE_INFINITY) {
        io().stderr.write('dateline eval attribution: E_USAGE: --limit takes a whole number\n');
        setExitCode(2);
        return;
      }
      if (options.convention !== 'polnear' && options.convention !== 'dateline') {
        io().stderr.write('dateline eval attribution: E_USAGE: --convention is polnear or dateline\n');
        setExitCode(2);
        return;
      }
      const { readBratSplit } = await import('../../eval/attribution/corpus.js');
      const { evaluateAttribution, formatScores, scoresToJson } = await import('../../eval/attribution/run-eval.js');
      const { defaultStages } = await import('../../analysis/default-pipeline.js');
      const { Pipeline } = await import('../../pipeline/pipeline.js');
      const { createAttributionStage } = await import('../../stages/attribution/attribution-stage.js');
      let docs: ReturnType<typeof readBratSplit>;
      try {
        docs = readBratSplit(options.brat, limit);
      } catch (error) {
        io().stderr.write(`dateline eval attribution: E_READ: ${(error as Error).message}\n`);
        setExitCode(2);
        return;
      }
      const convention = options.convention;
      const stages = defaultStages().map((s) =>
        s.name === 'attribution'
          ? createAttributionStage({ convention, rankers: options.rankers, ...(options.model ? {} : { model: null }) })
          : s,
      );
      const scores = evaluateAttribution(Pipeline.build(stages), docs);
      io().stdout.write(`${options.json ? JSON.stringify(scoresToJson(scores)) : formatScores(scores)}\n`);
    });
}
