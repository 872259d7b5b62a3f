import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalysisPool } from '../src/analysis/pool/analysis-pool.js';
import { mapOrdered } from '../src/analysis/pool/ordered-map.js';
import type { SourceDoc } from '../src/doc/doc.js';

const STUCK = { module: pathToFileURL(`${import.meta.dirname}/support/stuck-pipeline.ts`).href, options: { version: 'v7' } };

const source = (id: string, text: string): SourceDoc => ({ id, date: '2024-03-01', text, meta: { source: `${id}.txt` } });

/** Small articles written for this test: names, quotes, dates. */
const ARTICLES = Array.from({ length: 12 }, (_, i) =>
  source(
    `a${i}`,
    `Mayor Ana Ruiz${i} said on Monday that the ${i % 2 ? 'bridge' : 'school'} in Toledo would reopen by ${1 + i} May.\n\n` +
      `"We will not wait any longer," Ruiz${i} told reporters. The council voted ${i + 3} to 2 on Tuesday.`,
  ),
);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const delayed = async <T>(ms: number, value: T): Promise<T> => {
  await sleep(ms);
  return value;
};

describe('mapOrdered', () => {
  it('yields in input order whatever order the work finishes in', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25];
    const out: number[] = [];
    for await (const x of mapOrdered(delays.entries(), ([i, d]) => delayed(d, i), 3)) out.push(x);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads no more than `limit` items ahead of the consumer (back-pressure)', async () => {
    let read = 0;
    let consumed = 0;
    let worst = 0;
    async function* numbers() {
      for (let i = 0; i < 50; i++) {
        read++;
        worst = Math.max(worst, read - consumed);
        yield i;
      }
    }
    for await (const _ of mapOrdered(numbers(), (i) => delayed(i % 3, i), 4)) consumed++;
    expect(consumed).toBe(50);
    expect(worst).toBeLessThanOrEqual(5);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* numbers() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const x of mapOrdered(numbers(), async (i) => i, 2)) if (x === 3) break;
    expect(closed).toBe(true);
  });

  it.each([0, -1, 1.5])('refuses limit %s', async (limit) => {
    await expect(mapOrdered([1], async (i) => i, limit).next()).rejects.toThrow(RangeError);
  });
});

describe('createAnalysisPool', () => {
  it('gives the same outputs on 1 and 2 threads (worker loaded from the TypeScript sources)', async () => {
    const outputs = async (jobs: number) => {
      const pool = await createAnalysisPool({ jobs, layers: ['entities'] });
      try {
        const results = [];
        for await (const r of mapOrdered(ARTICLES, (a) => pool.analyse(a), 2 * jobs)) results.push(r);
        return { results, stages: await pool.stages() };
      } finally {
        await pool.close();
      }
    };
    const one = await outputs(1);
    const two = await outputs(2);
    expect(two.results.map((r) => (r.ok ? JSON.stringify(r.output) : r.error.code))).toEqual(
      one.results.map((r) => (r.ok ? JSON.stringify(r.output) : r.error.code)),
    );
    expect(two.results.map((r) => r.ok && r.layers.entities)).toEqual(one.results.map((r) => r.ok && r.layers.entities));
    expect(two.stages.map((s) => `${s.name}@${s.version ?? ''}`)).toEqual(one.stages.map((s) => `${s.name}@${s.version ?? ''}`));
    expect(one.results.every((r) => r.ok)).toBe(true);
  }, 120_000);

  it('fails a document whose worker is stuck with E_TOO_SLOW, replaces the worker and goes on', async () => {
    const pool = await createAnalysisPool({ jobs: 2, recipe: STUCK, maxSeconds: 0.2, graceSeconds: 1 });
    try {
      const docs = [source('ok1', 'fine'), source('stuck', 'STUCK here'), source('crash', 'CRASH'), source('ok2', 'fine too')];
      const results = [];
      for await (const r of mapOrdered(docs, (d) => pool.analyse(d), 4)) results.push(r);
      expect(results.map((r) => (r.ok ? r.output.id : `${r.where}: ${r.error.code}`))).toEqual([
        'ok1',
        'stuck.txt: E_TOO_SLOW',
        'crash.txt: E_ANALYSIS',
        'ok2',
      ]);
      expect((await pool.analyse(source('after', 'still working'))).ok).toBe(true);
      expect(await pool.stages()).toEqual([{ name: 'tokens', version: 'v7' }]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails documents asked for after close, and closes twice without error', async () => {
    const pool = await createAnalysisPool({ jobs: 2, recipe: STUCK });
    await pool.close();
    await pool.close();
    const r = await pool.analyse(source('late', 'fine'));
    expect(r.ok).toBe(false);
  });

  it.each([0, 1.5, -2])('refuses jobs %s', async (jobs) => {
    await expect(createAnalysisPool({ jobs })).rejects.toThrow(/--jobs/);
  });
});
