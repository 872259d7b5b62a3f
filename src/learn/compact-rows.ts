import { BUCKETS } from './hashing.js';

/**
 * Compact weight tables: only the rows that hold a weight, in bucket order. `used` has a bit
 * per bucket (set: the bucket has a row); `rank[w]` counts the rows of the buckets before
 * word `w` of `used`, so bucket `f`'s row is `rank[f >>> 5]` plus the set bits of its word
 * below `f`. A loaded tagger's table is a third of the dense `BUCKETS × labels` one or less
 * (attribution: 9 MB instead of 27 MB; events: 1 MB instead of 16 MB), and start-up pays
 * for every page of memory it touches (docs/scale.md, "Start-up"). The weights and the order
 * they are summed in are the dense table's: the same scores.
 */

/** Set bits of a 32-bit integer. */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** The row of bucket `f` in a compact table, or −1 when it has none. */
export function compactRow(used: Uint32Array, rank: Uint32Array, f: number): number {
  const word = used[f >>> 5] as number;
  const bit = 1 << (f & 31);
  return (word & bit) === 0 ? -1 : (rank[f >>> 5] as number) + popcount32(word & (bit - 1));
}

/** Fills `rank` from `used` (one count per word of `used`); returns the number of rows. */
export function fillRank(used: Uint32Array, rank: Uint32Array): number {
  let rows = 0;
  for (let w = 0; w < used.length; w++) {
    rank[w] = rows;
    rows += popcount32(used[w] as number);
  }
  return rows;
}

/** Words of a `used` bitmap (one bit per bucket). */
export const USED_WORDS = BUCKETS >>> 5;
