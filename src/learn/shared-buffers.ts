/**
 * Memory the threads of one process share: model arrays decoded once and the tables built
 * from them, in `SharedArrayBuffer`s. The thread that first needs a buffer makes it and
 * fills it; an analysis pool hands its thread's buffers to its workers
 * (`adoptSharedBuffers`), which then find them filled and only read them. A key names what
 * a buffer holds and the model file it comes from (path, size, time: `modelFileKey`), so a
 * file changed on disk is read afresh, never from a stale buffer. Nothing writes into a
 * buffer once it is filled.
 */
export interface SharedEntry {
  readonly buffer: SharedArrayBuffer;
  /** What the buffer's reader needs besides its bytes (a model file's header, as JSON). */
  readonly meta: string;
}

/** The buffers of this thread, by key: the ones it made and the ones it was given. */
const registry = new Map<string, SharedEntry>();

/** A buffer for `key`: filled by another thread (`fresh` false), or new and empty. */
export interface SharedSlot {
  readonly buffer: ArrayBufferLike;
  /** The buffer is new: the caller fills it, then calls `share` (a buffer that failed to fill is never shared). */
  readonly fresh: boolean;
  share(): void;
}

/** The buffer of `bytes` for `key` (see `SharedSlot`). Without a key: a new buffer of this thread's own. */
export function sharedBuffer(key: string | undefined, bytes: number, meta = ''): SharedSlot {
  const found = key === undefined ? undefined : registry.get(key);
  if (found !== undefined && found.buffer.byteLength === bytes) return { buffer: found.buffer, fresh: false, share: () => {} };
  if (key === undefined) return { buffer: new ArrayBuffer(bytes), fresh: true, share: () => {} };
  const buffer = new SharedArrayBuffer(bytes);
  return { buffer, fresh: true, share: () => registry.set(key, { buffer, meta }) };
}

/** The entry for `key`, if this thread made or was given it. */
export function sharedEntry(key: string): SharedEntry | undefined {
  return registry.get(key);
}

/** This thread's buffers, to hand to worker threads (a `SharedArrayBuffer` crosses threads without a copy). */
export function sharedBuffers(): ReadonlyMap<string, SharedEntry> {
  return new Map(registry);
}

/** Takes the buffers a parent thread handed over (its `sharedBuffers()`). */
export function adoptSharedBuffers(entries: ReadonlyMap<string, SharedEntry>): void {
  for (const [key, entry] of entries) if (!registry.has(key)) registry.set(key, entry);
}
