import { type Insertable, type Kysely, sql } from 'kysely';
import type { ListedPair, PairFilter } from '../doc/contradiction.js';
import { DatelineError } from '../errors/codes.js';
import type { DocumentOutput } from '../output/schema.js';
import { type BulkInsert, kyselyBulkInsert } from './bulk-insert.js';
import { connect } from './connect.js';
import { storeError } from './db-errors.js';
import { EntityResolver } from './entity-resolver.js';
import { describeLocation, resolveLocation, type StoreLocation } from './location.js';
import { appliedMigrations, checkNotNewer, type MigrationStep, migrate, pendingMigrations } from './migrate.js';
import { type ArticleRef, loadArticle, type StoredArticle } from './queries/article.js';
import { type ArticleListQuery, type ArticleSummary, listArticles } from './queries/articles.js';
import {
  articlesAbout,
  type ClaimArticle,
  type ClaimQuery,
  claimsOfArticles,
  claimsOfDocs,
  insertCrossPairs,
  type StoredClaim,
} from './queries/claims.js';
import { findContradictions } from './queries/contradictions.js';
import { countEntities, type EntityQuery, type EntityRow, listEntities } from './queries/entities.js';
import { exportDocuments } from './queries/export.js';
import { feedValidators, rememberItems, type SeenItem, saveFeedState, seenFingerprints } from './queries/feeds.js';
import { type StoryGroup, storyGroup } from './queries/group.js';
import { countQuotes, findQuotes, type QuoteQuery, type QuoteRow } from './queries/quotes.js';
import { countSearch, type SearchRow, searchText } from './queries/search.js';
import { type StoredSource, staleArticles } from './queries/stale.js';
import { type StoreStats, storeStats } from './queries/stats.js';
import { countTimeline, type TimelineQuery, type TimelineRow, timeline } from './queries/timeline.js';
import { inChunks } from './sql-helpers.js';
import type { CrossContradictionTable, Database, Dialect } from './tables.js';
import { type AddOutcome, type ArticleInput, writeBatch } from './write-batch.js';
import { loadResolver } from './write-entities.js';

export interface OpenStoreOptions {
  /** `--db`: a SQLite path or a PostgreSQL URL; else DATELINE_DB, else ./dateline.db. */
  readonly db?: string | undefined;
  /** Writers create the store when missing; readers get E_NOT_FOUND. */
  readonly write?: boolean;
  /** Called with each migration step as it is reported. */
  readonly onMigration?: (step: MigrationStep) => void;
  /** SQLite only: page limit, to play a full disk in tests. */
  readonly maxPages?: number;
  /** SQLite: fsync every commit (`synchronous = FULL`); PostgreSQL always does. */
  readonly durable?: boolean;
  /** SQLite: the page cache in MiB (`ingest` keeps a smaller one than queries); 64 when unset. */
  readonly pageCacheMiB?: number;
}

/**
 * SQLite: `BEGIN IMMEDIATE` takes the write lock before the batch reads anything, so two
 * writers queue (busy timeout) instead of failing to upgrade a stale read snapshot. The
 * SQLite driver has one connection, so statements between begin and commit are in it.
 */
async function immediateTransaction<T>(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  await sql`begin immediate`.execute(db);
  try {
    const result = await work(db);
    await sql`commit`.execute(db);
    return result;
  } catch (error) {
    await sql`rollback`.execute(db).catch(() => {});
    throw error;
  }
}

/**
 * The store: articles analysed once, asked across. One API over two dialects (SQLite,
 * the default, and PostgreSQL), the same schema behind both (Kysely).
 */
export class Store {
  readonly dialect: Dialect;
  readonly location: StoreLocation;
  readonly db: Kysely<Database>;
  readonly readOnly: boolean;
  readonly migrations: readonly MigrationStep[];
  #resolver: EntityResolver | null = null;
  #beforeClose: (() => void) | undefined;
  #bulk: BulkInsert = kyselyBulkInsert;

  private constructor(location: StoreLocation, db: Kysely<Database>, readOnly: boolean, migrations: readonly MigrationStep[]) {
    this.location = location;
    this.dialect = location.dialect;
    this.db = db;
    this.readOnly = readOnly;
    this.migrations = migrations;
  }

