import { parseArgs } from 'node:util';
import { Store } from '../store/store.js';
import type { ArticleInput } from '../store/write-batch.js';
import { percentile, timeEach } from './percentiles.js';
import { PEOPLE, personName, rng, syntheticArticle } from './synthetic.js';

/**
 * `npm run bench:store -- --articles 100000 --db …`: ingest rate of the store alone (the
 * articles come pre-analysed from the synthetic generator; generating them is not
 * timed), then p50/p95 of `quotes --speaker`, `timeline` and `search` over what it holds.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '2000' },
    queries: { type: 'string', default: '200' },
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-ingest': { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const batch = Number(values.batch);
const queries = Number(values.queries);
const seed = Number(values.seed);
const db = values.db ?? `/tmp/dateline-bench-${articles}.db`;

const store = await Store.open({ db, write: true });
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`store ${store.where} (${store.dialect}), ${articles} synthetic articles, batches of ${batch}`);

if (!values['skip-ingest']) {
  let storeMs = 0;
  let cpuMs = 0;
  let chars = 0;
  for (let start = 0; start < articles; start += batch) {
    const items: ArticleInput[] = [];
    for (let i = start; i < Math.min(articles, start + batch); i++) items.push(syntheticArticle(i, seed));
    for (const item of items) chars += item.output.text.length;
    const t = performance.now();
    const cpu = process.cpuUsage();
    await store.add(items, 'bench');
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    storeMs += performance.now() - t;
    if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(articles, start + batch)}/${articles}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  out(
    `ingest (store only): ${articles} articles in ${(storeMs / 1000).toFixed(1)} s = ${((articles / storeMs) * 1000).toFixed(0)} articles/s wall; this process's CPU ${(cpuMs / 1000).toFixed(1)} s = ${((articles / cpuMs) * 1000).toFixed(0)} articles per CPU-second (${(chars / articles).toFixed(0)} chars/article)`,
  );
}

const optimizing = performance.now();
await store.optimize();
out(`optimize (planner statistics): ${((performance.now() - optimizing) / 1000).toFixed(1)} s`);
const stats = await store.stats();
out(`holds ${stats.articles} articles, ${stats.entities} entities, ${stats.attributions} attributions`);
const random = rng(seed + 99);
const speakers = Array.from({ length: queries }, () => personName(Math.floor(random() ** 2 * PEOPLE)));
const lastNames = speakers.map((s) => s.split(' ').at(-1) ?? s);
const topics = Array.from(
  { length: queries },
  () => ['harbour', 'budget', 'election', 'drought', 'strike rail'][Math.floor(random() * 5)] ?? 'strike',
);

const report = (name: string, times: number[]) =>
  out(
    `${name.padEnd(34)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  max ${Math.max(...times).toFixed(1)} ms  (n=${times.length})`,
  );
report('quotes --speaker "First Last"', await timeEach(speakers, (s) => store.quotes({ speaker: s, limit: 100 })));
report('quotes --speaker Last', await timeEach(lastNames, (s) => store.quotes({ speaker: s, limit: 100 })));
report('timeline "First Last"', await timeEach(speakers, (s) => store.timeline({ entity: s, limit: 200 })));
report('search WORD (top 20)', await timeEach(topics, (t) => store.search(t, 20)));
report('entities --type PERSON', await timeEach(topics.slice(0, 20), () => store.entities({ type: 'PERSON', limit: 20 })));
await store.close();
