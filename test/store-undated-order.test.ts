import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/**
 * Issue #19 item 5: rows with no date (an article stored without one) sort after every dated
 * row on both dialects, so a `--limit` shows the same rows on SQLite and PostgreSQL.
 */
const articles = [
  { id: 'undated', text: 'Mara Lindqvist said the bridge would reopen. "We are ready," Lindqvist told reporters.' },
  {
    id: 'dated',
    date: '2026-04-02',
    text: 'Mara Lindqvist said on Tuesday the ferry would run again. Lindqvist said the fares stay the same.',
  },
];

const folder = mkdtempSync(join(tmpdir(), 'dateline-undated-'));
const input = join(folder, 'articles.jsonl');
writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);

const seen = new Map<string, string[]>();

for (const dialect of DIALECTS) {
  describe(`undated rows last (${dialect})`, () => {
    let place: TestStore;
    beforeAll(async () => {
      place = freshStore(dialect);
      expect((await dateline(['ingest', '--db', place.db, input])).status).toBe(0);
    }, 120_000);
    afterAll(async () => place?.drop());

    it.each([
      ['quotes', ['quotes', '--json']],
      ['timeline', ['timeline', 'Mara Lindqvist', '--json']],
    ])('%s', async (name, args) => {
      const run = await dateline([...args, '--db', place.db]);
      expect(run.status).toBe(0);
      const rows = JSON.parse(run.stdout) as { doc_id: string; said?: string | null; date?: string | null }[];
      const docs = rows.map((r) => r.doc_id);
      expect(docs).toContain('undated');
      expect(docs).toContain('dated');
      expect(docs.indexOf('undated')).toBeGreaterThan(docs.lastIndexOf('dated'));
      const key = `${name}`;
      const other = seen.get(key);
      if (other) expect(docs).toEqual(other);
      else seen.set(key, docs);
    });
  });
}
