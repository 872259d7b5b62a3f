import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFor } from '../src/store/migrations/index.js';
import { Store } from '../src/store/store.js';
import { dateline } from './support/cli.js';
import { fixture } from './support/fixtures.js';
import { NEWS } from './support/news.js';
import { DIALECTS, freshStore, type TestStore } from './support/stores.js';

const articles = [fixture(NEWS.senate!), fixture(NEWS.geneva!), fixture(NEWS.helpful!)];
const ESC = '\u001b[';

describe('dateline ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the samples once: a second run finds them unchanged (one summary line, not a terminal)', async () => {
    const db = join(dir, 'samples.db');
    const first = await dateline(['ingest', 'samples', '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.stdout).toMatch(/^ingested 3 documents into .* 3 added, 0 new versions, 0 re-analysed, 0 unchanged, 0 failed$/m);
    const second = await dateline(['ingest', 'samples', '--db', db]);
    expect(second.stdout).toMatch(/0 added, 0 new versions, 0 re-analysed, 3 unchanged, 0 failed/);
  });

  it('exports byte for byte what extract prints (stage fields beyond the contract and problems included)', async () => {
    const db = join(dir, 'roundtrip.db');
    expect((await dateline(['ingest', 'samples', '--db', db])).status).toBe(0);
    const exported = (await dateline(['export', '--db', db])).stdout;
    expect(exported).toBe((await dateline(['extract', 'samples'])).stdout);
    expect(exported.trim().split('\n')).toHaveLength(3);
  });

  it('stores a changed article as a new version', async () => {
    const db = join(dir, 'versions.db');
    const file = join(dir, 'story.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'story', date: '2025-01-01', text: 'The ferry left late.' })}\n`);
    await dateline(['ingest', file, '--db', db]);
    writeFileSync(file, `${JSON.stringify({ id: 'story', date: '2025-01-01', text: 'The ferry left very late.' })}\n`);
    expect((await dateline(['ingest', file, '--db', db])).stdout).toMatch(/0 added, 1 new versions/);
    expect((await dateline(['show', 'story', '--db', db])).stdout).toMatch(/^#2 story v2 /);
  });

  it('reports bad documents in one stderr line each and stores the rest (exit 1)', async () => {
    const db = join(dir, 'bad.db');
    writeFileSync(join(dir, 'good-2025-02-02.txt'), 'The library reopened after repairs.');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x61, 0x00, 0x62]));
    writeFileSync(join(dir, 'lines.jsonl'), `${JSON.stringify({ id: 'j1', text: 'The bridge closed.' })}\nnot json\n{"id":"j3"}\n`);
    const r = await dateline(['ingest', join(dir, 'good-2025-02-02.txt'), join(dir, 'binary.txt'), join(dir, 'lines.jsonl'), '--db', db]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('migration '))).toEqual(
      Object.keys(migrationsFor('sqlite')).map((m) => `migration ${m}: applied`),
    );
    const errors = lines.filter((l) => !l.startsWith('migration '));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/binary\.txt: E_BINARY: /);
    expect(errors[1]).toMatch(/lines\.jsonl:2: E_JSON: /);
    expect(errors[2]).toMatch(/lines\.jsonl:3: E_FIELD: /);
    expect(r.stdout).toMatch(/2 added, .* 3 failed/);
  });

  it('re-analyses articles an older analysis made, from the stored text, once', async () => {
    const db = join(dir, 'reanalyse.db');
    const store = await Store.open({ db, write: true });
    await store.add(articles, 'dateline 0.0.1: old');
    await store.close();
    const first = await dateline(['reanalyse', '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^re-analysed 3 documents .*: 0 added, 0 new versions, 3 re-analysed, 0 unchanged, 0 failed \(dateline /);
    const shown = JSON.parse((await dateline(['show', 'geneva', '--json', '--db', db])).stdout);
    expect(shown.text).toBe(NEWS.geneva!.text);
    expect(shown.entities.every((e: { rule?: string }) => e.rule !== 'fixture')).toBe(true);
    // Everything current: said so, not "0 unchanged" (issue #19 item 9).
    expect((await dateline(['reanalyse', '--db', db])).stdout).toMatch(
      /^nothing to re-analyse in .*: all 3 stored articles are analysed by dateline /,
    );
  });

  it('runs the demo with zero set-up', async () => {
    const r = await dateline(['demo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingested 3 documents into a fresh store/);
    expect(r.stdout).toMatch(/the store: 3 articles/);
    // The search asks for the store's most mentioned name, not a fixed word (issue #19 item 9).
    expect(r.stdout).toMatch(/\$ dateline search '[^']+'\n {2}#\d+ /);
  });
});

for (const dialect of DIALECTS) {
  describe(`question commands (${dialect})`, () => {
    let place: TestStore;
    beforeAll(async () => {
      place = freshStore(dialect);
      const store = await Store.open({ db: place.db, write: true });
      await store.add(articles, 'v1');
      await store.close();
    });
    afterAll(async () => place?.drop());

    it.each([
      [['quotes', '--speaker', 'Rubio'], 3, true],
      [['quotes', '--about', 'Geneva'], 1, false],
      [['quotes', '--from', '2025-02-02', '--outlet', 'Harbor Post'], 2, false],
      [['quotes', '--text', 'zeppelin'], 0, true],
      [['entities', '--type', 'PERSON'], 2, true],
      [['timeline', 'Marco Rubio'], 4, true],
      [['search', 'Geneva'], 2, false],
    ])('%j --json gives %i rows (and --csv the same rows under a header: %s)', async (args, count, csvToo) => {
      const json = await dateline([...args, '--json', '--db', place.db]);
      expect(json.stderr).toBe('');
      expect(json.status).toBe(0);
      expect(JSON.parse(json.stdout)).toHaveLength(count);
      if (!csvToo) return;
      const csv = await dateline([...args, '--csv', '--db', place.db]);
      expect(csv.stdout.trim().split('\n')).toHaveLength(count + 1);
    });

    it('prints a readable table by default', async () => {
      const r = await dateline(['quotes', '--speaker', 'Marco Rubio', '--db', place.db]);
      // Issue #19 item 6: cue, source, article and outlet too.
      expect(r.stdout.split('\n')[0]).toMatch(/^said\s+speaker\s+cue\s+quote\s+source\s+article\s+doc_id\s+outlet$/);
      expect(r.stdout).toMatch(/2025-02-02\s+Rubio\s+.*Petrova had been helpful\s+.*helpful/);
    });

    it('shows an article without colour off a terminal, with colour when forced', async () => {
      // Off a terminal: the text with its annotations in [brackets]{labels} (issue #19 item 7).
      const plain = await dateline(['show', 'geneva', '--db', place.db]);
      expect(plain.stdout).toContain('[Marco Rubio]{PERSON} [said]{cue}');
      expect(plain.stdout).not.toContain(ESC);
      const coloured = await dateline(['show', 'geneva', '--db', place.db], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
      expect(coloured.stdout).toContain(`${ESC}36mMarco Rubio${ESC}0m`);
      expect((await dateline(['show', '999', '--db', place.db])).stderr).toMatch(/^dateline show: E_NOT_FOUND: /);
    });

    it('exports JSONL in schema dateline/1 that round-trips, and CSV of every annotation', async () => {
      const jsonl = await dateline(['export', '--db', place.db]);
      const docs = jsonl.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(docs).toEqual(articles.map((a) => a.output));
      const csv = (await dateline(['export', '--csv', '--db', place.db])).stdout.trim().split('\n');
      expect(csv[0]).toBe('doc_id,date,layer,id,type,start,end,text,value,rule,outlet,said,cue,source');
      expect(csv.filter((l) => l.includes(',attribution,'))).toHaveLength(4);
    });
  });
}
