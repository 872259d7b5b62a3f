import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';
import { cli, dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';
import { DIALECTS, freshStore, PG_URL, pgQuery, type TestStore } from './support/stores.js';

const articles = [fixture(NEWS.senate!), fixture(NEWS.geneva!)];
const made: TestStore[] = [];
afterAll(async () => {
  for (const place of made) await place.drop();
});

async function filledStore(dialect: (typeof DIALECTS)[number]): Promise<TestStore> {
  const place = freshStore(dialect);
  made.push(place);
  const store = await Store.open({ db: place.db, write: true });
  await store.add(articles, 'v1');
  await store.close();
  return place;
}

async function articleCount(db: string): Promise<number> {
  const store = await Store.open({ db });
  try {
    return (await store.stats()).versions;
  } finally {
    await store.close();
  }
}

describe.skipIf(PG_URL === 'off')('a PostgreSQL URL that cannot connect', () => {
  it.each([
    ['nothing listens on the port', 'postgres://postgres@127.0.0.1:1/test'],
    ['no such database', `${PG_URL.replace(/\/[^/?]*(\?.*)?$/, '')}/no_such_dateline_db`],
  ])('%s: E_DB_CONNECT', async (_name, url) => {
    await expect(Store.open({ db: url, write: true })).rejects.toMatchObject({ code: 'E_DB_CONNECT' });
  });

  it('the CLI says so in one line with the code, exit 1', async () => {
    const r = await dateline(['quotes', '--db', 'postgres://postgres@127.0.0.1:1/test']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dateline quotes: E_DB_CONNECT: /);
  });
});

for (const dialect of DIALECTS) {
  describe(`a store written by a newer dateline (${dialect})`, () => {
    it('is refused with E_DB_NEWER, for reading and writing, and left as it was', async () => {
      const place = await filledStore(dialect);
      const future = `insert into kysely_migration (name, timestamp) values ('999-from-the-future', '2099-01-01T00:00:00.000Z')`;
      if (dialect === 'postgres') await pgQuery(place.db, future);
      else {
        const { default: Database } = await import('better-sqlite3');
        const raw = new Database(place.db);
        raw.exec(future);
        raw.close();
      }
      await expect(Store.open({ db: place.db })).rejects.toMatchObject({ code: 'E_DB_NEWER' });
      const r = await dateline(['ingest', 'samples', '--db', place.db]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^dateline ingest: E_DB_NEWER: .*999-from-the-future/);
      const rows =
        dialect === 'postgres'
          ? (await pgQuery(place.db, 'select count(*)::int as n from articles')).rows[0].n
          : await (async () => {
              const { default: Database } = await import('better-sqlite3');
              const raw = new Database(place.db, { readonly: true });
              const n = (raw.prepare('select count(*) as n from articles').get() as { n: number }).n;
              raw.close();
              return n;
            })();
      expect(rows).toBe(2);
    });
  });
}

describe('an older store', () => {
  it('is brought up to date, each step reported', async () => {
    const place = freshStore('sqlite');
    made.push(place);
    const { default: Database } = await import('better-sqlite3');
    const { Kysely, Migrator, SqliteDialect } = await import('kysely');
    const { migrationProvider, migrationsFor } = await import('../src/store/migrations/index.js');
    const old = new Kysely({ dialect: new SqliteDialect({ database: new Database(place.db) }) });
    await new Migrator({ db: old, provider: migrationProvider('sqlite') }).migrateTo('002-full-text');
    await old.destroy();
    const steps: string[] = [];
    const store = await Store.open({ db: place.db, write: true, onMigration: (s) => steps.push(`${s.name} ${s.status}`) });
    await store.close();
    expect(steps).toEqual(Object.keys(migrationsFor('sqlite')).map((m, i) => `${m} ${i < 2 ? 'already' : 'applied'}`));
  });
});

describe('a migration that fails', () => {
  it('leaves no half-made schema (SQLite: a clashing table makes step 001 fail)', async () => {
    const place = freshStore('sqlite');
    made.push(place);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(place.db);
    raw.exec('create table entities (something text)');
    raw.close();
    await expect(Store.open({ db: place.db, write: true })).rejects.toMatchObject({ code: 'E_DB' });
    const check = new Database(place.db, { readonly: true });
    const tables = check.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
    check.close();
    expect(tables.map((t) => t.name)).toEqual(['entities']);
  });
});

describe('a store that cannot be written', () => {
  it.skipIf(PG_URL === 'off')('PostgreSQL in a read-only session: E_DB_READONLY, nothing written', async () => {
    const place = await filledStore('postgres');
    const readOnly = `${place.db}&options=${encodeURIComponent('-c default_transaction_read_only=on')}`;
    const store = await Store.open({ db: readOnly, write: true });
    await expect(store.add([fixture(NEWS.helpful!)], 'v1')).rejects.toMatchObject({ code: 'E_DB_READONLY' });
    await store.close();
    expect(await articleCount(place.db)).toBe(2);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'a read-only SQLite file and folder: ingest fails with E_DB_READONLY, questions still work',
    async () => {
      const place = await filledStore('sqlite');
      const dir = join(place.db, '..');
      chmodSync(place.db, 0o444);
      chmodSync(dir, 0o555);
      try {
        const asNobody = { uid: 65534, gid: 65534 };
        const ingest = cli(['ingest', 'samples', '--db', place.db], asNobody);
        expect(ingest.status).toBe(1);
        expect(ingest.stderr).toMatch(/^dateline ingest: E_DB_READONLY: /);
        const quotes = cli(['quotes', '--speaker', 'Rubio', '--json', '--db', place.db], asNobody);
        expect(quotes.stderr).toBe('');
        expect(JSON.parse(quotes.stdout)).toHaveLength(2);
      } finally {
        chmodSync(dir, 0o755);
        chmodSync(place.db, 0o644);
      }
      expect(await articleCount(place.db)).toBe(2);
    },
  );

  it('a missing store asked a question: E_NOT_FOUND, and no empty store is left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-ro-'));
    try {
      const r = await dateline(['quotes', '--db', join(dir, 'missing.db')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/E_NOT_FOUND: no store at/);
      expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a full disk (SQLite page limit): E_DB_FULL and the whole batch rolled back', async () => {
    const place = await filledStore('sqlite');
    const store = await Store.open({ db: place.db, write: true, maxPages: 40 });
    const big = Array.from({ length: 50 }, (_, i) =>
      fixture({ id: `big${i}`, date: '2025-06-01', text: `Article ${i}. ${'The harbour board met again and said little. '.repeat(200)}` }),
    );
    await expect(store.add(big, 'v1')).rejects.toMatchObject({ code: 'E_DB_FULL' });
    await store.close();
    expect(await articleCount(place.db)).toBe(2);
  });
});
