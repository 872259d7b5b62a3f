import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { pgAnswers } from './support/pg-databases.js';
import { DIALECTS, freshStore, PG_URL } from './support/stores.js';

/**
 * Issue #14: "stored pairs survive re-analysis and are found again when a new article arrives".
 * `ingest` compares each new article's claims with stored claims about the same entities within
 * a year and stores the pairs across articles; a new version of an article drops its pairs and
 * finds them again. Texts written for this test.
 */
interface Side {
  doc: string;
  start: number;
  end: number;
  text: string;
}
interface Line {
  kind: string;
  a: Side;
  b: Side;
  rule?: string;
}

const STATEMENT = {
  id: 'ferry-1',
  date: '2026-05-04',
  text: 'Governor Tomas Brenner said on Monday that the state will not sell the Lakeside Ferry to private operators.',
};
const REPORT = {
  id: 'ferry-2',
  date: '2026-05-08',
  text: 'The Northfield Gazette reported on Thursday that the state will sell the Lakeside Ferry to private operators next year.',
};
/** The same frame two years later: outside the window. */
const LATE = {
  id: 'ferry-3',
  date: '2028-06-01',
  text: 'The Northfield Gazette reported on Friday that the state will sell the Lakeside Ferry to private operators this summer.',
};
/** Another entity, the same words: not a candidate. */
const ELSEWHERE = {
  id: 'ferry-4',
  date: '2026-05-09',
  text: 'The Eastport Herald reported on Friday that the county will sell the Harbor Tram to private operators.',
};

const crossLines = (out: string): Line[] =>
  out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line)
    .filter((p) => p.a.doc !== p.b.doc);

const docs = (p: Line) => [p.a.doc, p.b.doc].sort().join(' ');

describe('contradictions across stored articles (ingest)', { timeout: 300_000 }, () => {
  let dir: string;
  const file = (name: string, items: readonly object[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${items.map((x) => JSON.stringify(x)).join('\n')}\n`);
    return path;
  };
  let pgUp = false;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-cross-'));
    pgUp = await pgAnswers();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const dialect of DIALECTS) {
    it(`${dialect}: a new article is compared with stored ones; a new version loses its pairs and finds them again`, async () => {
      if (dialect === 'postgres' && !pgUp) {
        console.log(`skipped: no PostgreSQL answers at ${PG_URL}`);
        return;
      }
      const store = freshStore(dialect);
      try {
        expect((await dateline(['ingest', file('one.jsonl', [STATEMENT]), '--db', store.db])).status).toBe(0);
        expect(crossLines((await dateline(['contradictions', '--db', store.db, '--json'])).stdout)).toEqual([]);

        // the report arrives later, in its own run: found against the stored statement
        expect((await dateline(['ingest', file('two.jsonl', [REPORT, LATE, ELSEWHERE]), '--db', store.db])).status).toBe(0);
        const pairs = crossLines((await dateline(['contradictions', '--db', store.db, '--json'])).stdout);
        expect(pairs.map(docs)).toEqual(['ferry-1 ferry-2']);
        const pair = pairs[0] as Line;
        expect(pair.rule).toBe('contradictions/cross-frame');
        for (const side of [pair.a, pair.b]) {
          const text = [STATEMENT, REPORT].find((x) => x.id === side.doc)?.text ?? '';
          expect(text.slice(side.start, side.end)).toBe(side.text);
        }

        // a new version of the statement: its old pair goes with the old text, the new one is found again
        const revised = { ...STATEMENT, text: `${STATEMENT.text} He spoke in Northfield.` };
        expect((await dateline(['ingest', file('three.jsonl', [revised]), '--db', store.db])).status).toBe(0);
        const again = crossLines((await dateline(['contradictions', '--db', store.db, '--json'])).stdout);
        expect(again.map(docs)).toEqual(['ferry-1 ferry-2']);
        const side = (again[0] as Line).a.doc === 'ferry-1' ? (again[0] as Line).a : (again[0] as Line).b;
        expect(revised.text.slice(side.start, side.end)).toBe(side.text);
      } finally {
        await store.drop();
      }
    });
  }
});
