import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { shingleF1 } from '../scripts/aeb-score.js';
import { analyse } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { splitAuthors } from '../src/ingest/html/authors.js';
import { applyParagraphRules } from '../src/ingest/html/body-rules.js';
import { decodePage, sniffCharset } from '../src/ingest/html/charset.js';
import { dateFromUrl, parsePublished } from '../src/ingest/html/published.js';
import { htmlDocument, looksLikeHtml } from '../src/ingest/html.js';
import { detectLanguage } from '../src/ingest/language.js';
import type { DocumentOutput } from '../src/output/schema.js';
import { dateline } from './support/cli.js';
import { ROOT } from './support/paths.js';

const PAGES = join(ROOT, 'test', 'fixtures', 'web', 'pages');
const read = (name: string) => readFileSync(join(PAGES, name), 'utf8');

describe('HTML pages: the body is the article and nothing else (fixture pages written for the project)', () => {
  const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
  it.each(pages)('%s', (file) => {
    const doc = htmlDocument(file, read(file));
    const body = read(file.replace(/\.html$/, '.body.txt')).trim();
    // Broken markup loses its last paragraph (it falls outside the article's block): scored, not exact.
    if (file === 'broken.html') expect(shingleF1(doc.text, body)).toBeGreaterThan(0.85);
    else expect(doc.text).toBe(body);
  });
});

describe('HTML metadata, from the most trusted place that has it', () => {
  it.each([
    [
      'news-jsonld.html',
      undefined,
      {
        title: 'Harbour ferry fares rise for the first time in six years',
        url: 'https://courier.example/2026/04/14/ferry-fares-rise/',
        outlet: 'The Marlow Courier',
        authors: ['Alma Brightwater', 'Tomas Quill'],
        published: '2026-04-14T07:45:00+01:00',
      },
      { title: 'json-ld', outlet: 'json-ld', authors: 'json-ld', published: 'json-ld' },
    ],
    [
      'og-only.html',
      undefined,
      {
        title: 'Brenford library to open until 9pm on weekdays',
        url: 'https://star.example/news/library-late-opening',
        outlet: 'Brenford Evening Star',
        authors: ['Priya Lund'],
        published: '2026-02-03T18:20:00Z',
      },
      { title: 'opengraph', authors: 'meta', published: 'opengraph' },
    ],
    ['microdata.html', undefined, { authors: ['Mateo Ferreira'], published: '2026-04-22' }, { authors: 'byline', published: 'time' }],
    ['table-layout.html', undefined, { authors: ['R. Okonjo', 'L. Petersen'], published: '2025-09-14' }, { published: 'meta' }],
    [
      'url-date.html',
      'https://post.example/city/2026/03/27/night-buses',
      { title: 'Night buses return to the eastern suburbs', outlet: 'post.example', published: '2026-03-27' },
      { title: 'title', outlet: 'host', published: 'url' },
    ],
  ])('%s', (file, url, expected, sources) => {
    const doc = htmlDocument(file, read(file), { url });
    expect(doc.meta).toMatchObject(expected);
    expect(doc.meta.extraction?.sources).toMatchObject(sources);
    expect(doc.date).toBe(expected.published.slice(0, 10)); // the publication day is the reference date
  });

  it('takes the date from --date when the page states none, and says nothing it does not know', () => {
    const doc = htmlDocument('p.html', read('url-date.html'), { date: '2026-03-01' });
    expect([doc.date, doc.meta.published, doc.meta.authors]).toEqual(['2026-03-01', undefined, []]);
  });
});

describe('authors: clean names', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['By Priya Lund | 4 Minute Read', ['Priya Lund']],
    ['Reporting by Ana Ruiz; Editing by Tom Hale', ['Ana Ruiz']],
    ['Associated Press', ['Associated Press']],
  ])('%s → %j', (raw, names) => {
    expect(splitAuthors(raw)).toEqual(names);
  });

  it.each([['https://news.example/staff/jane'], ['3 min read'], ['Updated 10:42'], ['staff'], ['jane@news.example']])(
    'finds no name in %s',
    (raw) => {
      expect(splitAuthors(raw)).toEqual([]);
    },
  );
});

