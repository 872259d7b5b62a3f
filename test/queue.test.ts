import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, dateline } from './support/cli.js';
import { freshDatabase, pgAnswers, pgRows, sayPgSkipped, type TestDatabase } from './support/pg-databases.js';
import { writeQueueDocs } from './support/queue-docs.js';

/*
 * The work queue on PostgreSQL (issue #18 item 2), through the CLI in-process:
 * `ingest --enqueue`, `worker`, `jobs` (`worker --jobs 2` as a process). Each test has its own database (dropped after).
 */
const up = await pgAnswers();
if (!up) sayPgSkipped('test/queue.test.ts');

interface JobRow {
  state: string;
  retry_count: number;
  doc: string;
}

const jobRows = (db: TestDatabase) =>
  pgRows<JobRow>(db.url, "select state::text as state, retry_count, data->'doc'->>'id' as doc from pgboss.job order by doc");
const articleCounts = async (db: TestDatabase) =>
  (
    await pgRows<{ rows: number; distinct: number; docs: number }>(
      db.url,
      'select count(*)::int as rows, count(distinct content_hash)::int as "distinct", count(distinct doc_id)::int as docs from articles',
    )
  )[0];

describe.skipIf(!up)('the work queue on PostgreSQL', () => {
  let dir: string;
  const dbs: TestDatabase[] = [];
  const database = async () => {
    const db = await freshDatabase('wt_queue');
    dbs.push(db);
    return db;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const db of dbs) await db.drop();
  });

  it('ingest --enqueue records one job per document; worker --once stores each; jobs counts them', async () => {
    const db = await database();
    const file = join(dir, 'five.jsonl');
    const ids = writeQueueDocs(file, 5);
    const queued = await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    expect(queued.stderr).toMatch(/^(migration \S+: applied\n)*$/);
    expect(queued.stdout).toMatch(/^queued 5 of 5 documents in postgres:\/\/.* queue dateline-ingest\n$/);
    expect(queued.status).toBe(0);
    expect((await dateline(['jobs', '--db', db.url])).stdout).toMatch(
      /^created 5 {2}retry 0 {2}active 0 {2}completed 0 {2}cancelled 0 {2}failed 0$/m,
    );
    const worked = await dateline(['worker', '--once', '--db', db.url]);
    expect(worked.status).toBe(0);
    expect(worked.stdout).toMatch(/^worker: 5 jobs in .*: 5 added, 0 new versions, 0 re-analysed, 0 unchanged, 0 copies, 0 failed tries$/m);
    expect(worked.stdout.match(/^added q-\d \(job [0-9a-f-]{36}\)$/gm)).toHaveLength(5);
    expect(await articleCounts(db)).toEqual({ rows: 5, distinct: 5, docs: 5 });
    const jobs = await dateline(['jobs', '--db', db.url, '--json']);
    expect(JSON.parse(jobs.stdout)).toMatchObject({ counts: { created: 0, active: 0, completed: 5, failed: 0 }, failed: [] });
    // What was stored is what `ingest` stores: the same article through either path.
    const quotes = await dateline(['quotes', '--db', db.url, '--json']);
    expect(JSON.parse(quotes.stdout).map((q: { doc_id: string }) => q.doc_id)).toEqual(expect.arrayContaining(ids));
  });

  it('a job done twice stores once: the same documents queued twice, and again after they are stored', async () => {
    const db = await database();
    const file = join(dir, 'twice.jsonl');
    writeQueueDocs(file, 6);
    await dateline(['ingest', '--enqueue', file, file, '--db', db.url]);
    const first = await dateline(['worker', '--once', '--batch', '3', '--db', db.url]);
    expect(first.stdout).toMatch(/worker: 12 jobs .*: 6 added, 0 new versions, 0 re-analysed, 6 unchanged, 0 copies, 0 failed tries/);
    await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    const again = await dateline(['worker', '--once', '--db', db.url]);
    expect(again.stdout).toMatch(/worker: 6 jobs .*: 0 added, 0 new versions, 0 re-analysed, 6 unchanged/);
    expect(await articleCounts(db)).toEqual({ rows: 6, distinct: 6, docs: 6 });
    expect((await jobRows(db)).every((j) => j.state === 'completed')).toBe(true);
  });

  it('worker --jobs 2 analyses in two threads and stores what --jobs 1 stores (same analysis, same hashes)', async () => {
    const db = await database();
    const file = join(dir, 'threads.jsonl');
    writeQueueDocs(file, 4, 't');
    await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    // A process of the built CLI: its threads load dist/ (in-process they would load the TypeScript sources through tsx, seconds each).
    const two = cli(['worker', '--once', '--jobs', '2', '--db', db.url], { timeout: 170_000 });
    expect(two.stdout).toMatch(/worker: 4 jobs .*: 4 added, 0 new versions, 0 re-analysed, 0 unchanged/);
    await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    const one = await dateline(['worker', '--once', '--jobs', '1', '--db', db.url]);
    expect(one.stdout).toMatch(/worker: 4 jobs .*: 0 added, 0 new versions, 0 re-analysed, 4 unchanged/);
    expect(await articleCounts(db)).toEqual({ rows: 4, distinct: 4, docs: 4 });
  });

  it('a failing job is retried with growing delays, then stays failed with its error; jobs lists it', async () => {
    const db = await database();
    const file = join(dir, 'slow.jsonl');
    writeQueueDocs(file, 1, 'slow');
    await dateline(['ingest', '--enqueue', file, '--db', db.url, '--retries', '2', '--retry-delay', '1']);
    const started = performance.now();
    // Every document is "too slow" for a budget of a microsecond: E_TOO_SLOW on every try.
    const worked = await dateline(['worker', '--once', '--max-seconds', '0.000001', '--supervise-seconds', '1', '--db', db.url]);
    const seconds = (performance.now() - started) / 1000;
    expect(worked.status).toBe(1);
    const tries = worked.stderr.match(/^job [0-9a-f-]{36} slow-0: E_TOO_SLOW: .*$/gm) ?? [];
    expect(tries).toHaveLength(3);
    // Backoff: the second retry waits at least twice the first delay (1 s, then ≥ 2 s).
    expect(seconds).toBeGreaterThan(3);
    expect(await jobRows(db)).toEqual([{ state: 'failed', retry_count: 2, doc: 'slow-0' }]);
    expect(await articleCounts(db)).toEqual({ rows: 0, distinct: 0, docs: 0 });
    const listed = await dateline(['jobs', '--db', db.url]);
    expect(listed.stdout).toMatch(/^created 0 {2}retry 0 {2}active 0 {2}completed 0 {2}cancelled 0 {2}failed 1$/m);
    expect(listed.stdout).toMatch(/^[0-9a-f-]{36} {2}slow-0 +2 +E_TOO_SLOW: analysis took/m);
    const json = JSON.parse((await dateline(['jobs', '--db', db.url, '--json'])).stdout);
    expect(json.failed).toEqual([expect.objectContaining({ doc: 'slow-0', retries: 2, code: 'E_TOO_SLOW' })]);
  });

  it('a worker that dies holding a job loses nothing: the lease runs out and another worker does it', async () => {
    const db = await database();
    const file = join(dir, 'lease.jsonl');
    writeQueueDocs(file, 3, 'lease');
    await dateline(['ingest', '--enqueue', file, '--db', db.url, '--lease-seconds', '2', '--retry-delay', '1']);
    // A "worker" takes two jobs and dies: they stay active, held by nobody.
    const { PgBoss } = await import('pg-boss');
    const dead = new PgBoss({ connectionString: db.url, supervise: false, schedule: false, registerInstance: false });
    dead.on('error', () => {});
    await dead.start();
    expect(await dead.fetch('dateline-ingest', { batchSize: 2 })).toHaveLength(2);
    await dead.stop({ graceful: false });
    const worked = await dateline(['worker', '--once', '--supervise-seconds', '1', '--db', db.url]);
    expect(worked.stdout).toMatch(/worker: 3 jobs .*: 3 added/);
    expect(await articleCounts(db)).toEqual({ rows: 3, distinct: 3, docs: 3 });
    const rows = await jobRows(db);
    expect(rows.map((r) => r.state)).toEqual(['completed', 'completed', 'completed']);
    expect(rows.filter((r) => r.retry_count === 1)).toHaveLength(2);
  });

  it('a job that holds no document fails with E_FIELD, and the others go on', async () => {
    const db = await database();
    const file = join(dir, 'one.jsonl');
    writeQueueDocs(file, 1, 'fine');
    await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({ connectionString: db.url, supervise: false, schedule: false, registerInstance: false });
    boss.on('error', () => {});
    await boss.start();
    await boss.send('dateline-ingest', { doc: { id: 'x' } }, { retryLimit: 0 });
    await boss.stop({ graceful: false });
    const worked = await dateline(['worker', '--once', '--db', db.url]);
    expect(worked.stderr).toMatch(/^job [0-9a-f-]{36}: E_FIELD: the job holds no document/m);
    expect(worked.stdout).toMatch(/worker: 2 jobs .*: 1 added, .* 1 failed tries/);
    expect(await articleCounts(db)).toEqual({ rows: 1, distinct: 1, docs: 1 });
  });

  it('an unreadable document is reported and the others are queued (exit 1)', async () => {
    const db = await database();
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'ok', date: '2025-01-02', text: 'The ferry left late.' })}\nnot json\n`);
    const r = await dateline(['ingest', '--enqueue', file, '--db', db.url]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mixed\.jsonl:2: E_JSON: /);
    expect(r.stdout).toMatch(/^queued 1 of 2 documents in .*, 1 unreadable$/m);
  });
});

describe('the work queue refuses what it cannot do (exit 2 or 1, one line)', () => {
  const cases: { args: string[]; status: number; stderr: RegExp }[] = [
    {
      args: ['ingest', '--enqueue', 'samples', '--db', '/tmp/x.db'],
      status: 2,
      stderr: /E_USAGE: the work queue lives in PostgreSQL, not in the SQLite file/,
    },
    { args: ['worker', '--once', '--db', 'news.db'], status: 2, stderr: /E_USAGE: the work queue lives in PostgreSQL/ },
    { args: ['jobs'], status: 2, stderr: /E_USAGE: the work queue needs a PostgreSQL store: pass --db/ },
    {
      args: ['worker', '--once', '--idle-exit', '5', '--db', 'postgres://h/d'],
      status: 2,
      stderr: /E_USAGE: give --once or --idle-exit, not both/,
    },
    { args: ['worker', '--jobs', '0', '--db', 'postgres://h/d'], status: 2, stderr: /E_USAGE: "0" is not a whole number from 1/ },
    {
      args: ['worker', '--idle-exit', 'soon', '--db', 'postgres://h/d'],
      status: 2,
      stderr: /E_USAGE: --idle-exit takes a number of seconds/,
    },
    {
      args: ['ingest', '--enqueue', 'samples', '--retries', '-1', '--db', 'postgres://h/d'],
      status: 2,
      stderr: /E_USAGE: "-1" is not a whole number/,
    },
    {
      args: ['ingest', '--enqueue', 'samples', '--lease-seconds', '0', '--db', 'postgres://h/d'],
      status: 2,
      stderr: /E_USAGE: --lease-seconds takes/,
    },
  ];
  for (const { args, status, stderr } of cases) {
    it(`dateline ${args.join(' ')}`, async () => {
      const r = await dateline(args);
      expect(r.stderr).toMatch(stderr);
      expect(r.status).toBe(status);
    });
  }

  it.skipIf(!up)('a database that does not exist: E_DB_CONNECT, exit 1', async () => {
    const { databaseUrl } = await import('./support/pg-databases.js');
    const r = await dateline(['jobs', '--db', databaseUrl('wt_queue_no_such_database')]);
    expect(r.stderr).toMatch(/^dateline jobs: E_DB_CONNECT: .*wt_queue_no_such_database/m);
    expect(r.status).toBe(1);
  });
});
