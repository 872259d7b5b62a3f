import { type Kysely, sql } from 'kysely';
import type { AnnotationRows } from './annotation-rows.js';
import { chunks, inChunks } from './sql-helpers.js';
import type { Database } from './tables.js';

/** What a batch adds to (or takes from) one store-wide entity's counters. */
interface Delta {
  mentions: number;
  articles: Set<number>;
  first: string | null;
  last: string | null;
}

/** Counter changes from freshly written annotation rows, per store-wide entity. */
export function countDeltas(rows: AnnotationRows, dates: ReadonlyMap<number, string | null>): Map<number, Delta> {
  const deltas = new Map<number, Delta>();
  for (const d of rows.docEntities) {
    let delta = deltas.get(d.entity_id);
    if (!delta) {
      delta = { mentions: 0, articles: new Set(), first: null, last: null };
      deltas.set(d.entity_id, delta);
    }
    delta.mentions += d.mention_count;
    delta.articles.add(d.article_id);
    const date = dates.get(d.article_id) ?? null;
    if (date !== null) {
      if (delta.first === null || date < delta.first) delta.first = date;
      if (delta.last === null || date > delta.last) delta.last = date;
    }
  }
  return deltas;
}

/** Adds deltas to the entities' counters in one statement per 6,000 entities (both dialects). */
export async function applyDeltas(db: Kysely<Database>, deltas: ReadonlyMap<number, Delta>): Promise<void> {
  for (const part of chunks(
    [...deltas].sort((a, b) => a[0] - b[0]),
    6_000,
  )) {
    const values = sql.join(
      part.map(
        ([id, d]) =>
          sql`(cast(${id} as integer), cast(${d.mentions} as integer), cast(${d.articles.size} as integer), cast(${d.first} as text), cast(${d.last} as text))`,
      ),
    );
    await sql`with v(id, m, a, f, l) as (values ${values})
      update entities set
        mention_count = entities.mention_count + v.m,
        article_count = entities.article_count + v.a,
        first_seen = case when entities.first_seen is null or v.f < entities.first_seen then coalesce(v.f, entities.first_seen) else entities.first_seen end,
        last_seen = case when entities.last_seen is null or v.l > entities.last_seen then coalesce(v.l, entities.last_seen) else entities.last_seen end
      from v where entities.id = v.id`.execute(db);
  }
}

/**
 * Takes the annotations of `articleIds` out of the entity counters (before their rows
 * are deleted), then, once deleted, `refreshSeen` recomputes first/last seen.
 */
export async function subtractArticles(db: Kysely<Database>, articleIds: readonly number[]): Promise<number[]> {
  const rows = await inChunks(articleIds, (part) =>
    db
      .selectFrom('doc_entities')
      .select([
        'entity_id',
        sql<number>`cast(sum(mention_count) as integer)`.as('m'),
        sql<number>`cast(count(distinct article_id) as integer)`.as('a'),
      ])
      .where('article_id', 'in', part)
      .groupBy('entity_id')
      .execute(),
  );
  for (const r of rows) {
    await db
      .updateTable('entities')
      .set((eb) => ({ mention_count: eb('mention_count', '-', Number(r.m)), article_count: eb('article_count', '-', Number(r.a)) }))
      .where('id', '=', r.entity_id)
      .execute();
  }
  return [...new Set(rows.map((r) => r.entity_id))];
}

/** Recomputes first/last seen of `entityIds` from the annotations left. */
export async function refreshSeen(db: Kysely<Database>, entityIds: readonly number[]): Promise<void> {
  for (const part of chunks(entityIds, 5_000)) {
    await sql`update entities set
        first_seen = (select min(a.date) from doc_entities d join articles a on a.id = d.article_id where d.entity_id = entities.id),
        last_seen = (select max(a.date) from doc_entities d join articles a on a.id = d.article_id where d.entity_id = entities.id)
      where id in (${sql.join(part)})`.execute(db);
  }
}
