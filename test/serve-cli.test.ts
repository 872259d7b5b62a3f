import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';
import { CLI, ROOT } from './support/paths.js';
import { freshStore, type TestStore } from './support/stores.js';

/**
 * `dateline serve` and `dateline demo --serve` as a user runs them (a process): the address printed,
 * a warning when exposed. The store is filled, and the taken port tried, in-process.
 */

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly stderr: () => string;
}

/** Starts the CLI and waits for the line that gives the address. */
function start(args: readonly string[]): Promise<Started> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_DB: undefined, DATELINE_TOKEN: undefined },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address in 90 s: ${out} ${err}`)), 90_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /at (http:\/\/[^/\s]+)\//.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, stderr: () => err });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out} ${err}`)));
  });
}

const running: ChildProcess[] = [];
let store: TestStore | undefined;

afterEach(async () => {
  for (const child of running.splice(0)) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await store?.drop();
  store = undefined;
});

describe('dateline serve', () => {
  const cases: [string, string, boolean][] = [
    ['localhost', '127.0.0.1', false],
    ['every address', '0.0.0.0', true],
  ];
  it.each(cases)('binds %s, prints the address, warns only when exposed', async (_name, host, warns) => {
    store = freshStore('sqlite');
    expect((await dateline(['ingest', 'samples/sample-01-port-strike.txt', '--db', store.db])).status).toBe(0);
    const server = await start(['serve', '--db', store.db, '--port', '0', '--host', host]);
    running.push(server.child);
    const port = new URL(server.url).port;
    const answer = await fetch(`http://127.0.0.1:${port}/api/articles`);
    expect(answer.status).toBe(200);
    expect(server.stderr().includes('warning: listening on')).toBe(warns);
  });

  it('says why when the port is taken', async () => {
    store = freshStore('sqlite');
    expect((await dateline(['ingest', 'samples/sample-01-port-strike.txt', '--db', store.db])).status).toBe(0);
    const first = await start(['serve', '--db', store.db, '--port', '0']);
    running.push(first.child);
    const second = await dateline(['serve', '--db', store.db, '--port', new URL(first.url).port]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/E_USAGE: cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  });
});

describe('dateline demo --serve', () => {
  it('opens the demo store in the web UI and prints its address', async () => {
    const demo = await start(['demo', '--serve', '--port', '0']);
    running.push(demo.child);
    const page = await fetch(`${demo.url}/articles/1`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const list = (await (await fetch(`${demo.url}/api/articles`)).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(3);
  });
});
