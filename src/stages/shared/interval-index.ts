/** A half-open range on any axis (characters or tokens). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Intervals sorted by start with the running maximum of their ends, for look-ups that would
 * otherwise scan every interval of a document once per query (quadratic on long texts).
 * `visit(startBelow, endAbove, f)` calls `f(i)`, `i` the interval's position in the list it
 * was built from, for every interval with `start < startBelow` and `end > endAbove`, and
 * only reads those and the few that cannot be told apart by the running maximum.
 */
export class IntervalIndex {
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #maxEnd: Int32Array;
  readonly #original: Int32Array;
  /** Entries read by `visit` so far (a cost count for tests: linear work reads a bounded number per query). */
  steps = 0;

  constructor(intervals: readonly Interval[]) {
    const order = intervals.map((_, i) => i).sort((a, b) => (intervals[a] as Interval).start - (intervals[b] as Interval).start || a - b);
    const n = order.length;
    this.#starts = new Int32Array(n);
    this.#ends = new Int32Array(n);
    this.#maxEnd = new Int32Array(n);
    this.#original = new Int32Array(n);
    let max = Number.MIN_SAFE_INTEGER;
    order.forEach((o, i) => {
      const iv = intervals[o] as Interval;
      this.#starts[i] = iv.start;
      this.#ends[i] = iv.end;
      max = Math.max(max, iv.end);
      this.#maxEnd[i] = max;
      this.#original[i] = o;
    });
  }

  visit(startBelow: number, endAbove: number, f: (original: number) => void): void {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#starts[mid] as number) < startBelow) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (this.#maxEnd[i] as number) > endAbove; i--) {
      this.steps++;
      if ((this.#ends[i] as number) > endAbove) f(this.#original[i] as number);
    }
  }

  /** The first interval, in list order, among those `visit` finds that pass `test`. */
  first(startBelow: number, endAbove: number, test: (original: number) => boolean = () => true): number {
    let best = -1;
    this.visit(startBelow, endAbove, (o) => {
      if ((best < 0 || o < best) && test(o)) best = o;
    });
    return best;
  }

  /** The positions `visit` finds, in list order (ascending). */
  all(startBelow: number, endAbove: number): number[] {
    const found: number[] = [];
    this.visit(startBelow, endAbove, (o) => found.push(o));
    return found.sort((a, b) => a - b);
  }
}

/** An index cached per list (a finished layer), rebuilt when the list has grown since. */
export class IndexCache<T> {
  readonly #indexes = new WeakMap<readonly T[], { readonly count: number; readonly index: IntervalIndex }>();
  readonly #project: (item: T) => Interval;

  /** `project`: the interval of an item (the item itself for spans, or a part such as its anchor). */
  constructor(project: (item: T) => Interval) {
    this.#project = project;
  }

  of(list: readonly T[]): IntervalIndex {
    const cached = this.#indexes.get(list);
    if (cached !== undefined && cached.count === list.length) return cached.index;
    const index = new IntervalIndex(list.map(this.#project));
    this.#indexes.set(list, { count: list.length, index });
    return index;
  }
}

/** An interval no query finds (for items without the part an index is built on). */
export const NOWHERE: Interval = { start: 2 ** 31 - 1, end: -(2 ** 31) };