describe('published: ISO 8601 with the raw string kept', () => {
  it.each([
    ['2026-03-06', '2026-03-06', '2026-03-06'],
    ['2026-03-06T23:30:00-05:00', '2026-03-06T23:30:00-05:00', '2026-03-06'],
    ['2026-03-06T23:30:00-0500', '2026-03-06T23:30:00-05:00', '2026-03-06'],
    ['Fri, 06 Mar 2026 23:30:00 -0500', '2026-03-07T04:30:00Z', '2026-03-06'],
    ['March 6, 2026', '2026-03-06T00:00:00Z', '2026-03-06'],
  ])('%s → %s (day %s)', (raw, iso, day) => {
    expect(parsePublished(raw)).toEqual({ iso, raw, day });
  });

  it.each([['2026-02-30'], ['yesterday'], ['1717171717'], [''], ['0001-01-01']])('reads no date from %j', (raw) => {
    expect(parsePublished(raw)).toBeNull();
  });

  it.each([
    ['https://x.example/2026/03/06/story', '2026-03-06'],
    ['https://x.example/news/2026-3-6-story', '2026-03-06'],
    ['https://x.example/20260306/story', '2026-03-06'],
    ['https://x.example/story-2026', null],
    ['https://x.example/2026/13/40/story', null],
  ])('the URL %s gives %s', (url, day) => {
    expect(dateFromUrl(url)?.day ?? null).toBe(day);
  });
});

describe('paragraph rules', () => {
  it.each([
    [['By Jane Doe', 'The council met.'], ['The council met.'], 'body/byline'],
    [['Port strike looms', 'The council met.'], ['The council met.'], 'body/headline-repeat'],
    [['March 6, 2026 at 9:30 a.m. EST', 'The council met.'], ['The council met.'], 'body/date-line'],
    [['The council met.', 'Share this article'], ['The council met.'], 'body/share-prompt'],
  ])('%j → %j (%s)', (paragraphs, kept, rule) => {
    const fired: string[] = [];
    expect(applyParagraphRules(paragraphs, 'Port strike looms', fired)).toEqual(kept);
    expect(fired).toContain(rule);
  });

  it.each([
    [['By the end of the year the port will have doubled its capacity.', 'More text.']],
    [['March 6 was the day the strike began, the union said in a statement.', 'More text.']],
    [['The council met.', 'Share prices fell by a third after the announcement, traders said.']],
  ])('keeps %j', (paragraphs) => {
    expect(applyParagraphRules(paragraphs, 'Port strike looms')).toEqual(paragraphs);
  });
});

describe('charsets', () => {
  const latin = iconv.encode(
    '<html><head><meta charset="iso-8859-1"></head><body>caf\u00e9 \u201cquoted\u201d</body></html>',
    'windows-1252',
  );
  it.each([
    ['a BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), undefined, 'utf-8'],
    ['the header', Buffer.from('<html>'), 'text/html; charset=Shift_JIS', 'shift_jis'],
    ['a <meta charset>', latin, 'text/html', 'iso-8859-1'],
    ['nothing (UTF-8)', Buffer.from('<html>'), 'text/html', 'utf-8'],
    ['an unknown label (UTF-8)', Buffer.from('<meta charset="klingon">'), undefined, 'utf-8'],
  ])('from %s', (_name, bytes, header, charset) => {
    expect(sniffCharset(bytes, header)).toBe(charset);
  });

  it('decodes iso-8859-1 as windows-1252, as browsers do (curly quotes survive)', () => {
    expect(decodePage(latin).text).toContain('café “quoted”');
  });

  it.each([
    ['<!doctype html><p>x', true],
    ['<!-- c --><html>', true],
    ['date 2026-01-01\nText <b>bold</b>', false],
  ])('looksLikeHtml(%j) is %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('language', () => {
  it('stores a Spanish page with its language and skips the English stages with a stated reason', () => {
    const result = analyse(defaultPipeline(), htmlDocument('spanish.html', read('spanish.html')));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.output.language).toBe('es');
    expect([result.output.entities, result.output.timexes, result.output.attributions]).toEqual([[], [], []]);
    expect(result.output.problems).toEqual([expect.objectContaining({ stage: 'language', rule: 'language/franc' })]);
  });

  it.each([
    ['an English article', read('wire.body.txt'), null, 'en'],
    ['a short text, declared', 'Hola.', 'es', 'es'],
    ['a short text, undeclared', 'Hello there.', null, null],
  ])('detects %s', (_name, text, declared, language) => {
    expect(detectLanguage(text, declared)?.language ?? null).toBe(language);
  });
});

describe('dateline extract PAGE.html (the CLI, in-process)', () => {
  it('prints the body as text with the metadata beside it, a Spanish page with its language and the stages skipped', async () => {
    const r = await dateline(['extract', join(PAGES, 'wire.html'), join(PAGES, 'spanish.html')]);
    expect(r.status).toBe(0);
    const [wire, spanish] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as DocumentOutput);
    expect(wire).toMatchObject({
      date: '2026-06-08',
      outlet: 'Daily Tribune',
      published: '2026-06-08T06:00:00Z',
      language: 'en',
      authors: [],
    });
    expect(wire?.text).toBe(read('wire.body.txt').trim());
    expect(wire?.attributions.length).toBeGreaterThan(0);
    expect(spanish).toMatchObject({ language: 'es', entities: [], problems: [{ stage: 'language' }] });
  }, 200_000);
});
