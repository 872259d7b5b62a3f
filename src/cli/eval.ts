import type { Command } from 'commander';
import { registerEvalAttribution } from './eval/attribution.js';
import { registerEvalNer } from './eval/ner.js';
import { registerEvalSpeakers } from './eval/speakers.js';
import { registerEvalTimex } from './eval/timex.js';

/** `dateline eval <task>`: scores the engine on public gold corpora. One file per task. */
export function registerEval(program: Command): void {
  const evalCommand = program.command('eval').description('score dateline on gold corpora (NER, time expressions, attribution)');
  registerEvalNer(evalCommand);
  registerEvalTimex(evalCommand);
  registerEvalAttribution(evalCommand);
  registerEvalSpeakers(evalCommand);
}
