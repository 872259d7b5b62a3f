import { type Kysely, sql } from 'kysely';
import type { Database, Dialect } from '../tables.js';
import { parseSearch, rankTerms, termFts5, termTsquery, toFts5, toTsquery } from './search-query.js';

export interface SearchRow {
  readonly article: number;
  readonly doc_id: string;
  readonly date: string | null;
  /** The best passage, matches in [brackets]. */
  readonly snippet: string;
}

/**
 * Full-text search of current articles in dateline's search language (search-query.ts: the
 * same hits on both dialects), in one order on both (docs/search.md): most of the query's
 * terms first, then the newest article (undated last), then the store id. FTS5 on SQLite,
 * a tsvector on PostgreSQL; neither engine's own score (bm25, ts_rank) orders hits, as the
 * two order close scores differently. A query with no word to find finds nothing.
 */
export async function searchText(
  db: Kysely<Database>,
  dialect: Dialect,
  text: string,
  limit: number,
  collapse = false,
): Promise<SearchRow[]> {
  // One article per near-duplicate group (its first) when collapsed.
  const grouped = collapse ? sql`and (a.dup_group is null or a.dup_group = a.id)` : sql``;
  const parsed = parseSearch(text);
  if (parsed.all.length === 0) return [];
  if (dialect === 'sqlite') {
    const query = toFts5(parsed);
    // each term matched: one FTS look-up per term (SQLite evaluates `in (select …)` once per query)
    const matched = sql.join(
      rankTerms(parsed).map((t) => sql`(a.id in (select rowid from articles_fts where articles_fts match ${termFts5(t)}))`),
      sql` + `,
    );
    const rows = await sql<SearchRow>`
      select a.id as article, a.doc_id, a.date, snippet(articles_fts, 0, '[', ']', '…', 16) as snippet
      from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ${query} and a.current = 1 ${grouped}
      order by ${matched} desc, a.date is null, a.date desc, a.id limit ${limit}`.execute(db);
    return rows.rows.map(flat);
  }
  const matched = sql.join(
    rankTerms(parsed).map((t) => sql`(a.tsv @@ to_tsquery('simple', ${termTsquery(t)}))::int`),
    sql` + `,
  );
  const rows = await sql<SearchRow>`
    select a.id as article, a.doc_id, a.date,
      ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') as snippet
    from articles a, to_tsquery('simple', ${toTsquery(parsed)}) q
    where a.tsv @@ q and a.current = 1 ${grouped}
    order by ${matched} desc, a.date is null, a.date collate "C" desc, a.id limit ${limit}`.execute(db);
  return rows.rows.map(flat);
}

/** How many articles `searchText` would find with no limit: a cut list's "N more". */
export async function countSearch(db: Kysely<Database>, dialect: Dialect, text: string, collapse = false): Promise<number> {
  const grouped = collapse ? sql`and (a.dup_group is null or a.dup_group = a.id)` : sql``;
  const parsed = parseSearch(text);
  if (parsed.all.length === 0) return 0;
  const rows =
    dialect === 'sqlite'
      ? await sql<{ n: number | string }>`
      select count(*) as n from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ${toFts5(parsed)} and a.current = 1 ${grouped}`.execute(db)
      : await sql<{ n: number | string }>`
      select count(*) as n from articles a, to_tsquery('simple', ${toTsquery(parsed)}) q
      where a.tsv @@ q and a.current = 1 ${grouped}`.execute(db);
  return Number(rows.rows[0]?.n ?? 0);
}

function flat(r: SearchRow): SearchRow {
  return { ...r, article: Number(r.article), snippet: r.snippet.replace(/\s+/g, ' ').trim() };
}
