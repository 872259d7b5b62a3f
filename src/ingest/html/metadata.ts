import { cleanAuthors } from './authors.js';
import { all, type DomDocument, flatText } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { firstNamed, readMetaTags } from './meta-tags.js';
import { dateFromUrl, type Published, parsePublished } from './published.js';

/** A page's metadata, each field from the most trusted place that has it. */
export interface PageMeta {
  readonly title: string | null;
  /** The canonical URL, absolute. */
  readonly url: string | null;
  readonly outlet: string | null;
  readonly authors: string[];
  readonly published: Published | null;
  /** The language the page declares (a BCP 47 tag, lower-case primary subtag), if any. */
  readonly declaredLanguage: string | null;
  /** JSON-LD's `articleBody`, when the page gives one (a hint for the body rules). */
  readonly jsonLdBody: string | null;
  /** Where each field came from: `json-ld`, `opengraph`, `meta`, `time`, `url`, `byline`, `title`, `host`. */
  readonly sources: Readonly<Record<string, string>>;
}

const DATE_NAMES = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'og:published_time',
];
const AUTHOR_NAMES = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator'];
const OUTLET_NAMES = ['application-name', 'publisher', 'dc.publisher', 'cre'];

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** `<title>` without the outlet's name after a separator: "Port strike looms | Halvard Ledger". */
function titleWithoutOutlet(title: string, outlet: string | undefined): string {
  const parts = title.split(/\s+[|–—•·]\s+|\s+-\s+/);
  if (parts.length < 2) return title;
  if (outlet && parts.length > 1 && parts.at(-1)?.toLowerCase() === outlet.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function hostOutlet(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Byline text in the page (read before boilerplate is removed). */
function bylineTexts(doc: DomDocument): string[] {
  return all(doc, '[rel="author"], [itemprop="author"], .byline, .author, .byline__name, .author-name')
    .map((el) => flatText(el))
    .filter((t) => t !== '' && t.length < 200);
}

/**
 * Reads the metadata of a parsed page, trusting JSON-LD first, then OpenGraph, then other
 * `<meta>`, then `<time>`, then the URL's own date; `pageUrl` is where it was fetched.
 */
export function readPageMeta(doc: DomDocument, pageUrl?: string): PageMeta {
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const sources: Record<string, string> = {};
  const pick = <T>(field: string, options: [string, T | undefined | null][]): T | undefined => {
    for (const [source, value] of options) {
      if (value !== undefined && value !== null && value !== '') {
        sources[field] = source;
        return value;
      }
    }
    return undefined;
  };
  const outlet = pick('outlet', [
    ['json-ld', ld?.publisher],
    ['opengraph', tags.og.get('og:site_name')],
    ['meta', firstNamed(tags, OUTLET_NAMES)],
    ['host', hostOutlet(pageUrl)],
  ]);
  const title = pick('title', [
    ['json-ld', ld?.headline],
    ['opengraph', tags.og.get('og:title')],
    ['meta', firstNamed(tags, ['twitter:title', 'title', 'dc.title'])],
    ['title', tags.title && titleWithoutOutlet(tags.title, outlet)],
  ]);
  const url = pick('url', [
    ['json-ld', absolute(ld?.url, pageUrl)],
    ['opengraph', absolute(tags.og.get('og:url'), pageUrl)],
    ['meta', absolute(tags.canonical, pageUrl)],
    ['url', absolute(pageUrl, undefined)],
  ]);
  const metaAuthors = AUTHOR_NAMES.flatMap((n) => (tags.named.get(n) ?? []).concat(tags.og.get(n) ?? []));
  const authors =
    pick('authors', [
      ['json-ld', nonEmpty(cleanAuthors(ld?.authors ?? []))],
      ['meta', nonEmpty(cleanAuthors(metaAuthors))],
      ['byline', nonEmpty(cleanAuthors(bylineTexts(doc)))],
    ]) ?? [];
  const published = pick('published', [
    ['json-ld', parsePublished(ld?.published)],
    ['opengraph', parsePublished(tags.og.get('article:published_time'))],
    ['meta', parsePublished(firstNamed(tags, DATE_NAMES))],
    ['time', parsePublished(tags.time)],
    ['url', dateFromUrl(url ?? pageUrl)],
  ]);
  const declared = pick('language', [
    ['json-ld', ld?.language],
    ['opengraph', tags.og.get('og:locale')],
    ['meta', firstNamed(tags, ['content-language', 'language', 'dc.language'])],
    ['html', tags.lang],
  ]);
  return {
    title: title ?? null,
    url: url ?? null,
    outlet: outlet ?? null,
    authors,
    published: published ?? null,
    declaredLanguage: declared ? normaliseLanguage(declared) : null,
    jsonLdBody: ld?.body ?? null,
    sources,
  };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** `en_US`, `EN-gb`, `en` → `en`. */
export function normaliseLanguage(tag: string): string | null {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
