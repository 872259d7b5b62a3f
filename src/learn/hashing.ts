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

function mix(h: number, x: number): number {
  let k = Math.imul(x | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The bucket of template `t` with parts `a`, `b`, `c` (hashes or small integers). */
export function feature(t: number, a = 0, b = 0, c = 0): number {
  let h = mix(0x9e3779b9, t);
  h = mix(h, a);
  h = mix(h, b);
  h = mix(h, c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}
