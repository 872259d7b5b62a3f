import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './support/paths.js';

// Issue #19 item 11: `ulimit -n 256` (a common default; `ulimit -n` sets the hard limit too,
// so Node cannot raise it) must not crash start-up. Node's ES module loader reads every module
// of an import graph at once (EMFILE in its readFile): commands load their implementation
// lazily, so --version opens few files (it runs under `ulimit -n 48`); extract's whole
// pipeline peaks near 200 open files.
describe('a low limit on open files', () => {
  it.skipIf(!existsSync('/bin/bash')).each([
    ['--version', ['--version'], /^0\.\d+\.\d+/],
    ['--help', ['--help'], /^Usage: dateline/],
    ['extract of one article', ['extract', 'samples/sample-01-port-strike.txt'], /^\{"schema":"dateline\/1"/],
  ])('ulimit -n 256: %s runs', (_name, args, out) => {
    const command = `ulimit -n 256; exec "${process.execPath}" "${CLI}" ${args.map((a) => `"${a}"`).join(' ')}`;
    const r = spawnSync('/bin/bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/EMFILE/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(out);
  });
});
