import { z } from 'zod';
import { DocumentSchema } from '../output/schema.js';
import { VERSION } from '../version.js';
import * as S from './api-schemas.js';
import { MAX_LIMIT } from './params.js';

/** Each body schema, as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), by component name. */
const COMPONENTS: Record<string, z.ZodType> = {
  Error: S.ErrorSchema,
  ArticlePage: S.ArticlePageSchema,
  Article: S.StoredArticleSchema,
  Document: DocumentSchema,
  NewArticle: S.NewArticleSchema,
  IngestResult: S.IngestResultSchema,
  QuotePage: S.QuotePageSchema,
  EntityPage: S.EntityPageSchema,
  EntityDetail: S.EntityDetailSchema,
  TimelinePage: S.TimelinePageSchema,
  SearchPage: S.SearchPageSchema,
  ContradictionPage: S.ContradictionPageSchema,
  Stats: S.StatsSchema,
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: Record<string, unknown> };

const str = { type: 'string' };
const dateStr = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const q = (name: string, description: string, schema: Record<string, unknown> = str): Param => ({ name, in: 'query', description, schema });
const path = (name: string, description: string): Param => ({ name, in: 'path', required: true, description, schema: str });
const limit = (fallback: number) =>
  q('limit', `At most this many items (default ${fallback})`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT });
const cursor = q('cursor', 'The `next` of the previous page');
const from = q('from', 'On or after (YYYY-MM-DD)', dateStr);
const to = q('to', 'On or before (YYYY-MM-DD)', dateStr);

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('Error') });

function get(summary: string, body: string, parameters: Param[]) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: 'OK (with an ETag; send If-None-Match to get 304)', ...json(body) },
        304: { description: 'Not modified' },
        400: error('A parameter is wrong (E_USAGE, E_DATE)'),
        404: error('No such article or entity (E_NOT_FOUND)'),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas the server and `extract` use. */
export function openApiDocument(): Record<string, unknown> {
  const schemas = Object.fromEntries(
    Object.entries(COMPONENTS).map(([name, schema]) => [name, jsonSchema(schema, name === 'NewArticle' ? 'input' : 'output')]),
  );
  const articlesGet = get('Current articles in ingest order, without their text', 'ArticlePage', [
    from,
    to,
    q('outlet', 'Published by this outlet'),
    limit(50),
    cursor,
  ]);
  return {
    openapi: '3.1.0',
    info: { title: 'dateline', version: VERSION, description: 'Who said what, when and where, every fact a span of its article.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/api/articles': {
        ...articlesGet,
        post: {
          summary: 'Analyse an article and store it (needs the server token)',
          security: [{ token: [] }],
          requestBody: { required: true, ...json('NewArticle') },
          responses: {
            201: { description: 'Stored: a new article or a new version', ...json('IngestResult') },
            200: { description: 'Already stored (unchanged or re-analysed)', ...json('IngestResult') },
            400: error('Not JSON, or a field is wrong (E_JSON, E_FIELD, E_DATE)'),
            401: error('No token, or the wrong one (E_AUTH)'),
            413: error('Over the size limit (E_TOO_LARGE)'),
          },
        },
      },
      '/api/articles/{id}': get('One article in dateline/1 with every annotation', 'Article', [path('id', 'Store id or document id')]),
      '/api/quotes': get('Who said what, in date order', 'QuotePage', [
        q('speaker', 'Said by this entity (full name, last name or entity id)'),
        q('about', 'Mentioning this entity inside the quote'),
        from,
        to,
        q('outlet', 'Published by this outlet'),
        q('text', 'The quote contains these words'),
        limit(100),
        cursor,
      ]),
      '/api/entities': get('Entities across articles, most mentioned first, with roles over time', 'EntityPage', [
        q('type', 'PERSON, ORG, GPE, LOC, NORP or OTHER'),
        q('name', 'Only the entities this name refers to'),
        limit(20),
        cursor,
      ]),
      '/api/entities/{ref}': get('One entity: its roles over time, its statements and its timeline', 'EntityDetail', [
        path('ref', 'A name, a last name or an entity id'),
        limit(200),
      ]),
      '/api/timeline': get('An entity’s dated statements and events, by normalised date', 'TimelinePage', [
        { ...q('entity', 'A name, a last name or an entity id'), required: true },
        from,
        to,
        limit(200),
        cursor,
      ]),
      '/api/search': get('Full-text search: most query terms first, then newest, undated last (docs/search.md)', 'SearchPage', [
        { ...q('q', 'Words every hit contains'), required: true },
        limit(20),
        cursor,
      ]),
      '/api/contradictions': get('Statements that disagree, side by side', 'ContradictionPage', [limit(50), cursor]),
      '/api/stats': get('How much the store holds', 'Stats', []),
      '/api/export': {
        get: {
          summary: 'Every current article in dateline/1, one JSON object a line (as `dateline export`)',
          responses: { 200: { description: 'JSON lines', content: { 'application/x-ndjson': { schema: ref('Document') } } } },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'dateline serve --token, or DATELINE_TOKEN' } },
    },
  };
}
