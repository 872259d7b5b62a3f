import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

/**
 * Issue #19 (done when): every store query command, given any options, answers rows,
 * nothing, or a coded error a user can act on: never a crash, a hang, a raw database error
 * (E_DB) or a stack trace. FUZZ_RUNS sets the runs per dialect (default 300, about 10 s);
 * the 10,000-run check: `FUZZ_RUNS=5000 npx vitest run test/query-options-fuzz.test.ts`
 * (5,000 on each of the two dialects).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const number = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1',
    '20',
    '2147483647',
    '2147483648',
    '9007199254740993',
    '1e20',
    '1e308',
    '1e400',
    'NaN',
    'Infinity',
    '0x10',
    '1.5',
    ' 7 ',
    '',
  ),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double().map(String),
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '%',
    '_',
    '\\',
    "'",
    '"',
    '*',
    'OR',
    '-',
    '-"a b"',
    '"',
    'Rubio',
    'Geneva',
    'the vote',
    '\u001b]52;c;aGk=\u0007',
    '\u0000',
    'e-mail',
  ),
  fc.integer({ min: 900, max: 70_000 }).map((n) => 'x'.repeat(n)),
  number,
);
const date = fc.oneof(fc.constantFrom('2025-01-15', '0099-12-31', '99999-01-01', '2025-02-30', '2025', '2025-13', '', '0000-01-01'), text);
const flag = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(
    value.map((v) => [name, v]),
    { nil: undefined },
  );
const format = fc.constantFrom([], ['--json'], ['--csv'], ['--json', '--csv']);

const args = fc.oneof(
  fc
    .tuple(
      flag('--speaker', text),
      flag('--about', text),
      flag('--from', date),
      flag('--to', date),
      flag('--outlet', text),
      flag('--text', text),
      flag('--limit', number),
      fc.constantFrom([], ['--collapse']),
      format,
    )
    .map((parts) => ['quotes', ...parts.flatMap((p) => p ?? [])]),
  fc
    .tuple(flag('--type', fc.oneof(text, fc.constantFrom('PERSON', 'org', 'FOO'))), flag('--name', text), flag('--limit', number), format)
    .map((parts) => ['entities', ...parts.flatMap((p) => p ?? [])]),
  fc
    .tuple(text, flag('--from', date), flag('--to', date), flag('--limit', number), format)
    .map(([entity, ...parts]) => ['timeline', ...parts.flatMap((p) => p ?? []), '--', entity]),
  fc
    .tuple(fc.array(text, { minLength: 1, maxLength: 5 }), flag('--limit', number), fc.constantFrom([], ['--collapse']), format)
    .map(([words, ...parts]) => ['search', ...parts.flatMap((p) => p ?? []), '--', ...words]),
  fc
    .tuple(fc.oneof(text, number), fc.constantFrom([], ['--collapse']), format)
    .map(([id, collapse, f]) => ['show', ...collapse, ...f, '--', id]),
  fc
    .tuple(flag('--about', text), flag('--kind', fc.oneof(text, fc.constantFrom('numbers', 'FOO'))), flag('--since', date))
    .map((parts) => ['contradictions', ...parts.flatMap((p) => p ?? [])]),
);

/** What an answer may never hold: a raw database error, an internal error, a stack trace, a raw escape. */
const LEAK = new RegExp(`E_DB\\b|E_INTERNAL|\\n\\s+at |Error: |${String.fromCharCode(27)}`);

for (const dialect of DIALECTS) {
  describe(`store query options, fuzzed (${dialect})`, () => {
    let place: TestStore;
    beforeAll(async () => {
      place = freshStore(dialect);
      const store = await Store.open({ db: place.db, write: true });
      await store.add([fixture(NEWS.senate!), fixture(NEWS.geneva!), fixture(NEWS.helpful!)], 'v1');
      await store.close();
    });
    afterAll(async () => place?.drop());

    it(`answers rows, nothing or a coded error, never a leak (${RUNS} runs)`, async () => {
      await fc.assert(
        fc.asyncProperty(args, async (given) => {
          // --db first: after `--` every argument is a word or an id.
          const run = await dateline([given[0] ?? '', '--db', place.db, ...given.slice(1)]);
          expect([0, 1, 2]).toContain(run.status);
          expect(run.stderr, run.stderr.slice(0, 600)).not.toMatch(LEAK);
          if (run.status !== 0) expect(run.stderr).toMatch(/: E_[A-Z_]+: /);
          // 1: no such article or entity; or, on a machine too busy, a server that did not answer in time.
          if (run.status === 1) expect(run.stderr).toMatch(/E_NOT_FOUND|E_DB_CONNECT/);
        }),
        {
          numRuns: RUNS,
          reporter: (details) => {
            if (details.failed)
              throw new Error(
                `${String(details.errorInstance).slice(0, 2000)}\ncounterexample (cut): ${JSON.stringify(details.counterexample).slice(0, 500)}`,
              );
          },
        },
      );
    }, 600_000);
  });
}
