import type { Kysely } from 'kysely';
import { nameKey } from '../entity-names.js';
import { storeIdOf } from '../store-id.js';
import type { Database } from '../tables.js';

/**
 * Store-wide entity ids a user's name refers to: any entity known under that name or,
 * for a lone word, any person with that last name ("Okoye"). A number is an entity id
 * (one beyond the largest id an entity can have is none: no query is sent with it).
 */
export async function entityIdsFor(db: Kysely<Database>, name: string, options: { partial?: boolean } = {}): Promise<number[]> {
  if (/^\d+$/.test(name.trim())) {
    const id = storeIdOf(name);
    return id === undefined ? [] : [id];
  }
  const key = nameKey(name);
  if (key === '') return [];
  const aliases = key.includes(' ') ? [key] : [key, `~${key}`];
  const rows = await db.selectFrom('entity_aliases').select('entity_id').distinct().where('alias', 'in', aliases).execute();
  if (rows.length > 0 || !options.partial || !key.includes(' ')) return rows.map((r) => r.entity_id);
  return partialMatch(db, key);
}

/**
 * For a name of several words that no entity is known by: the entities known by the longest
 * run of its words ("beatles apple corps" → "apple corps"; "iphone 4" → "iphone").
 */
async function partialMatch(db: Kysely<Database>, key: string): Promise<number[]> {
  const words = key.split(' ');
  const phrases: string[] = [];
  for (let n = words.length - 1; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) phrases.push(words.slice(i, i + n).join(' '));
  const rows = await db.selectFrom('entity_aliases').select(['entity_id', 'alias']).where('alias', 'in', phrases).execute();
  const longest = Math.max(0, ...rows.map((r) => r.alias.split(' ').length));
  return [...new Set(rows.filter((r) => r.alias.split(' ').length === longest).map((r) => r.entity_id))];
}
