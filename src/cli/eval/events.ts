import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';
import { positiveInt } from '../store-command.js';

interface EventsEvalOptions {
  readonly timeml?: string;
  readonly folds: number;
  readonly epochs?: number;
  readonly json?: boolean;
}

function f(n: number): string {
  return n.toFixed(2).padStart(6);
}

/** `dateline eval events --timeml DIR [--folds 5]`: TempEval-3 task B scores by k-fold cross-validation by document. */
export function registerEvalEvents(evalCommand: Command): void {
  evalCommand
    .command('events')
    .description('score event triggers and their TimeML class on TimeML files (TempEval-3 task B) by k-fold cross-validation')
    .option('--timeml <dir>', 'folder of TimeML .tml files (read recursively), e.g. ../shared/corpus/tempeval3')
    .option('--folds <k>', 'folds of the cross-validation, by document', positiveInt, 5)
    .option('--epochs <n>', 'training epochs per fold (default: the committed model’s)', positiveInt)
    .option('--json', 'print the scores as JSON')
    .action(async (options: EventsEvalOptions) => {
      if (!options.timeml || !existsSync(options.timeml)) {
        io().stderr.write(`dateline: E_USAGE: --timeml needs an existing folder of .tml files (got ${options.timeml ?? 'none'})\n`);
        setExitCode(2);
        return;
      }
      if (options.folds < 2) {
        io().stderr.write('dateline: E_USAGE: --folds needs at least 2\n');
        setExitCode(2);
        return;
      }
      const { readEventCorpus } = await import('../../eval/events/corpus.js');
      const { crossValidate } = await import('../../eval/events/cross-validate.js');
      const { emptyEventCounts, scoreEvents, summarizeEvents } = await import('../../eval/events/score.js');
      const { everyVerb } = await import('../../eval/events/baseline.js');
      const { grammarAccuracy } = await import('../../eval/events/grammar-accuracy.js');
      const { DEFAULT_EVENT_TRAINING } = await import('../../stages/events/train.js');
      const t0 = performance.now();
      const docs = readEventCorpus(options.timeml);
      const training = { ...DEFAULT_EVENT_TRAINING, ...(options.epochs ? { epochs: options.epochs } : {}) };
      const cv = summarizeEvents(crossValidate(docs, options.folds, training));
      const base = emptyEventCounts();
      for (const d of docs) scoreEvents(d.events, everyVerb(d), base);
      const baseline = summarizeEvents(base);
      const grammar = grammarAccuracy(docs);
      const seconds = (performance.now() - t0) / 1000;
      if (options.json) {
        io().stdout.write(
          `${JSON.stringify({ files: docs.length, folds: options.folds, dateline: cv, everyVerb: baseline, grammar, seconds })}\n`,
        );
        return;
      }
      const lines = [
        `files: ${docs.length}  gold events: ${cv.gold}  ${options.folds}-fold cross-validation by document  (${seconds.toFixed(0)} s)`,
        '                         P       R      F1',
        `trigger (strict)     ${f(cv.trigger.p)}  ${f(cv.trigger.r)}  ${f(cv.trigger.f)}`,
        `class                ${f(cv.class.p)}  ${f(cv.class.r)}  ${f(cv.class.f)}`,
        ...Object.entries(cv.perClass).map(([k, v]) => `  ${k.padEnd(18)} ${f(v.p)}  ${f(v.r)}  ${f(v.f)}`),
        `every verb: trigger  ${f(baseline.trigger.p)}  ${f(baseline.trigger.r)}  ${f(baseline.trigger.f)}`,
        `every verb: class    ${f(baseline.class.p)}  ${f(baseline.class.r)}  ${f(baseline.class.f)}`,
        `grammar on ${grammar.events} gold triggers: tense ${grammar.tense.toFixed(1)}%, aspect ${grammar.aspect.toFixed(1)}%, polarity ${grammar.polarity.toFixed(1)}%`,
      ];
      io().stdout.write(`${lines.join('\n')}\n`);
    });
}
