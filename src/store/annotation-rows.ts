import type { Insertable } from 'kysely';
import type { Attribution } from '../doc/layers.js';
import type { DocumentOutput } from '../output/schema.js';
import { extraOf, KNOWN_FIELDS } from './extra-fields.js';
import type {
  AttributionEntityTable,
  AttributionTable,
  DocEntityTable,
  EntityRoleTable,
  EventEntityTable,
  EventTable,
  MentionTable,
  TimexTable,
} from './tables.js';

/** The annotation rows of one article, ready to insert. */
export interface AnnotationRows {
  docEntities: Insertable<DocEntityTable>[];
  mentions: Insertable<MentionTable>[];
  roles: Insertable<EntityRoleTable>[];
  attributions: Insertable<AttributionTable>[];
  attributionEntities: Insertable<AttributionEntityTable>[];
  timexes: Insertable<TimexTable>[];
  events: Insertable<EventTable>[];
  eventEntities: Insertable<EventEntityTable>[];
}

export function emptyRows(): AnnotationRows {
  return {
    docEntities: [],
    mentions: [],
    roles: [],
    attributions: [],
    attributionEntities: [],
    timexes: [],
    events: [],
    eventEntities: [],
  };
}

/** Global entity ids for a document: by document-local entity id, and by speaker name. */
export interface EntityIds {
  readonly byLocal: ReadonlyMap<string, number>;
  speakerByName(name: string): number | null;
}

/**
 * Turns one `dateline/1` object into rows: spans as offsets (the text is stored once,
 * with the article), document-local entity ids mapped to store-wide ones, each row
 * tagged with the analysis that made it.
 */
export function annotationRows(out: DocumentOutput, articleId: number, ids: EntityIds, analysis: string, into: AnnotationRows): void {
  const date = out.date;
  out.entities.forEach((e, idx) => {
    const entityId = ids.byLocal.get(e.id);
    if (entityId === undefined) return;
    into.docEntities.push({
      article_id: articleId,
      idx,
      local_id: e.id,
      entity_id: entityId,
      name: e.name,
      type: e.type,
      roles: JSON.stringify(e.roles),
      mention_count: e.mentions.length,
      rule: e.rule ?? null,
      analysis,
      extra: extraOf(e, KNOWN_FIELDS.entity),
    });
    for (const m of e.mentions)
      into.mentions.push({ article_id: articleId, entity_idx: idx, start: m.start, end: m.end, extra: extraOf(m, KNOWN_FIELDS.mention) });
    for (const role of new Set(e.roles)) into.roles.push({ entity_id: entityId, article_id: articleId, role, date });
  });
  out.attributions.forEach((a, idx) => {
    const sortDate = a.date ?? date;
    const speakerLocal = a.speaker?.entity ?? null;
    const speakerId =
      (speakerLocal !== null ? ids.byLocal.get(speakerLocal) : undefined) ?? (a.speaker ? ids.speakerByName(a.speaker.name) : null);
    into.attributions.push({
      article_id: articleId,
      idx,
      local_id: a.id,
      type: a.type,
      content_start: a.content.start,
      content_end: a.content.end,
      content_text: a.content.text,
      cue_start: a.cue?.start ?? null,
      cue_end: a.cue?.end ?? null,
      source_start: a.source?.start ?? null,
      source_end: a.source?.end ?? null,
      speaker_name: a.speaker?.name ?? null,
      speaker_local: speakerLocal,
      speaker_entity_id: speakerId ?? null,
      said: a.date,
      sort_date: sortDate,
      rule: a.rule ?? null,
      analysis,
      extra: attributionExtra(a),
    });
    const about = new Set<number>();
    for (const e of out.entities) {
      const id = ids.byLocal.get(e.id);
      if (id === undefined || about.has(id)) continue;
      if (e.mentions.some((m) => m.start >= a.content.start && m.end <= a.content.end)) about.add(id);
    }
    for (const entityId of about)
      into.attributionEntities.push({ article_id: articleId, attribution_idx: idx, entity_id: entityId, sort_date: sortDate });
  });
  out.timexes.forEach((t, idx) => {
    into.timexes.push({
      article_id: articleId,
      idx,
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value,
      rule: t.rule ?? null,
      analysis,
      extra: extraOf(t, KNOWN_FIELDS.timex),
    });
  });
  out.events.forEach((e, idx) => {
    const sortDate = e.date ?? date;
    into.events.push({
      article_id: articleId,
      idx,
      local_id: e.id,
      type: e.type,
      class: e.class ?? null,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      date: e.date,
      place: e.place,
      participants: JSON.stringify(e.participants),
      sort_date: sortDate,
      rule: e.rule ?? null,
      analysis,
      extra: extraOf(e, KNOWN_FIELDS.event),
    });
    for (const p of e.participants) {
      const entityId = ids.byLocal.get(p.entity);
      if (entityId !== undefined)
        into.eventEntities.push({ article_id: articleId, event_idx: idx, entity_id: entityId, role: p.role, sort_date: sortDate });
    }
  });
}

/**
 * An attribution's fields beyond the columns; a speaker that says more than its entity and
 * name (`anonymous`) is kept whole there, and comes back in its place.
 */
function attributionExtra(a: Attribution): string | null {
  const extra = extraOf(a, KNOWN_FIELDS.attribution);
  const speaker = a.speaker && Object.keys(a.speaker).some((k) => k !== 'entity' && k !== 'name') ? a.speaker : undefined;
  if (!speaker) return extra;
  return JSON.stringify({ ...(extra === null ? {} : (JSON.parse(extra) as object)), speaker });
}
