import type { Claim } from '../claims/claim.js';

/** Keys of a set of words, each word a list of keys (its lemma, entity id, WordNet keys). */
export type KeyBag = readonly (readonly string[])[];

/** Credit of a word against the other side: 1 for the same lemma or entity, SYNONYM_CREDIT for WordNet keys in common. */
function credit(word: readonly string[], heads: ReadonlySet<string>, pool: ReadonlySet<string>): number {
  if (heads.has(word[0] as string)) return 1;
  for (const k of word) if (pool.has(k)) return SYNONYM_CREDIT;
  return 0;
}

/** A synonym fills a slot at this share of the same word. */
export const SYNONYM_CREDIT = 0.6;

/**
 * How far two bags of words fill the same frame: the share of each side's words that meet a
 * word of the other (same lemma or entity counts whole, WordNet keys in common SYNONYM_CREDIT), averaged over both
 * sides. 0 when either is empty.
 */
export function frameSimilarity(a: KeyBag, b: KeyBag): number {
  if (a.length === 0 || b.length === 0) return 0;
  const poolA = new Set(a.flat());
  const poolB = new Set(b.flat());
  const headsA = new Set(a.map((w) => w[0] as string));
  const headsB = new Set(b.map((w) => w[0] as string));
  let hitA = 0;
  for (const w of a) hitA += credit(w, headsB, poolB);
  let hitB = 0;
  for (const w of b) hitB += credit(w, headsA, poolA);
  return (hitA / a.length + hitB / b.length) / 2;
}

/** Entities both claims mention (ids). */
export function sharedEntities(a: Claim, b: Claim): string[] {
  const ids = new Set(a.args.flatMap((x) => (x.entity ? [x.entity] : [])));
  return [...new Set(b.args.flatMap((x) => (x.entity && ids.has(x.entity) ? [x.entity] : [])))];
}

/** True when the two claims' holders are the same entity, or have the same name. */
export function sameHolder(a: Claim, b: Claim): boolean {
  if (!a.holder || !b.holder) return false;
  if (a.holder.entity && b.holder.entity) return a.holder.entity === b.holder.entity;
  return a.holder.name.toLowerCase() === b.holder.name.toLowerCase();
}

/** Days between two TimeML dates (the first day of a coarser one); null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const day = (v: string | null) => {
    const m = v ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v) : null;
    return m ? Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 864e5 : null;
  };
  const x = day(a);
  const y = day(b);
  return x === null || y === null ? null : Math.abs(x - y);
}
