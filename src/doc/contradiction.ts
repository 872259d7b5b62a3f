import type { Span } from './span.js';

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

declare module './layers.js' {
  interface LayerMap {
    contradictions: Contradiction[];
  }
}

/** One side of a listed pair: the document, the offsets into its text, the holder and date. */
export interface ListedSide {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly holder: string;
  readonly anonymous?: boolean;
  readonly date: string | null;
}

/** A pair as `dateline contradictions --json` prints it. */
export interface ListedPair {
  readonly kind: string;
  readonly a: ListedSide;
  readonly b: ListedSide;
  readonly reason: string;
  readonly confidence: number;
  readonly rule?: string;
}

export interface PairFilter {
  readonly about?: string;
  readonly kind?: string;
  readonly since?: string;
}
