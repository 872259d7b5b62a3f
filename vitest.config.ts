import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
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
  },
});
