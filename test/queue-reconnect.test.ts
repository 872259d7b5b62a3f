import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatelineError } from '../src/errors/codes.js';
import { type Analyser, createAnalyser } from '../src/queue/analyser.js';
import { openBoss } from '../src/queue/boss.js';
import { queueLocation } from '../src/queue/location.js';
import { runWorker } from '../src/queue/worker.js';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { freshDatabase, pgAnswers, pgRows, sayPgSkipped, type TestDatabase, terminateConnections } from './support/pg-databases.js';
import { writeQueueDocs } from './support/queue-docs.js';

/*
 * What the work queue survives: its database connections ended under it (as a PostgreSQL
 * restart ends them; the shared server itself is not restarted), and a try that fails once.
 */
const up = await pgAnswers();
if (!up) sayPgSkipped('test/queue-reconnect.test.ts');

const states = async (db: TestDatabase) =>
  pgRows<{ state: string; n: number; retried: number }>(
    db.url,
    'select state::text as state, count(*)::int as n, count(*) filter (where retry_count > 0)::int as retried from pgboss.job group by state',
  ).catch(() => []);
const articleCounts = async (db: TestDatabase) =>
  (
    await pgRows<{ rows: number; distinct: number }>(
      db.url,
      'select count(*)::int as rows, count(distinct content_hash)::int as "distinct" from articles',
    )
  )[0];

describe.skipIf(!up)('the work queue when things go wrong', () => {
  let dir: string;
  const dbs: TestDatabase[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const db of dbs) await db.drop();
  });

  it('PostgreSQL ends every connection three times mid-run: the worker reconnects, every document is stored once', async () => {
    const db = await freshDatabase('wt_queue');
    dbs.push(db);
    const file = join(dir, 'twenty.jsonl');
    writeQueueDocs(file, 20, 'r');
    await dateline(['ingest', '--enqueue', file, '--db', db.url, '--lease-seconds', '3', '--retry-delay', '1', '--retries', '5']);
    const running = dateline(['worker', '--once', '--batch', '2', '--supervise-seconds', '1', '--quiet', '--db', db.url]);
    const completed = async () => (await states(db)).find((s) => s.state === 'completed')?.n ?? 0;
    const killed: number[] = [];
    for (let round = 0; round < 3; round++) {
      const target = 3 + round * 4;
      while ((await completed()) < target) await new Promise((r) => setTimeout(r, 100));
      killed.push(await terminateConnections(db.name));
    }
    const worked = await running;
    expect(killed.every((n) => n > 0)).toBe(true);
    expect(worked.stdout).toMatch(/^worker: \d+ jobs in /m);
    expect(await articleCounts(db)).toEqual({ rows: 20, distinct: 20 });
    expect((await states(db)).map((s) => [s.state, s.n])).toEqual([['completed', 20]]);
  });

  it('a try that fails once is retried and stored (the API under worker)', async () => {
    const db = await freshDatabase('wt_queue');
    dbs.push(db);
    const file = join(dir, 'flaky.jsonl');
    writeQueueDocs(file, 3, 'f');
    await dateline(['ingest', '--enqueue', file, '--db', db.url, '--retry-delay', '1']);
    const location = queueLocation(db.url);
    const real = await createAnalyser({ jobs: 1, maxSeconds: 60 });
    const tried = new Set<string>();
    const flaky: Analyser = {
      ...real,
      analyse: async (doc) => {
        if (doc.id !== 'f-1' || tried.has(doc.id)) return real.analyse(doc);
        tried.add(doc.id);
        return { ok: false, where: doc.id, error: new DatelineError('E_ANALYSIS', 'failed once on purpose') };
      },
    };
    const store = await Store.open({ db: db.url, write: true });
    const boss = await openBoss(location, { superviseSeconds: 1 });
    const events: string[] = [];
    try {
      const counts = await runWorker(
        { boss, location, store, analyser: flaky },
        {
          batch: 1,
          once: true,
          pollMs: 200,
          onJob: (e) => events.push('error' in e ? `${e.doc} ${e.error.code} try ${e.retry}` : `${e.doc} ${e.outcome}`),
        },
      );
      expect(counts).toMatchObject({ jobs: 4, failed: 1, stored: { added: 3 } });
    } finally {
      await boss.stop({ graceful: false });
      await store.close();
    }
    expect(events.sort()).toEqual(['f-0 added', 'f-1 E_ANALYSIS try 0', 'f-1 added', 'f-2 added']);
    expect(await states(db)).toEqual([{ state: 'completed', n: 3, retried: 1 }]);
    expect(await articleCounts(db)).toEqual({ rows: 3, distinct: 3 });
  });
});
