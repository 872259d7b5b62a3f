import type { SourceDoc } from '../../doc/doc.js';
import { DatelineError } from '../../errors/codes.js';
import { decodePage } from '../html/charset.js';
import { htmlDocument, looksLikeHtml } from '../html.js';
import { failure, type IngestResult } from '../result.js';
import { textDocument } from '../text-file.js';
import { type FeedItem, looksLikeFeed, parseFeed } from './feed.js';
import { PoliteClient } from './polite.js';

/** The validators of a feed copy held from an earlier fetch. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** What a reader of URLs needs beyond the text options; every hook is optional. */
export interface WebReadOptions {
  readonly client?: PoliteClient;
  /** The items of a feed worth fetching (default: all); `ingest` asks the store which are new or changed. */
  readonly selectItems?: (feedUrl: string, items: readonly FeedItem[]) => Promise<FeedItem[]>;
  /** Validators for a conditional GET of a feed (`watch`). */
  readonly validators?: (feedUrl: string) => Promise<Validators | null>;
  /** Told after each feed fetch: its new validators and how many items it had and were fetched. */
  readonly onFeed?: (feedUrl: string, state: FeedFetch) => Promise<void> | void;
}

export interface FeedFetch extends Validators {
  readonly notModified: boolean;
  readonly items: number;
  readonly selected: number;
  readonly bad: number;
}

export { isUrl } from '../input-kinds.js';

/**
 * A URL given as input: a feed (RSS or Atom: each selected item's page, in feed order) or
 * one page (HTML, else plain text). Failures are yielded, one per page or bad item.
 */
export async function* readUrl(url: string, options: WebReadOptions & { date?: string | undefined }): AsyncGenerator<IngestResult> {
  const client = options.client ?? new PoliteClient();
  let fetched: Awaited<ReturnType<PoliteClient['get']>>;
  try {
    const held = (await options.validators?.(url)) ?? null;
    fetched = await client.get(url, held ? { etag: held.etag, lastModified: held.lastModified } : {});
  } catch (error) {
    yield failure(url, error);
    return;
  }
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (fetched.notModified) {
    await options.onFeed?.(url, { ...validators, notModified: true, items: 0, selected: 0, bad: 0 });
    return;
  }
  const { text } = decodePage(fetched.body, fetched.contentType);
  if (!looksLikeFeed(text, fetched.contentType)) {
    try {
      yield { ok: true, doc: pageDocument(url, fetched.url, text, fetched.contentType, options.date) };
    } catch (error) {
      yield failure(url, error);
    }
    return;
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(text, fetched.url);
  } catch (error) {
    yield failure(url, error);
    return;
  }
  for (const bad of feed.bad) yield failure(`${url} item ${bad.index}`, new DatelineError('E_FEED', bad.reason));
  const selected = options.selectItems ? await options.selectItems(url, feed.items) : feed.items;
  await options.onFeed?.(url, {
    ...validators,
    notModified: false,
    items: feed.items.length,
    selected: selected.length,
    bad: feed.bad.length,
  });
  for (const item of selected) {
    try {
      const page = await client.get(item.link);
      const decoded = decodePage(page.body, page.contentType).text;
      yield { ok: true, doc: withFeedItem(pageDocument(item.link, page.url, decoded, page.contentType, options.date), url, item) };
    } catch (error) {
      yield failure(item.link, error);
    }
  }
}

function pageDocument(id: string, finalUrl: string, text: string, contentType: string | null, date: string | undefined): SourceDoc {
  if (/html/i.test(contentType ?? '') || looksLikeHtml(text)) return htmlDocument(id, text, { url: finalUrl, date, source: id });
  return textDocument(id, text, { date });
}

/** A feed item's page, with what the feed says filling what the page lacks. */
function withFeedItem(doc: SourceDoc, feedUrl: string, item: FeedItem): SourceDoc {
  const meta = doc.meta;
  return {
    ...doc,
    date: meta.published ? doc.date : (item.date?.slice(0, 10) ?? doc.date),
    meta: {
      ...meta,
      ...(meta.title === undefined && item.title !== null && { title: item.title }),
      ...((meta.authors ?? []).length === 0 && item.authors.length > 0 && { authors: item.authors }),
      ...(meta.published === undefined && item.date !== null && { published: item.date, publishedRaw: item.dateRaw ?? item.date }),
      feed: { url: feedUrl, guid: item.guid, date: item.date, fingerprint: item.fingerprint },
    },
  };
}
