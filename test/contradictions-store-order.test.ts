import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { pgAnswers } from './support/pg-databases.js';
import { DIALECTS, freshStore, PG_URL } from './support/stores.js';

/**
 * Issue #14: the pairs across stored articles depend only on which articles are stored, not on
 * how they arrive (batches, runs, order), and are those found without a store. Texts written for
 * this test: two say the state will not sell the ferry, two that it will, so each claim has two
 * candidates and a claim keeps one pair; before the fix, ingesting them one run each, or the two
 * reports first, stored different pairs (and a claim in two pairs). A fifth text has the
 * governor say it again: the pair against his account is repeated against it (cross-echo).
 */
const TEXTS = [
  {
    id: 'ferry-1',
    date: '2026-05-04',
    text: 'Governor Tomas Brenner said on Monday that the state will not sell the Lakeside Ferry to private operators.',
  },
  {
    id: 'ferry-2',
    date: '2026-05-08',
    text: 'The Northfield Gazette reported on Thursday that the state will sell the Lakeside Ferry to private operators next year.',
  },
  {
    id: 'ferry-5',
    date: '2026-05-10',
    text: 'The Harbor Courier reported on Saturday that the state will sell the Lakeside Ferry to private operators before the winter.',
  },
  {
    id: 'ferry-6',
    date: '2026-05-12',
    text: 'Senator Ada Vollmer said on Tuesday that the state will not sell the Lakeside Ferry to private operators this year.',
  },
  {
    id: 'ferry-7',
    date: '2026-05-14',
    text: 'Governor Tomas Brenner said on Thursday that the state will not sell the Lakeside Ferry to private operators at all.',
  },
];

/** How the texts arrive: runs of `ingest` (indexes into TEXTS), each with a --batch size. */
const ARRIVALS: { name: string; runs: number[][]; batch: number }[] = [
  { name: 'one run, one batch', runs: [[0, 1, 2, 3, 4]], batch: 1000 },
  { name: 'one run, batches of one', runs: [[0, 1, 2, 3, 4]], batch: 1 },
  { name: 'one run, reversed, batches of two', runs: [[4, 3, 2, 1, 0]], batch: 2 },
  { name: 'a run each', runs: [[0], [1], [2], [3], [4]], batch: 1000 },
  {
    name: 'the reports first',
    runs: [
      [1, 2],
      [4, 3, 0],
    ],
    batch: 1000,
  },
  { name: 'the statements last, one batch each', runs: [[2], [1], [4], [3], [0]], batch: 1 },
];

interface Side {
  doc: string;
  start: number;
  end: number;
}
interface Line {
  kind: string;
  a: Side;
  b: Side;
  confidence: number;
}

/** The cross-article pairs of `contradictions --json`, each as a sorted string of its two sides. */
const crossPairs = (out: string): string[] =>
  out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line)
    .filter((p) => p.a.doc !== p.b.doc)
    .map((p) => `${[p.a, p.b].map((s) => `${s.doc}[${s.start},${s.end})`).join(' ')} ${p.kind} ${p.confidence}`)
    .sort();

describe('pairs across stored articles do not depend on how the articles arrive', { timeout: 600_000 }, () => {
  let dir: string;
  let pgUp = false;
  let expected: string[] = [];
  const file = (name: string, items: readonly object[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${items.map((x) => JSON.stringify(x)).join('\n')}\n`);
    return path;
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-cross-order-'));
    pgUp = await pgAnswers();
    // Without a store: the same documents analysed together.
    const all = file('all.jsonl', TEXTS);
    const res = await dateline(['contradictions', all, '--json']);
    expect(res.status).toBe(0);
    expected = crossPairs(res.stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the texts make pairs, each claim in one but the echo (the no-store listing)', () => {
    expect(expected).toHaveLength(3);
    const sides = expected.flatMap((p) => p.split(' ').slice(0, 2));
    expect(new Set(sides).size).toBe(sides.length - 1);
    expect(expected.filter((p) => p.includes('ferry-7'))).toHaveLength(1);
  });

  for (const dialect of DIALECTS)
    for (const arrival of ARRIVALS)
      it(`${dialect}: ${arrival.name}`, async () => {
        if (dialect === 'postgres' && !pgUp) {
          console.log(`skipped: no PostgreSQL answers at ${PG_URL}`);
          return;
        }
        const store = freshStore(dialect);
        try {
          for (const [i, run] of arrival.runs.entries()) {
            const path = file(
              `${dialect}-${arrival.name.replace(/\W+/g, '-')}-${i}.jsonl`,
              run.map((n) => TEXTS[n] as object),
            );
            const res = await dateline(['ingest', path, '--db', store.db, '--batch', String(arrival.batch)]);
            expect(res.status).toBe(0);
          }
          const listed = await dateline(['contradictions', '--db', store.db, '--json']);
          expect(crossPairs(listed.stdout)).toEqual(expected);
        } finally {
          await store.drop();
        }
      });
});