  static async open(options: OpenStoreOptions = {}): Promise<Store> {
    const location = resolveLocation(options.db);
    const where = describeLocation(location);
    const { db, readOnly, beforeClose, bulk } = await connect(location, {
      create: options.write === true,
      ...(options.maxPages ? { maxPages: options.maxPages } : {}),
      ...(options.durable ? { durable: true } : {}),
      ...(options.pageCacheMiB ? { pageCacheMiB: options.pageCacheMiB } : {}),
      checkApplied: (names) => checkNotNewer(names, location.dialect),
    });
    try {
      const schema = location.dialect === 'postgres' ? location.schema : null;
      const applied = await appliedMigrations(db, location.dialect, schema).catch((error: unknown) => {
        throw storeError(error, where);
      });
      checkNotNewer(applied, location.dialect);
      const pending = pendingMigrations(applied, location.dialect);
      if (pending.length > 0 && (readOnly || (options.write !== true && applied.length === 0)))
        throw readOnly
          ? new DatelineError('E_DB_READONLY', `${where} needs schema migration ${pending.join(', ')} but is read-only`)
          : new DatelineError('E_NOT_FOUND', `${where} holds no dateline store; run dateline ingest first`);
      const steps =
        pending.length > 0 ? await migrate(db, location.dialect, schema) : applied.map((name) => ({ name, status: 'already' as const }));
      for (const step of steps) options.onMigration?.(step);
      const store = new Store(location, db, readOnly, steps);
      store.#beforeClose = beforeClose;
      store.#bulk = bulk;
      return store;
    } catch (error) {
      await db.destroy().catch(() => {});
      throw storeError(error, where);
    }
  }

  /** Where the store is, for messages (no password). */
  get where(): string {
    return describeLocation(this.location);
  }

  /** For each content hash already stored as a current article: the analysis that made its annotations. */
  async knownHashes(hashes: readonly string[]): Promise<Map<string, string>> {
    const rows = await inChunks(hashes, (part) =>
      this.db
        .selectFrom('articles')
        .select(['content_hash', 'analysis'])
        .where('content_hash', 'in', part)
        .where('current', '=', 1)
        .execute(),
    );
    return new Map(rows.map((r) => [r.content_hash, r.analysis]));
  }

  /** For each content hash stored as a current article: its document id and the analysis that made its annotations. */
  async knownOwners(hashes: readonly string[]): Promise<Map<string, { docId: string; analysis: string }>> {
    const rows = await inChunks(hashes, (part) =>
      this.db
        .selectFrom('articles')
        .select(['content_hash', 'doc_id', 'analysis'])
        .where('content_hash', 'in', part)
        .where('current', '=', 1)
        .execute(),
    );
    return new Map(rows.map((r) => [r.content_hash, { docId: r.doc_id, analysis: r.analysis }]));
  }

