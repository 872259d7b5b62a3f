/**
 * Speed of the time stage alone, in tokens per second: tokens are made first (untimed),
 * then the time stage runs over every document, several rounds, best round reported.
 *
 *   npx tsx scripts/bench-time.ts [DIR] [--rounds N] [--chrono]
 *
 * DIR defaults to ../shared/corpus/polnear/train/text. --chrono also times chrono-node's
 * casual parser alone over the same texts, for comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casual } from 'chrono-node';
import { Doc } from '../src/doc/doc.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createTimeStage } from '../src/stages/time/time-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const roundsValue = args[args.indexOf('--rounds') + 1];
const dir =
  args.find((a) => !a.startsWith('--') && (args.indexOf('--rounds') < 0 || a !== roundsValue)) ??
  join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train', 'text');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const tokens = Pipeline.build([createTokensStage()]);
const docs: Doc[] = [];
let skipped = 0;
for (const f of files) {
  const doc = new Doc({ id: f, date: '2016-01-01', text: readFileSync(join(dir, f), 'utf8'), meta: {} });
  try {
    tokens.run(doc);
    docs.push(doc);
  } catch {
    skipped++; // the tokens stage rejects a few texts; the time stage cannot run without tokens
  }
}
if (skipped > 0) console.log(`skipped ${skipped} documents the tokens stage could not read`);
const tokenCount = docs.reduce((n, d) => n + d.get('tokens').length, 0);
const chars = docs.reduce((n, d) => n + d.text.length, 0);

const stage = createTimeStage();
const ctx = { report: () => {} };
let best = Number.POSITIVE_INFINITY;
let timexes = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  timexes = 0;
  for (const doc of docs) {
    stage.run(doc, ctx);
    timexes += doc.get('timexes').length;
  }
  best = Math.min(best, performance.now() - t0);
}
const line = (name: string, ms: number, extra: string): string =>
  `${name}: ${docs.length} docs, ${tokenCount} tokens, ${chars} chars in ${ms.toFixed(0)} ms = ${Math.round(tokenCount / (ms / 1000)).toLocaleString('en-US')} tokens/s${extra}`;
console.log(line('time stage', best, `, ${timexes} timexes (best of ${rounds})`));

if (args.includes('--chrono')) {
  const t0 = performance.now();
  let found = 0;
  for (const doc of docs) found += casual.parse(doc.text, new Date(Date.UTC(2016, 0, 1, 12))).length;
  console.log(line('chrono-node casual alone', performance.now() - t0, `, ${found} results (one round)`));
}
