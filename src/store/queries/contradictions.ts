import type { Kysely } from 'kysely';
import type { ListedPair, ListedSide, PairFilter } from '../../doc/contradiction.js';
import type { Database } from '../tables.js';

/**
 * Stored pairs of current articles, filtered by kind and date in SQL (`--about` is applied
 * by the caller on holders and words), most confident first.
 */
export async function findContradictions(db: Kysely<Database>, filter: PairFilter, limit = 1000): Promise<ListedPair[]> {
  let q = db
    .selectFrom('contradictions as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .selectAll('c')
    .select(['a.doc_id', 'a.text'])
    .where('a.current', '=', 1);
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  if (filter.since) {
    const since = filter.since;
    q = q.where((eb) => eb.or([eb('c.a_date', '>=', since), eb('c.b_date', '>=', since)]));
  }
  const rows = await q.orderBy('c.confidence', 'desc').orderBy('c.article_id').orderBy('c.idx').limit(limit).execute();
  return rows.map((r) => {
    const side = (s: 'a' | 'b'): ListedSide => {
      const start = r[`${s}_start`];
      const end = r[`${s}_end`];
      return {
        doc: r.doc_id,
        start,
        end,
        text: r.text.slice(start, end),
        holder: r[`${s}_holder`],
        ...(r[`${s}_anonymous`] ? { anonymous: true } : {}),
        date: r[`${s}_date`],
      };
    };
    return {
      kind: r.kind,
      a: side('a'),
      b: side('b'),
      reason: r.reason,
      confidence: Number(r.confidence),
      ...(r.rule ? { rule: r.rule } : {}),
    };
  });
}
