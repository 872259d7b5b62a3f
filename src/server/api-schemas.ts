import { z } from 'zod';
import { DocumentSchema } from '../output/schema.js';

/**
 * The HTTP API's bodies as zod schemas: the OpenAPI document is generated from them and
 * from the `dateline/1` schema `extract` validates against, so the two cannot drift.
 */

const nullableText = z.string().nullable();
const date = z.string().nullable().describe('YYYY-MM-DD, or a coarser TimeML date (YYYY-MM); null when unknown');

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('A code from dateline’s error catalogue (E_NOT_FOUND, E_USAGE, E_AUTH …)'),
    message: z.string().describe('What is wrong and what to do'),
  }),
});

export const ArticleSummarySchema = z.object({
  id: z.number().int().describe('Store id'),
  doc_id: z.string().describe('The document id `extract` prints'),
  title: nullableText,
  date,
  outlet: nullableText,
});

/** A page of a list: `next` is the cursor for the following page, null on the last. */
function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().nullable().describe('Pass as ?cursor= for the next page') });
}

export const ArticlePageSchema = page(ArticleSummarySchema);

export const StoredArticleSchema = DocumentSchema.extend({
  store: z.object({
    id: z.number().int(),
    version: z.number().int(),
    current: z.boolean(),
    title: nullableText,
    outlet: nullableText,
    analysis: z.string(),
  }),
}).describe('The article in dateline/1 (as `extract` prints it), plus where the store keeps it');

export const QuoteSchema = z.object({
  article: z.number().int(),
  doc_id: z.string(),
  date,
  said: date,
  speaker: nullableText,
  speaker_entity: z.number().int().nullable(),
  type: z.string(),
  quote: z.string(),
  outlet: nullableText,
  start: z.number().int(),
  end: z.number().int(),
  cue: nullableText.describe('The words introducing the quote (said, according to), as in the text'),
  source: nullableText.describe('The source as the text names it, before resolution to speaker'),
});
export const QuotePageSchema = page(QuoteSchema);

const RoleSpanSchema = z.object({ role: z.string(), first: date, last: date, articles: z.number().int() });

export const EntitySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  mentions: z.number().int(),
  articles: z.number().int(),
  first_seen: date,
  last_seen: date,
  roles: z.array(RoleSpanSchema).describe('Roles over time: when the articles first and last gave each'),
});
export const EntityPageSchema = page(EntitySchema);

export const TimelineItemSchema = z.object({
  date,
  kind: z.enum(['said', 'mentioned', 'event']),
  article: z.number().int(),
  doc_id: z.string(),
  who: nullableText,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export const TimelinePageSchema = page(TimelineItemSchema);

export const EntityDetailSchema = z.object({
  entity: EntitySchema,
  statements: z.array(QuoteSchema).describe('What it said, in date order'),
  timeline: z.array(TimelineItemSchema).describe('Said by it, mentioning it, and its events, in date order'),
});

export const SearchHitSchema = z.object({ article: z.number().int(), doc_id: z.string(), date, snippet: z.string() });
export const SearchPageSchema = page(SearchHitSchema);

export const ContradictionPageSchema = page(z.record(z.string(), z.unknown())).describe(
  'Pairs of statements that disagree, as the store reports them; empty where this store has none',
);

export const StatsSchema = z.object({
  articles: z.number().int(),
  versions: z.number().int(),
  entities: z.number().int(),
  attributions: z.number().int(),
  timexes: z.number().int(),
  events: z.number().int(),
});

export const NewArticleSchema = z.strictObject({
  id: z.string().min(1).max(500),
  text: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  title: z.string().max(1000).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
  outlet: z.string().max(500).nullable().optional(),
});
export type NewArticle = z.infer<typeof NewArticleSchema>;

export const IngestResultSchema = z.object({
  id: z.number().int().describe('Store id of the article'),
  doc_id: z.string(),
  outcome: z.enum(['added', 'new-version', 'reanalysed', 'unchanged']),
});
