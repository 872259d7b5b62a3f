import type { SourceDoc } from '../doc/doc.js';
import type { FeedItem } from '../ingest/web/feed.js';
import { PoliteClient, type PoliteOptions } from '../ingest/web/polite.js';
import type { WebReadOptions } from '../ingest/web/read-url.js';
import type { Store } from '../store/store.js';

export interface WebHookOptions extends PoliteOptions {
  /** Conditional requests for feeds with the validators the store keeps (`watch`). */
  readonly conditional?: boolean;
  /** Told of each feed fetched (for `watch`'s line per feed). */
  readonly onFeed?: WebReadOptions['onFeed'];
}

/**
 * How `ingest` and `watch` read URLs against a store: a feed's items are fetched only when
 * new or changed (GUID, date or title differ from what was stored), feeds' validators are
 * kept for conditional requests, and pages are fetched politely.
 */
export function storeWebOptions(store: Store, options: WebHookOptions = {}): WebReadOptions {
  return {
    client: new PoliteClient(options),
    selectItems: async (feedUrl: string, items: readonly FeedItem[]) => {
      const seen = await store.feedItems(
        feedUrl,
        items.map((i) => i.guid),
      );
      return items.filter((i) => seen.get(i.guid) !== i.fingerprint);
    },
    ...(options.conditional && { validators: (feedUrl: string) => store.feedValidators(feedUrl) }),
    onFeed: async (feedUrl, state) => {
      if (!state.notModified) await store.saveFeedState(feedUrl, state.etag, state.lastModified);
      await options.onFeed?.(feedUrl, state);
    },
  };
}

/** Remembers the feed items of a stored batch (those whose analysis did not fail), so the next run skips them. */
export async function rememberFeedItems(store: Store, docs: readonly SourceDoc[], failed: ReadonlySet<string>): Promise<void> {
  const items = docs
    .filter((d) => d.meta.feed?.guid && !failed.has(d.id))
    .map((d) => ({
      feedUrl: d.meta.feed?.url ?? '',
      guid: d.meta.feed?.guid ?? '',
      fingerprint: d.meta.feed?.fingerprint ?? '',
      docId: d.id,
    }));
  if (items.length > 0) await store.rememberFeedItems(items);
}
