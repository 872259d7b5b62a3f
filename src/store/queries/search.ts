import { type Kysely, sql } from 'kysely';
import type { Database, Dialect } from '../tables.js';

export interface SearchRow {
  readonly article: number;
  readonly doc_id: string;
  readonly date: string | null;
  /** The best passage, matches in [brackets]. */
  readonly snippet: string;
}

/** Words of a user query, each quoted for FTS5 so punctuation cannot break its syntax. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/** Full-text search of current articles: FTS5 (bm25) on SQLite, tsvector (ts_rank) on PostgreSQL. */
export async function searchText(
  db: Kysely<Database>,
  dialect: Dialect,
  text: string,
  limit: number,
  collapse = false,
): Promise<SearchRow[]> {
  // One article per near-duplicate group (its first) when collapsed.
  const grouped = collapse ? sql`and (a.dup_group is null or a.dup_group = a.id)` : sql``;
  if (dialect === 'sqlite') {
    const query = ftsQuery(text);
    if (query === '') return [];
    const rows = await sql<SearchRow>`
      select a.id as article, a.doc_id, a.date, snippet(articles_fts, 0, '[', ']', '…', 16) as snippet
      from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ${query} and a.current = 1 ${grouped}
      order by bm25(articles_fts) limit ${limit}`.execute(db);
    return rows.rows.map(flat);
  }
  const rows = await sql<SearchRow>`
    select a.id as article, a.doc_id, a.date,
      ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') as snippet
    from articles a, websearch_to_tsquery('english', ${text}) q
    where a.tsv @@ q and a.current = 1 ${grouped}
    order by ts_rank(a.tsv, q) desc, a.id limit ${limit}`.execute(db);
  return rows.rows.map(flat);
}

function flat(r: SearchRow): SearchRow {
  return { ...r, article: Number(r.article), snippet: r.snippet.replace(/\s+/g, ' ').trim() };
}
