import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { DIALECTS, freshStore } from './support/stores.js';

const ARTICLES = [
  {
    id: 'bridge-1',
    date: '2026-03-10',
    text: 'Mayor Elena Varga said on Monday that the city will not close the Harbor Bridge. The Daily Ledger reported on Friday that the city was preparing to close the Harbor Bridge. Varga’s remarks were in contrast to the report.',
  },
  {
    id: 'bridge-2',
    date: '2026-03-12',
    text: 'Port engineers said 300 workers were repairing the Harbor Bridge. The dockworkers union said 120 workers were repairing the Harbor Bridge.',
  },
  {
    id: 'bridge-3',
    date: '2026-03-14',
    text: 'The Halvard Courier reported on Friday that the city will close the Harbor Bridge in April.',
  },
];

interface Line {
  kind: string;
  a: { doc: string; start: number; end: number; text: string; holder: string; date: string | null };
  b: { doc: string; start: number; end: number; text: string; holder: string; date: string | null };
  reason: string;
  confidence: number;
}

const lines = (out: string): Line[] =>
  out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

describe('dateline contradictions', { timeout: 240_000 }, () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-contradictions-'));
    file = join(dir, 'bridge.jsonl');
    writeFileSync(file, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with paths: pairs within and across the documents, as JSON lines with offsets into each text', async () => {
    const r = await dateline(['contradictions', file, '--json']);
    expect(r.status).toBe(0);
    const pairs = lines(r.stdout);
    expect(pairs.map((p) => p.kind)).toEqual(expect.arrayContaining(['statement-vs-report', 'numbers-differ']));
    for (const p of pairs)
      for (const side of [p.a, p.b]) {
        const article = ARTICLES.find((a) => a.id === side.doc);
        expect(article?.text.slice(side.start, side.end)).toBe(side.text);
      }
    expect(pairs.some((p) => p.a.doc !== p.b.doc)).toBe(true);
  });

  it('filters by --kind and --about, and rejects an unknown kind (exit 2)', async () => {
    expect(
      lines((await dateline(['contradictions', file, '--json', '--kind', 'numbers-differ'])).stdout).every(
        (p) => p.kind === 'numbers-differ',
      ),
    ).toBe(true);
    expect(lines((await dateline(['contradictions', file, '--json', '--about', 'dockworkers'])).stdout).length).toBeGreaterThan(0);
    expect(lines((await dateline(['contradictions', file, '--json', '--about', 'nobody-at-all'])).stdout)).toEqual([]);
    expect((await dateline(['contradictions', file, '--kind', 'rumour'])).status).toBe(2);
  });

  it('prints both sides with dates and sources for a person', async () => {
    const out = (await dateline(['contradictions', file, '--kind', 'statement-vs-report'])).stdout;
    expect(out).toMatch(/A 2026-03-09 {2}Elena Varga/);
    expect(out).toMatch(/B 2026-03-06 {2}.*Ledger/);
  });

  for (const dialect of DIALECTS) {
    it(`${dialect}: stores each article's pairs, lists them by --since, and export gives back what extract printed`, async () => {
      const store = freshStore(dialect);
      try {
        expect((await dateline(['ingest', file, '--db', store.db])).status).toBe(0);
        const stored = lines((await dateline(['contradictions', '--db', store.db, '--json'])).stdout);
        const inside = (ps: Line[]) => ps.filter((p) => p.a.doc === p.b.doc);
        expect(
          inside(stored)
            .map((p) => p.kind)
            .sort(),
        ).toEqual(['numbers-differ', 'statement-vs-report']);
        // ingest also compares each new article with the stored ones (test/contradictions-store-cross.test.ts)
        expect(stored.some((p) => p.a.doc !== p.b.doc)).toBe(true);
        expect(
          inside(lines((await dateline(['contradictions', '--db', store.db, '--json', '--since', '2026-03-11'])).stdout)).map(
            (p) => p.kind,
          ),
        ).toEqual([]);
        expect((await dateline(['export', '--db', store.db])).stdout).toBe((await dateline(['extract', file])).stdout);
      } finally {
        await store.drop();
      }
    }, 240_000);
  }
});

describe('dateline stance', { timeout: 240_000 }, () => {
  it('labels each pair and scores it, one JSON line per input line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-stance-'));
    try {
      const file = join(dir, 'pairs.jsonl');
      const text = ARTICLES[0]?.text ?? '';
      writeFileSync(
        file,
        [
          { id: 'x1', claim: 'The city will close the Harbor Bridge.', text: ARTICLES[2]?.text },
          { id: 'x2', claim: 'The bakery on Fifth Street won a prize for its rye bread.', text },
        ]
          .map((x) => JSON.stringify(x))
          .join('\n'),
      );
      const r = await dateline(['stance', file, '--json']);
      expect(r.status).toBe(0);
      const out = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; stance: string; score: number });
      expect(out.map((o) => o.id)).toEqual(['x1', 'x2']);
      expect(out[0]?.stance).not.toBe('unrelated');
      expect(out[1]?.stance).toBe('unrelated');
      expect((await dateline(['stance', join(dir, 'missing.jsonl')])).status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
