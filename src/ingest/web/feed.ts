import { XMLParser } from 'fast-xml-parser';
import { DatelineError } from '../../errors/codes.js';
import { parsePublished } from '../html/published.js';

/** One item of a feed: the page it links to, its GUID and its date as the feed gives them. */
export interface FeedItem {
  readonly link: string;
  /** The item's GUID (RSS) or id (Atom); the link when it has none. */
  readonly guid: string;
  readonly title: string | null;
  /** The item's date as ISO 8601, and as written. */
  readonly date: string | null;
  readonly dateRaw: string | null;
  readonly authors: string[];
  /** What identifies this version of the item: GUID, date and title (a changed item changes it). */
  readonly fingerprint: string;
}

export interface ParsedFeed {
  readonly kind: 'rss' | 'atom';
  readonly title: string | null;
  readonly items: FeedItem[];
  /** Items that could not be read, each with its position and why. */
  readonly bad: { readonly index: number; readonly reason: string }[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name),
});

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text'] ?? (v as Node).name);
  return null;
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function rssItem(item: Node, base: string): FeedItem | string {
  const link = absolute(text(item.link), base) ?? absolute(text(item.guid), base);
  if (!link) return 'the item has no http(s) link';
  const raw = text(item.pubDate) ?? text(item['dc:date']);
  return finish(link, text(item.guid) ?? link, text(item.title), raw, [...list(item.author), ...list(item['dc:creator'])]);
}

function atomItem(entry: Node, base: string): FeedItem | string {
  const links = list(entry.link) as Node[];
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const link = absolute(text(alternate?.['@_href']), base);
  if (!link) return 'the entry has no http(s) link';
  const raw = text(entry.published) ?? text(entry.updated);
  return finish(link, text(entry.id) ?? link, text(entry.title), raw, list(entry.author));
}

function finish(link: string, guid: string, title: string | null, raw: string | null, authors: unknown[]): FeedItem {
  const date = parsePublished(raw);
  const names = authors.map(text).filter((a): a is string => a !== null);
  return {
    link,
    guid,
    title,
    date: date?.iso ?? null,
    dateRaw: raw,
    authors: names,
    fingerprint: `${guid}\u0000${raw ?? ''}\u0000${title ?? ''}`,
  };
}

/** True when a fetched body looks like a feed (RSS or Atom), not a page. */
export function looksLikeFeed(body: string, contentType?: string | null): boolean {
  if (/(rss|atom)\+xml/i.test(contentType ?? '')) return true;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(body.slice(0, 4096));
}

/**
 * An RSS 2.0 or Atom feed's items, in feed order. A bad item (no link) is listed in `bad`
 * and the others are kept; a document that is no feed at all throws E_FEED.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (error) {
    throw new DatelineError('E_FEED', `${feedUrl}: not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
  const rss = (root.rss as Node | undefined)?.channel as Node | undefined;
  const atom = root.feed as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const kind = atom ? 'atom' : 'rss';
  const channel = rss ?? atom ?? (rdf?.channel as Node | undefined);
  if (!channel) throw new DatelineError('E_FEED', `${feedUrl}: neither an RSS <channel> nor an Atom <feed>`);
  const raw = (atom ? list(atom.entry) : list(rss ? rss.item : rdf?.item)) as Node[];
  const items: FeedItem[] = [];
  const bad: { index: number; reason: string }[] = [];
  raw.forEach((node, index) => {
    const item =
      typeof node === 'object' && node !== null ? (atom ? atomItem(node, feedUrl) : rssItem(node, feedUrl)) : 'the item is empty';
    if (typeof item === 'string') bad.push({ index: index + 1, reason: item });
    else items.push(item);
  });
  return { kind, title: text(channel.title), items, bad };
}
