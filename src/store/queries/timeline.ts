import { type Kysely, sql } from 'kysely';
import type { Database } from '../tables.js';
import { entityIdsFor } from './entity-lookup.js';

export interface TimelineQuery {
  readonly entity: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit?: number | undefined;
}

/** One dated item about an entity: a statement it made, one that mentions it, or an event it took part in. */
export interface TimelineRow {
  /** Normalised date: when it was said or happened, else the article's date. */
  readonly date: string | null;
  readonly kind: 'said' | 'mentioned' | 'event';
  readonly article: number;
  readonly doc_id: string;
  readonly who: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Events: news type, TimeML class, place, and a group shared by the same event told in several articles. */
  readonly type?: string;
  readonly class?: string | null;
  readonly place?: string | null;
  readonly group?: string | null;
}

/**
 * Statements by and about an entity, and its events, ordered by normalised date. An event's
 * `date` is its own (a TimeML value, null when the text gives none); it sorts by the
 * article's date then. Typed events of the same type and date, in different articles,
 * share a `group` (the same killing told as "the murder" and "was shot dead").
 */
export async function timeline(db: Kysely<Database>, q: TimelineQuery): Promise<TimelineRow[]> {
  const ids = await entityIdsFor(db, q.entity, { partial: true });
  if (ids.length === 0) return [];
  const limit = q.limit ?? 200;
  const base = timelineSources(db, q, ids);

  const said = await base
    .said()
    .select(['t.sort_date', 't.article_id', 't.idx', 'a.doc_id', 't.speaker_name', 't.content_text', 't.content_start', 't.content_end'])
    .orderBy('t.sort_date', (ob) => ob.asc().nullsLast())
    .orderBy('t.article_id')
    .orderBy('t.idx')
    .limit(limit)
    .execute();
  const mentioned = await base
    .mentioned()
    .select(['e.sort_date', 't.article_id', 't.idx', 'a.doc_id', 't.speaker_name', 't.content_text', 't.content_start', 't.content_end'])
    .orderBy('e.sort_date', (ob) => ob.asc().nullsLast())
    .orderBy('t.article_id')
    .orderBy('t.idx')
    .limit(limit)
    .execute();
  const events = await base
    .events()
    .select([
      'p.sort_date',
      'v.article_id',
      'v.type',
      'v.class',
      'v.date',
      'v.place',
      'p.role',
      'a.doc_id',
      'a.text',
      'v.trigger_start',
      'v.trigger_end',
    ])
    .orderBy('p.sort_date', (ob) => ob.asc().nullsLast())
    .orderBy('p.article_id')
    .orderBy('p.event_idx')
    .limit(limit)
    .execute();

  const seen = new Set(said.map((r) => `${r.article_id}:${r.idx}`));
  const groups = eventGroups(events);
  const sortKey = new Map<TimelineRow, string>();
  const eventRows = events.map((r) => {
    const row: TimelineRow = {
      date: r.date,
      kind: 'event' as const,
      article: r.article_id,
      doc_id: r.doc_id,
      who: r.role,
      text: `${r.type}: ${r.text.slice(r.trigger_start, r.trigger_end)}${r.place ? ` (${r.place})` : ''}`,
      start: r.trigger_start,
      end: r.trigger_end,
      type: r.type,
      class: r.class,
      place: r.place,
      group: groups.get(`${r.type}|${r.date}`) ?? null,
    };
    sortKey.set(row, r.sort_date ?? UNDATED);
    return row;
  });
  const rows: TimelineRow[] = [
    ...said.map((r) => quoteRow(r, 'said')),
    ...mentioned.filter((r) => !seen.has(`${r.article_id}:${r.idx}`)).map((r) => quoteRow(r, 'mentioned')),
    ...eventRows,
  ];
  const key = (r: TimelineRow): string => sortKey.get(r) ?? r.date ?? UNDATED;
  rows.sort((a, b) => key(a).localeCompare(key(b)) || a.article - b.article || a.start - b.start);
  return rows.slice(0, limit);
}

/**
 * How many rows `timeline` would give with no limit: statements by the entity, statements
 * mentioning it that it did not make (in the range), and its events. A cut list's "N more".
 * It counts over the same filtered sources as `timeline`, so the two cannot drift apart.
 */
