/**
 * A map of space-separated lists kept as the strings they were read as, each split the first
 * time it is asked for (then kept): the synonym table holds 13k lemmas and 166k keys, of which
 * one document asks for a few dozen; splitting them all took ~60 ms and 8 MB at start-up
 * (docs/scale.md, "Start-up"). Reads as a `ReadonlyMap` of the split lists.
 */
export class SplitOnRead implements ReadonlyMap<string, readonly string[]> {
  readonly #raw = new Map<string, string | readonly string[]>();

  /** Sets `key` to the list in `joined` (`''`: none). */
  set(key: string, joined: string): this {
    this.#raw.set(key, joined);
    return this;
  }

  get(key: string): readonly string[] | undefined {
    const v = this.#raw.get(key);
    if (typeof v !== 'string') return v;
    const list = v === '' ? [] : v.split(' ');
    this.#raw.set(key, list);
    return list;
  }

  has(key: string): boolean {
    return this.#raw.has(key);
  }

  get size(): number {
    return this.#raw.size;
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (const key of this.#raw.keys()) yield [key, this.get(key) as readonly string[]];
  }

  keys(): MapIterator<string> {
    return this.#raw.keys();
  }

  *values(): MapIterator<readonly string[]> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(fn: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }
}
