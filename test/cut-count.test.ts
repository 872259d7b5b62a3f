import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutNote } from '../src/cli/rows-output.js';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/**
 * Issue #19 item 6, the remainder: a list cut by `--limit` says how many rows it left out
 * ("N more: use --limit"), counted by a query on both dialects. Texts are invented.
 */
const articles = Array.from({ length: 7 }, (_, i) =>
  fixture({
    id: `pier-${i}`,
    date: `2025-04-1${i}`,
    outlet: 'Harbor Post',
    text: `Ada Vance said pier ${i} would open. Bo Lind said the ferry ${i} was late.`,
    entities: [
      ['Ada Vance', 'PERSON', ['Ada Vance']],
      ['Bo Lind', 'PERSON', ['Bo Lind']],
    ],
    quotes: [
      [`pier ${i} would open`, 'Ada Vance', `2025-04-1${i}`],
      [`the ferry ${i} was late`, 'Bo Lind', null],
    ],
  }),
);

describe('cutNote', () => {
  it.each([
    ['counted', { rows: [1, 2], limit: 2, more: true, total: 9 }, 'the first 2 shown, 7 more: use --limit'],
    ['not counted (negative: the old wording)', { rows: [1, 2], limit: 2, more: true }, 'the first 2 shown, more match: use --limit'],
    ['a count that fell since (negative)', { rows: [1, 2], limit: 2, more: true, total: 2 }, 'the first 2 shown, more match: use --limit'],
  ])('%s', (_name, cut, expected) => {
    expect(cutNote(cut)).toBe(expected);
  });
});

/** Each command's full list (a limit above every row) and a cut one. */
const COMMANDS: readonly (readonly [string, readonly string[]])[] = [
  ['quotes', ['quotes', '--speaker', 'Vance']],
  ['entities', ['entities']],
  ['timeline', ['timeline', 'Ada Vance']],
  ['search', ['search', 'pier']],
];

for (const dialect of DIALECTS) {
  describe(`"N more: use --limit" (${dialect})`, () => {
    let place: TestStore;
    beforeAll(async () => {
      place = freshStore(dialect);
      const store = await Store.open({ db: place.db, write: true });
      await store.add(articles, 'v1');
      await store.close();
    }, 120_000);
    afterAll(async () => place?.drop());

    const run = (args: readonly string[], tty = false) => dateline([...args, '--db', place.db], { tty });

    it.each(COMMANDS)('%s: the note counts the rows left out', async (name, args) => {
      const all = JSON.parse((await run([...args, '--json', '--limit', '1000'])).stdout) as unknown[];
      expect(all.length).toBeGreaterThan(1);
      const piped = await run([...args, '--limit', '1']);
      expect(piped.stderr).toBe(`dateline ${name}: the first 1 shown, ${all.length - 1} more: use --limit\n`);
      const terminal = await run([...args, '--limit', '1'], true);
      expect(terminal.stdout).toContain(`(the first 1 shown, ${all.length - 1} more: use --limit)`);
    });

    it.each(COMMANDS)('%s: no note when every row fits (negative)', async (_name, args) => {
      const all = JSON.parse((await run([...args, '--json', '--limit', '1000'])).stdout) as unknown[];
      const r = await run([...args, '--limit', String(all.length)], true);
      expect(r.stdout).not.toMatch(/more/);
      expect(r.stderr).toBe('');
    });

    it('the store counts what the lists give with no limit, filters included', async () => {
      const store = await Store.open({ db: place.db });
      try {
        const cases: [number, Promise<number>][] = [
          [(await store.quotes({ limit: 1000 })).length, store.countQuotes({})],
          [(await store.quotes({ speaker: 'Lind', limit: 1000 })).length, store.countQuotes({ speaker: 'Lind' })],
          [(await store.quotes({ text: 'ferry 3', limit: 1000 })).length, store.countQuotes({ text: 'ferry 3' })],
          [0, store.countQuotes({ speaker: 'Nobody Here' })],
          [(await store.entities({ type: 'PERSON', limit: 1000 })).length, store.countEntities({ type: 'PERSON' })],
          [0, store.countEntities({ type: 'ORG' })],
          [(await store.timeline({ entity: 'Bo Lind', limit: 1000 })).length, store.countTimeline({ entity: 'Bo Lind' })],
          [
            (await store.timeline({ entity: 'Ada Vance', from: '2025-04-12', limit: 1000 })).length,
            store.countTimeline({ entity: 'Ada Vance', from: '2025-04-12' }),
          ],
          [(await store.search('ferry', 1000)).length, store.countSearch('ferry')],
          [(await store.search('ferry -late', 1000)).length, store.countSearch('ferry -late')],
        ];
        for (const [expected, count] of cases) expect(await count).toBe(expected);
        expect(cases[0]?.[0]).toBe(14);
      } finally {
        await store.close();
      }
    });
  });
}
