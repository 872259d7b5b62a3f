import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsPattern } from '../src/store/queries/quotes.js';
import { dateline } from './support/cli.js';
import { ROOT } from './support/paths.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/** Issue #19 item 11: LIKE wildcards in --speaker / --text are literal characters on both dialects. */

describe('containsPattern escapes LIKE wildcards', () => {
  it.each([
    ['plain words (negative)', 'Okafor', '%okafor%'],
    ['a percent sign', '%', '%\\%%'],
    ['an underscore', 'a_b', '%a\\_b%'],
    ['a backslash', 'a\\b', '%a\\\\b%'],
  ])('%s', (_name, text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});

for (const dialect of DIALECTS) {
  describe(`quotes --speaker with wildcards (${dialect})`, () => {
    let place: TestStore;
    beforeAll(async () => {
      place = freshStore(dialect);
      expect((await dateline(['ingest', '--db', place.db, join(ROOT, 'samples')])).status).toBe(0);
    }, 180_000);
    afterAll(async () => place?.drop());
    it.each([
      ['%', 0],
      ['_', 0],
      ['Okafor', 1],
    ])('--speaker %s', async (speaker, atLeast) => {
      const run = await dateline(['quotes', '--db', place.db, '--speaker', speaker, '--json']);
      expect(run.status).toBe(0);
      const rows = run.stdout.split('\n').filter((l) => l.trim().startsWith('{'));
      if (atLeast === 0) expect(rows).toHaveLength(0);
      else expect(rows.length).toBeGreaterThanOrEqual(atLeast);
    });
  });
}
