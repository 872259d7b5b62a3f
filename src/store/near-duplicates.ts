import type { Kysely } from 'kysely';
import { bandKeys, sameStory, shingles, signature } from './minhash.js';
import type { Database } from './tables.js';

/**
 * Puts newly stored articles in near-duplicate groups: each article's MinHash bands are
 * stored; current articles of other documents sharing a band are candidates, checked exactly
 * on word shingles (`sameStory`: containment ≥ 0.8 and Jaccard ≥ 0.5). A group is named by its first article's store id
 * (`dup_group`); nothing is dropped.
 */
export async function groupDuplicates(
  db: Kysely<Database>,
  articles: readonly { id: number; docId: string; text: string }[],
): Promise<void> {
  for (const article of articles) {
    const set = shingles(article.text);
    const keys = bandKeys(signature(set));
    const candidates = await db
      .selectFrom('lsh_bands as b')
      .innerJoin('articles as a', 'a.id', 'b.article_id')
      .select(['a.id', 'a.text', 'a.dup_group'])
      .where((eb) => eb.or(keys.map((bucket, band) => eb.and([eb('b.band', '=', band), eb('b.bucket', '=', bucket)]))))
      .where('a.current', '=', 1)
      .where('a.doc_id', '<>', article.docId)
      .distinct()
      .orderBy('a.id')
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
