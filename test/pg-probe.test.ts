import { describe, expect, it } from 'vitest';
import { postgresForTests } from './support/pg-probe.js';
import { PG_URL } from './support/stores.js';

// Issue #19 item 8: `npm test` without a PostgreSQL server skips its tests with one line;
// CI (which has a server) fails instead of skipping.
describe('the PostgreSQL probe of the test set-up', () => {
  const nobody = 'postgres://postgres@127.0.0.1:1/test';
  it.each([
    ['no server, not CI', { DATELINE_TEST_PG: nobody }, 'off', 1],
    ['already off', { DATELINE_TEST_PG: 'off' }, 'off', 0],
  ])('%s: the URL becomes %s with %i line(s)', async (_name, given, after, lines) => {
    const said: string[] = [];
    expect(await postgresForTests(given, (line) => said.push(line))).toBe(after);
    expect(said).toHaveLength(lines);
    if (lines)
      expect(said[0]).toMatch(
        /^PostgreSQL tests skipped: no server answers at postgres:\/\/127\.0\.0\.1:1\/test \(.+\); set DATELINE_TEST_PG/,
      );
  });

  it('fails under CI when no server answers', async () => {
    await expect(postgresForTests({ DATELINE_TEST_PG: nobody, CI: 'true' }, () => {})).rejects.toThrow(/CI runs the PostgreSQL tests/);
  });

  it.skipIf(PG_URL === 'off')('leaves a server that answers in use, silently', async () => {
    const said: string[] = [];
    expect(await postgresForTests({ DATELINE_TEST_PG: PG_URL }, (line) => said.push(line))).toBe(PG_URL);
    expect(said).toEqual([]);
  });
});
