import type { Command } from 'commander';
import { registerEvalAttribution } from './eval/attribution.js';
import { registerEvalContradictions } from './eval/contradictions.js';
import { registerEvalEvents } from './eval/events.js';
import { registerEvalNer } from './eval/ner.js';
import { registerEvalSpeakers } from './eval/speakers.js';
import { registerEvalStance } from './eval/stance.js';
import { registerEvalTimeline } from './eval/timeline.js';
import { registerEvalTimex } from './eval/timex.js';

/** `dateline eval <task>`: scores the engine on public gold corpora. One file per task. */
export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('score dateline on gold corpora (NER, time expressions, attribution, events, timelines)');
  registerEvalNer(evalCommand);
  registerEvalTimex(evalCommand);
  registerEvalAttribution(evalCommand);
  registerEvalEvents(evalCommand);
  registerEvalTimeline(evalCommand);
  registerEvalStance(evalCommand);
  registerEvalContradictions(evalCommand);
  registerEvalSpeakers(evalCommand);
}