  /** Stores a batch of analysed articles in one transaction: all of it, or (on error) none. */
  async add(items: readonly ArticleInput[], analysis: string): Promise<AddOutcome[]> {
    if (this.readOnly) throw new DatelineError('E_DB_READONLY', `${this.where} is read-only`);
    if (!this.#resolver) {
      const resolver = new EntityResolver();
      await loadResolver(this.db, resolver);
      this.#resolver = resolver;
    }
    const resolver = this.#resolver;
    try {
      const write = (db: Kysely<Database>) => writeBatch(db, this.dialect, resolver, items, analysis, this.#bulk);
      if (this.dialect === 'sqlite') return await immediateTransaction(this.db, write);
      const schema = this.location.dialect === 'postgres' ? (this.location.schema ?? 'public') : '';
      return await this.db.transaction().execute(async (trx) => {
        // Writers of one store take turns (as SQLite's BEGIN IMMEDIATE makes them): no
        // deadlock between batches touching the same entities, no race on new articles.
        await sql`select pg_advisory_xact_lock(hashtext(${`dateline:${schema}`}))`.execute(trx);
        return write(trx);
      });
    } catch (error) {
      this.#resolver = null; // its view may hold entities the rollback undid
      throw storeError(error, this.where);
    }
  }

  /** The fingerprints of a feed's items already stored, by GUID. */
  feedItems(feedUrl: string, guids: readonly string[]): Promise<Map<string, string>> {
    return this.#read(() => seenFingerprints(this.db, feedUrl, guids));
  }

  /** Remembers feed items whose pages were stored. */
  rememberFeedItems(items: readonly SeenItem[]): Promise<void> {
    return this.#read(() => rememberItems(this.db, items));
  }

  feedValidators(feedUrl: string): Promise<{ etag: string | null; lastModified: string | null } | null> {
    return this.#read(() => feedValidators(this.db, feedUrl));
  }

  saveFeedState(feedUrl: string, etag: string | null, lastModified: string | null): Promise<void> {
    return this.#read(() => saveFeedState(this.db, feedUrl, etag, lastModified));
  }

  quotes(query: QuoteQuery): Promise<QuoteRow[]> {
    return this.#read(() => findQuotes(this.db, query));
  }

  /** How many attributions `quotes` would list with no limit. */
  countQuotes(query: QuoteQuery): Promise<number> {
    return this.#read(() => countQuotes(this.db, query));
  }

  /** Divergent pairs stored with current articles (`dateline contradictions`). */
  contradictions(filter: PairFilter): Promise<ListedPair[]> {
    return this.#read(() => findContradictions(this.db, filter));
  }

  /** The stored claims of the current articles of these document ids (pairs across articles). */
  claimsOf(docIds: readonly string[]): Promise<StoredClaim[]> {
    return this.#read(() => claimsOfDocs(this.db, docIds));
  }

  /** Current articles with claims about these topics within dates: where candidates for pairs across articles are. */
  articlesAbout(query: ClaimQuery): Promise<ClaimArticle[]> {
    return this.#read(() => articlesAbout(this.db, query));
  }

  /** The stored claims of these articles (by article id). */
  claimsOfArticles(articleIds: readonly number[]): Promise<StoredClaim[]> {
    return this.#read(() => claimsOfArticles(this.db, articleIds));
  }

  /** Stores candidate pairs across articles (those already stored are kept); listing keeps the best of them. */
  async addCrossPairs(rows: readonly Insertable<CrossContradictionTable>[]): Promise<void> {
    if (this.readOnly) throw new DatelineError('E_DB_READONLY', `${this.where} is read-only`);
    if (rows.length === 0) return;
    try {
      await this.db.transaction().execute((trx) => insertCrossPairs(trx, rows));
    } catch (error) {
      throw storeError(error, this.where);
    }
  }

  entities(query: EntityQuery): Promise<EntityRow[]> {
    return this.#read(() => listEntities(this.db, query));
  }

  /** How many entities `entities` would list with no limit. */
  countEntities(query: EntityQuery): Promise<number> {
    return this.#read(() => countEntities(this.db, query));
  }

  timeline(query: TimelineQuery): Promise<TimelineRow[]> {
    return this.#read(() => timeline(this.db, query));
  }

  /** How many rows `timeline` would list with no limit. */
  countTimeline(query: TimelineQuery): Promise<number> {
    return this.#read(() => countTimeline(this.db, query));
  }

  search(text: string, limit = 20, collapse = false): Promise<SearchRow[]> {
    return this.#read(() => searchText(this.db, this.dialect, text, limit, collapse));
  }

  /** How many articles `search` would find with no limit. */
  countSearch(text: string, collapse = false): Promise<number> {
    return this.#read(() => countSearch(this.db, this.dialect, text, collapse));
  }

  /** Current articles without their text, in store order, a page at a time (keyset on the store id). */
  articles(query: ArticleListQuery = {}): Promise<ArticleSummary[]> {
    return this.#read(() => listArticles(this.db, query));
  }

  article(ref: ArticleRef): Promise<StoredArticle | undefined> {
    return this.#read(() => loadArticle(this.db, ref));
  }

  /** The article's near-duplicate group and the copies of its members. */
  group(id: number): Promise<StoryGroup> {
    return this.#read(() => storyGroup(this.db, id));
  }

  /** Current articles another analysis annotated (`reanalyse`), `limit` after store id `after`. */
  stale(analysis: string, after: number, limit: number): Promise<StoredSource[]> {
    return this.#read(() => staleArticles(this.db, analysis, after, limit));
  }

  stats(): Promise<StoreStats> {
    return this.#read(() => storeStats(this.db));
  }

  /** Every current article as a `dateline/1` object, in ingest order, a page at a time. */
  documents(pageSize = 200): AsyncGenerator<DocumentOutput> {
    return exportDocuments(this.db, pageSize);
  }

  /** Refreshes the planner's statistics (after a large ingest): `PRAGMA optimize` / `ANALYZE`. */
  async optimize(): Promise<void> {
    await this.#read(async () => {
      if (this.dialect === 'sqlite') await sql`pragma optimize=0x10002`.execute(this.db);
      else await sql`analyze`.execute(this.db);
    });
  }

  async close(): Promise<void> {
    this.#beforeClose?.();
    await this.db.destroy();
  }

  async #read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, this.where);
    }
  }
}
