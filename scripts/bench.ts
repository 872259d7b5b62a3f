/**
 * `npm run bench`: the speed of `dateline extract` on PolNeAR train (840 articles) beside
 * wink-nlp's own readDoc + POS on the same texts, in one run, and the time of each stage.
 *
 *   npm run bench [-- --dir PATH] [--rounds N]
 *
 * Extract is measured end to end as the CLI does it (read files, run the pipeline, build
 * and validate the dateline/1 object, serialise it), writing to no terminal. compromise's
 * entity finding (people, places, organisations) runs on the same texts in the same run.
 * Every figure is processor time (process.cpuUsage), so that it holds on a shared machine.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import compromise from 'compromise';
import type { ItsFunction } from 'wink-nlp';
import { analyseInputs } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { walkInputs } from '../src/ingest/walk.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';
import { wink } from '../src/stages/tokens/wink.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train', 'text') },
    rounds: { type: 'string', default: '3' },
  },
});
const dir = values.dir as string;
const rounds = Number(values.rounds);

const paths: string[] = [];
for await (const p of walkInputs(dir)) paths.push(p);
if (paths.length === 0) {
  console.error(`bench: no articles under ${dir}`);
  process.exit(1);
}
const texts = paths.map((p) => readFileSync(p, 'utf8'));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

const nlp = wink();
const its = nlp.its;
function winkBaseline(): number {
  let tokens = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    const t = doc.tokens();
    tokens += (t.out(its.value) as string[]).length;
    t.out(its.pos);
    t.out(its.lemma as unknown as ItsFunction<string>);
    doc.sentences().out(its.span);
  }
  return tokens;
}

/** compromise's entity finding, the side-by-side figure of issue #18. */
function compromiseEntities(): number {
  let found = 0;
  for (const text of texts) {
    const doc = compromise(text);
    found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  return found;
}

const pipeline = defaultPipeline();
/** The frame alone: reading, Doc, runner, tokens on wink-nlp, output, validation, JSON. */
const framePipeline = Pipeline.build([createTokensStage()]);
async function extract(p: Pipeline = pipeline): Promise<{ tokens: number; bytes: number; docs: number }> {
  let tokens = 0;
  let bytes = 0;
  let docs = 0;
  for await (const r of analyseInputs(p, [dir])) {
    if (!r.ok) throw new Error(`${r.where}: ${r.error.code}: ${r.error.message}`);
    docs++;
    tokens += r.doc.get('tokens').length;
    bytes += JSON.stringify(r.output).length;
  }
  return { tokens, bytes, docs };
}

/** Processor milliseconds (user + system) spent in `fn`. */
async function timeIt<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t0 = process.cpuUsage();
  const v = await fn();
  const t = process.cpuUsage(t0);
  return [(t.user + t.system) / 1000, v];
}

// Warm up both paths (JIT, model load), then alternate rounds and keep the best of each.
winkBaseline();
compromiseEntities();
await extract();
await extract(framePipeline);
let bestWink = Number.POSITIVE_INFINITY;
let bestCompromise = Number.POSITIVE_INFINITY;
let bestFrame = Number.POSITIVE_INFINITY;
let bestExtract = Number.POSITIVE_INFINITY;
let tokenCount = 0;
let docCount = 0;
let bestTimings = new Map<string, number>();
pipeline.timed = true;
for (let r = 0; r < rounds; r++) {
  pipeline.timings.clear();
  const [tw] = await timeIt(winkBaseline);
  const [tc] = await timeIt(compromiseEntities);
  bestCompromise = Math.min(bestCompromise, tc);
  const [tf] = await timeIt(() => extract(framePipeline));
  bestFrame = Math.min(bestFrame, tf);
  const [te, result] = await timeIt(extract);
  bestWink = Math.min(bestWink, tw);
  if (te < bestExtract) {
    bestExtract = te;
    bestTimings = new Map(pipeline.timings);
  }
  tokenCount = result.tokens;
  docCount = result.docs;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const perSec = (count: number, ms: number) => fmt((count / ms) * 1000);
console.log(`corpus: ${dir}`);
console.log(
  `${docCount} articles, ${fmt(words)} words, ${fmt(tokenCount)} tokens; best of ${rounds} rounds, processor ms; node ${process.version}; load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('');
console.log('| what | ms | documents/s | tokens/s | words/s |');
console.log('|---|---:|---:|---:|---:|');
const row = (what: string, ms: number) =>
  console.log(`| ${what} | ${ms.toFixed(0)} | ${perSec(docCount, ms)} | ${perSec(tokenCount, ms)} | ${perSec(words, ms)} |`);
row('wink-nlp readDoc + POS + lemmas + sentences', bestWink);
row('compromise people + places + organizations', bestCompromise);
row('dateline extract, frame only (read, tokens stage, validate, serialise)', bestFrame);
row('dateline extract, every stage', bestExtract);
console.log('');
console.log('| stage (in the best full round) | ms | tokens/s |');
console.log('|---|---:|---:|');
for (const [name, ms] of bestTimings) console.log(`| ${name} | ${ms.toFixed(0)} | ${perSec(tokenCount, ms)} |`);
console.log('');
console.log(`dateline extract (every stage) / compromise entities: ${(bestCompromise / bestExtract).toFixed(2)}× (goal 3×)`);
console.log(
  `frame overhead: (frame-only extract − wink-nlp) / wink-nlp = ${(((bestFrame - bestWink) / bestWink) * 100).toFixed(1)}% (budget 30%)`,
);
