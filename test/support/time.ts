import { Doc } from '../../src/doc/doc.js';
import type { Timex } from '../../src/doc/layers.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { createTimeStage } from '../../src/stages/time/time-stage.js';
import { createTokensStage } from '../../src/stages/tokens/tokens-stage.js';

const pipeline = Pipeline.build([createTokensStage(), createTimeStage()]);

/** Runs tokens → time on a text written for the test, dated `date` (or undated). */
export function timeDoc(text: string, date: string | null = '2025-11-14'): Doc {
  const doc = new Doc({ id: 'test', date, text, meta: {} });
  pipeline.run(doc);
  return doc;
}

/** The problems the stages report on a text. */
export function problems(text: string, date: string | null = '2025-11-14'): string[] {
  const doc = new Doc({ id: 'test', date, text, meta: {} });
  return pipeline.run(doc).map((p) => p.rule);
}

export function timexes(text: string, date: string | null = '2025-11-14'): Timex[] {
  return timeDoc(text, date).get('timexes');
}

/** `text|TYPE|value` for each timex: compact to compare in tables. */
export function brief(text: string, date: string | null = '2025-11-14'): string[] {
  return timexes(text, date).map((t) => `${t.text}|${t.type}|${t.value}`);
}
