import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';
import { jobsFor, jobsOption } from '../jobs-option.js';

interface EvalAttributionOptions {
  readonly brat: string;
  readonly limit?: string;
  readonly json?: boolean;
  readonly convention: string;
  readonly model: boolean;
  readonly rankers: boolean;
  readonly folds?: string;
  readonly foldModels: string;
  readonly off?: string;
  readonly bonus?: string;
  readonly speakers?: string;
  readonly decoding?: string;
  readonly jobs?: number;
}

const fail = (message: string): void => {
  io().stderr.write(`dateline eval attribution: ${message}\n`);
  setExitCode(2);
};

/** `dateline eval attribution --brat DIR`: scores what `extract` prints against PolNeAR-style brat gold. */
export function registerEvalAttribution(evalCommand: Command): void {
  const command = evalCommand
    .command('attribution')
    .description('score the attribution stage on brat gold (PolNeAR: DIR/text, DIR/attributions), per content fragment')
    .requiredOption('--brat <dir>', 'split folder holding text/*.txt and attributions/*.ann')
    .option('--limit <n>', 'score only the first n documents')
    .option('--json', 'print the scores as JSON')
    .option('--no-model', 'rules only: leave the learned taggers out')
    .option('--no-rankers', "keep the taggers' content boundaries: leave the boundary rankers out")
    .option('--convention <c>', 'dateline: what extract prints (default); polnear: one content around its cue (diagnostic)', 'dateline')
    .option('--folds <k>', 'k-fold cross-validation by article on a train split: fold i scored with the model trained without it')
    .option('--fold-models <dir>', 'where the fold models lie (scripts/train-attribution.ts --hold-out-fold i/k)', '.folds')
    .option('--off <steps>', 'leave these rule steps out, comma-separated (ablation; see STEPS in src/stages/attribution/propose.ts)')
    .option('--bonus <end,start>', "the boundary rankers' bonus for the tagger's own end and start")
    .option('--speakers <tsv>', 'hand-resolved speakers (doc, start, end, name) for the speaker accuracy')
    .option('--decoding <d>', "the taggers' decoding: greedy or viterbi (default: the stage's)");
  jobsOption(command).action(async (options: EvalAttributionOptions) => {
    const limit = options.limit === undefined ? Number.POSITIVE_INFINITY : Number(options.limit);
    if (!Number.isInteger(limit) && limit !== Number.POSITIVE_INFINITY) return fail('E_USAGE: --limit takes a whole number');
    if (options.convention !== 'polnear' && options.convention !== 'dateline') return fail('E_USAGE: --convention is polnear or dateline');
    const folds = options.folds === undefined ? 0 : Number(options.folds);
    if (options.folds !== undefined && (!Number.isInteger(folds) || folds < 2)) return fail('E_USAGE: --folds takes a whole number ≥ 2');
    const bonus = options.bonus?.split(',').map(Number);
    if (bonus && (bonus.length !== 2 || bonus.some((x) => !Number.isFinite(x)))) return fail('E_USAGE: --bonus is END,START, e.g. 4,8');
    if (options.decoding !== undefined && options.decoding !== 'greedy' && options.decoding !== 'viterbi')
      return fail('E_USAGE: --decoding is greedy or viterbi');
    const { runAttributionEval } = await import('../../eval/attribution/cli-run.js');
    try {
      const out = await runAttributionEval({
        brat: options.brat,
        limit,
        convention: options.convention,
        model: options.model,
        rankers: options.rankers,
        folds,
        foldModels: options.foldModels,
        off: new Set((options.off ?? '').split(',').filter((s) => s !== '')),
        ...(bonus ? { bonus: { end: bonus[0] as number, start: bonus[1] as number } } : {}),
        ...(options.speakers ? { speakers: options.speakers } : {}),
        ...(options.decoding ? { decoding: options.decoding as 'greedy' | 'viterbi' } : {}),
        json: options.json === true,
        jobs: jobsFor(options.jobs),
      });
      io().stdout.write(`${out}\n`);
    } catch (error) {
      const e = error as Error & { code?: string };
      fail(`${e.code ?? 'E_READ'}: ${e.message}`);
    }
  });
}
