import type { Cluster } from './mention.js';

/** Rule id of a role nominal resolved by its place modifier alone. */
export const SAME_PLACE_RULE = 'nominal/same-place';

/**
 * A definite role nominal whose head names no role seen before ("the Zemblan foreign
 * minister" after "Zemblan Secretary of State Ana Ruiz"): it names the one person whose role,
 * stated before the nominal, carries the same place modifier. Two such people, or none,
 * leave it unresolved. Places here are place and organisation names ("Ohio", "FBI");
 * `rolePlaces` reads them out of a role string.
 */
export function samePlaceCluster(
  nominalStart: number,
  nominalPlaces: readonly string[],
  clusters: readonly Cluster[],
  rolePlaces: (role: string) => readonly string[],
): { cluster: number; rule: string } | undefined {
  if (nominalPlaces.length === 0) return undefined;
  const found = new Set<number>();
  clusters.forEach((c, index) => {
    if (c.type !== 'PERSON' || c.anonymous) return;
    for (const m of c.mentions) {
      if (m.start >= nominalStart || !m.role) continue;
      if (rolePlaces(m.role).some((p) => nominalPlaces.includes(p))) found.add(index);
    }
  });
  if (found.size !== 1) return undefined;
  const [cluster] = found;
  return cluster === undefined ? undefined : { cluster, rule: SAME_PLACE_RULE };
}
