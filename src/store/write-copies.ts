import type { Kysely } from 'kysely';
import { type AddOutcome, type ArticleInput, articleMetadata } from './article-input.js';
import { inChunks } from './sql-helpers.js';
import type { Database } from './tables.js';

/**
 * Stores syndicated copies: each keeps its own document id, outlet, URL, title and dates,
 * and points at the article whose analysis it shares. A copy already stored, pointing at
 * the same article with the same metadata, is `unchanged` (exact re-fetches stay idempotent).
 */
export async function writeCopies(
  db: Kysely<Database>,
  copies: readonly { item: ArticleInput; hash: string; index: number }[],
  articleOf: (hash: string) => number | undefined,
  outcomes: AddOutcome[],
  now: string,
): Promise<void> {
  if (copies.length === 0) return;
  const held = new Map(
    (
      await inChunks(
        copies.map((c) => c.item.output.id),
        (part) => db.selectFrom('copies').selectAll().where('doc_id', 'in', part).execute(),
      )
    ).map((r) => [r.doc_id, r]),
  );
  for (const { item, hash, index } of copies) {
    const articleId = articleOf(hash);
    if (articleId === undefined) {
      outcomes[index] = 'unchanged'; // a concurrent writer stored the text; its copy comes with the next run
      continue;
    }
    const meta = articleMetadata(item);
    const row = { doc_id: item.output.id, article_id: articleId, date: item.output.date, ...meta };
    const before = held.get(row.doc_id);
    if (before) {
      const same = (Object.keys(row) as (keyof typeof row)[]).every((k) => before[k] === row[k]);
      if (same) outcomes[index] = 'unchanged';
      else
        await db
          .updateTable('copies')
          .set({ ...row, ingested_at: now })
          .where('id', '=', before.id)
          .execute();
    } else {
      await db
        .insertInto('copies')
        .values({ ...row, ingested_at: now })
        .execute();
      held.set(row.doc_id, { ...row, id: -1, ingested_at: now });
    }
  }
}
