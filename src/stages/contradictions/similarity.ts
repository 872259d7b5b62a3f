import type { Claim } from '../claims/claim.js';
import type { Synonyms } from '../claims/synonyms.js';

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
  const { pool: poolA, heads: headsA } = indexOf(a);
  const { pool: poolB, heads: headsB } = indexOf(b);
  let hitA = 0;
  for (const w of a) hitA += credit(w, headsB, poolB);
  let hitB = 0;
  for (const w of b) hitB += credit(w, headsA, poolA);
  return (hitA / a.length + hitB / b.length) / 2;
}

interface BagIndex {
  readonly pool: ReadonlySet<string>;
  readonly heads: ReadonlySet<string>;
}

/** Each bag's keys and heads as sets, made once per bag: a bag is compared with many others. */
const indexes = new WeakMap<KeyBag, BagIndex>();

function indexOf(bag: KeyBag): BagIndex {
  let index = indexes.get(bag);
  if (!index) {
    index = { pool: new Set(bag.flat()), heads: new Set(bag.map((w) => w[0] as string)) };
    indexes.set(bag, index);
  }
  return index;
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
    if (!m) return null;
    const date = new Date(0); // not Date.UTC, which reads years 0–99 as 1900–1999
    date.setUTCFullYear(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
    return date.getTime() / 864e5;
  };
  const x = day(a);
  const y = day(b);
  return x === null || y === null ? null : Math.abs(x - y);
}

/** Verbs too light to carry a frame alone: two claims on "be" or "have" need not say the same thing. */
const LIGHT_PREDICATES = new Set(['be', 'have', 'do', 'get', 'make', 'say', 'go', 'come', 'take', 'give', 'let', 'seem']);

/** What `predicatesMeet` compares of a claim: its predicate lemma, that verb's WordNet keys, its frame keys. */
export interface PredicateView {
  readonly predicate: string | null;
  readonly predicateKeys: readonly string[];
  readonly keys: KeyBag;
}

/**
 * Whether two claims assert the same predicate: the same lemma, or verbs whose WordNet keys
 * meet ("send" / "dispatch") in a key that is not itself a light verb ("hold" / "force" meet
 * only in "have" and "make", "pay" / "mean" in "give": no frame); a light verb ("be", "have")
 * matches only itself, and only when the claims share a content word besides it and their
 * entities. Rule `contradictions/same-predicate`.
 */
export function predicatesMeet(a: PredicateView, b: PredicateView): boolean {
  const x = a.predicate;
  const y = b.predicate;
  if (!x || !y) return false;
  if (x === y) return !LIGHT_PREDICATES.has(x) || lightFrameShared(a, b, x);
  if (LIGHT_PREDICATES.has(x) || LIGHT_PREDICATES.has(y)) return false;
  const keys = new Set(a.predicateKeys);
  return b.predicateKeys.some((k) => keys.has(k) && !LIGHT_PREDICATES.has(k));
}

/**
 * `predicatesMeet`, or one claim's predicate is, but for its ending, a word of the other's
 * frame ("were not marked classified" / "emails with classified markings").
 */
export function predicateShared(a: PredicateView, b: PredicateView): boolean {
  if (predicatesMeet(a, b)) return true;
  const inFrame = (p: string | null, bag: KeyBag) =>
    p !== null && !LIGHT_PREDICATES.has(p) && bag.some((w) => (w[0] as string).startsWith(p) && (w[0] as string).length <= p.length + 3);
  return inFrame(a.predicate, b.keys) || inFrame(b.predicate, a.keys);
}

/** `predicatesMeet` for two claims of one document. */
export function samePredicate(a: Claim, b: Claim, synonyms: Synonyms): boolean {
  const view = (c: Claim): PredicateView => {
    const p = c.predicate?.lemma ?? null;
    return { predicate: p, predicateKeys: p ? [p, ...(synonyms.verbs.get(p) ?? [])] : [], keys: c.keys };
  };
  return predicatesMeet(view(a), view(b));
}

/** Two claims on a light verb share a content word besides it and their entities ("was [classified]"). */
function lightFrameShared(a: PredicateView, b: PredicateView, verb: string): boolean {
  const words = new Set(a.keys.map((w) => w[0] as string).filter((w) => !w.startsWith('@') && w !== verb));
  return b.keys.some((w) => words.has(w[0] as string));
}
