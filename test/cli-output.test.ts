import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { freshStore, type TestStore } from './support/stores.js';

// Issue #19 items 6, 7, 9 and 11: output that hides nothing, usage errors that say so
// (exit 2), terminal control characters shown and not obeyed. Texts are invented.
const LONG_ID = `polnear/train/${'a'.repeat(60)}-part-2.txt`;
const ESC = '\u001b';
const articles = [
  fixture({
    id: LONG_ID,
    date: '2025-03-01',
    outlet: 'Harbor Post',
    text: 'Mayor Ada Vance said the ferry would run on Sunday.',
    entities: [['Ada Vance', 'PERSON', ['Ada Vance']]],
    quotes: [['the ferry would run on Sunday', 'Ada Vance', '2025-03-01']],
  }),
  fixture({
    id: 'hostile',
    date: '2025-03-02',
    outlet: `Evil${ESC}]0;pwned${ESC}\\ Times`,
    text: `Clerk Bo Lind said ${ESC}[2J${ESC}]52;c;aGk=\u0007the vote was close.`,
    entities: [['Bo Lind', 'PERSON', ['Bo Lind']]],
    quotes: [[`${ESC}[2J${ESC}]52;c;aGk=\u0007the vote was close`, 'Bo Lind', null]],
  }),
  ...Array.from({ length: 4 }, (_, i) =>
    fixture({
      id: `filler-${i}`,
      date: `2025-03-1${i}`,
      text: `Ada Vance said the pier ${i} would open.`,
      entities: [['Ada Vance', 'PERSON', ['Ada Vance']]],
      quotes: [[`the pier ${i} would open`, 'Ada Vance', null]],
    }),
  ),
];

let place: TestStore;
beforeAll(async () => {
  place = freshStore('sqlite');
  const store = await Store.open({ db: place.db, write: true });
  await store.add(articles, 'v1');
  await store.close();
});
afterAll(async () => place?.drop());

const run = (args: string[], tty = false) => dateline([...args, '--db', place.db], { tty });

describe('ids and cells are never cut off a terminal (item 6)', () => {
  it.each([
    ['quotes', ['quotes', '--speaker', 'Vance', '--limit', '1']],
    ['search', ['search', 'ferry']],
  ])('%s piped prints the whole document id', async (_name, args) => {
    const r = await run(args);
    expect(r.stdout).toContain(LONG_ID);
  });

  it('on a terminal, cells are cut to their width', async () => {
    const r = await run(['search', 'ferry'], true);
    expect(r.stdout).not.toContain(LONG_ID);
    expect(r.stdout).toContain('…');
  });
});

describe('a limit that cuts says so (item 6)', () => {
  it.each([
    ['piped: on stderr', false, '', 'dateline quotes: the first 2 shown, 3 more: use --limit\n'],
    ['terminal: under the table', true, '(the first 2 shown, 3 more: use --limit)', ''],
  ])('%s', async (_name, tty, out, err) => {
    const r = await run(['quotes', '--speaker', 'Vance', '--limit', '2'], tty);
    expect(r.stdout.includes(out)).toBe(true);
    expect(r.stderr).toBe(err);
  });

  it.each([
    ['all fit (negative)', ['quotes', '--speaker', 'Vance', '--limit', '5']],
    ['JSON on a terminal keeps stdout clean', ['quotes', '--speaker', 'Vance', '--json', '--limit', '50']],
  ])('no note: %s', async (_name, args) => {
    const r = await run(args, true);
    expect(r.stdout).not.toMatch(/more/);
    expect(r.stderr).toBe('');
  });
});

describe('quotes rows carry speaker, cue, source, content, said date, article and outlet (item 6)', () => {
  const expected = {
    said: '2025-03-01',
    speaker: 'Ada Vance',
    quote: 'the ferry would run on Sunday',
    doc_id: LONG_ID,
    outlet: 'Harbor Post',
  };
  it('JSON', async () => {
    const [row] = JSON.parse((await run(['quotes', '--speaker', 'Ada Vance', '--json', '--limit', '1'])).stdout);
    expect(row).toMatchObject({ ...expected, article: expect.any(Number) });
    expect(row).toHaveProperty('cue');
    expect(row).toHaveProperty('source');
  });
  it.each([
    ['CSV header', ['quotes', '--csv', '--limit', '1'], ['said', 'speaker', 'quote', 'cue', 'source', 'article', 'doc_id', 'outlet']],
    ['text header', ['quotes', '--limit', '1'], ['said', 'speaker', 'cue', 'quote', 'source', 'article', 'doc_id', 'outlet']],
    ['export --csv header', ['export', '--csv'], ['doc_id', 'outlet', 'said', 'cue', 'source']],
  ])('%s', async (_name, args, columns) => {
    const header = (await run(args)).stdout.split('\n')[0] ?? '';
    for (const c of columns) expect(header.split(/,|\s+/)).toContain(c);
  });
});

