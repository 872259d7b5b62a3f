import type { Kysely } from 'kysely';
import type { DocumentOutput } from '../output/schema.js';
import type { EntityRef, EntityResolver } from './entity-resolver.js';
import { chunks } from './sql-helpers.js';
import type { Database } from './tables.js';

/**
 * Resolves every document entity to a store-wide entity, writing new entities, new
 * aliases and longer canonical names. Returns, per document, local id → store-wide id.
 */
export async function writeEntities(
  db: Kysely<Database>,
  resolver: EntityResolver,
  outputs: readonly DocumentOutput[],
  outlets: readonly (string | null | undefined)[] = [],
): Promise<Map<string, number>[]> {
  const refsPerDoc: Map<string, EntityRef>[] = [];
  const created: EntityRef[] = [];
  const aliases: { ref: EntityRef; alias: string }[] = [];
  const renamed = new Set<EntityRef>();
  for (const [i, out] of outputs.entries()) {
    const refs = new Map<string, EntityRef>();
    const outlet = outlets[i] ?? null;
    for (const e of out.entities) {
      const extra = e as { gender?: string; anonymous?: boolean };
      const r = extra.anonymous
        ? resolver.resolveAnonymous(e.name, e.type, out.id, e.id)
        : resolver.resolve(e.name, e.type, { roles: e.roles, gender: extra.gender, outlet, date: out.date });
      if (r.rule === 'new') created.push(r.ref);
      if (r.rule === 'full-name-of-surname' && r.ref.id !== null) renamed.add(r.ref);
      for (const alias of r.aliases) aliases.push({ ref: r.ref, alias });
      refs.set(e.id, r.ref);
    }
    refsPerDoc.push(refs);
  }
  // One lock order for every writer (PostgreSQL): new entities sorted by (type, key).
  created.sort((a, b) => (a.type === b.type ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.type < b.type ? -1 : 1));
  for (const part of chunks(created, 5_000)) {
    const rows = part.map((r) => ({ type: r.type, key: r.key, name: r.name, mention_count: 0, article_count: 0 }));
    const ids = await db
      .insertInto('entities')
      .values(rows)
      .onConflict((oc) => oc.columns(['type', 'key']).doUpdateSet((eb) => ({ key: eb.ref('excluded.key') })))
      .returning(['id', 'type', 'key'])
      .execute();
    const byKey = new Map(ids.map((r) => [`${r.type}\u0000${r.key}`, r.id]));
    for (const ref of part) {
      const id = byKey.get(`${ref.type}\u0000${ref.key}`);
      if (id !== undefined) resolver.written(ref, id);
    }
  }
  await insertAliases(db, aliases);
  for (const ref of renamed) {
    if (ref.id !== null) await db.updateTable('entities').set({ name: ref.name }).where('id', '=', ref.id).execute();
  }
  return refsPerDoc.map((refs) => {
    const ids = new Map<string, number>();
    for (const [local, ref] of refs) if (ref.id !== null) ids.set(local, ref.id);
    return ids;
  });
}

async function insertAliases(db: Kysely<Database>, aliases: readonly { ref: EntityRef; alias: string }[]): Promise<void> {
  const rows = aliases.filter((a) => a.ref.id !== null).map((a) => ({ entity_id: a.ref.id as number, type: a.ref.type, alias: a.alias }));
  if (rows.length === 0) return;
  for (const part of chunks(rows, 9_000)) {
    await db
      .insertInto('entity_aliases')
      .values(part)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Loads every store-wide entity and alias into the resolver (once per writing session). */
export async function loadResolver(db: Kysely<Database>, resolver: EntityResolver): Promise<void> {
  const entities = await db.selectFrom('entities').select(['id', 'type', 'key', 'name']).execute();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const aliases = await db.selectFrom('entity_aliases').select(['entity_id', 'alias']).execute();
  for (const a of aliases) {
    const e = byId.get(a.entity_id);
    if (e) resolver.load({ id: e.id, type: e.type, key: e.key, name: e.name }, a.alias);
  }
  // the roles seen with each person corroborate a last-name match in later articles
  const roles = await db.selectFrom('entity_roles').select(['entity_id', 'role']).distinct().execute();
  for (const r of roles) resolver.addRole(r.entity_id, r.role);
  // the outlets and dates of the current articles that named each entity
  const seen = await db
    .selectFrom('doc_entities')
    .innerJoin('articles', 'articles.id', 'doc_entities.article_id')
    .select(['doc_entities.entity_id', 'articles.outlet', 'articles.date'])
    .where('articles.outlet', 'is not', null)
    .where('articles.date', 'is not', null)
    .distinct()
    .execute();
  for (const r of seen) if (r.outlet && r.date) resolver.addSeenById(r.entity_id, r.outlet, r.date);
}
