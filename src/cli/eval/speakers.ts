import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';

interface EvalSpeakersOptions {
  readonly brat: string;
  readonly speakers: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
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
    .action(async (options: EvalSpeakersOptions) => {
      const [{ readBratSplit }, { readHandSpeakers }, { evaluateSpeakers, formatSpeakerScores }, { defaultPipeline }] = await Promise.all([
        import('../../eval/attribution/corpus.js'),
        import('../../eval/attribution/speakers-file.js'),
        import('../../eval/attribution/speakers-eval.js'),
        import('../../analysis/default-pipeline.js'),
      ]);
      try {
        const rows = readHandSpeakers(options.speakers);
        const docs = readBratSplit(options.brat);
        const scores = evaluateSpeakers(defaultPipeline(), docs, rows);
        io().stdout.write(`${options.json ? JSON.stringify(scores) : formatSpeakerScores(scores, options.verbose === true)}\n`);
      } catch (error) {
        io().stderr.write(`dateline eval speakers: E_READ: ${(error as Error).message}\n`);
        setExitCode(2);
      }
    });
}
