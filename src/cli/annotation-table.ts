import type { DocumentOutput } from '../output/schema.js';

/** One annotation as a flat row, for CSV. */
export interface AnnotationLine {
  readonly doc_id: string;
  readonly date: string | null;
  readonly layer: 'entity' | 'attribution' | 'timex' | 'event';
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Entity: canonical name; attribution: speaker; timex: value; event: date. */
  readonly value: string | null;
  readonly rule: string | null;
  /** The publisher, when known (every row of the document). */
  readonly outlet: string | null;
  /** Attribution: when it was said, the cue words and the source as the text names it; null on other layers. */
  readonly said: string | null;
  readonly cue: string | null;
  readonly source: string | null;
}

/** The columns of `export --csv` and `show --csv`, in order. */
export const ANNOTATION_COLUMNS = [
  'doc_id',
  'date',
  'layer',
  'id',
  'type',
  'start',
  'end',
  'text',
  'value',
  'rule',
  'outlet',
  'said',
  'cue',
  'source',
] as const satisfies readonly (keyof AnnotationLine)[];

/** Every annotation of a document as flat rows: entity mentions, attributions, time expressions, events. */
export function annotationTable(doc: DocumentOutput): AnnotationLine[] {
  const base = { doc_id: doc.id, date: doc.date, outlet: doc.outlet ?? null, said: null, cue: null, source: null };
  const rows: AnnotationLine[] = [];
  for (const e of doc.entities)
    for (const m of e.mentions)
      rows.push({
        ...base,
        layer: 'entity',
        id: e.id,
        type: e.type,
        start: m.start,
        end: m.end,
        text: m.text,
        value: e.name,
        rule: e.rule ?? null,
      });
  for (const a of doc.attributions)
    rows.push({
      ...base,
      layer: 'attribution',
      id: a.id,
      type: a.type,
      start: a.content.start,
      end: a.content.end,
      text: a.content.text,
      value: a.speaker?.name ?? null,
      rule: a.rule ?? null,
      said: a.date,
      cue: a.cue?.text ?? null,
      source: a.source?.text ?? null,
    });
  for (const t of doc.timexes)
    rows.push({
      ...base,
      layer: 'timex',
      id: `t${t.start}`,
      type: t.type,
      start: t.start,
      end: t.end,
      text: t.text,
      value: t.value,
      rule: t.rule ?? null,
    });
  for (const e of doc.events)
    rows.push({
      ...base,
      layer: 'event',
      id: e.id,
      type: e.type,
      start: e.trigger.start,
      end: e.trigger.end,
      text: e.trigger.text,
      value: e.date,
      rule: e.rule ?? null,
    });
  return rows;
}
