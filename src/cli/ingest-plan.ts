import type { SourceDoc } from '../doc/doc.js';
import type { IngestFailure, IngestResult } from '../ingest/result.js';
import { contentHash } from '../store/hash.js';
import type { Store } from '../store/store.js';

/** What ingest does with one input, decided before analysis from what the store holds. */
export type IngestStep =
  | { readonly kind: 'failed'; readonly failure: IngestFailure }
  /** A syndicated copy of an article stored under another id: stored pointing at that analysis. */
  | { readonly kind: 'copy'; readonly doc: SourceDoc }
  /** Stored already by this analysis: skipped. */
  | { readonly kind: 'unchanged'; readonly doc: SourceDoc }
  | { readonly kind: 'analyse'; readonly doc: SourceDoc };

/** Documents whose stored state is looked up together before they are analysed. */
const LOOKAHEAD = 64;

/**
 * The steps for `reads`, in input order. Documents are looked up in the store a few dozen at
 * a time (or after `groupMs` of reading, for slow sources such as feeds), so a re-run after
 * an interruption skips what is stored before analysing anything. `onRead` is called for
 * every input as it is read.
 */
export async function* planIngest(
  store: Store,
  analysis: string,
  reads: AsyncIterable<IngestResult>,
  options: { readonly groupMs: number; readonly onRead?: () => void },
): AsyncGenerator<IngestStep> {
  let group: IngestResult[] = [];
  let started = performance.now();
  const flush = async function* (): AsyncGenerator<IngestStep> {
    const docs = group.flatMap((r) => (r.ok ? [r.doc] : []));
    const hashes = new Map(docs.map((d) => [d, contentHash(d.date, d.text)]));
    const known = docs.length > 0 ? await store.knownOwners([...hashes.values()]) : new Map();
    const steps = group;
    group = [];
    for (const read of steps) {
      if (!read.ok) {
        yield { kind: 'failed', failure: read };
        continue;
      }
      const owner = known.get(hashes.get(read.doc) as string);
      if (owner && owner.docId !== read.doc.id) yield { kind: 'copy', doc: read.doc };
      else if (owner?.analysis === analysis) yield { kind: 'unchanged', doc: read.doc };
      else yield { kind: 'analyse', doc: read.doc };
    }
  };
  for await (const read of reads) {
    if (group.length === 0) started = performance.now();
    group.push(read);
    options.onRead?.();
    if (group.length >= LOOKAHEAD || performance.now() - started >= options.groupMs) yield* flush();
  }
  yield* flush();
}
