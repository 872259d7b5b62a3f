import { type Kysely, sql } from 'kysely';
import { type AddOutcome, type ArticleInput, articleMetadata } from './article-input.js';
import type { BulkInsert } from './bulk-insert.js';
import { dropCrossPairs } from './claim-rows.js';
import { refreshSeen, subtractArticles } from './entity-counts.js';
import type { EntityResolver } from './entity-resolver.js';
import { contentHash } from './hash.js';
import { groupDuplicates } from './near-duplicates.js';
import { chunks, inChunks } from './sql-helpers.js';
import type { Database, Dialect } from './tables.js';
import { type Annotate, writeAnnotations } from './write-annotations.js';
import { writeCopies } from './write-copies.js';

export type { AddOutcome, ArticleInput } from './article-input.js';
export { articleMetadata } from './article-input.js';

/**
 * What storing one article did. `copy`: the same date and text as an article stored under
 * another document id (a syndicated copy): kept as a copy pointing at that analysis.
 */

const ANNOTATION_TABLES = [
  'doc_entities',
  'mentions',
  'entity_roles',
  'attributions',
  'attribution_entities',
  'timexes',
  'events',
  'event_entities',
  'contradictions',
  'claims',
  'claim_topics',
] as const;

/**
 * Stores a batch of articles; the caller runs it in one transaction. Idempotent by
 * content hash: an article already stored with this analysis is left alone, one stored by
 * another analysis gets its annotations replaced, and new text under a known document
 * id becomes its next version (the old text is kept, its annotations are dropped).
 */
