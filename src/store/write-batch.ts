import { type Kysely, sql } from 'kysely';
import type { ArticleInput } from './article-input.js';
import type { BulkInsert } from './bulk-insert.js';
import { refreshSeen, subtractArticles } from './entity-counts.js';
import type { EntityResolver } from './entity-resolver.js';
import { contentHash } from './hash.js';
import { chunks, inChunks } from './sql-helpers.js';
import type { Database, Dialect } from './tables.js';
import { type Annotate, writeAnnotations } from './write-annotations.js';

export type { ArticleInput } from './article-input.js';

/** What storing one article did. */
export type AddOutcome = 'added' | 'new-version' | 'reanalysed' | 'unchanged';

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
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const hash = hashes[index] ?? '';
    const known = existing.get(hash);
    if (seen.has(hash) || (known && known.analysis === analysis && known.current === 1)) {
      outcomes.push('unchanged');
    } else if (known) {
      outcomes.push('reanalysed');
      annotate.push({ articleId: known.id, item });
      if (known.current === 0) revive.push({ id: known.id, docId: known.doc_id });
    } else {
      outcomes.push('added');
      fresh.push({ item, hash, index });
    }
    seen.add(hash);
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
  const superseded = await inChunks(docIds, (part) =>
    db.selectFrom('articles').select('id').where('doc_id', 'in', part).where('current', '=', 1).execute(),
  );
  const dropIds = [...new Set([...superseded.map((r) => r.id), ...annotate.map((a) => a.articleId)])];
  if (dropIds.length > 0) {
    const touched = await subtractArticles(db, dropIds);
    for (const table of ANNOTATION_TABLES)
      await inChunks(dropIds, async (part) => [await db.deleteFrom(table).where('article_id', 'in', part).execute()]);
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
      outlet: item.outlet ?? null,
      title: item.title ?? null,
      url: item.url ?? null,
      text: item.output.text,
      analysis,
      ingested_at: now,
      problems: problemsOf(item),
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
  return outcomes;
}

function problemsOf(item: ArticleInput): string | null {
  const problems = item.output.problems;
  return problems && problems.length > 0 ? JSON.stringify(problems) : null;
}
