import { type Kysely, sql } from 'kysely';
import type { Database } from '../tables.js';
import { entityIdsFor } from './entity-lookup.js';

export interface QuoteQuery {
  /** Who said it: a name (entity aliases, last names) or an entity id. */
  readonly speaker?: string | undefined;
  /** An entity mentioned inside the quote. */
  readonly about?: string | undefined;
  /** Inclusive range on when it was said (else the article date), YYYY-MM-DD or coarser. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly outlet?: string | undefined;
  /** Words the quote contains (case-insensitive substring). */
  readonly text?: string | undefined;
  readonly limit?: number | undefined;
  /** One article per near-duplicate group (the group's first): a wire story once, not once per outlet. */
  readonly collapse?: boolean | undefined;
}

export interface QuoteRow {
  readonly article: number;
  readonly doc_id: string;
  readonly date: string | null;
  readonly said: string | null;
  readonly speaker: string | null;
  readonly speaker_entity: number | null;
  readonly type: string;
  readonly quote: string;
  readonly outlet: string | null;
  readonly start: number;
  readonly end: number;
  /** The words that introduce the quote (`said`, `according to`), as in the text; null when none. */
  readonly cue: string | null;
  /** The source as the text names it (`she`, `a spokesman`), before resolution to `speaker`; null when none. */
  readonly source: string | null;
}

type QuoteSpans = Omit<QuoteRow, 'cue' | 'source'> & {
  readonly cue_start: number | null;
  readonly cue_end: number | null;
  readonly source_start: number | null;
  readonly source_end: number | null;
};

type Order = Pick<QuoteRow, 'said' | 'article' | 'start'>;

function byDate(a: Order, b: Order): number {
  return (a.said ?? '') < (b.said ?? '') ? -1 : (a.said ?? '') > (b.said ?? '') ? 1 : a.article - b.article || a.start - b.start;
}

/**
 * Attributions matching every given filter, in date order. A speaker name that fits
 * several entities (a last name) runs one indexed query per entity and merges them,
 * which stays fast where one `in (…)` query would sort every quote of all of them.
 */
export async function findQuotes(db: Kysely<Database>, q: QuoteQuery): Promise<QuoteRow[]> {
  const limit = q.limit ?? 100;
  if (q.speaker === undefined) return withCueAndSource(db, await quotesBy(db, q, undefined, limit));
  const ids = await entityIdsFor(db, q.speaker);
  if (ids.length <= 1) return withCueAndSource(db, await quotesBy(db, q, ids, limit));
  const parts = await Promise.all(ids.map((id) => quotesBy(db, q, [id], limit)));
  return withCueAndSource(db, parts.flat().sort(byDate).slice(0, limit));
}

/** Cue and source words, cut from the articles' texts (offsets are UTF-16 units, which SQL `substr` does not count). */
async function withCueAndSource(db: Kysely<Database>, rows: readonly QuoteSpans[]): Promise<QuoteRow[]> {
  const ids = [...new Set(rows.filter((r) => r.cue_start !== null || r.source_start !== null).map((r) => r.article))];
  const texts = new Map<number, string>();
  if (ids.length > 0) {
    const found = await db.selectFrom('articles').select(['id', 'text']).where('id', 'in', ids).execute();
    for (const a of found) texts.set(Number(a.id), a.text);
  }
  const cut = (article: number, start: number | null, end: number | null) =>
    start === null || end === null ? null : (texts.get(article)?.slice(start, end) ?? null);
  return rows.map(({ cue_start, cue_end, source_start, source_end, ...row }) => ({
    ...row,
    cue: cut(row.article, cue_start, cue_end),
    source: cut(row.article, source_start, source_end),
  }));
}

/**
 * How many attributions match every filter (the rows `findQuotes` would give with no limit):
 * what a cut list reports as "N more". One count per speaker entity, summed (an attribution
 * has one speaker entity, so the parts do not overlap).
 */
