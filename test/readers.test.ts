import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatelineHeader } from '../src/ingest/dateline-text.js';
import { checkDate, dateFromFileName } from '../src/ingest/dates.js';
import { decodeUtf8 } from '../src/ingest/decode.js';
import { jsonlRecord } from '../src/ingest/jsonl.js';
import { byteLines } from '../src/ingest/lines.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { IngestResult } from '../src/ingest/result.js';
import { textDocument } from '../src/ingest/text-file.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

async function collect(gen: AsyncIterable<IngestResult>): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

describe('dates', () => {
  it.each(['2025-11-14', '2024-02-29', '1999-12-31'])('accepts %s', (d) => expect(checkDate(d)).toBe(d));
  it.each(['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '25-11-14', 'yesterday', ''])(
    'rejects %j with E_DATE',
    (d) => {
      expect(codeOf(() => checkDate(d))).toBe('E_DATE');
    },
  );
  it.each([
    ['corpus/breitbart_2016-09-12_stealth.txt', '2016-09-12'],
    ['2025-11-14.txt', '2025-11-14'],
    ['dir-2020-01-01/notes.txt', null],
    ['article.txt', null],
    ['x12025-11-14.txt', null],
  ])('date from file name %s → %s', (path, date) => expect(dateFromFileName(path)).toBe(date));
  it('rejects an impossible date in a file name', () => expect(codeOf(() => dateFromFileName('a_2025-02-30.txt'))).toBe('E_DATE'));
});

describe('dateline text header', () => {
  it.each([
    ['date 2025-11-14 The U.S. said', '2025-11-14', 'The U.S. said'],
    [' date 2025-11-14\n\nBody here.', '2025-11-14', 'Body here.'],
    ['\n  date 2026-01-02\tBody', '2026-01-02', 'Body'],
  ])('reads %j', (text, date, body) => {
    const header = readDatelineHeader(text);
    expect(header?.date).toBe(date);
    expect(text.slice(header?.bodyStart)).toBe(body);
  });
  it.each(['The date 2025-11-14 was set.', 'date night was fun', 'Date 2025-11-14 x', 'dated 2025-11-14 x'])('%j has no header', (text) => {
    expect(readDatelineHeader(text)).toBeNull();
  });
  it('rejects an impossible header date', () => expect(codeOf(() => readDatelineHeader('date 2025-02-30 Body'))).toBe('E_DATE'));
});

describe('text documents', () => {
  it('dateline text: the body after the header is the text', () => {
    const doc = textDocument('a.txt', 'date 2025-11-14 Body text.\n');
    expect(doc).toMatchObject({ id: 'a.txt', date: '2025-11-14', text: 'Body text.\n', meta: { kind: 'dateline-text' } });
  });
  it('plain text is kept byte for byte, dated by --date before the file name', () => {
    const text = '  Body\r\nwith CRLF \n';
    expect(textDocument('n_2020-05-06.txt', text)).toMatchObject({ text, date: '2020-05-06', meta: { kind: 'plain-text' } });
    expect(textDocument('n_2020-05-06.txt', text, { date: '2021-01-01' }).date).toBe('2021-01-01');
    expect(textDocument('notes.txt', text).date).toBeNull();
  });
  it.each([
    ['', 'E_EMPTY'],
    [' \n\t', 'E_EMPTY'],
    ['date 2025-11-14   \n', 'E_EMPTY'],
  ])('%j fails with %s', (text, code) => expect(codeOf(() => textDocument('x.txt', text))).toBe(code));
});

describe('decoding', () => {
  it('decodes UTF-8 and drops only a BOM', () => expect(decodeUtf8(Buffer.from('\ufeffCafé “x”'))).toBe('Café “x”'));
  it.each([
    [Buffer.from([0x61, 0xff, 0x62]), 'E_UTF8'],
    [Buffer.from([0xe2, 0x80]), 'E_UTF8'],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'E_BINARY'],
  ])('rejects bad bytes (%#) with %s', (bytes, code) => expect(codeOf(() => decodeUtf8(bytes))).toBe(code));
});

