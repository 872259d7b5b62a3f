import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, dateline } from './support/cli.js';
import { CLI } from './support/paths.js';

// Issue #18: the output of extract and ingest is the same bytes for any --jobs. --jobs 2 and 3
// run the built CLI (`npm test` builds first), whose workers load dist/analysis/pool/analysis-worker.js
// (in-process, a worker would load the TypeScript sources through tsx: seconds each); --jobs 1,
// export and the usage errors run in-process.
let dir: string;
const NAMES = ['Ana Ruiz', 'Tom Becker', 'Li Wei', 'Sara Okafor'];
const PLACES = ['Toledo', 'Leeds', 'Osaka', 'Porto'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-jobs-'));
  for (let i = 0; i < 24; i++) {
    const who = NAMES[i % 4] as string;
    const where = PLACES[(i * 3) % 4] as string;
    const paragraphs = Array.from(
      { length: 1 + (i % 4) },
      (_, j) =>
        `"We will not wait any longer," ${who} said on Monday in ${where}. The council said ${i * 7 + j} workers would return by ${1 + j} May, according to ${NAMES[(i + j) % 4]}.`,
    );
    writeFileSync(join(dir, `2024-03-${String(1 + (i % 28)).padStart(2, '0')}-doc${i}.txt`), `${paragraphs.join('\n\n')}\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--jobs', () => {
  it('extract prints the same bytes with --jobs 1, 2 and 3', async () => {
    const runs = [
      await dateline(['extract', '--jobs', '1', dir]),
      ...[2, 3].map((jobs) => cli(['extract', '--jobs', String(jobs), dir], { timeout: 170_000 })),
    ];
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[0]?.stdout.split('\n')).toHaveLength(25);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
  }, 180_000);

  it('extract --jobs 2 under node V8 flags (--max-old-space-size, --heap-growing-percent): the workers inherit them', () => {
    const file = join(dir, '2024-03-01-doc0.txt');
    const plain = cli(['extract', '--jobs', '2', file], { timeout: 170_000 });
    const flagged = spawnSync(
      process.execPath,
      ['--max-old-space-size=1024', '--heap-growing-percent=0', CLI, 'extract', '--jobs', '2', file],
      {
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    expect(plain.status).toBe(0);
    expect(flagged.stderr).not.toContain('ERR_WORKER_INVALID_EXEC_ARGV');
    expect(flagged.status).toBe(0);
    expect(flagged.stdout).toBe(plain.stdout);
  }, 180_000);

  it('ingest --jobs 2 stores what --jobs 1 stores (export equal), and what extract prints', async () => {
    const ingests = [await dateline(['ingest', '--jobs', '1', dir, '--db', join(dir, 'store-1.db')])];
    ingests.push(cli(['ingest', '--jobs', '2', dir, '--db', join(dir, 'store-2.db')], { timeout: 170_000 }));
    const exports: string[] = [];
    for (const [i, ingest] of ingests.entries()) {
      expect(ingest.status).toBe(0);
      expect(ingest.stdout).toMatch(/24 added/);
      exports.push((await dateline(['export', '--db', join(dir, `store-${i + 1}.db`)])).stdout);
    }
    expect(exports[1]).toBe(exports[0]);
    expect(exports[0]).toBe((await dateline(['extract', '--jobs', '1', dir])).stdout);
  }, 180_000);

  it.each([['0'], ['-1'], ['1.5'], ['many']])('refuses --jobs %s with E_USAGE, exit 2', async (value) => {
    const run = await dateline(['extract', '--jobs', value, dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('E_USAGE');
  });
});
