import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';

interface EvalSpeakersOptions {
  readonly brat: string;
  readonly speakers: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
  readonly folds?: string;
}

/** `dateline eval speakers`: pronoun and nominal sources resolved to the right person, on a hand-resolved set. */
export function registerEvalSpeakers(evalCommand: Command): void {
  evalCommand
    .command('speakers')
    .description('score speaker resolution on hand-resolved sources (doc, start, end, name) of a brat split')
    .requiredOption('--brat <dir>', 'split folder holding text/*.txt and attributions/*.ann (PolNeAR dev)')
    .option('--speakers <tsv>', 'the hand-resolved sources', 'test/data/speakers-dev.tsv')
    .option('--verbose', 'list the sources resolved wrongly')
    .option('--json', 'print the scores as JSON')
    .option('--folds <k>', 'also give the accuracy on k folds of the articles (sorted ids, position mod k)')
    .action(async (options: EvalSpeakersOptions) => {
      const [
        { readBratSplit },
        { readHandSpeakers },
        { evaluateSpeakers, formatSpeakerScores },
        { speakerFolds, formatSpeakerFolds },
        { defaultPipeline },
      ] = await Promise.all([
        import('../../eval/attribution/corpus.js'),
        import('../../eval/attribution/speakers-file.js'),
        import('../../eval/attribution/speakers-eval.js'),
        import('../../eval/attribution/speaker-folds.js'),
        import('../../analysis/default-pipeline.js'),
      ]);
      const k = options.folds === undefined ? 0 : Number(options.folds);
      if (options.folds !== undefined && (!Number.isInteger(k) || k < 2)) {
        io().stderr.write(`dateline eval speakers: E_USAGE: --folds takes a whole number of at least 2, not '${options.folds}'\n`);
        setExitCode(2);
        return;
      }
      try {
        const rows = readHandSpeakers(options.speakers);
        const docs = readBratSplit(options.brat);
        const scores = evaluateSpeakers(defaultPipeline(), docs, rows);
        const folds = k > 0 ? speakerFolds(scores, k) : undefined;
        if (options.json) io().stdout.write(`${JSON.stringify(folds ? { ...scores, folds } : scores)}\n`);
        else {
          const text = formatSpeakerScores(scores, options.verbose === true);
          io().stdout.write(`${folds ? `${text}\n${formatSpeakerFolds(folds)}` : text}\n`);
        }
      } catch (error) {
        io().stderr.write(`dateline eval speakers: E_READ: ${(error as Error).message}\n`);
        setExitCode(2);
      }
    });
}
