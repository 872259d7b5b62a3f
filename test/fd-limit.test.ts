import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bottomUp, LOW_OPEN_FILE_LIMIT, lowOpenFileLimit } from '../src/analysis/load-in-steps.js';
import { CLI, ROOT } from './support/paths.js';

// Issue #19 item 11: `ulimit -n 256` (a common default; `ulimit -n` sets the hard limit too,
// so Node cannot raise it) must not crash start-up. Node's ES module loader reads every module
// of an import graph at once (EMFILE in its readFile): commands load their implementation
// lazily, so --version opens few files (it runs under `ulimit -n 48`); extract's whole
// pipeline peaks near 200 open files.
//
// Under a limit below 1024, a command's modules are loaded one file at a time first
// (src/analysis/load-in-steps.ts): `ingest` needed more than 128 before, and now runs at 64.
const folder = mkdtempSync(join(tmpdir(), 'dateline-fd-'));
const store = join(folder, 'store.db');
describe('a low limit on open files', () => {
  it.skipIf(!existsSync('/bin/bash')).each([
    [256, '--version', ['--version'], /^0\.\d+\.\d+/],
    [256, '--help', ['--help'], /^Usage: dateline/],
    [256, 'extract of one article', ['extract', 'samples/sample-01-port-strike.txt'], /^\{"schema":"dateline\/1"/],
    [64, 'extract of one article', ['extract', 'samples/sample-01-port-strike.txt'], /^\{"schema":"dateline\/1"/],
    [256, 'ingest', ['ingest', '--db', store, 'samples/sample-01-port-strike.txt'], /^ingested 1 documents/],
    [128, 'ingest', ['ingest', '--db', `${store}-128`, 'samples/sample-01-port-strike.txt'], /^ingested 1 documents/],
    [
      64,
      'ingest of the samples folder, two threads',
      ['ingest', '--jobs', '2', '--db', `${store}-64`, 'samples'],
      /^ingested \d+ documents.* 0 failed/,
    ],
    [64, 'quotes', ['quotes', '--db', store], /^said/],
  ])('ulimit -n %d: %s runs', (limit, _name, args, out) => {
    const command = `ulimit -n ${limit}; exec "${process.execPath}" "${CLI}" ${args.map((a) => `"${a}"`).join(' ')}`;
    const r = spawnSync('/bin/bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/EMFILE/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(out);
  });
});

describe('loading bottom-up', () => {
  it.each([
    ['a low limit', 256, true],
    ['just below the threshold', LOW_OPEN_FILE_LIMIT - 1, true],
    ['a normal limit (negative)', 4096, false],
    ['a limit that cannot be read (negative)', undefined, false],
  ])('%s: stepwise %s', (_name, limit, expected) => {
    expect(lowOpenFileLimit(limit)).toBe(expected);
  });

  it('lists every module after the modules it imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-graph-'));
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write('package.json', '{"type":"module"}');
    write('a.js', "import { b } from './b.js';\nexport * from './c.js';\nexport const a = () => import('./d.js');\n");
    write('b.js', "import './c.js';\nexport const b = 1;\n");
    write('c.js', 'export const c = 1;\n');
    write('d.js', "import { b } from './b.js';\nexport const d = b;\n");
    write('e.js', 'export const e = 1; // nobody imports me\n');
    const order = bottomUp(pathToFileURL(join(dir, 'a.js'))).map((u) => u.pathname.split('/').pop());
    expect(order).toEqual(['c.js', 'b.js', 'd.js', 'a.js']);
  });
});
