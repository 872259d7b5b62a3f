import type { AttributionType, NonStatement, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { LinkedSpans } from './linked-spans.js';

/**
 * An attribution as the attribution stage finds it: its spans, type and rule, before the
 * speakers stage says who spoke and when (internal layer `attributionSpans`).
 */
export interface FoundAttribution {
  readonly type: AttributionType;
  readonly content: Span;
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly rule: string;
  /** The same spans as token ranges. */
  readonly tokenSpans: LinkedSpans;
  readonly nonStatement?: NonStatement;
}

declare module '../../doc/layers.js' {
  interface LayerMap {
    attributionSpans: FoundAttribution[];
  }
}

function toSpan(text: string, tokens: readonly Token[], s: TaggedSpan | null): Span | null {
  if (!s) return null;
  return spanOf(text, (tokens[s.tokenStart] as Token).start, (tokens[s.tokenEnd - 1] as Token).end);
}

/** direct: every token inside quotation marks; mixed: some; indirect: none. */
export function attributionType(inside: Uint8Array, s: TaggedSpan): AttributionType {
  let n = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) n += inside[i] as number;
  if (n === s.tokenEnd - s.tokenStart) return 'direct';
  return n === 0 ? 'indirect' : 'mixed';
}

/** Linked token spans as found attributions, in the same order: character spans and type. */
export function toFound(text: string, tokens: readonly Token[], inside: Uint8Array, linked: readonly LinkedSpans[]): FoundAttribution[] {
  return linked.map((l) => ({
    type: attributionType(inside, l.content),
    content: toSpan(text, tokens, l.content) as Span,
    cue: toSpan(text, tokens, l.cue),
    source: toSpan(text, tokens, l.source),
    rule: l.rule,
    tokenSpans: l,
  }));
}
