import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { CLI, ROOT } from './support/paths.js';
import { freshDatabase, pgAnswers, pgRows, sayPgSkipped, type TestDatabase } from './support/pg-databases.js';
import { writeQueueDocs } from './support/queue-docs.js';

/*
 * Issue #18's acceptance test, small: two `worker` processes of the built CLI on one
 * PostgreSQL ingest 60 documents; one is killed (SIGKILL) while it holds jobs. Every
 * article is stored exactly once and no job is lost. (`scripts/bench-queue.ts` does the
 * same on PolNeAR train, 840 articles.) Needs `npm run build` first, as `npm test` does.
 */
const up = await pgAnswers();
if (!up) sayPgSkipped('test/queue-kill.test.ts');

const DOCS = 60;
const BATCH = 2;

interface Worker {
  readonly child: ChildProcess;
  out: string;
  err: string;
}

function startWorker(url: string): Worker {
  const child = spawn(
    process.execPath,
    [CLI, 'worker', '--db', url, '--once', '--batch', String(BATCH), '--supervise-seconds', '1', '--quiet'],
    { cwd: ROOT, env: { ...process.env, DATELINE_DB: undefined, NO_COLOR: '1' } },
  );
  const worker: Worker = { child, out: '', err: '' };
  child.stdout?.on('data', (chunk: Buffer) => {
    worker.out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.err += chunk.toString();
  });
  return worker;
}

const stateCounts = async (db: TestDatabase) =>
  Object.fromEntries(
    (
      await pgRows<{ state: string; n: number }>(db.url, 'select state::text as state, count(*)::int as n from pgboss.job group by state')
    ).map((r) => [r.state, r.n]),
  ) as Record<string, number>;

describe.skipIf(!up)('two worker processes on one PostgreSQL, one killed mid-run (issue #18)', () => {
  let db: TestDatabase | undefined;
  let dir: string | undefined;
  const workers: Worker[] = [];
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it(`stores each of ${DOCS} documents exactly once and loses no job`, async () => {
    db = await freshDatabase('wt_queue');
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-kill-'));
    const file = join(dir, 'docs.jsonl');
    const ids = writeQueueDocs(file, DOCS, 'k');
    const queued = await dateline(['ingest', '--enqueue', file, '--db', db.url, '--lease-seconds', '4', '--retry-delay', '1']);
    expect(queued.stdout).toMatch(`queued ${DOCS} of ${DOCS} documents`);

    const [a, b] = [startWorker(db.url), startWorker(db.url)] as [Worker, Worker];
    workers.push(a, b);
    // Kill A while both hold jobs: more jobs active than one worker's batch.
    let held = 0;
    const deadline = Date.now() + 120_000;
    for (;;) {
      const counts = await stateCounts(db);
      if ((counts.completed ?? 0) >= 10 && (counts.active ?? 0) > BATCH) {
        held = counts.active ?? 0;
        a.child.kill('SIGKILL');
        break;
      }
      if ((counts.completed ?? 0) >= DOCS - 10 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(held, 'the kill came while both workers held jobs').toBeGreaterThan(BATCH);
    await once(a.child, 'exit');
    expect(a.child.signalCode).toBe('SIGKILL');

    const [status] = (await once(b.child, 'exit')) as [number | null];
    expect(b.err).toBe('');
    expect(status).toBe(0);
    expect(b.out).toMatch(/^worker: \d+ jobs in .* 0 failed tries$/m);
    const articles = await pgRows<{ doc_id: string; n: number }>(
      db.url,
      'select doc_id, count(*)::int as n from articles group by doc_id order by doc_id',
    );
    expect(articles.map((r) => r.doc_id).sort()).toEqual([...ids].sort());
    expect(articles.every((r) => r.n === 1)).toBe(true);
    expect(await stateCounts(db)).toEqual({ completed: DOCS });
    // The jobs A held when it died ran out their lease and were done again by B.
    const retried = await pgRows<{ n: number }>(db.url, 'select count(*)::int as n from pgboss.job where retry_count > 0');
    expect(retried[0]?.n).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
