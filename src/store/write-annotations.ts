import type { Kysely } from 'kysely';
import { annotationRows, emptyRows } from './annotation-rows.js';
import type { ArticleInput } from './article-input.js';
import type { BulkInsert } from './bulk-insert.js';
import { claimRows } from './claim-rows.js';
import { contradictionRows } from './contradiction-rows.js';
import { applyDeltas, countDeltas } from './entity-counts.js';
import type { EntityResolver } from './entity-resolver.js';
import type { Database } from './tables.js';
import { writeEntities } from './write-entities.js';

/** An article row that gets annotations from an analysed document. */
export interface Annotate {
  readonly articleId: number;
  readonly item: ArticleInput;
}

/**
 * Writes the annotation rows of a batch: entities resolved store-wide first, then every
 * layer's rows, then the entity counters.
 */
export async function writeAnnotations(
  db: Kysely<Database>,
  resolver: EntityResolver,
  annotate: readonly Annotate[],
  analysis: string,
  insertRows: BulkInsert,
): Promise<void> {
  if (annotate.length === 0) return;
  const ids = await writeEntities(
    db,
    resolver,
    annotate.map((a) => a.item.output),
    annotate.map((a) => a.item.outlet),
  );
  const rows = emptyRows();
  const dates = new Map<number, string | null>();
  annotate.forEach(({ articleId, item }, i) => {
    dates.set(articleId, item.output.date);
    const byLocal = ids[i] ?? new Map<string, number>();
    annotationRows(item.output, articleId, { byLocal, speakerByName: (name) => resolver.find(name, 'PERSON')?.id ?? null }, analysis, rows);
  });
  await insertRows(db, 'doc_entities', rows.docEntities);
  await insertRows(db, 'mentions', rows.mentions);
  await insertRows(db, 'entity_roles', rows.roles);
  await insertRows(db, 'attributions', rows.attributions);
  await insertRows(db, 'attribution_entities', rows.attributionEntities);
  await insertRows(db, 'timexes', rows.timexes);
  await insertRows(db, 'events', rows.events);
  await insertRows(db, 'event_entities', rows.eventEntities);
  await insertRows(
    db,
    'contradictions',
    annotate.flatMap(({ articleId, item }) => contradictionRows(item.output, articleId, analysis)),
  );
  const claims = annotate.map(({ articleId, item }) => claimRows(articleId, item.claims ?? []));
  await insertRows(
    db,
    'claims',
    claims.flatMap((c) => c.claims),
  );
  await insertRows(
    db,
    'claim_topics',
    claims.flatMap((c) => c.topics),
  );
  await applyDeltas(db, countDeltas(rows, dates));
}
