/** The article columns a reader needs (not PostgreSQL's tsvector). */
export const ARTICLE_COLUMNS = [
  'id',
  'doc_id',
  'version',
  'current',
  'content_hash',
  'date',
  'outlet',
  'title',
  'url',
  'text',
  'analysis',
  'ingested_at',
  'problems',
] as const;
