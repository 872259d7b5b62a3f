import { z } from 'zod';
import type { Attribution, DocEvent, Entity, Timex } from '../doc/layers.js';

/** The `dateline/1` output contract (shared/docs/extract-output.md), as one zod schema. */
export const SCHEMA_VERSION = 'dateline/1';

const offset = z.number().int().nonnegative();

export const SpanSchema = z
  .looseObject({ start: offset, end: offset, text: z.string() })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' })
  .describe('Half-open range [start, end) of UTF-16 code units into text; text.slice(start, end) === span.text');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const EntitySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']),
  roles: z.array(z.string()),
  mentions: z.array(SpanSchema),
});

export const AttributionSchema = z.looseObject({
  id: z.string(),
  type: z.enum(['direct', 'indirect', 'mixed']),
  content: SpanSchema,
  cue: SpanSchema.nullable(),
  source: SpanSchema.nullable(),
  speaker: z.looseObject({ entity: z.string().nullable(), name: z.string(), anonymous: z.boolean().optional() }).nullable(),
  date: z.string().nullable().describe('When it was said: YYYY-MM-DD, or a coarser TimeML date (YYYY-MM)'),
});

export const TimexSchema = z.looseObject({
  start: offset,
  end: offset,
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
});

export const EventSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  trigger: SpanSchema,
  date: z.string().nullable(),
  place: z.string().nullable(),
  participants: z.array(z.looseObject({ entity: z.string(), role: z.string() })),
});

export const ProblemSchema = z.object({
  stage: z.string(),
  rule: z.string(),
  reason: z.string(),
  span: z.object({ start: offset, end: offset }).optional(),
});

export const DocumentSchema = z.looseObject({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string(),
  date: isoDate.nullable(),
  text: z.string(),
  entities: z.array(EntitySchema),
  attributions: z.array(AttributionSchema),
  timexes: z.array(TimexSchema),
  events: z.array(EventSchema),
  problems: z.array(ProblemSchema).optional().describe('Problems the stages found in the input (an addition to the contract)'),
});

/** A problem a stage reported, as printed. */
export interface ProblemOutput {
  stage: string;
  rule: string;
  reason: string;
  span?: { start: number; end: number };
}

/** One printed document. `DocumentSchema` checks objects of this shape at run time. */
export interface DocumentOutput {
  schema: typeof SCHEMA_VERSION;
  id: string;
  date: string | null;
  text: string;
  entities: Entity[];
  attributions: Attribution[];
  timexes: Timex[];
  events: DocEvent[];
  problems?: ProblemOutput[];
}
