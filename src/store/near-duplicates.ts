import { type Kysely, sql } from 'kysely';
import { bandKeys, sameStory, shingles, signature } from './minhash.js';
import type { Database } from './tables.js';

/**
 * A bucket shared by more articles than this holds boilerplate (a sign-off, a template
 * sentence), not one story: it names no candidates. Without this bound every article met
 * every other one sharing its boilerplate, and a store of templated text grew quadratically
 * (issue #18: 2,000 synthetic articles per 8 minutes at 4,000 stored).
 */
export const BOILERPLATE_BUCKET = 1_000;
/** Candidates checked exactly per article: those sharing the most bands with it. */
export const MAX_CANDIDATES = 20;

/**
 * Puts newly stored articles in near-duplicate groups: each article's MinHash bands are
 * stored; current articles of other documents sharing a band are candidates (at most
 * MAX_CANDIDATES, those sharing the most bands; buckets of boilerplate skipped), checked
 * exactly on word shingles (`sameStory`: containment ≥ 0.8 and Jaccard ≥ 0.5). A group is
 * named by its first article's store id (`dup_group`); nothing is dropped.
 */
export async function groupDuplicates(
  db: Kysely<Database>,
  articles: readonly { id: number; docId: string; text: string }[],
): Promise<void> {
  for (const article of articles) {
    const set = shingles(article.text);
    const keys = bandKeys(signature(set));
    // One statement: each band's bucket, at most BOILERPLATE_BUCKET + 1 members.
    const perBand = keys.map(
      (bucket, band) =>
        sql`select * from (select ${sql.lit(band)} as band, article_id from lsh_bands where band = ${band} and bucket = ${bucket} limit ${sql.lit(BOILERPLATE_BUCKET + 1)}) ${sql.id(`b${band}`)}`,
    );
    const { rows } = await sql<{ band: number; article_id: number }>`${sql.join(perBand, sql` union all `)}`.execute(db);
    const bucketSize = new Map<number, number>();
    for (const r of rows) bucketSize.set(Number(r.band), (bucketSize.get(Number(r.band)) ?? 0) + 1);
    const shared = new Map<number, number>();
    for (const r of rows) {
      if ((bucketSize.get(Number(r.band)) ?? 0) > BOILERPLATE_BUCKET) continue;
      const id = Number(r.article_id);
      shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const ranked = [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    const candidates =
      ranked.length === 0
        ? []
        : await db
            .selectFrom('articles')
            .select(['id', 'text', 'dup_group'])
            .where('id', 'in', ranked)
            .where('current', '=', 1)
            .where('doc_id', '<>', article.docId)
            .orderBy('id')
            .execute();
    const match = candidates.find((c) => sameStory(set, shingles(c.text)));
    if (match) {
      const group = match.dup_group ?? match.id;
      if (match.dup_group === null) await db.updateTable('articles').set({ dup_group: group }).where('id', '=', match.id).execute();
      await db.updateTable('articles').set({ dup_group: group }).where('id', '=', article.id).execute();
    }
    await db
      .insertInto('lsh_bands')
      .values(keys.map((bucket, band) => ({ band, bucket, article_id: article.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
