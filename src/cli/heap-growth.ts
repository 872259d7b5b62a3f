import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what its last full collection kept, in
 * percent, for a CLI process (issue #18, memory). V8's own factor goes up to ×4 when
 * collections are quick: an `ingest` whose live heap is about 90 MB let its heap reach 370 MB
 * of mostly dead objects before collecting. At +20 % the heap is collected sooner; the peak
 * RSS of `ingest` fell by a third for a few percent more processor time (docs/scale.md).
 * The flag is process-wide, so worker threads follow it too. Garbage collection never
 * changes what a program computes: the output stays byte-identical.
 */
export const HEAP_GROWING_PERCENT = 20;

const FLAG = '--heap-growing-percent';

/** The V8 flag to set, or null when the user set one already (in `execArgv` or `NODE_OPTIONS`). */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | null {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  if (
    given.some((a) => a === FLAG || a.startsWith(`${FLAG}=`) || a === '--heap_growing_percent' || a.startsWith('--heap_growing_percent='))
  )
    return null;
  return `${FLAG}=${HEAP_GROWING_PERCENT}`;
}

/** Sets the heap growth of this process (before any work), unless the user chose one. */
export function limitHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag !== null) setFlagsFromString(flag);
}
