import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../src/bench/synthetic.js';
import { dateline } from './support/cli.js';
import { CLI, ROOT } from './support/paths.js';
import { countRows, DIALECTS, freshStore, type TestStore } from './support/stores.js';

const DOCS = 60;
/** The concurrent test's share: the first SMALL documents. */
const SMALL = 40;
let dir: string;
let corpus: string;
let small: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
  corpus = join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: DOCS }, (_, i) => {
    const { output } = syntheticArticle(i, 7);
    return JSON.stringify({ id: output.id, date: output.date, text: output.text });
  });
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  small = join(dir, 'small.jsonl');
  writeFileSync(small, `${lines.slice(0, SMALL).join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const dialect of DIALECTS) {
  describe(`ingest killed with SIGKILL mid-way, then re-run (${dialect})`, () => {
    let place: TestStore;
    afterAll(async () => place?.drop());

    it('keeps every committed batch, and the re-run stores the rest: no duplicate, no loss', async () => {
      place = freshStore(dialect);
      const child = spawn(process.execPath, [CLI, 'ingest', corpus, '--db', place.db, '--batch', '5'], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let seen = 0;
      // a loaded machine (other builds on the two cores) can take half a minute to start the child
      const deadline = Date.now() + 90_000;
      while (seen < 10 && Date.now() < deadline) {
        await sleep(25);
        seen = await countRows(dialect, place.db).then(
          (c) => c.rows,
          () => 0,
        );
      }
      child.kill('SIGKILL');
      await exited;
      const afterKill = await countRows(dialect, place.db);
      expect(afterKill.rows).toBeGreaterThanOrEqual(10);
      expect(afterKill.rows).toBeLessThan(DOCS);
      expect(afterKill.distinct).toBe(afterKill.rows);

      const rerun = await dateline(['ingest', corpus, '--db', place.db]);
      expect(rerun.stderr).toBe('');
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toMatch(
        new RegExp(`${DOCS - afterKill.rows} added, 0 new versions, 0 re-analysed, ${afterKill.rows} unchanged, 0 failed`),
      );
      expect(await countRows(dialect, place.db)).toEqual({ rows: DOCS, distinct: DOCS });
      // a process started and killed, then a whole analysis run: three times the default on a busy machine
    }, 180_000);
  });
}

for (const dialect of DIALECTS) {
  describe(`two ingests of the same files at once (${dialect})`, () => {
    let place: TestStore;
    afterAll(async () => place?.drop());

    it('store every article once, both exit 0', async () => {
      place = freshStore(dialect);
      expect((await dateline(['ingest', '--db', place.db, join(ROOT, 'samples')])).status).toBe(0);
      const run = () =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [CLI, 'ingest', small, '--db', place.db, '--batch', '10'], { cwd: ROOT });
          let stderr = '';
          child.stderr.on('data', (d) => {
            stderr += String(d);
          });
          child.on('exit', (code) => resolve({ code, stderr }));
        });
      const [a, b] = await Promise.all([run(), run()]);
      expect([a.stderr, b.stderr]).toEqual(['', '']);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(await countRows(dialect, place.db)).toEqual({ rows: SMALL + 3, distinct: SMALL + 3 });
      // an ingest in-process and two processes: twice the default on a busy machine
    }, 120_000);
  });
}
