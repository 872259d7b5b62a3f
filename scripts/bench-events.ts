/**
 * Speed of the events stage alone, in tokens per second: the stages before it (tokens,
 * entities, time, attribution) run first, untimed; then the events stage runs over every
 * document, several rounds, best round reported.
 *
 *   npx tsx scripts/bench-events.ts [DIR] [--rounds N]
 *
 * DIR defaults to ../shared/corpus/polnear/dev/text (plain-text articles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { createEventsStage } from '../src/stages/events/events-stage.js';
import { createSpeakersStage } from '../src/stages/speakers/speakers-stage.js';
import { createTimeStage } from '../src/stages/time/time-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const dir =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ??
  join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'dev', 'text');

const before = Pipeline.build([
  createTokensStage(),
  createEntitiesStage(),
  createTimeStage(),
  createAttributionStage(),
  createSpeakersStage(),
]);
const docs: Doc[] = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const doc = new Doc({ id: f, date: '2016-10-01', text: readFileSync(join(dir, f), 'utf8'), meta: {} });
  try {
    before.run(doc);
    docs.push(doc);
  } catch {
    // a text the tokens stage cannot read: left out
  }
}
const tokenCount = docs.reduce((n, d) => n + d.get('tokens').length, 0);
const stage = createEventsStage();
const ctx = { report: () => {} };
let best = Number.POSITIVE_INFINITY;
let events = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  events = 0;
  for (const d of docs) {
    stage.run(d, ctx);
    events += d.get('events').length;
  }
  best = Math.min(best, performance.now() - t0);
}
console.log(`${docs.length} documents, ${tokenCount} tokens, ${events} events; best of ${rounds} rounds`);
console.log(`events stage: ${best.toFixed(0)} ms, ${Math.round((tokenCount / best) * 1000).toLocaleString('en-US')} tokens/s`);
