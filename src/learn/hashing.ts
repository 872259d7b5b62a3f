/**
 * Feature hashing: a feature is a template number mixed with the hashes of its parts, folded
 * into 2^BITS buckets. No feature strings are built at run time, and a weight row is one
 * array read.
 */
export const BITS = 20;
export const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `hashString(s.slice(from).toLowerCase())` without building either string when the code
 * units hashed are ASCII (their lower case is then one code unit each); otherwise it builds them.
 */
export function hashLowerFrom(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return hashString(s.slice(from).toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One step of the feature hash: part `x` mixed into the state `h`. */
export function mix(h: number, x: number): number {
  let k = Math.imul(x | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The state after template `t` (`mix` of the seed and `t`): what `featureFrom` continues from. */
export function templateState(t: number): number {
  return mix(0x9e3779b9, t);
}

/** The bucket of a hash state: the last mixing steps of `feature`. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

/** The bucket of template `t` with parts `a`, `b`, `c` (hashes or small integers). */
export function feature(t: number, a = 0, b = 0, c = 0): number {
  return finish(mix(mix(mix(mix(0x9e3779b9, t), a), b), c));
}

/** `feature(t, a, b, c)` from `state = templateState(t)` (one mixing step fewer). */
export function featureFrom(state: number, a: number, b = 0, c = 0): number {
  return finish(mix(mix(mix(state, a), b), c));
}

/**
 * `feature(t, a, b, c)` for every `a < na`, `b < nb`, `c < nc`, at `[(a * nb + b) * nc + c]`:
 * the buckets of a template whose parts are small integers, computed once rather than per token.
 */
export function featureGrid(t: number, na: number, nb = 1, nc = 1): Int32Array {
  const out = new Int32Array(na * nb * nc);
  for (let a = 0; a < na; a++) for (let b = 0; b < nb; b++) for (let c = 0; c < nc; c++) out[(a * nb + b) * nc + c] = feature(t, a, b, c);
  return out;
}
