import type { Generated } from 'kysely';

/**
 * The store's tables, as Kysely sees them. One schema for both dialects: integers,
 * text and JSON kept as text, so SQLite and PostgreSQL hold the same rows.
 * Annotation rows are keyed by (article, index in the document), so a batch can be
 * written without fetching generated ids.
 */
export interface ArticleTable {
  id: Generated<number>;
  /** The document id (JSONL id or path as given); versions of one document share it. */
  doc_id: string;
  version: number;
  /** 1 for the newest version of doc_id, 0 for older ones (their text is kept, their annotations are not). */
  current: number;
  /** sha256 of date and text: the same article twice is one row. */
  content_hash: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  text: string;
  /** The analysis (dateline version and stages) that made this article's annotations. */
  analysis: string;
  ingested_at: string;
  /** JSON of the problems the stages reported in the input; null when none. */
  problems: string | null;
  /** JSON array of author names; null when unknown (007). */
  authors: string | null;
  /** Publication time, ISO 8601, and the string it was read from. */
  published: string | null;
  published_raw: string | null;
  language: string | null;
  /** JSON `{url, guid, date}` of the feed item it came from. */
  feed: string | null;
  /** The store id of the first article of its near-duplicate group; null when it has none. */
  dup_group: number | null;
}

/** A syndicated copy: another document id with the same date and text, sharing the analysed article's annotations. */
export interface CopyTable {
  id: Generated<number>;
  doc_id: string;
  article_id: number;
  date: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  authors: string | null;
  published: string | null;
  published_raw: string | null;
  language: string | null;
  feed: string | null;
  ingested_at: string;
}

/** MinHash/LSH: an article's bucket in each band (articles sharing a bucket are candidate duplicates). */
export interface LshBandTable {
  band: number;
  bucket: string;
  article_id: number;
}

/** A feed item already fetched, and what it looked like then. */
export interface FeedItemTable {
  feed_url: string;
  guid: string;
  fingerprint: string;
  doc_id: string;
  seen_at: string;
}

/** A feed's validators for conditional requests. */
export interface FeedStateTable {
  feed_url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string;
}

export interface EntityTable {
  id: Generated<number>;
  type: string;
  /** Normalised name the entity was created under; never changes. */
  key: string;
  /** Canonical name: the longest name merged into it. */
  name: string;
  mention_count: number;
  article_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EntityAliasTable {
  entity_id: number;
  type: string;
  /** Normalised full name, or `~surname` for a person's last name. */
  alias: string;
}

export interface DocEntityTable {
  article_id: number;
  idx: number;
  local_id: string;
  entity_id: number;
  name: string;
  type: string;
  roles: string;
  mention_count: number;
  rule: string | null;
  analysis: string;
  /** JSON of the fields a stage added beyond the contract; null when none. */
  extra: string | null;
}

export interface MentionTable {
  article_id: number;
  entity_idx: number;
  start: number;
  end: number;
  /** JSON of the fields a stage added beyond the contract; null when none. */
  extra: string | null;
}

export interface EntityRoleTable {
  entity_id: number;
  article_id: number;
  role: string;
  date: string | null;
}

export interface AttributionTable {
  article_id: number;
  idx: number;
  local_id: string;
  type: string;
  content_start: number;
  content_end: number;
  content_text: string;
  cue_start: number | null;
  cue_end: number | null;
  source_start: number | null;
  source_end: number | null;
  speaker_name: string | null;
  speaker_local: string | null;
  speaker_entity_id: number | null;
  /** When it was said, as the text states; null when it does not. */
  said: string | null;
  /** `said`, else the article date: what timelines sort on. */
  sort_date: string | null;
  rule: string | null;
  analysis: string;
  /** JSON of the fields a stage added beyond the contract; null when none. */
  extra: string | null;
}

export interface AttributionEntityTable {
  article_id: number;
  attribution_idx: number;
  entity_id: number;
  sort_date: string | null;
}

export interface TimexTable {
  article_id: number;
  idx: number;
  start: number;
  end: number;
  type: string;
  value: string;
  rule: string | null;
  analysis: string;
  /** JSON of the fields a stage added beyond the contract; null when none. */
  extra: string | null;
}

export interface EventTable {
  article_id: number;
  idx: number;
  local_id: string;
  type: string;
  /** TimeML class (migration 005); null for rows written before it. */
  class: string | null;
  trigger_start: number;
  trigger_end: number;
  date: string | null;
  place: string | null;
  /** JSON: [{entity (document-local id), role}]. */
  participants: string;
  sort_date: string | null;
  rule: string | null;
  analysis: string;
  /** JSON of the fields a stage added beyond the contract; null when none. */
  extra: string | null;
}

export interface EventEntityTable {
  article_id: number;
  event_idx: number;
  entity_id: number;
  role: string;
  sort_date: string | null;
}

/** A portable claim of a current article, as JSON (migration 010-claims). */
export interface ClaimTable {
  article_id: number;
  idx: number;
  date: string | null;
  data: string;
}

/** An entity a stored claim is about, for finding claims to compare with (migration 010-claims). */
export interface ClaimTopicTable {
  topic: string;
  article_id: number;
  idx: number;
  date: string | null;
}

/** A divergent pair across two articles, each side a stored claim (migration 010-claims). */
export interface CrossContradictionTable {
  kind: string;
  reason: string;
  confidence: number;
  rule: string;
  a_article: number;
  a_idx: number;
  a_start: number;
  a_end: number;
  a_holder: string;
  a_anonymous: number;
  a_date: string | null;
  b_article: number;
  b_idx: number;
  b_start: number;
  b_end: number;
  b_holder: string;
  b_anonymous: number;
  b_date: string | null;
}

/** A divergent pair inside one article (migration 006-contradictions). */
export interface ContradictionTable {
  article_id: number;
  idx: number;
  local_id: string;
  kind: string;
  a_attribution: string | null;
  a_start: number;
  a_end: number;
  a_holder: string;
  a_holder_local: string | null;
  a_anonymous: number;
  a_date: string | null;
  b_attribution: string | null;
  b_start: number;
  b_end: number;
  b_holder: string;
  b_holder_local: string | null;
  b_anonymous: number;
  b_date: string | null;
  reason: string;
  confidence: number;
  rule: string | null;
  analysis: string;
}

export interface Database {
  articles: ArticleTable;
  entities: EntityTable;
  entity_aliases: EntityAliasTable;
  doc_entities: DocEntityTable;
  mentions: MentionTable;
  entity_roles: EntityRoleTable;
  attributions: AttributionTable;
  attribution_entities: AttributionEntityTable;
  timexes: TimexTable;
  events: EventTable;
  event_entities: EventEntityTable;
  contradictions: ContradictionTable;
  copies: CopyTable;
  claims: ClaimTable;
  claim_topics: ClaimTopicTable;
  cross_contradictions: CrossContradictionTable;
  lsh_bands: LshBandTable;
  feed_items: FeedItemTable;
  feed_state: FeedStateTable;
}

export type Dialect = 'sqlite' | 'postgres';
