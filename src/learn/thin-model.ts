import type { SharedEntry } from './shared-buffers.js';

/**
 * A model file's decoded arrays without those only read to build its tables (a tagger's
 * sparse rows, once its table is built): what the start-up cache keeps of the file
 * (`table-cache.ts`), so that a later run does not read megabytes nothing uses. The header
 * lists the arrays left out (`omitted`); a loader that asks for one anyway gets it from the
 * model file itself (`ModelFile.full`).
 */
export interface ThinHeader {
  readonly arrays: readonly ArrayEntry[];
  readonly omitted?: readonly string[];
}

/** An array of a model file's header (`model-file.ts`). */
interface ArrayEntry {
  readonly name: string;
  readonly type: keyof typeof BYTES;
  readonly length: number;
}

const BYTES = { u32: 4, i32: 4, i16: 2, f32: 4 } as const;
const aligned = (n: number): number => (n + 3) & ~3;
const size = (a: ArrayEntry): number => aligned(a.length * BYTES[a.type]);

/** The shared entry of a decoded model file (`model-file.ts` layout: arrays in header order, each 4-byte aligned) without the arrays `drop`. */
export function thinModelEntry(entry: SharedEntry, drop: ReadonlySet<string>): SharedEntry {
  const header = JSON.parse(entry.meta) as ThinHeader;
  const kept = header.arrays.filter((a) => !drop.has(a.name));
  if (kept.length === header.arrays.length) return entry;
  const buffer = new SharedArrayBuffer(kept.reduce((n, a) => n + size(a), 0));
  const to = new Uint8Array(buffer);
  let from = 0;
  let at = 0;
  for (const a of header.arrays) {
    if (!drop.has(a.name)) {
      to.set(new Uint8Array(entry.buffer, from, size(a)), at);
      at += size(a);
    }
    from += size(a);
  }
  const omitted = [...(header.omitted ?? []), ...header.arrays.filter((a) => drop.has(a.name)).map((a) => a.name)];
  return { buffer, meta: JSON.stringify({ ...header, arrays: kept, omitted } satisfies ThinHeader) };
}