describe('show off a terminal: [brackets]{labels} (item 7)', () => {
  it('marks the quote, the speaker and the key', async () => {
    const r = await run(['show', LONG_ID]);
    expect(r.stdout).toContain('[Ada Vance]{PERSON}');
    expect(r.stdout).toContain('[the ferry would run on Sunday]{quote}');
    expect(r.stdout).toMatch(/\[text\]\{labels\}/);
    expect(r.stdout).not.toContain(ESC);
  });
});

describe('terminal control characters are shown, not obeyed (item 11)', () => {
  it.each([
    ['show piped', ['show', 'hostile'], false],
    ['show on a terminal (its own colours only)', ['show', 'hostile'], true],
    ['quotes', ['quotes', '--speaker', 'Lind'], false],
    ['quotes on a terminal', ['quotes', '--speaker', 'Lind'], true],
    ['search', ['search', 'vote'], false],
  ])('%s', async (_name, args, tty) => {
    const r = await run(args, tty);
    expect(r.stdout).toContain('\\x1b');
    expect(r.stdout).not.toMatch(new RegExp(`${ESC}\\]|${ESC}\\[2J|\u0007`));
  });

  it.each([
    ['an id asked for', ['show', `no${ESC}[2Jsuch`, '--db', 'DB'], '', /^dateline show: E_NOT_FOUND: .*no\\u001b\[2Jsuch/],
    ['a JSONL string with a raw escape', ['extract', 'JSONL'], `{"id": "x${ESC}]0;title\u0007", "text": 5}\n`, /bad\.jsonl:1: E_JSON: /],
    [
      'a JSONL line that is not JSON, echoed',
      ['extract', 'JSONL'],
      `not json ${ESC}[2J${ESC}]52;c;aGk=\u0007\n`,
      /bad\.jsonl:1: E_JSON: .*\\x1b\[/,
    ],
  ])('an error line shows them too: %s', async (_name, args, content, line) => {
    const jsonl = join(dirname(place.db), 'bad.jsonl');
    writeFileSync(jsonl, content);
    const r = await dateline(args.map((a) => (a === 'DB' ? place.db : a === 'JSONL' ? jsonl : a)));
    expect(r.stderr).toMatch(line);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain('\u0007');
  });
});

describe('usage errors exit 2 with E_USAGE, for store commands too (items 9, 11)', () => {
  it.each([
    ['unknown --type', ['entities', '--type', 'FOO'], 'E_USAGE: unknown --type "FOO"'],
    ['--json with --csv', ['quotes', '--json', '--csv'], "E_USAGE: option '--json' cannot be used with option '--csv'"],
    ['--limit 0', ['quotes', '--limit', '0'], 'E_USAGE: "0" is not a whole number'],
    ['--limit 1e308', ['quotes', '--limit', '1e308'], 'E_USAGE: "1e308" is not a whole number'],
    ['--limit 2000000', ['search', 'x', '--limit', '2000000'], 'E_USAGE: "2000000" is not a whole number'],
    ['--text of 60,000 characters', ['quotes', '--text', 'x'.repeat(60_000)], 'E_USAGE: --text takes at most 1000 characters'],
    ['a 30,000-word search', ['search', ...Array.from({ length: 30_000 }, (_, i) => `w${i}`)], 'E_USAGE: a search takes at most 64 words'],
    ['a bad --db URL', ['quotes', '--db', 'postgres://[bad'], 'E_USAGE: --db'],
    ['an unknown option', ['quotes', '--nope'], "E_USAGE: unknown option '--nope'"],
  ])('%s', async (_name, args, message) => {
    const r = await dateline(args.includes('--db') ? args : [...args, '--db', place.db]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it.each([
    ['entities --type person (any case)', ['entities', '--type', 'person']],
    ['show 2147483648: no such id, read as a document id', ['show', '2147483648']],
    ['quotes --about 1e20', ['quotes', '--about', '1e20']],
    ['quotes --speaker 99999999999', ['quotes', '--speaker', '99999999999']],
    ['timeline 99999999999', ['timeline', '99999999999']],
  ])('answers without a database error: %s', async (_name, args) => {
    const r = await run(args);
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(/E_DB/);
  });
});
