import { compactRow, fillRank, USED_WORDS } from './compact-rows.js';
import { BITS, BUCKETS } from './hashing.js';
import { arrayOf, type Json, type ModelArray, type ModelFile } from './model-file.js';
import { Perceptron } from './perceptron.js';
import { sharedBuffer, sharedEntry } from './shared-buffers.js';

/**
 * Perceptrons in the shared model file (`model-file.ts`): each one's non-zero rows as two
 * arrays, `NAME.deltas` (u32 bucket deltas) and `NAME.weights` (i16 of `weight · scale`,
 * one row of labels each), described in the header's `info.perceptrons`; `info.hashBits`
 * is the hashing the buckets come from.
 */
export interface PerceptronEntry {
  readonly name: string;
  readonly labels: readonly string[];
  /** Rows with a non-zero weight. */
  readonly rows: number;
  /** Weights are stored as int16 of `weight * scale`. */
  readonly scale: number;
}

/** A perceptron's non-zero rows, quantised: bucket deltas and int16 weights of `weight · scale` (one row of labels each). */
export interface QuantisedRows {
  readonly scale: number;
  readonly rows: number;
  readonly deltas: Uint32Array;
  readonly weights: Int16Array;
}

export function quantisedRows(p: Perceptron): QuantisedRows {
  const L = p.labels.length;
  let max = 0;
  for (let f = 0; f < BUCKETS; f++) for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(p.at(f, l)));
  const scale = max === 0 ? 1 : 32000 / max;
  const buckets: number[] = [];
  const values: number[] = [];
  for (let f = 0; f < BUCKETS; f++) {
    const row = Array.from({ length: L }, (_, l) => Math.round(p.at(f, l) * scale));
    if (row.every((x) => x === 0)) continue;
    buckets.push(f);
    values.push(...row);
  }
  const deltas = Uint32Array.from(buckets, (b, i) => b - (i > 0 ? (buckets[i - 1] as number) : 0));
  return { scale, rows: buckets.length, deltas, weights: Int16Array.from(values) };
}

/** The header entries and arrays of `perceptrons` (written in this order), and the `info` fields that describe them. */
export function perceptronArrays(perceptrons: readonly (readonly [string, Perceptron])[]): {
  arrays: Map<string, ModelArray>;
  info: { hashBits: number; perceptrons: Json };
} {
  const arrays = new Map<string, ModelArray>();
  const entries: Json[] = [];
  for (const [name, p] of perceptrons) {
    const { scale, rows, deltas, weights } = quantisedRows(p);
    entries.push({ name, labels: [...p.labels], rows, scale });
    arrays.set(`${name}.deltas`, deltas);
    arrays.set(`${name}.weights`, weights);
  }
  return { arrays, info: { hashBits: BITS, perceptrons: entries } };
}

/** The perceptron entries of a model file, checking that its buckets come from this hashing. */
export function perceptronEntries(file: ModelFile, where: string): readonly PerceptronEntry[] {
  const { hashBits, perceptrons } = file.header.info;
  if (hashBits !== BITS || !Array.isArray(perceptrons)) {
    throw new Error(`${where}: model ${file.header.model} with ${String(hashBits)} hash bits, expected ${BITS}`);
  }
  return perceptrons as unknown as readonly PerceptronEntry[];
}

/**
 * A table several perceptrons share as views: rows of `stride`, this one's labels at `offset`,
 * a bit per written row in `used`. `filled`: another thread already wrote the rows (the
 * table is in memory threads share, `shared-buffers.ts`), so `readPerceptron` only reads.
 */
export interface SharedTable {
  readonly table: Int16Array;
  readonly stride: number;
  readonly offset: number;
  readonly used: Uint32Array;
  /** A compact table (`compact-rows.ts`): rows of the used buckets only, `used` set beforehand. */
  readonly rank?: Uint32Array;
  readonly filled?: boolean;
}

/**
 * An int16 table of `stride` labels a row and its `used` bits, in one buffer; given a `key`
 * (a model file's key and a name), made once per process and shared between threads: call
 * `share` once its rows are written.
 */
export function tableFor(stride: number, key?: string): { table: SharedTable; share: () => void } {
  const bytes = BUCKETS * stride * 2;
  const slot = sharedBuffer(key, bytes + (BUCKETS >>> 5) * 4);
  const table = new Int16Array(slot.buffer, 0, BUCKETS * stride);
  const used = new Uint32Array(slot.buffer, bytes, BUCKETS >>> 5);
  return { table: { table, stride, offset: 0, used, filled: !slot.fresh }, share: () => slot.share() };
}

/** An int16 table of one perceptron's own, read through `SharedTable` views (half the memory traffic of floats). */
export function ownTable(labels: number): SharedTable {
  return tableFor(labels).table;
}

/**
 * A compact int16 table (`compact-rows.ts`) of `stride` labels a row for the rows any of
 * `entries` holds, in one buffer laid out `[used][rank][rows]`; given a `key`, made once per
 * process and shared between threads (as `tableFor`): call `share` once its rows are written.
 */