export async function countTimeline(db: Kysely<Database>, q: TimelineQuery): Promise<number> {
  const ids = await entityIdsFor(db, q.entity, { partial: true });
  if (ids.length === 0) return 0;
  const base = timelineSources(db, q, ids);
  const { from, to } = range(q);
  const n = (row: { n: number | string | bigint } | undefined): number => Number(row?.n ?? 0);
  const said = await base
    .said()
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirst();
  const mentioned = await base
    .mentioned()
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    // a statement the entity made is counted once, as said
    // (coalesce: a NULL speaker or date is not "made by it in the range", on both dialects)
    .where(
      sql<boolean>`not coalesce((t.speaker_entity_id in (${sql.join(ids)})${q.from !== undefined ? sql` and t.sort_date >= ${from}` : sql``}${q.to !== undefined ? sql` and t.sort_date <= ${to}` : sql``}), false)`,
    )
    .executeTakeFirst();
  const events = await base
    .events()
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirst();
  return n(said) + n(mentioned) + n(events);
}

/** The date range as stored sort keys: `to` takes in every finer date inside it (`2016-09` ≤ `2016-09~`). */
function range(q: TimelineQuery): { from: string; to: string } {
  return { from: q.from ?? '', to: q.to === undefined ? '\uffff' : `${q.to}~` };
}

/**
 * The three sources of a timeline, joined and filtered by entity and date range but not yet
 * selected, ordered or cut: statements the entities made, statements that mention them, and
 * events they take part in. `timeline` lists from them and `countTimeline` counts them.
 */
function timelineSources(db: Kysely<Database>, q: TimelineQuery, ids: readonly number[]) {
  const { from, to } = range(q);
  return {
    said: () =>
      db
        .selectFrom('attributions as t')
        .innerJoin('articles as a', 'a.id', 't.article_id')
        .where('t.speaker_entity_id', 'in', ids)
        .$if(q.from !== undefined, (qb) => qb.where('t.sort_date', '>=', from))
        .$if(q.to !== undefined, (qb) => qb.where('t.sort_date', '<=', to)),
    mentioned: () =>
      db
        .selectFrom('attribution_entities as e')
        .innerJoin('attributions as t', (j) => j.onRef('t.article_id', '=', 'e.article_id').onRef('t.idx', '=', 'e.attribution_idx'))
        .innerJoin('articles as a', 'a.id', 't.article_id')
        .where('e.entity_id', 'in', ids)
        .$if(q.from !== undefined, (qb) => qb.where('e.sort_date', '>=', from))
        .$if(q.to !== undefined, (qb) => qb.where('e.sort_date', '<=', to)),
    events: () =>
      db
        .selectFrom('event_entities as p')
        .innerJoin('events as v', (j) => j.onRef('v.article_id', '=', 'p.article_id').onRef('v.idx', '=', 'p.event_idx'))
        .innerJoin('articles as a', 'a.id', 'v.article_id')
        .where('p.entity_id', 'in', ids)
        .$if(q.from !== undefined, (qb) => qb.where('p.sort_date', '>=', from))
        .$if(q.to !== undefined, (qb) => qb.where('p.sort_date', '<=', to)),
  };
}

/** Undated rows sort after every dated one, on both dialects (SQL `nulls last`). */
const UNDATED = '\uffff';

/** `type|date` of typed, dated events told in more than one article → a group id. */
function eventGroups(events: readonly { type: string; date: string | null; article_id: number }[]): Map<string, string> {
  const articles = new Map<string, Set<number>>();
  for (const e of events) {
    if (e.type === 'other' || e.date === null) continue;
    const k = `${e.type}|${e.date}`;
    const set = articles.get(k) ?? new Set<number>();
    set.add(e.article_id);
    articles.set(k, set);
  }
  const out = new Map<string, string>();
  for (const [k, set] of articles) if (set.size > 1) out.set(k, `g${out.size + 1}`);
  return out;
}

interface QuoteSource {
  sort_date: string | null;
  article_id: number;
  doc_id: string;
  speaker_name: string | null;
  content_text: string;
  content_start: number;
  content_end: number;
}

function quoteRow(r: QuoteSource, kind: 'said' | 'mentioned'): TimelineRow {
  return {
    date: r.sort_date,
    kind,
    article: r.article_id,
    doc_id: r.doc_id,
    who: r.speaker_name,
    text: r.content_text,
    start: r.content_start,
    end: r.content_end,
  };
}
