import type { Kysely } from 'kysely';
import { nameKey } from '../entity-names.js';
import type { Database } from '../tables.js';

/**
 * Store-wide entity ids a user's name refers to: any entity known under that name or,
 * for a lone word, any person with that last name ("Okoye"). A number is an entity id.
 */
export async function entityIdsFor(db: Kysely<Database>, name: string): Promise<number[]> {
  if (/^\d+$/.test(name.trim())) return [Number(name.trim())];
  const key = nameKey(name);
  if (key === '') return [];
  const aliases = key.includes(' ') ? [key] : [key, `~${key}`];
  const rows = await db.selectFrom('entity_aliases').select('entity_id').distinct().where('alias', 'in', aliases).execute();
  return rows.map((r) => r.entity_id);
}