export function compactTableFor(
  file: ModelFile,
  entries: readonly PerceptronEntry[],
  stride: number,
  key?: string,
): { table: SharedTable; share: () => void } {
  const head = USED_WORDS * 8;
  const found = key === undefined ? undefined : sharedEntry(key);
  let used: Uint32Array | undefined;
  let bytes = found?.buffer.byteLength ?? 0;
  if (found === undefined) {
    used = new Uint32Array(USED_WORDS);
    for (const e of entries) {
      const deltas = arrayOf(file, `${e.name}.deltas`, 'u32');
      let f = 0;
      for (let r = 0; r < deltas.length; r++) {
        f += deltas[r] as number;
        used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
      }
    }
    bytes = head + fillRank(used, new Uint32Array(USED_WORDS)) * stride * 2;
  }
  const slot = sharedBuffer(key, bytes);
  const views = {
    used: new Uint32Array(slot.buffer, 0, USED_WORDS),
    rank: new Uint32Array(slot.buffer, USED_WORDS * 4, USED_WORDS),
    table: new Int16Array(slot.buffer, head, (slot.buffer.byteLength - head) / 2),
  };
  if (slot.fresh && used !== undefined) {
    views.used.set(used);
    fillRank(used, views.rank);
  }
  return { table: { ...views, stride, offset: 0, filled: !slot.fresh }, share: () => slot.share() };
}

/**
 * Perceptron `entry` of `file`: its int16 rows written as they are into `into` (read with
 * the perceptron's scale, each row marked in `used`), or, without `into`, a float table of
 * its own (what the rankers read directly).
 */
export function readPerceptron(file: ModelFile, entry: PerceptronEntry, into?: SharedTable): Perceptron {
  const L = entry.labels.length;
  // a table another thread (or the start-up cache) already filled is only read: no rows needed
  if (into?.filled === true)
    return new Perceptron(entry.labels, into.table, into.stride, into.offset, 1 / entry.scale, into.used, into.rank);
  const slot = into ? undefined : sharedBuffer(file.key && `${file.key}#${entry.name}`, BUCKETS * L * 4);
  if (slot?.fresh === false) return new Perceptron(entry.labels, new Float32Array(slot.buffer));
  const deltas = arrayOf(file, `${entry.name}.deltas`, 'u32');
  const weights = arrayOf(file, `${entry.name}.weights`, 'i16');
  if (deltas.length !== entry.rows || weights.length !== entry.rows * L) {
    throw new Error(`model ${file.header.model}: perceptron ${entry.name} has arrays of the wrong size`);
  }
  let f = 0;
  if (into) {
    const { table, stride, offset, used, rank } = into;
    for (let r = 0; r < entry.rows; r++) {
      f += deltas[r] as number;
      let row = f;
      if (rank === undefined) used[f >>> 5] = (used[f >>> 5] as number) | (1 << (f & 31));
      else row = compactRow(used, rank, f);
      for (let l = 0; l < L; l++) table[row * stride + offset + l] = weights[r * L + l] as number;
    }
    return new Perceptron(entry.labels, table, stride, offset, 1 / entry.scale, used, rank);
  }
  const table = new Float32Array(slot?.buffer ?? new ArrayBuffer(0));
  for (let r = 0; r < entry.rows; r++) {
    f += deltas[r] as number;
    for (let l = 0; l < L; l++) table[f * L + l] = (weights[r * L + l] as number) / entry.scale;
  }
  slot?.share();
  return new Perceptron(entry.labels, table);
}

/** The names of the arrays that hold the rows of `file`'s perceptrons: once their tables are built, nothing reads them. */
export function perceptronArrayNames(file: ModelFile, where: string): string[] {
  return perceptronEntries(file, where).flatMap((e) => [`${e.name}.deltas`, `${e.name}.weights`]);
}

/**
 * Every perceptron of `file` by name: those named in `shared` as views into one compact int16
 * table (their labels side by side in each row, `interleaved.ts` scores them in one pass; only
 * the rows any of them holds, `compact-rows.ts`), the others with a float table of their own.
 */
export function readPerceptrons(file: ModelFile, where: string, shared: ReadonlySet<string>): Map<string, Perceptron> {
  const entries = perceptronEntries(file, where);
  const together = entries.filter((e) => shared.has(e.name));
  const stride = together.reduce((n, e) => n + e.labels.length, 0);
  // the shared views' compact table, made once per process and handed to pool workers
  // (`compactTableFor`), keyed by the file and the perceptrons it holds
  const { table: views, share } = compactTableFor(file, together, stride, file.key && `${file.key}#${[...shared].sort().join('+')}`);
  const found = new Map<string, Perceptron>();
  let offset = 0;
  for (const e of entries) {
    const into = shared.has(e.name) ? { ...views, offset } : undefined;
    if (into) offset += e.labels.length;
    found.set(e.name, readPerceptron(file, e, into));
  }
  share();
  return found;
}
