import type { Kysely } from 'kysely';
import type { ListedPair, ListedSide, PairFilter } from '../../doc/contradiction.js';
import { echoPairs, keepBestPairs, type PairEnd, SAME_ACCOUNT } from '../../doc/pair-selection.js';
import { inChunks } from '../sql-helpers.js';
import type { Database } from '../tables.js';

/**
 * Stored pairs of current articles, inside one article and across two (`crossContradictions`),
 * filtered by kind and date in SQL (`--about` is applied by the caller on holders and words),
 * most confident first.
 */
export async function findContradictions(db: Kysely<Database>, filter: PairFilter, limit = 1000): Promise<ListedPair[]> {
  const inside = await insideContradictions(db, filter, limit);
  const across = await crossContradictions(db, filter, limit);
  return [...inside, ...across].sort((x, y) => y.confidence - x.confidence).slice(0, limit);
}

/**
 * Pairs across two current articles (migration 010-claims): the table keeps every candidate pair
 * `ingest` found, and the listed ones are chosen over all candidates of current articles (a claim
 * in one pair, two articles one pair, most confident first: `keepBestPairs`, as the cross-document
 * rule does without a store), before the kind and date filters, so they depend only on which
 * articles are stored. Each side's text is taken from its article.
 */
async function crossContradictions(db: Kysely<Database>, filter: PairFilter, limit: number): Promise<ListedPair[]> {
  const candidates = await db
    .selectFrom('cross_contradictions as c')
    .innerJoin('articles as aa', 'aa.id', 'c.a_article')
    .innerJoin('articles as ab', 'ab.id', 'c.b_article')
    .selectAll('c')
    .select(['aa.doc_id as a_doc', 'ab.doc_id as b_doc'])
    .where('aa.current', '=', 1)
    .where('ab.current', '=', 1)
    .execute();
  // Both as DEFAULT_CROSS_PARAMS (src/stages/contradictions/cross.ts): one pair per two articles, echoes.
  const ends = (r: (typeof candidates)[number]) => ({
    a: { doc: r.a_doc, idx: r.a_idx },
    b: { doc: r.b_doc, idx: r.b_idx },
    confidence: Number(r.confidence),
  });
  const pairs = candidates.filter((r) => r.kind !== SAME_ACCOUNT);
  const accounts = new Set(candidates.filter((r) => r.kind === SAME_ACCOUNT).map((r) => sideKeys(ends(r).a, ends(r).b)));
  const best = keepBestPairs(pairs, ends, true);
  const echoed = echoPairs(best, pairs, ends, (x, y) => accounts.has(sideKeys(x, y)), true).map((r) => ({
    ...r,
    reason: `${r.reason}; the same account as a pair found`,
    rule: 'contradictions/cross-echo',
  }));
  const kept = [...best, ...echoed].sort((x, y) => Number(y.confidence) - Number(x.confidence));
  const since = filter.since;
  const rows = kept
    .filter((r) => (!filter.kind || r.kind === filter.kind) && (!since || (r.a_date ?? '') >= since || (r.b_date ?? '') >= since))
    .slice(0, limit);
  const texts = new Map<number, string>();
  const ids = [...new Set(rows.flatMap((r) => [r.a_article, r.b_article]))];
  await inChunks(ids, async (part) => {
    const found = await db.selectFrom('articles').select(['id', 'text']).where('id', 'in', part).execute();
    for (const t of found) texts.set(t.id, t.text);
    return found;
  });
  return rows.map((r) => {
    const side = (s: 'a' | 'b'): ListedSide => {
      const start = r[`${s}_start`];
      const end = r[`${s}_end`];
      return {
        doc: r[`${s}_doc`],
        start,
        end,
        text: (texts.get(r[`${s}_article`]) ?? '').slice(start, end),
        holder: r[`${s}_holder`],
        ...(r[`${s}_anonymous`] ? { anonymous: true } : {}),
        date: r[`${s}_date`],
      };
    };
    return { kind: r.kind, a: side('a'), b: side('b'), reason: r.reason, confidence: Number(r.confidence), rule: r.rule };
  });
}

/** Two claims as one key, in either order. */
function sideKeys(x: PairEnd, y: PairEnd): string {
  return [`${x.doc}#${x.idx}`, `${y.doc}#${y.idx}`].sort().join('\n');
}

async function insideContradictions(db: Kysely<Database>, filter: PairFilter, limit: number): Promise<ListedPair[]> {
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
