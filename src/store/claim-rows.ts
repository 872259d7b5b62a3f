import type { Insertable, Kysely } from 'kysely';
import type { PortableClaim } from '../doc/portable-claim.js';
import { inChunks } from './sql-helpers.js';
import type { ClaimTable, ClaimTopicTable, Database } from './tables.js';

/** The `claims` and `claim_topics` rows of one article's portable claims. */
export function claimRows(
  articleId: number,
  claims: readonly PortableClaim[],
): { claims: Insertable<ClaimTable>[]; topics: Insertable<ClaimTopicTable>[] } {
  const rows: Insertable<ClaimTable>[] = [];
  const topics: Insertable<ClaimTopicTable>[] = [];
  for (const c of claims) {
    rows.push({ article_id: articleId, idx: c.idx, date: c.date, data: JSON.stringify(c) });
    for (const topic of new Set(c.entities)) topics.push({ topic, article_id: articleId, idx: c.idx, date: c.date });
  }
  return { claims: rows, topics };
}

/** Drops the cross-article pairs either side of which is one of these articles (re-analysed or replaced). */
export async function dropCrossPairs(db: Kysely<Database>, articleIds: readonly number[]): Promise<void> {
  await inChunks(articleIds, async (part) => [
    await db
      .deleteFrom('cross_contradictions')
      .where((eb) => eb.or([eb('a_article', 'in', part), eb('b_article', 'in', part)]))
      .execute(),
  ]);
}
