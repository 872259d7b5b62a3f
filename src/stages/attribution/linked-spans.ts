import type { TaggedSpan } from '../../learn/bio.js';

/** A content with the cue and source linked to it, as token ranges. */
export interface LinkedSpans {
  readonly content: TaggedSpan;
  readonly cue: TaggedSpan | null;
  readonly source: TaggedSpan | null;
  readonly rule: string;
}
