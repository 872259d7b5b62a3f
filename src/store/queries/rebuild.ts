import type { Kysely, Selectable } from 'kysely';
import type { Attribution, DocEvent, Entity, EntityType, EventParticipant, Timex, TimexType } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { type DocumentOutput, type ProblemOutput, SCHEMA_VERSION } from '../../output/schema.js';
import { contradictionOf } from '../contradiction-rows.js';
import { withExtra } from '../extra-fields.js';
import { inChunks } from '../sql-helpers.js';
import type { ArticleTable, Database } from '../tables.js';

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function maybeSpan(text: string, start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : span(text, start, end);
}

function withRule<T extends object>(value: T, rule: string | null, extra: string | null): T {
  return withExtra(rule === null ? value : { ...value, rule }, extra);
}

function group<T extends { article_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.article_id);
    if (list) list.push(r);
    else out.set(r.article_id, [r]);
  }
  return out;
}

/** The metadata fields of the contract, from an article's (or a copy's) columns, in output order. */
export function metadataOf(a: Pick<Selectable<ArticleTable>, 'title' | 'url' | 'outlet' | 'authors' | 'published' | 'language'>) {
  return {
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    authors: a.authors === null ? [] : (JSON.parse(a.authors) as string[]),
    published: a.published,
    language: a.language,
  };
}

/**
 * The `dateline/1` objects of stored articles, rebuilt from their rows: spans take
 * their text from the article, so `text.slice(start, end) === span.text` holds.
 */
export async function rebuildDocuments(db: Kysely<Database>, articles: readonly Selectable<ArticleTable>[]): Promise<DocumentOutput[]> {
  const ids = articles.map((a) => a.id);
  const load = <T extends keyof Database>(table: T) =>
    inChunks(ids, (part) =>
      db
        .selectFrom(table as 'timexes')
        .selectAll()
        .where('article_id', 'in', part)
        .orderBy('article_id')
        .orderBy('idx')
        .execute(),
    ) as unknown as Promise<Selectable<Database[T]>[]>;
  const entities = group(await load('doc_entities'));
  const attributions = group(await load('attributions'));
  const timexes = group(await load('timexes'));
  const events = group(await load('events'));
  const contradictions = group(await load('contradictions'));
  const mentions = group(
    await inChunks(ids, (part) =>
      db
        .selectFrom('mentions')
        .selectAll()
        .where('article_id', 'in', part)
        .orderBy('article_id')
        .orderBy('entity_idx')
        .orderBy('start')
        .execute(),
    ),
  );
  return articles.map((a) => {
    const text = a.text;
    const byEntity = new Map<number, Span[]>();
    for (const m of mentions.get(a.id) ?? []) {
      const list = byEntity.get(m.entity_idx) ?? [];
      list.push(withExtra(span(text, m.start, m.end), m.extra));
      byEntity.set(m.entity_idx, list);
    }
    return {
      schema: SCHEMA_VERSION,
      id: a.doc_id,
      date: a.date,
      text,
      ...metadataOf(a),
      entities: (entities.get(a.id) ?? []).map(
        (e): Entity =>
          withRule(
            {
              id: e.local_id,
              name: e.name,
              type: e.type as EntityType,
              roles: JSON.parse(e.roles) as string[],
              mentions: byEntity.get(e.idx) ?? [],
            },
            e.rule,
            e.extra,
          ),
      ),
      attributions: (attributions.get(a.id) ?? []).map(
        (t): Attribution =>
          withRule(
            {
              id: t.local_id,
              type: t.type as Attribution['type'],
              content: span(text, t.content_start, t.content_end),
              cue: maybeSpan(text, t.cue_start, t.cue_end),
              source: maybeSpan(text, t.source_start, t.source_end),
              speaker: t.speaker_name === null ? null : { entity: t.speaker_local, name: t.speaker_name },
              date: t.said,
            },
            t.rule,
            t.extra,
          ),
      ),
      timexes: (timexes.get(a.id) ?? []).map(
        (t): Timex => withRule({ ...span(text, t.start, t.end), type: t.type as TimexType, value: t.value }, t.rule, t.extra),
      ),
      // the stage's fields (tense, aspect, …) before the rule, in the order extract prints them
      events: (events.get(a.id) ?? []).map(
        (e): DocEvent => ({
          ...withExtra(
            {
              id: e.local_id,
              type: e.type,
              ...(e.class === null ? {} : { class: e.class }),
              trigger: span(text, e.trigger_start, e.trigger_end),
              date: e.date,
              place: e.place,
              participants: JSON.parse(e.participants) as EventParticipant[],
            },
            e.extra,
          ),
          ...(e.rule === null ? {} : { rule: e.rule }),
        }),
      ),
      contradictions: (contradictions.get(a.id) ?? []).map((r) => contradictionOf(text, r)),
      ...(a.published_raw === null ? {} : { publishedRaw: a.published_raw }),
      ...(a.feed === null ? {} : { feed: JSON.parse(a.feed) as NonNullable<DocumentOutput['feed']> }),
      ...(a.problems === null ? {} : { problems: JSON.parse(a.problems) as ProblemOutput[] }),
    };
  });
}
