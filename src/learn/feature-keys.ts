/**
 * 32-bit feature keys for `KeyedTable` (keyed-table.ts): FNV-1a hashing of feature names
 * without building strings; a feature is a template number mixed with one or more strings
 * (or string slices). Keys stand for features both when training and when tagging, so a
 * model holds no feature strings. (The bucketed taggers hash with `hashing.ts` instead.)
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Starts the hash of a feature of template `template`. */
export function seed(template: number): number {
  return mixInt(FNV_OFFSET, template);
}

/** Mixes a small integer (a template, a tag, a separator) into `h`. */
export function mixInt(h: number, n: number): number {
  h = Math.imul(h ^ (n & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (0x100 | ((n >>> 16) & 0xff)), FNV_PRIME);
  return h >>> 0;
}

/** Mixes the characters `s[from, to)` into `h`, then a separator. */
export function mixStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 0x1ffff, FNV_PRIME) >>> 0;
}

/** Hash of the feature `template=value`. */
export function featureOf(template: number, value: string): number {
  return mixStr(seed(template), value);
}
