import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../src/bench/synthetic.js';
import { dateline } from './support/cli.js';
import { CLI, ROOT } from './support/paths.js';

/**
 * Issue #19 items 1–2: ingest commits by work done, so a kill -9 at any moment loses at most
 * the transaction in progress (about --batch-seconds of work), and a re-run gives the store
 * an uninterrupted run gives. KILL_RUNS=10 for the ten runs; 3 by default (time).
 */
const DOCS = 30;
const RUNS = Number(process.env.KILL_RUNS ?? 3);
const BATCH_SECONDS = 0.4;
let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-kill-random-'));
  corpus = join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: DOCS }, (_, i) => {
    const { output } = syntheticArticle(i, 8);
    return JSON.stringify({ id: output.id, date: output.date, text: output.text });
  });
  writeFileSync(corpus, `${lines.join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rows(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

/** The stored articles and their annotations as `export` prints them, in id order (in-process: only the kill needs a process). */
async function exported(db: string): Promise<string[]> {
  const out = await dateline(['export', '--db', db]);
  expect(out.status).toBe(0);
  return out.stdout
    .split('\n')
    .filter((l) => l !== '')
    .sort();
}

describe('ingest killed with SIGKILL at random moments (SQLite)', () => {
  let reference: string[];
  beforeAll(async () => {
    const db = join(dir, 'reference.db');
    const run = await dateline(['ingest', corpus, '--db', db]);
    expect(run.status).toBe(0);
    reference = await exported(db);
    expect(reference).toHaveLength(DOCS);
  });

  for (let r = 0; r < RUNS; r++) {
    it(`run ${r + 1}: committed work survives, the re-run completes to the uninterrupted store`, async () => {
      const db = join(dir, `killed-${r}.db`);
      const child = spawn(process.execPath, [CLI, 'ingest', corpus, '--db', db, '--batch-seconds', String(BATCH_SECONDS)], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Wait for the first commit, then a random moment more; note when the count last moved.
      let count = 0;
      let lastChange = Date.now();
      const deadline = Date.now() + 60_000;
      while (count === 0 && Date.now() < deadline) {
        await sleep(20);
        count = rows(db);
      }
      lastChange = Date.now();
      const killAt = Date.now() + Math.floor(Math.random() * 1500);
      while (Date.now() < killAt) {
        await sleep(20);
        const now = rows(db);
        if (now !== count) {
          count = now;
          lastChange = Date.now();
        }
      }
      child.kill('SIGKILL');
      await exited;
      const killed = Date.now();
      const afterKill = rows(db);
      expect(afterKill).toBeGreaterThan(0);
      // Lost work: at most one transaction (batch-seconds of work, one document, slack for a busy machine).
      if (afterKill < DOCS) expect(killed - lastChange).toBeLessThan(BATCH_SECONDS * 1000 + 3000);

      const check = new Database(db, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();

      const rerun = await dateline(['ingest', corpus, '--db', db]);
      expect(rerun.stderr).toBe('');
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toContain(`${DOCS - afterKill} added, 0 new versions, 0 re-analysed, ${afterKill} unchanged, 0 failed`);
      expect(await exported(db)).toEqual(reference);
    });
  }
});
