/**
 * MinHash over word shingles, and the LSH bands that find candidate near-duplicates
 * without comparing every pair: 32 bands of 4 rows (128 hashes) put two texts whose
 * shingle sets overlap by Jaccard 0.5 in a common bucket with probability ≈ 0.87, at 0.7
 * ≈ 0.9999, and at 0.2 ≈ 0.05. Candidates are then checked exactly (`sameStory`).
 */
export const SHINGLE_WORDS = 5;
export const BANDS = 32;
export const ROWS = 4;
/** Share of the shorter text's shingles the longer must hold: an outlet that adds or cuts a paragraph still runs the story. */
export const DUPLICATE_CONTAINMENT = 0.8;
/** And the least Jaccard, so that a short text is not the story of every long one that quotes it. */
export const DUPLICATE_JACCARD = 0.5;

/** FNV-1a, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mix (murmur3's finaliser) of `x` with seed `seed`. */
function mix(x: number, seed: number): number {
  let h = (x ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The text's words, lower-cased, letters and digits only. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the text's `size`-word shingles (a shorter text: one shingle of all its words). */
export function shingles(text: string, size = SHINGLE_WORDS): Set<number> {
  const words = wordsOf(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) out.add(fnv(words.join(' ')));
  for (let i = 0; i + size <= words.length; i++) out.add(fnv(words.slice(i, i + size).join(' ')));
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** True when two shingle sets are one story told twice (see the thresholds above). */
export function sameStory(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let both = 0;
  for (const x of a.size < b.size ? a : b) if ((a.size < b.size ? b : a).has(x)) both++;
  return both / Math.min(a.size, b.size) >= DUPLICATE_CONTAINMENT && both / (a.size + b.size - both) >= DUPLICATE_JACCARD;
}

/** The MinHash signature: for each of BANDS×ROWS seeds, the least mixed shingle hash. */
export function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < sig.length; i++) {
      const h = mix(x, i + 1);
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/** The bucket key of each band: its rows' values in hex. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = '';
    for (let r = 0; r < ROWS; r++) key += (sig[b * ROWS + r] as number).toString(16).padStart(8, '0');
    keys.push(key);
  }
  return keys;
}
