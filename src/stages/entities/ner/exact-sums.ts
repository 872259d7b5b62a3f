/**
 * Whether a tagger's scores are sums without rounding, whatever order they are added in:
 * every weight an integer multiple of one power of two `2^e`, and any score (at most
 * `bound` in magnitude) below `2^53 · 2^e`. Then a float64 sum is exact, so partial sums
 * kept per word (`NerModel`) give the scores, bit for bit, that adding each feature in turn
 * gives.
 */

const bits = new DataView(new ArrayBuffer(8));

/** Trailing zero bits of a 32-bit integer that is not 0. */
function trailingZeros(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** The largest `e` with `v / 2^e` an integer (`v` finite, not 0): read from the float64's bits. */
export function lowExponent(v: number): number {
  bits.setFloat64(0, v);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  // v = mantissa · 2^(biased − 1075), the mantissa with its implicit bit when normal
  const e = (biased === 0 ? 1 : biased) - 1075;
  if (lo !== 0) return e + trailingZeros(lo);
  const top = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  return e + 32 + trailingZeros(top);
}

/** The lowest `lowExponent` of the non-zero values of `lists`, and the sum of the lists' largest magnitudes. */
export function grid(lists: readonly ArrayLike<number>[]): { low: number; maxSum: number } {
  let low = Number.POSITIVE_INFINITY;
  let maxSum = 0;
  for (const list of lists) {
    let max = 0;
    for (let k = 0; k < list.length; k++) {
      const v = list[k] as number;
      if (v === 0) continue;
      if (!Number.isFinite(v)) return { low: Number.NEGATIVE_INFINITY, maxSum: Number.POSITIVE_INFINITY };
      low = Math.min(low, lowExponent(v));
      max = Math.max(max, Math.abs(v));
    }
    maxSum += max;
  }
  return { low, maxSum };
}

/**
 * A lower bound of `lowExponent` over all float32 values of magnitude at least `x`
 * (`x` > 0): a float32 holds 24 significant bits, so its lowest is at most 23 below its
 * leading bit.
 */
export function float32LowBound(x: number): number {
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  if (2 ** (e + 1) <= x) e++;
  return e - 23;
}

/** Whether sums of values on `grid` up to `bound` in magnitude are exact in float64. */
export function exactSums(low: number, bound: number): boolean {
  return Number.isFinite(low) && bound / 2 ** low < 2 ** 53;
}
