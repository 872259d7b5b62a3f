/**
 * Speed of the entities stage alone: tokenises every PolNeAR train text first (not timed),
 * then times the entities stage over all of them on one core. Also times the model load
 * and reports peak memory. Wall-clock and CPU time both: on a shared machine the wall
 * clock also counts time spent waiting for the core.
 *
 *   npx tsx scripts/bench-entities.ts [DIR] [--limit N] [--model FILE]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { DEFAULT_NER_MODEL, NerModel } from '../src/stages/entities/ner/model.js';
import { decodeModel } from '../src/stages/entities/ner/model-file.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const modelAt = args.indexOf('--model');
const modelPath = modelAt >= 0 ? args[modelAt + 1]! : DEFAULT_NER_MODEL;
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const dir =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--model') ??
  join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train', 'text');

const t0 = performance.now();
const model = new NerModel(decodeModel(readFileSync(modelPath)));
const loadMs = performance.now() - t0;

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, limit);
const tokens = createTokensStage();
const entities = createEntitiesStage({ model });
const ctx = { report: () => {} };
let skipped = 0;
const docs: Doc[] = [];
for (const f of files) {
  const doc = new Doc({ id: f, date: null, text: readFileSync(join(dir, f), 'utf8'), meta: {} });
  try {
    tokens.run(doc, ctx);
    docs.push(doc);
  } catch {
    skipped++; // the tokens stage refuses a few texts (wink offset mismatch); not this stage's concern
  }
}
const tokenCount = docs.reduce((n, d) => n + d.get('tokens').length, 0);

// one warm-up pass over a few documents, then the timed pass
for (const d of docs.slice(0, 20)) entities.run(d, ctx);
let peak = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t1 = performance.now();
let found = 0;
docs.forEach((d, i) => {
  entities.run(d, ctx);
  found += d.get('entities').length;
  if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
});
peak = Math.max(peak, process.memoryUsage().rss);
const seconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    documents: docs.length,
    skippedByTokens: skipped,
    tokens: tokenCount,
    entities: found,
    seconds: Number(seconds.toFixed(3)),
    tokensPerSecond: Math.round(tokenCount / seconds),
    cpuSeconds: Number(cpuSeconds.toFixed(3)),
    tokensPerCpuSecond: Math.round(tokenCount / cpuSeconds),
    modelLoadMs: Math.round(loadMs),
    peakRssMB: Math.round(peak / 1e6),
  }),
);
