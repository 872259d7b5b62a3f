import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatelineError } from '../src/errors/codes.js';
import { decodeUtf8 } from '../src/ingest/decode.js';
import { jsonlRecord } from '../src/ingest/jsonl.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { IngestResult } from '../src/ingest/result.js';
import { cli, dateline } from './support/cli.js';

/** Issue #19 item 11: faults and bad input, one row each (input → expected code or text). */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs([path])) out.push(r);
  return out;
}

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => Buffer.from(utf16le(s).swap16());

type Row = [name: string, file: string, content: Buffer | string | null, expected: string];

const ROWS: Row[] = [
  ['plain UTF-8 text (negative)', 'ok.txt', 'The port reopened on Monday.', 'ok'],
  ['UTF-16 LE with a BOM is decoded', 'le.txt', utf16le('The port reopened.'), 'ok:The port reopened.'],
  ['UTF-16 BE with a BOM is decoded', 'be.txt', utf16be('The port reopened.'), 'ok:The port reopened.'],
  [
    'a NUL byte after the first 8 KB',
    'nul-late.txt',
    Buffer.concat([Buffer.from('a '.repeat(5000)), Buffer.from([0]), Buffer.from('b')]),
    'E_BINARY',
  ],
  ['a NUL byte at the start', 'nul.txt', Buffer.from([0x41, 0, 0x42]), 'E_BINARY'],
  ['invalid UTF-8', 'bad.txt', Buffer.from([0x41, 0xc3, 0x28]), 'E_UTF8'],
  ['a JSONL id 1e400 (not Infinity)', 'inf.jsonl', '{"id":1e400,"text":"A text."}', 'E_FIELD'],
  ['a JSONL id above 2^53 (would collide)', 'big.jsonl', '{"id":9007199254740993,"text":"A text."}', 'E_FIELD'],
  ['a JSONL id as a small number (negative)', 'small.jsonl', '{"id":42,"text":"A text."}', 'ok'],
  ['a JSONL id as a string is kept as given', 'str.jsonl', '{"id":"1e400","text":"A text."}', 'ok'],
  ['a JSONL text holding U+0000', 'nul.jsonl', '{"id":"a","text":"A\\u0000text."}', 'E_BINARY'],
  ['a missing file: the code once, not twice', 'missing.txt', null, 'E_READ:ENOENT: no such file'],
];

describe('readers: one row per fault', () => {
  it.each(ROWS)('%s', async (_name, file, content, expected) => {
    const path = join(dir, file);
    if (content !== null) writeFileSync(path, content);
    const [result] = await readAll(path);
    if (expected.startsWith('ok')) {
      expect(result?.ok).toBe(true);
      if (expected.startsWith('ok:') && result?.ok) expect(result.doc.text).toBe(expected.slice(3));
      return;
    }
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      const [code, reason] = expected.split(/:(.*)/s);
      expect(result.error.code).toBe(code);
      if (reason) {
        expect(result.error.message).toContain(reason);
        expect(result.error.message).not.toMatch(/ENOENT: ENOENT/);
      }
    }
  });

  it('a FIFO with no writer is refused at once, not waited on', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const [result] = await readAll(fifo);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.message).toContain('FIFO');
  });

  it.each([
    ['/dev/zero through a .jsonl symlink', 'zero.jsonl', '/dev/zero'],
    ['/dev/urandom through a .txt symlink', 'random.txt', '/dev/urandom'],
  ])('%s is refused as a device', async (_name, link, target) => {
    const path = join(dir, link);
    symlinkSync(target, path);
    const [result] = await readAll(path);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.message).toContain('device');
  });

  it('a symlinked article in a folder is read, not skipped', async () => {
    const folder = join(dir, 'walk');
    mkdirSync(folder);
    writeFileSync(join(dir, 'target.txt'), 'The port reopened on Monday.');
    symlinkSync(join(dir, 'target.txt'), join(folder, 'linked.txt'));
    const results = await readAll(folder);
    expect(results.map((r) => r.ok)).toEqual([true]);
  });
});

describe('the CLI: usage and budgets', () => {
  it.each([
    ['--max-seconds 0', ['extract', '--max-seconds', '0', 'samples'], 2, 'E_USAGE'],
    ['--max-seconds abc', ['extract', '--max-seconds', 'abc', 'samples'], 2, 'E_USAGE'],
    ['--batch-seconds -1', ['ingest', '--batch-seconds', '-1', 'samples', '--db', '/nonexistent/x.db'], 2, 'E_USAGE'],
  ])('%s exits 2 with E_USAGE', async (_name, args, status, code) => {
    const run = await dateline(args);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(code);
  });

  it('a document over --max-seconds fails with E_TOO_SLOW and the batch goes on', () => {
    const slow = join(dir, 'slow.jsonl');
    const words = 'The council said the bridge would open in March. '.repeat(8_000);
    writeFileSync(slow, `${JSON.stringify({ id: 'long', text: words })}\n${JSON.stringify({ id: 'short', text: 'Officials said so.' })}\n`);
    const run = cli(['extract', slow, '--max-seconds', '1'], { timeout: 170_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/slow\.jsonl:1: E_TOO_SLOW/);
    expect(run.stdout).toContain('"id":"short"');
  }, 180_000);
});

describe('fuzz: readers never crash, hang or leak an internal error', () => {
  it('decodeUtf8 on any bytes returns text or a DatelineError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(typeof decodeUtf8(bytes)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(DatelineError);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('jsonlRecord on any line returns a document or a DatelineError', () => {
    const line = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          { id: fc.oneof(fc.string(), fc.double(), fc.integer()), text: fc.oneof(fc.string(), fc.integer()), date: fc.string() },
          { requiredKeys: [] },
        )
        .map((r) => JSON.stringify(r)),
    );
    fc.assert(
      fc.property(line, (raw) => {
        try {
          const doc = jsonlRecord('f.jsonl', 1, raw);
          expect(typeof doc.id).toBe('string');
          expect(doc.text.includes('\u0000')).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(DatelineError);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
