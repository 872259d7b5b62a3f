import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Doc } from '../../doc/doc.js';
import type { Token } from '../../doc/layers.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import type { Stage } from '../../pipeline/stage.js';
import { createEntitiesStage } from '../../stages/entities/entities-stage.js';
import { documentEventFeatures } from '../../stages/events/events-stage.js';
import { EVENT_LABELS } from '../../stages/events/labels.js';
import type { EventExample } from '../../stages/events/train.js';
import { createTimeStage } from '../../stages/time/time-stage.js';
import { createTokensStage } from '../../stages/tokens/tokens-stage.js';
import { timemlFiles } from '../timex/run-eval.js';
import { type GoldEvent, readTimeml } from '../timex/timeml.js';

/** A TimeML document analysed as `extract` analyses it, with its gold events on the tokens. */
export interface EventDoc extends EventExample {
  readonly id: string;
  readonly doc: Doc;
  readonly events: readonly GoldEvent[];
  /** Gold events whose span is no token's span (they cannot be found with strict spans). */
  readonly unaligned: number;
}

/** The stages before the events stage, as `extract` runs them. */
export function stagesBeforeEvents(): Stage[] {
  return [createTokensStage(), createEntitiesStage(), createTimeStage()];
}

/** Reads every `.tml` file under `dir`, runs the stages on its plain text and labels the tokens. */
export function readEventCorpus(dir: string, stages: readonly Stage[] = stagesBeforeEvents()): EventDoc[] {
  const pipeline = Pipeline.build(stages);
  return timemlFiles(dir).map((file) => {
    const tml = readTimeml(basename(file, '.tml'), readFileSync(file, 'utf8'));
    const doc = new Doc({ id: tml.id, date: tml.dct, text: tml.text, meta: {} });
    pipeline.run(doc);
    return labelled(tml.id, doc, tml.events);
  });
}

/** The document's features and the gold label of each token (strict span match). */
export function labelled(id: string, doc: Doc, events: readonly GoldEvent[]): EventDoc {
  const tokens = doc.get('tokens');
  const byStart = new Map<number, number>();
  tokens.forEach((t: Token, i) => {
    byStart.set(t.start, i);
  });
  const gold = new Uint8Array(tokens.length);
  let unaligned = 0;
  for (const e of events) {
    const i = byStart.get(e.start);
    if (i === undefined || (tokens[i] as Token).end !== e.end) unaligned++;
    else gold[i] = Math.max(0, EVENT_LABELS.indexOf(e.class));
  }
  return { id, doc, tokens, events, unaligned, gold, features: documentEventFeatures(doc) };
}
