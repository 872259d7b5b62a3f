import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentOutput } from '../src/output/schema.js';
import { validateOutput } from '../src/output/to-output.js';
import { type CliResult, cli, dateline as inProcess } from './support/cli.js';
import { CLI, CORPUS, hasCorpus, ROOT, SEED } from './support/paths.js';

/** Splits a run's output into documents and stderr lines. */
function parsed(r: CliResult) {
  const docs = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as DocumentOutput);
  const errors = r.stderr.split('\n').filter((l) => l !== '');
  return { status: r.status, docs, errors };
}

/** `dateline ARGS…` in-process (test/support/cli.ts), its output parsed. */
async function dateline(args: string[], input?: string) {
  return parsed(await inProcess(args, input === undefined ? {} : { input }));
}

function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, '01-good.txt'), 'date 2025-11-14 Officials said on Thursday that talks would resume.');
  writeFileSync(join(dir, '02-plain_2024-06-01.txt'), 'A plain article with its date in the name.\n');
  writeFileSync(join(dir, '03-bad-utf8.txt'), Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x0a]));
  writeFileSync(join(dir, '04-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, '05-empty.txt'), '');
  writeFileSync(join(dir, '06-impossible.txt'), 'date 2025-02-30 This date does not exist.');
  writeFileSync(
    join(dir, '07-feed.jsonl'),
    ['{"id":"j1","text":"First record.","date":"2025-01-01"}', 'not json', '{"id":"j3"}', '{"id":"j4","text":"Fourth record."}'].join('\n'),
  );
  writeFileSync(join(dir, 'sub', '08-nested.txt'), 'date 2025-12-01 Nested article.');
  writeFileSync(join(dir, 'ignored.md'), 'not an input kind');
  return dir;
}

describe('dateline extract', () => {
  it('analyses a mixed folder: good documents out, one stderr line per bad one, exit 1', async () => {
    const dir = mixedFolder();
    const { status, docs, errors } = await dateline(['extract', dir]);
    expect(status).toBe(1);
    expect(docs.map((d) => d.id.replace(dir, '.'))).toEqual([
      './01-good.txt',
      './02-plain_2024-06-01.txt',
      'j1',
      'j4',
      './sub/08-nested.txt',
    ]);
    expect(docs.map((d) => d.date)).toEqual(['2025-11-14', '2024-06-01', '2025-01-01', null, '2025-12-01']);
    expect(errors.map((l) => l.replace(dir, '.').replace(/^(.+?): (E_[A-Z0-9_]+): .+$/, '$1: $2'))).toEqual([
      './03-bad-utf8.txt: E_UTF8',
      './04-binary.txt: E_BINARY',
      './05-empty.txt: E_EMPTY',
      './06-impossible.txt: E_DATE',
      './07-feed.jsonl:2: E_JSON',
      './07-feed.jsonl:3: E_FIELD',
    ]);
    for (const doc of docs) expect(() => validateOutput(doc)).not.toThrow();
  });

  it('reports an unreadable path and still prints the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'date 2025-01-01 Fine.');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
    const { status, docs, errors } = await dateline(['extract', join(dir, 'dangling.txt'), join(dir, 'good.txt')]);
    expect(status).toBe(1);
    expect(docs).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/dangling\.txt: E_READ: ENOENT/);
  });

  it('exits 0 when every document is good, with every layer present', async () => {
    const { status, docs, errors } = await dateline(['extract', join(ROOT, 'samples')]);
    expect([status, errors]).toEqual([0, []]);
    expect(docs).toHaveLength(3);
    for (const d of docs)
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['schema', 'id', 'date', 'text', 'entities', 'attributions', 'timexes', 'events']),
      );
  });

  it('reads standard input and honours --date for plain text', async () => {
    const { status, docs } = await dateline(['extract', '-', '--date', '2025-05-05'], 'A plain article from a pipe.');
    expect(status).toBe(0);
    expect(docs).toMatchObject([{ id: '-', date: '2025-05-05', text: 'A plain article from a pipe.' }]);
  });

  it.each([
    [['extract', '--date', '2025-02-30', 'x.txt'], 'E_DATE'],
    [['extract', '--format', 'xml', 'x.txt'], 'E_USAGE'],
    [['quotes', '--from', '2025-02-30'], 'E_DATE: --from "2025-02-30"'],
    [['no-such-command'], 'unknown command'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await inProcess(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it.each([['--help'], ['extract', '--help'], ['demo', '--help'], ['eval', '--help']])('%j prints help and exits 0', async (...args) => {
    const r = await inProcess(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: dateline');
  });
});

describe('dateline as a process (end to end)', () => {
  it.each([
    [['--help'], 0, 'Usage: dateline', ''],
    [['--version'], 0, '0.', ''],
    [['extract', '-', '--date', '2025-05-05'], 0, '"date":"2025-05-05"', ''],
    [['extract', join(ROOT, 'no-such-file.txt')], 1, '', 'no-such-file.txt: E_READ: '],
    [['no-such-command'], 2, '', 'unknown command'],
    [['extract', '--date', '2025-02-30', 'x.txt'], 2, '', 'E_DATE'],
  ])('%j exits %i as the shell sees it', (args, status, out, err) => {
    const r = cli(args, { input: 'A plain article from a pipe.' });
    expect(r.status).toBe(status);
    expect(r.stdout).toContain(out);
    expect(r.stderr).toContain(err);
    if (err === '') expect(r.stderr).toBe('');
  });

  it('reads standard input as a process: JSON lines by their first byte', () => {
    const r = cli(['extract', '-'], { input: '{"id":"a","text":"One.","date":"2025-01-01"}\n{"id":"b","text":"Two."}\n' });
    expect(r.status).toBe(0);
    expect(parsed(r).docs.map((d) => [d.id, d.date])).toEqual([
      ['a', '2025-01-01'],
      ['b', null],
    ]);
  });

  it('ends quietly with status 0 when the reader goes away (EPIPE: dateline extract … | head -c 1)', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', 'samples', 'samples', 'samples', 'samples'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe.skipIf(!hasCorpus)('dateline extract on the shared corpora', () => {
  it('the reference article: one valid object dated 2025-11-14', async () => {
    const { status, docs } = await dateline(['extract', SEED]);
    expect(status).toBe(0);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.date).toBe('2025-11-14');
    expect(docs[0]?.text.startsWith('The U.S. will not be sending')).toBe(true);
  });

  it('the PolNeAR dev folder: 84 objects, each dated from its file name', async () => {
    const dev = join(CORPUS, 'polnear', 'dev');
    const { status, docs } = await dateline(['extract', dev]);
    expect(status).toBe(0);
    expect(docs).toHaveLength(84);
    const names = readdirSync(join(dev, 'text')).sort();
    expect(docs.map((d) => d.date)).toEqual(names.map((n) => /\d{4}-\d{2}-\d{2}/.exec(n)?.[0]));
  });
});