export async function writeBatch(
  db: Kysely<Database>,
  dialect: Dialect,
  resolver: EntityResolver,
  items: readonly ArticleInput[],
  analysis: string,
  bulk: BulkInsert,
): Promise<AddOutcome[]> {
  const hashes = items.map((i) => contentHash(i.output.date, i.output.text));
  const existing = new Map(
    (
      await inChunks(hashes, (part) =>
        db
          .selectFrom('articles')
          .select(['id', 'doc_id', 'content_hash', 'analysis', 'current'])
          .where('content_hash', 'in', part)
          .execute(),
      )
    ).map((r) => [r.content_hash, r]),
  );
  const outcomes: AddOutcome[] = [];
  const fresh: { item: ArticleInput; hash: string; index: number }[] = [];
  const annotate: Annotate[] = [];
  const revive: { id: number; docId: string }[] = [];
  const seen = new Map<string, string>();
  const copies: { item: ArticleInput; hash: string; index: number }[] = [];
  items.forEach((item, index) => {
    const hash = hashes[index] ?? '';
    const known = existing.get(hash);
    const owner = seen.get(hash) ?? known?.doc_id;
    if (owner !== undefined && owner !== item.output.id) {
      outcomes.push('copy');
      copies.push({ item, hash, index });
    } else if (seen.has(hash) || (known && known.analysis === analysis && known.current === 1)) {
      outcomes.push('unchanged');
    } else if (known) {
      outcomes.push('reanalysed');
      annotate.push({ articleId: known.id, item });
      if (known.current === 0) revive.push({ id: known.id, docId: known.doc_id });
    } else {
      outcomes.push('added');
      fresh.push({ item, hash, index });
    }
    if (!seen.has(hash)) seen.set(hash, owner ?? item.output.id);
  });

  // Versions: the current article of each document id touched loses its place.
  const docIds = [...new Set([...fresh.map((f) => f.item.output.id), ...revive.map((r) => r.docId)])];
  const versions = await inChunks(docIds, (part) =>
    db
      .selectFrom('articles')
      .select(['doc_id', sql<number>`max(version)`.as('version')])
      .where('doc_id', 'in', part)
      .groupBy('doc_id')
      .execute(),
  );
  const lastVersion = new Map(versions.map((v) => [v.doc_id, Number(v.version)]));
  // A document id that becomes a copy of another article gives up its own current version.
  const copyIds = [...new Set(copies.map((c) => c.item.output.id))];
  const superseded = await inChunks([...docIds, ...copyIds], (part) =>
    db.selectFrom('articles').select('id').where('doc_id', 'in', part).where('current', '=', 1).execute(),
  );
  const dropIds = [...new Set([...superseded.map((r) => r.id), ...annotate.map((a) => a.articleId)])];
  if (dropIds.length > 0) {
    const touched = await subtractArticles(db, dropIds);
    for (const table of ANNOTATION_TABLES)
      await inChunks(dropIds, async (part) => [await db.deleteFrom(table).where('article_id', 'in', part).execute()]);
    await dropCrossPairs(db, dropIds);
    await refreshSeen(db, touched);
    await inChunks(
      superseded.map((r) => r.id),
      async (part) => [await db.updateTable('articles').set({ current: 0 }).where('id', 'in', part).execute()],
    );
  }

  const now = new Date().toISOString();
  const rows = fresh.map(({ item, hash, index }) => {
    const docId = item.output.id;
    const previous = lastVersion.get(docId);
    if (previous !== undefined) outcomes[index] = 'new-version';
    const version = (previous ?? 0) + 1;
    lastVersion.set(docId, version);
    return {
      doc_id: docId,
      version,
      current: 1,
      content_hash: hash,
      date: item.output.date,
      ...articleMetadata(item),
      text: item.output.text,
      analysis,
      ingested_at: now,
      problems: problemsOf(item),
      dup_group: null,
    };
  });
  // A document id seen twice in one batch: only its last version stays current.
  const lastOfDoc = new Map(rows.map((r, i) => [r.doc_id, i]));
  rows.forEach((r, i) => {
    if (lastOfDoc.get(r.doc_id) !== i) r.current = 0;
  });
  const inserted = new Map<string, number>();
  for (const part of chunks(rows, 1_000)) {
    // A concurrent writer may have stored the same text since we looked: skip it then.
    const ids = await db
      .insertInto('articles')
      .values(part)
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .returning(['id', 'content_hash'])
      .execute();
    for (const r of ids) inserted.set(r.content_hash, r.id);
  }
  if (dialect === 'sqlite' && inserted.size > 0) {
    await inChunks([...inserted.values()], async (part) => [
      await sql`insert into articles_fts(rowid, text) select id, text from articles where id in (${sql.join(part)})`.execute(db),
    ]);
  }
  if (annotate.length > 0) {
    await inChunks(
      annotate.map((a) => a.articleId),
      async (part) => [await db.updateTable('articles').set({ analysis, problems: null }).where('id', 'in', part).execute()],
    );
    for (const { articleId, item } of annotate) {
      const problems = problemsOf(item);
      if (problems !== null) await db.updateTable('articles').set({ problems }).where('id', '=', articleId).execute();
    }
    await inChunks(
      revive.map((r) => r.id),
      async (part) => [await db.updateTable('articles').set({ current: 1 }).where('id', 'in', part).execute()],
    );
  }
  fresh.forEach(({ item, hash, index }, i) => {
    const articleId = inserted.get(hash);
    if (articleId === undefined) outcomes[index] = 'unchanged';
    else if (rows[i]?.current === 1) annotate.push({ articleId, item });
  });
  await writeAnnotations(db, resolver, annotate, analysis, bulk);
  await groupDuplicates(
    db,
    rows.flatMap((r) => {
      const id = inserted.get(r.content_hash);
      return id !== undefined && r.current === 1 ? [{ id, docId: r.doc_id, text: r.text }] : [];
    }),
  );
  // A document id with its own text again is no longer anyone's copy.
  const ownIds = rows.map((r) => r.doc_id);
  if (ownIds.length > 0) await inChunks(ownIds, async (part) => [await db.deleteFrom('copies').where('doc_id', 'in', part).execute()]);
  await writeCopies(db, copies, (hash) => inserted.get(hash) ?? existing.get(hash)?.id, outcomes, now);
  return outcomes;
}

function problemsOf(item: ArticleInput): string | null {
  const problems = item.output.problems;
  return problems && problems.length > 0 ? JSON.stringify(problems) : null;
}
