/**
 * Thresholds of the pair rules. Tuned by `dateline eval contradictions --tune` over folds of
 * the train-derived pairs (test/data/contradictions-dev.json); see docs/contradictions.md.
 */
export interface PairParams {
  /** Least frame similarity between a denial and the account it denies. */
  readonly denial: number;
  /** Least frame similarity for two claims of opposite polarity to count as one frame. */
  readonly frame: number;
  /** Least frame similarity for two figures to count as one quantity's. */
  readonly numbers: number;
  /** Least similarity between a fact-check and a claim before it. */
  readonly factCheck: number;
  /** Least similarity between a contrast marker's clause and the claims it opposes. */
  readonly marker: number;
  /** Least frame similarity for two claims a "but" sets against each other (`rule-but-contrast.ts`). */
  readonly contrast: number;
  /** Most days apart for two claims' time windows to overlap. */
  readonly windowDays: number;
}

export const DEFAULT_PARAMS: PairParams = {
  denial: 0.3,
  frame: 0.5,
  numbers: 0.35,
  factCheck: 0.3,
  marker: 0.15,
  contrast: 0.4,
  windowDays: 366,
};
