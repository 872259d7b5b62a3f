import type { Kysely } from 'kysely';
import { inChunks } from '../sql-helpers.js';
import type { Database } from '../tables.js';

/** A feed item to remember once its page is stored. */
export interface SeenItem {
  readonly feedUrl: string;
  readonly guid: string;
  readonly fingerprint: string;
  readonly docId: string;
}

/** The fingerprints of the items of `feedUrl` already stored, by GUID. */
export async function seenFingerprints(db: Kysely<Database>, feedUrl: string, guids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks(guids, (part) =>
    db.selectFrom('feed_items').select(['guid', 'fingerprint']).where('feed_url', '=', feedUrl).where('guid', 'in', part).execute(),
  );
  return new Map(rows.map((r) => [r.guid, r.fingerprint]));
}

/** Remembers items whose pages were stored (insert or update, the same on both dialects). */
export async function rememberItems(db: Kysely<Database>, items: readonly SeenItem[]): Promise<void> {
  const now = new Date().toISOString();
  for (const item of items) {
    await db
      .insertInto('feed_items')
      .values({ feed_url: item.feedUrl, guid: item.guid, fingerprint: item.fingerprint, doc_id: item.docId, seen_at: now })
      .onConflict((oc) => oc.columns(['feed_url', 'guid']).doUpdateSet({ fingerprint: item.fingerprint, doc_id: item.docId, seen_at: now }))
      .execute();
  }
}

/** A feed's validators from its last fetch, or null. */
export async function feedValidators(
  db: Kysely<Database>,
  feedUrl: string,
): Promise<{ etag: string | null; lastModified: string | null } | null> {
  const row = await db.selectFrom('feed_state').select(['etag', 'last_modified']).where('feed_url', '=', feedUrl).executeTakeFirst();
  return row ? { etag: row.etag, lastModified: row.last_modified } : null;
}

export async function saveFeedState(
  db: Kysely<Database>,
  feedUrl: string,
  etag: string | null,
  lastModified: string | null,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('feed_state')
    .values({ feed_url: feedUrl, etag, last_modified: lastModified, checked_at: now })
    .onConflict((oc) => oc.column('feed_url').doUpdateSet({ etag, last_modified: lastModified, checked_at: now }))
    .execute();
}
