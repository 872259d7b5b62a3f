import { chmodSync, closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatelineHeader } from '../src/ingest/dateline-text.js';
import { checkDate } from '../src/ingest/dates.js';
import { Store } from '../src/store/store.js';
import { cli, dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';

// Issue #19 item 11: dates in years 0–99, a damaged store, a store of a newer dateline,
// a WAL store in a read-only folder, a full standard output.
let dir: string;
let good: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  good = join(dir, 'good.db');
  const store = await Store.open({ db: good, write: true });
  await store.add([fixture(NEWS.senate!), fixture(NEWS.geneva!)], 'v1');
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dates in years 0–99 and beyond 9999', () => {
  it.each([
    ['0000-02-29', true], // year 0 is a leap year (1900 is not)
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['0099-12-31', true],
    ['1900-02-29', false],
  ])('checkDate(%s) accepts: %s', (date, ok) => {
    expect(() => checkDate(date)).toSatisfy((f: () => void) => {
      try {
        f();
        return ok;
      } catch {
        return !ok;
      }
    });
  });

  it.each([
    ['date 99999-01-01', 'E_DATE'],
    ['date 2025-1-1', 'E_DATE'],
    ['date 2025/01/01', 'E_DATE'],
  ])('a header %j meant as a date is %s, not silently plain text', (header, code) => {
    expect(() => readDatelineHeader(`${header}\n\nThe port reopened.`)).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    ['date soon', null],
    ['dated prose', null],
  ])('a header %j that is no date is plain text (negative)', (header, found) => {
    expect(readDatelineHeader(`${header}\n\nThe port reopened.`)).toBe(found);
  });

  it('resolves `yesterday` in an article dated 0050 to 0050, not 1950', async () => {
    const file = join(dir, 'ancient.txt');
    writeFileSync(file, 'date 0050-03-10\n\nThe governor said yesterday that the harbour would close.\n');
    const out = JSON.parse((await dateline(['extract', file])).stdout) as { timexes: { text: string; value: string }[] };
    expect(out.timexes.find((t) => t.text === 'yesterday')?.value).toBe('0050-03-09');
  });
});

describe('a damaged store', () => {
  it.each([['export'], ['quotes'], ['search', 'vote'], ['show', '1'], ['ingest', 'samples']])(
    '%s: E_DB_CORRUPT with how to recover, no stack trace, exit 1',
    async (...args) => {
      const bad = join(dir, `bad-${args[0]}.db`);
      copyFileSync(good, bad);
      const bytes = readFileSync(bad);
      bytes.fill(0x5a, 4096, bytes.length); // every page but the first
      writeFileSync(bad, bytes);
      const r = await dateline([...args, '--db', bad]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^dateline \w+: E_DB_CORRUPT: .*restore a backup/m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('a file that is no database at all: E_DB_CORRUPT', async () => {
    const bad = join(dir, 'noise.db');
    writeFileSync(bad, Buffer.alloc(8192, 7));
    const r = await dateline(['quotes', '--db', bad]);
    expect(r.stderr).toMatch(/^dateline quotes: E_DB_CORRUPT: /);
  });
});

describe('a store written by a newer dateline', () => {
  it('is refused before anything is written to it: the file is byte for byte as it was, no -wal', async () => {
    const newer = join(dir, 'newer.db');
    copyFileSync(good, newer);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(newer);
    raw.exec(`insert into kysely_migration (name, timestamp) values ('999-from-the-future', '2099-01-01T00:00:00.000Z')`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(newer);
    const r = await dateline(['ingest', 'samples', '--db', newer]);
    expect(r.stderr).toMatch(/^dateline ingest: E_DB_NEWER: /);
    expect(readFileSync(newer).equals(before)).toBe(true);
    expect(existsSync(`${newer}-wal`)).toBe(false);
  });
});

describe('a WAL store in a folder this user cannot write', () => {
  it.skipIf(process.getuid?.() !== 0)('answers queries (from a copy); ingest is refused with E_DB_READONLY', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dateline-rowal-'));
    const db = join(folder, 'store.db');
    copyFileSync(good, db);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(db);
    raw.pragma('journal_mode = WAL');
    raw.close();
    chmodSync(folder, 0o555);
    try {
      const asNobody = { uid: 65534, gid: 65534 };
      const quotes = cli(['quotes', '--speaker', 'Rubio', '--json', '--db', db], asNobody);
      expect(quotes.stderr).toBe('');
      expect(JSON.parse(quotes.stdout)).toHaveLength(2);
      const ingest = cli(['ingest', 'samples', '--db', db], asNobody);
      expect(ingest.stderr).toMatch(/^dateline ingest: E_DB_READONLY: /);
    } finally {
      chmodSync(folder, 0o755);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a standard output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full): one E_WRITE line, exit 1, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(['show', '1', '--db', good], { stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('dateline: E_WRITE: cannot write the output (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});
