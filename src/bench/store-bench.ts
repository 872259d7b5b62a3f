import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Store } from '../store/store.js';
import type { ArticleInput } from '../store/write-batch.js';
import { percentile, timeEach } from './percentiles.js';
import { PEOPLE, personName, rng, syntheticArticle } from './synthetic.js';

/**
 * `npm run bench:store -- --articles 100000 --db …`: ingest rate of the store alone (the
 * articles come pre-analysed from the synthetic generator; generating them is not
 * timed), then p50/p95 of `quotes --speaker`, `timeline` and `search` over what it holds.
 * `--jsonl FILE` writes the corpus as JSON lines instead, for `dateline ingest` end to end.
 *
 * At scale (issue #18: 1M articles): `--minutes M` stops the ingest after M minutes and
 * measures the queries at the size reached; `--resume` goes on from the articles the store
 * holds already (article i is the same on every run), so 1M can be filled in several
 * sittings; `--every N` prints the rate of each N articles, to see it fall as the store grows.
 *   npm run bench:store -- --articles 1000000 --db /tmp/bench1m.db --every 100000
 *   npm run bench:store -- --articles 1000000 --db 'postgres://…/test?schema=bench1m' --every 100000
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '2000' },
    queries: { type: 'string', default: '200' },
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-ingest': { type: 'boolean', default: false },
    jsonl: { type: 'string' },
    minutes: { type: 'string' },
    resume: { type: 'boolean', default: false },
    every: { type: 'string', default: '0' },
  },
});
const articles = Number(values.articles);
const batch = Number(values.batch);
const queries = Number(values.queries);
const seed = Number(values.seed);
const db = values.db ?? `/tmp/dateline-bench-${articles}.db`;

if (values.jsonl) {
  // The corpus as input for `dateline ingest` (end to end, analysis included).
  const lines: string[] = [];
  for (let i = 0; i < articles; i++) {
    const { output, outlet } = syntheticArticle(i, seed);
    lines.push(JSON.stringify({ id: output.id, date: output.date, outlet, text: output.text }));
  }
  writeFileSync(values.jsonl, `${lines.join('\n')}\n`);
  process.stdout.write(`wrote ${articles} synthetic articles to ${values.jsonl}\n`);
  process.exit(0);
}

const store = await Store.open({ db, write: true });
const out = (line: string) => process.stdout.write(`${line}\n`);
out(`store ${store.where} (${store.dialect}), ${articles} synthetic articles, batches of ${batch}`);

const deadline = values.minutes ? performance.now() + Number(values.minutes) * 60_000 : Number.POSITIVE_INFINITY;
const every = Number(values.every);
if (!values['skip-ingest']) {
  const first = values.resume ? (await store.stats()).articles : 0;
  if (first > 0) out(`resuming after the ${first} articles stored`);
  let storeMs = 0;
  let cpuMs = 0;
  let chars = 0;
  let end = first;
  let segment = { at: first, ms: 0, cpuMs: 0 };
  for (let start = first; start < articles && performance.now() < deadline; start += batch) {
    const items: ArticleInput[] = [];
    for (let i = start; i < Math.min(articles, start + batch); i++) items.push(syntheticArticle(i, seed));
    for (const item of items) chars += item.output.text.length;
    const t = performance.now();
    const cpu = process.cpuUsage();
    await store.add(items, 'bench');
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - t;
    cpuMs += (used.user + used.system) / 1000;
    storeMs += ms;
    segment.ms += ms;
    segment.cpuMs += (used.user + used.system) / 1000;
    end = Math.min(articles, start + batch);
    if (every > 0 && end - segment.at >= every) {
      const n = end - segment.at;
      out(
        `  ${segment.at}–${end}: ${((n / segment.ms) * 1000).toFixed(0)} articles/s wall, ${((n / segment.cpuMs) * 1000).toFixed(0)} per CPU-second; load average ${loadavg()[0]?.toFixed(1)}`,
      );
      segment = { at: end, ms: 0, cpuMs: 0 };
    }
    if (process.stderr.isTTY) process.stderr.write(`\r${end}/${articles}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const n = end - first;
  out(
    `ingest (store only): ${n} articles in ${(storeMs / 1000).toFixed(1)} s = ${((n / storeMs) * 1000).toFixed(0)} articles/s wall; this process's CPU ${(cpuMs / 1000).toFixed(1)} s = ${((n / cpuMs) * 1000).toFixed(0)} articles per CPU-second (${(chars / n).toFixed(0)} chars/article)${end < articles ? `; stopped at ${end} of ${articles} after --minutes ${values.minutes}` : ''}`,
  );
}

const optimizing = performance.now();
await store.optimize();
out(`optimize (planner statistics): ${((performance.now() - optimizing) / 1000).toFixed(1)} s`);
const stats = await store.stats();
out(
  `holds ${stats.articles} articles, ${stats.entities} entities, ${stats.attributions} attributions; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
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
