/**
 * Speed of the attribution stage alone (tokens already made), on one core.
 * Usage: npx tsx scripts/bench-attribution.ts [DIR] [--rounds N] [--no-rankers]
 * DIR holds *.txt articles (default: ../shared/corpus/polnear/dev/text); prints tokens/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const dir =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ??
  join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'dev', 'text');
const tokensStage = createTokensStage();
const attribution = createAttributionStage(args.includes('--no-rankers') ? { rankers: false } : {});
const ctx = { report: () => {} };
const docs: Doc[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const doc = new Doc({ id: file, date: null, text: readFileSync(join(dir, file), 'utf8'), meta: {} });
  try {
    tokensStage.run(doc, ctx);
    docs.push(doc);
  } catch {
    // a document the tokens stage cannot read is left out of the benchmark
  }
}
const tokens = docs.reduce((n, d) => n + d.get('tokens').length, 0);
for (const d of docs) attribution.run(d, ctx); // warm-up
let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const d of docs) attribution.run(d, ctx);
  best = Math.min(best, performance.now() - t0);
}
console.log(
  `${docs.length} documents, ${tokens} tokens; best of ${rounds}: ${best.toFixed(0)} ms = ${Math.round(tokens / (best / 1000))} tokens/s (attribution stage only)`,
);
