import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressBar } from '../src/cli/progress.js';
import { LineWriter } from '../src/cli/stdio.js';
import { byteLines } from '../src/ingest/lines.js';
import { dateline } from './support/cli.js';

// Issue #19 items 9 and 11: the small ones.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-small-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder with no file dateline reads', () => {
  it.each([
    ['an empty folder', [] as string[], 1],
    ['only other kinds of file', ['notes.csv', 'photo.jpg'], 1],
    ['one article (negative)', ['a-2025-01-01.txt'], 0],
  ])('%s (%j): exit %i', async (name, files, status) => {
    const folder = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(folder);
    for (const f of files) writeFileSync(join(folder, f), 'The ferry left late.');
    const r = await dateline(['extract', folder]);
    expect(r.status).toBe(status);
    if (status === 1)
      expect(r.stderr).toBe(`${folder}: E_READ: the folder holds no file dateline reads (.txt, .jsonl, .ndjson, .html, .htm)\n`);
  });
});

describe('a line without a newline is refused at the limit, while streaming', () => {
  async function* endless(chunkBytes: number, seen: { chunks: number }): AsyncGenerator<Uint8Array> {
    for (;;) {
      seen.chunks++;
      yield new Uint8Array(chunkBytes).fill(0x61);
    }
  }

  it('reports the line after reading just past the limit (not the whole stream)', async () => {
    const seen = { chunks: 0 };
    const lines = byteLines(endless(1 << 20, seen), 4 << 20);
    const first = await lines.next();
    expect(first.value).toEqual([new Uint8Array(0), 1, true]);
    expect(seen.chunks).toBeLessThanOrEqual(5);
    await lines.return(undefined);
  });

  it.each([
    [
      'under the limit',
      ['abc\ndef\n'],
      4,
      [
        ['abc', 1, false],
        ['def', 2, false],
      ],
    ],
    [
      'one line over, the next kept',
      ['abcdefgh\nok\n'],
      4,
      [
        ['', 1, true],
        ['ok', 2, false],
      ],
    ],
    [
      'over across chunks, then kept',
      ['abc', 'def', 'gh\nok'],
      4,
      [
        ['', 1, true],
        ['ok', 2, false],
      ],
    ],
    ['exactly the limit', ['abcd\n'], 4, [['abcd', 1, false]]],
  ])('%s', async (_name, chunks, max, expected) => {
    const got: [string, number, boolean][] = [];
    async function* source() {
      for (const c of chunks) yield Buffer.from(c);
    }
    for await (const [bytes, line, tooLong] of byteLines(source(), max)) got.push([Buffer.from(bytes).toString(), line, tooLong]);
    expect(got).toEqual(expected);
  });
});

describe('output streams', () => {
  it('many writers on one stream add one error listener (no MaxListenersExceededWarning when piped)', async () => {
    const sink = new Writable({ highWaterMark: 4, write: (_c, _e, done) => setImmediate(done) });
    for (let i = 0; i < 20; i++) {
      const out = new LineWriter(sink, 1);
      await out.line(`line ${i}`);
      await out.flush();
    }
    expect(sink.listenerCount('error')).toBe(1);
    expect(sink.listenerCount('close')).toBe(0);
    expect(sink.listenerCount('drain')).toBe(0);
  });
});

describe('the ingest progress bar (item 3)', () => {
  const counts = { read: 840, analysed: 300, done: 420, stored: 250, added: 240, versions: 5, reanalysed: 0, unchanged: 100, failed: 2 };
  function drawn(isTTY: boolean, total: number | null): string {
    const written: string[] = [];
    const stream = { isTTY, columns: 300, write: (s: string) => written.push(s) };
    const bar = new ProgressBar(stream);
    bar.total = total;
    bar.update(counts, true);
    return written.join('');
  }

  it.each([
    ['documents finished, not read, against the total', 840, /420\/840 50%/],
    ['analysed and stored', 840, /analysed 300 stored 250/],
    ['the counters', 840, /\+240 ~5 =100 !2/],
    ['a rate and an ETA', 840, /\d+\.\d\/s {2}ETA \d\d:\d\d/],
    ['without a total: finished and read', null, /420 done \(840 read\)/],
  ])('on a terminal it shows %s', (_name, total, shown) => {
    expect(drawn(true, total)).toMatch(shown);
  });

  it('off a terminal it draws nothing (negative)', () => {
    expect(drawn(false, 840)).toBe('');
  });
});
