import { z } from 'zod';
import type { Contradiction } from '../doc/contradiction.js';
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
  nonStatement: z
    .enum(['negated', 'refusal', 'mental-state', 'act', 'headline'])
    .optional()
    .describe(
      'Present when the cue says nothing was said ("has not mentioned"), a refusal to speak ("declined to comment"), names a state of mind ("thought") or a deed ("released"), or the content is a plain-text article\'s title line: no quote',
    ),
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
  type: z
    .string()
    .describe(
      'News type: statement, report, killing, attack, arrest, designation, deployment, meeting, election, resignation, agreement, sanction, protest, court-ruling, other',
    ),
  class: z
    .enum(['OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'])
    .optional()
    .describe('TimeML event class'),
  trigger: SpanSchema,
  date: z.string().nullable(),
  place: z.string().nullable(),
  participants: z.array(z.looseObject({ entity: z.string(), role: z.string() })),
  tense: z.enum(['PAST', 'PRESENT', 'FUTURE', 'INFINITIVE', 'PRESPART', 'PASTPART', 'NONE']).optional().describe('TimeML tense'),
  aspect: z.enum(['PROGRESSIVE', 'PERFECTIVE', 'PERFECTIVE_PROGRESSIVE', 'NONE']).optional().describe('TimeML aspect'),
  polarity: z.enum(['POS', 'NEG']).optional().describe('TimeML polarity'),
  modality: z.string().optional().describe('The modal that qualifies the event ("would", "could"), as TimeML writes it'),
  rule: z.string().optional(),
});

const PairSideSchema = z.looseObject({
  attribution: z.string().nullable(),
  span: SpanSchema,
  holder: z.looseObject({
    entity: z.string().nullable(),
    name: z.string(),
    anonymous: z.boolean().optional().describe('A group the text does not name (an addition to the contract)'),
  }),
  date: z.string().nullable(),
});

export const ContradictionSchema = z.looseObject({
  id: z.string(),
  kind: z.enum(['denial', 'statement-vs-report', 'fact-check', 'flip-flop', 'numbers-differ', 'account-differs']),
  a: PairSideSchema,
  b: PairSideSchema,
  reason: z.string(),
  confidence: z.number().min(0).max(1),
  rule: z.string().optional(),
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
  title: z.string().nullable().optional().describe('The headline, when known'),
  url: z.string().nullable().optional().describe('The canonical URL, when known'),
  outlet: z.string().nullable().optional().describe('The publisher, when known'),
  authors: z.array(z.string()).optional().describe('Clean author names (HTML pages and feeds); [] when unknown'),
  published: z.string().nullable().optional().describe('Publication time, ISO 8601; null when unknown'),
  language: z.string().nullable().optional().describe('Language of the text (ISO 639-1 where there is one); null when unknown'),
  entities: z.array(EntitySchema),
  attributions: z.array(AttributionSchema),
  timexes: z.array(TimexSchema),
  events: z.array(EventSchema),
  contradictions: z
    .array(ContradictionSchema)
    .optional()
    .describe('Divergent accounts inside this article (extract always prints it; stores written before it lack it)'),
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
  /** Metadata (always printed by `toOutput`; optional so older objects still type). */
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  authors?: string[];
  published?: string | null;
  language?: string | null;
  entities: Entity[];
  attributions: Attribution[];
  timexes: Timex[];
  events: DocEvent[];
  /** Divergent accounts inside the article; extract always sets it. */
  contradictions?: Contradiction[];
  /** The raw publication string the `published` value was read from (HTML pages and feeds). */
  publishedRaw?: string;
  /** The feed item that led to the article: feed URL, GUID, item date. */
  feed?: { url: string; guid: string | null; date: string | null };
  problems?: ProblemOutput[];
}
