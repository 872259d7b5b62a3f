import type { Span } from '../../doc/span.js';

export type ContradictionKind = 'denial' | 'statement-vs-report' | 'fact-check' | 'flip-flop' | 'numbers-differ' | 'account-differs';

export const CONTRADICTION_KINDS: readonly ContradictionKind[] = [
  'denial',
  'statement-vs-report',
  'fact-check',
  'flip-flop',
  'numbers-differ',
  'account-differs',
];

/** Who holds one side. */
export interface PairHolder {
  readonly entity: string | null;
  readonly name: string;
  /** A group the text does not name ("four current and former officials"). */
  readonly anonymous?: boolean;
}

/** One side of a divergent pair. */
export interface PairSide {
  readonly attribution: string | null;
  /** The claim of the claims layer it comes from, when one does. */
  readonly claim?: string | null;
  readonly span: Span;
  readonly holder: PairHolder;
  readonly date: string | null;
}

/** Two accounts in one article that diverge, with the rule that found them. */
export interface Contradiction {
  readonly id: string;
  readonly kind: ContradictionKind;
  readonly a: PairSide;
  readonly b: PairSide;
  readonly reason: string;
  readonly confidence: number;
  readonly rule: string;
}

declare module '../../doc/layers.js' {
  interface LayerMap {
    contradictions: Contradiction[];
  }
}