describe('JSON lines', () => {
  it('reads a full record', () => {
    const doc = jsonlRecord('f.jsonl', 3, '{"id":"a1","text":"Hi.","date":"2025-01-02","title":"T","url":"u","outlet":"O"}');
    expect(doc).toMatchObject({
      id: 'a1',
      text: 'Hi.',
      date: '2025-01-02',
      meta: { line: 3, title: 'T', url: 'u', outlet: 'O', kind: 'jsonl' },
    });
  });
  it('falls back to path:line for the id and to --date for the date', () => {
    expect(jsonlRecord('f.jsonl', 7, '{"text":"Hi."}', { date: '2024-04-04' })).toMatchObject({ id: 'f.jsonl:7', date: '2024-04-04' });
  });
  it.each([
    ['{"text": ', 'E_JSON'],
    ['not json', 'E_JSON'],
    ['[1,2]', 'E_FIELD'],
    ['{"id":"x"}', 'E_FIELD'],
    ['{"text":42}', 'E_FIELD'],
    ['{"text":"ok","date":"2025-02-30"}', 'E_DATE'],
    ['{"text":"ok","date":5}', 'E_FIELD'],
    ['{"text":"  "}', 'E_EMPTY'],
  ])('%s fails with %s', (line, code) => expect(codeOf(() => jsonlRecord('f.jsonl', 1, line))).toBe(code));

  it('splits byte streams into lines across chunk borders, CRLF included', async () => {
    const lines: string[] = [];
    for await (const [bytes, n] of byteLines(chunksOf('a\r\nb', 'c\n', '\nlast'))) lines.push(`${n}:${Buffer.from(bytes).toString()}`);
    expect(lines).toEqual(['1:a', '2:bc', '3:', '4:last']);
  });

  it('a bad line fails alone and the rest go on', async () => {
    const stdin = chunksOf('{"id":"a","text":"One."}\n', 'oops\n\n{"id":"c","text":"Three."}\n');
    const results = await collect(readInputs(['-'], { stdin }));
    expect(results.map((r) => (r.ok ? r.doc.id : `${r.where} ${r.error.code}`))).toEqual(['a', '-:2 E_JSON', 'c']);
  });
});

describe('files, folders and standard input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-readers-'));
  writeFileSync(join(dir, 'b_2025-01-02.txt'), 'Second article.');
  writeFileSync(join(dir, 'a.txt'), 'date 2025-01-01 First article.');
  writeFileSync(join(dir, 'notes.md'), 'not an article');
  writeFileSync(join(dir, '.hidden.txt'), 'hidden');

  it('walks a folder in sorted order, skipping other files', async () => {
    const results = await collect(readInputs([dir]));
    expect(results.map((r) => (r.ok ? [r.doc.id.slice(dir.length + 1), r.doc.date] : r.where))).toEqual([
      ['a.txt', '2025-01-01'],
      ['b_2025-01-02.txt', '2025-01-02'],
    ]);
  });

  it('reports a missing path and goes on', async () => {
    const results = await collect(readInputs([join(dir, 'missing.txt'), join(dir, 'a.txt')]));
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'E_READ' } });
    expect(results[1]).toMatchObject({ ok: true });
  });

  it('reads one text article from standard input', async () => {
    const results = await collect(readInputs(['-'], { stdin: chunksOf('date 2025-03-04 From ', 'stdin.') }));
    expect(results).toMatchObject([{ ok: true, doc: { id: '-', date: '2025-03-04', text: 'From stdin.' } }]);
  });

  it('reads JSON lines from standard input that start with a byte-order mark', async () => {
    const stdin = chunksOf('\ufeff{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n');
    const results = await collect(readInputs(['-'], { stdin }));
    expect(results.map((r) => (r.ok ? r.doc.id : r.error.code))).toEqual(['a', 'b']);
  });

  it.each([
    ['a text article on standard input', 'date 2025-01-01 A long article.', 'E_TOO_LARGE'],
    ['a JSON line', '{"id":"a","text":"A long article."}\n{"id":"b","text":"ok"}', 'E_TOO_LARGE'],
  ])('refuses %s over the size limit, and goes on', async (_name, input, code) => {
    const results = await collect(readInputs(['-'], { stdin: chunksOf(input), maxBytes: 24 }));
    expect(results[0]).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses an article over the size limit', async () => {
    const results = await collect(readInputs([join(dir, 'a.txt')], { maxBytes: 5 }));
    expect(results).toMatchObject([{ ok: false, error: { code: 'E_TOO_LARGE' } }]);
  });
});
