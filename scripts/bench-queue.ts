/**
 * `npx tsx scripts/bench-queue.ts`: issue #18's acceptance run on PolNeAR train. Enqueues
 * the 840 articles in a new database, starts `--workers` processes of the built CLI
 * (`node dist/cli/main.js worker --once`), kills the first one with SIGKILL once
 * `--kill-at` of the jobs are done (0: no kill) while it holds jobs, waits for the others,
 * and reports the time, each worker's CPU, and the counts: articles stored, distinct,
 * jobs completed, failed and retried. Every article must be stored exactly once.
 *
 *   npm run build
 *   npx tsx scripts/bench-queue.ts                        # 2 workers, one killed at 30 %
 *   npx tsx scripts/bench-queue.ts --workers 1 --kill-at 0
 *   npx tsx scripts/bench-queue.ts --workers 2 --kill-at 0
 *
 * PostgreSQL: DATELINE_TEST_PG's server (default postgres://postgres@127.0.0.1:5432/test);
 * the database `wt_queue_bench_*` is made for the run and dropped after (--keep keeps it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLI, CORPUS, ROOT } from '../test/support/paths.js';
import { freshDatabase, pgRows } from '../test/support/pg-databases.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(CORPUS, 'polnear', 'train', 'text') },
    workers: { type: 'string', default: '2' },
    'kill-at': { type: 'string', default: '0.3' },
    batch: { type: 'string', default: '4' },
    lease: { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
  },
});
const workers = Number(values.workers);
const killAt = Number(values['kill-at']);
const batch = Number(values.batch);
const out = (line: string) => process.stdout.write(`${line}\n`);

function run(args: string[]): ChildProcess & { text: { out: string; err: string } } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, DATELINE_DB: undefined } });
  const text = { out: '', err: '' };
  child.stdout?.on('data', (c: Buffer) => {
    text.out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    text.err += c.toString();
  });
  return Object.assign(child, { text });
}

const counts = async (url: string) =>
  Object.fromEntries(
    (await pgRows<{ state: string; n: number }>(url, 'select state::text as state, count(*)::int as n from pgboss.job group by state')).map(
      (r) => [r.state, r.n],
    ),
  ) as Record<string, number>;

const db = await freshDatabase('wt_queue_bench');
try {
  out(
    `corpus ${values.corpus}; ${workers} worker(s), batch ${batch}, lease ${values.lease} s; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const t0 = performance.now();
  const enqueue = run([
    'ingest',
    '--enqueue',
    values.corpus,
    '--db',
    db.url,
    '--lease-seconds',
    String(values.lease),
    '--retry-delay',
    '2',
  ]);
  await once(enqueue, 'exit');
  out(
    `enqueue: ${enqueue.text.out.trim()} in ${((performance.now() - t0) / 1000).toFixed(1)} s${enqueue.text.err ? `\n${enqueue.text.err}` : ''}`,
  );
  const total = (await counts(db.url)).created ?? 0;

  const started = performance.now();
  const procs = Array.from({ length: workers }, () =>
    run(['worker', '--db', db.url, '--once', '--batch', String(batch), '--supervise-seconds', '5', '--quiet']),
  );
  const exits = procs.map((p) => once(p, 'exit'));
  let killed = false;
  if (killAt > 0 && workers > 1) {
    for (;;) {
      const c = await counts(db.url);
      if ((c.completed ?? 0) >= total * killAt && (c.active ?? 0) > batch) {
        procs[0]?.kill('SIGKILL');
        killed = true;
        out(
          `killed worker 1 (SIGKILL) at ${((performance.now() - started) / 1000).toFixed(1)} s: ${c.completed} completed, ${c.active} active`,
        );
        break;
      }
      if ((c.completed ?? 0) >= total) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await Promise.all(exits);
  const seconds = (performance.now() - started) / 1000;
  procs.forEach((p, i) => {
    const summary = p.text.out.match(/^worker: .*$/m)?.[0] ?? `(no summary: ${p.signalCode ?? `exit ${p.exitCode}`})`;
    out(`worker ${i + 1}: ${summary}`);
    for (const line of p.text.err.trim().split('\n').filter(Boolean).slice(0, 5)) out(`  stderr: ${line}`);
  });
  const [stored] = await pgRows<{ rows: number; distinct: number; docs: number }>(
    db.url,
    'select count(*)::int as rows, count(distinct content_hash)::int as "distinct", count(distinct doc_id)::int as docs from articles',
  );
  const [retried] = await pgRows<{ n: number }>(db.url, 'select count(*)::int as n from pgboss.job where retry_count > 0');
  const c = await counts(db.url);
  out(
    `${total} jobs, ${workers} worker(s)${killed ? ', one killed' : ''}: ${seconds.toFixed(1)} s wall = ${((total / seconds) * 60).toFixed(0)} docs/min; ` +
      `articles ${stored?.rows} rows, ${stored?.distinct} distinct texts, ${stored?.docs} document ids; jobs ${JSON.stringify(c)}, ${retried?.n} retried; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const ok = stored?.rows === total && stored.docs === total && c.completed === total && Object.keys(c).length === 1;
  out(ok ? 'OK: every article stored exactly once, no job lost' : 'NOT OK: see the counts above');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!values.keep) await db.drop();
  else out(`kept ${db.url}`);
}
