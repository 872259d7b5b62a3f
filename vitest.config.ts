import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files that look at what one process holds (its shared model buffers, its start-up
 * cache of model tables): each runs in a fresh process, as it always did. Every other file
 * shares its worker process with the files before it (issue #17): the analysis modules and
 * the models they load once per process are loaded once per worker, not once per file.
 */
const OWN_PROCESS = ['test/learn-shared-buffers.test.ts', 'test/learn-table-cache.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files share their worker process (see OWN_PROCESS): set here, since vitest takes the
    // pool's isolation from the root config; the own-process project turns it back on.
    isolate: false,
    poolOptions: { forks: { isolate: false } },
    // One test file per core, not vitest's default of one fewer: the main process mostly waits,
    // and many files wait on a child process or PostgreSQL. On a 2-core machine the default is a
    // single worker, every file in series (issue #17: npm test 4 min 32 s -> see docs/architecture.md).
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    // No PostgreSQL server: its tests skip, with one line saying so (test/support/pg-probe.ts).
    globalSetup: ['test/support/pg-probe.ts'],
    // An unhandled error or rejection fails the run (the default, stated: issue #19).
    dangerouslyIgnoreUnhandledErrors: false,
    // CLI tests analyse in-process unless they ask for --jobs: a worker started from the
    // TypeScript sources loads them through tsx, seconds per worker (src/analysis/pool/worker-file.ts).
    // The start-up cache of built model tables (src/learn/table-cache.ts) goes to a temporary
    // folder, not the user's ~/.cache; later runs still find it.
    env: { DATELINE_JOBS: '1', DATELINE_CACHE_DIR: join(tmpdir(), 'dateline-test-cache') },
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_PROCESS } },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, isolate: true, poolOptions: { forks: { isolate: true } } } },
    ],
  },
});