export async function countQuotes(db: Kysely<Database>, q: QuoteQuery): Promise<number> {
  if (q.speaker === undefined) return countOf(await filtered(db, q, undefined));
  const ids = await entityIdsFor(db, q.speaker);
  if (ids.length <= 1) return countOf(await filtered(db, q, ids));
  const parts = await Promise.all(ids.map(async (id) => countOf(await filtered(db, q, [id]))));
  return parts.reduce((a, b) => a + b, 0);
}

type QuoteBase = ReturnType<typeof quoteBase>;

function quoteBase(db: Kysely<Database>) {
  return db.selectFrom('attributions as t').innerJoin('articles as a', 'a.id', 't.article_id');
}

async function countOf(query: QuoteBase | null): Promise<number> {
  if (query === null) return 0;
  const row = await query.select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function quotesBy(db: Kysely<Database>, q: QuoteQuery, speakerIds: number[] | undefined, limit: number): Promise<QuoteSpans[]> {
  const query = await filtered(db, q, speakerIds);
  if (query === null) return [];
  const rows = await query
    .select([
      't.article_id as article',
      'a.doc_id',
      'a.date',
      't.sort_date as said',
      't.speaker_name as speaker',
      't.speaker_entity_id as speaker_entity',
      't.type',
      't.content_text as quote',
      'a.outlet',
      't.content_start as start',
      't.content_end as end',
      't.cue_start',
      't.cue_end',
      't.source_start',
      't.source_end',
    ])
    .orderBy('t.sort_date', (ob) => ob.asc().nullsLast())
    .orderBy('t.article_id')
    .orderBy('t.idx')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    article: Number(r.article),
    speaker_entity: r.speaker_entity === null ? null : Number(r.speaker_entity),
  }));
}

/** The attributions matching every filter, not yet selected nor ordered; null when a filter matches nothing. */
async function filtered(db: Kysely<Database>, q: QuoteQuery, speakerIds: number[] | undefined): Promise<QuoteBase | null> {
  // an attribution whose cue says nothing was said ("has not mentioned", "thought") is no quote
  let query = quoteBase(db).where((eb) => eb.or([eb('t.extra', 'is', null), eb('t.extra', 'not like', '%"nonStatement"%')]));
  if (speakerIds !== undefined) {
    query =
      speakerIds.length > 0
        ? query.where('t.speaker_entity_id', 'in', speakerIds)
        : query.where(sql<boolean>`lower(t.speaker_name) like ${containsPattern(q.speaker ?? '')} escape '\\'`);
  }
  if (q.about !== undefined) {
    const ids = await entityIdsFor(db, q.about);
    if (ids.length === 0) return null;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('attribution_entities as e')
          .select('e.entity_id')
          .whereRef('e.article_id', '=', 't.article_id')
          .whereRef('e.attribution_idx', '=', 't.idx')
          .where('e.entity_id', 'in', ids),
      ),
    );
  }
  if (q.collapse) query = query.where((eb) => eb.or([eb('a.dup_group', 'is', null), eb('a.dup_group', '=', eb.ref('a.id'))]));
  if (q.from !== undefined) query = query.where('t.sort_date', '>=', q.from);
  const to = q.to;
  if (to !== undefined) query = query.where((eb) => eb.or([eb('t.sort_date', '<=', to), eb('t.sort_date', 'like', `${to}%`)]));
  if (q.outlet !== undefined) query = query.where((eb) => eb(eb.fn('lower', ['a.outlet']), '=', q.outlet?.toLowerCase() ?? ''));
  if (q.text !== undefined) query = query.where(sql<boolean>`lower(t.content_text) like ${containsPattern(q.text)} escape '\\'`);
  return query;
}

/**
 * A LIKE pattern matching `text` anywhere, lower-cased, its own `%`, `_` and `\\` escaped
 * (with `escape '\\'`, the same on SQLite and PostgreSQL): `--speaker %` matches a `%`.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
