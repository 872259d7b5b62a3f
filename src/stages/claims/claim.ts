import type { Span } from '../../doc/span.js';

/** Whether the claim's main predicate is asserted or negated ("will not be sending"). */
export type Polarity = 'affirmed' | 'negated';

/**
 * How the holder commits to the content: a plain assertion, a future (`will`), an intention
 * (`plan`), a possibility (`may`), an obligation (`must`), a denial or confirmation by the
 * cue (`deny`, `confirm`), a report or allegation (`report`, `claim`), or a question (`ask`:
 * "why didn't he pay?", which commits to neither polarity).
 */
export type Modality = 'assert' | 'will' | 'plan' | 'may' | 'must' | 'deny' | 'confirm' | 'report' | 'claim' | 'ask';

/** Who holds the claim: the resolved speaker, or the outlet whose report it is. */
export interface ClaimHolder {
  readonly entity: string | null;
  readonly name: string;
  /** What names the holder across documents: its entity's key (`@clinton`), else `@` and the name lower-cased. */
  readonly key: string;
  /** A group the text does not name ("four current and former officials"). */
  readonly anonymous: boolean;
  /** A news outlet, or a report or document standing for one. */
  readonly outlet: boolean;
}

/** An argument of the predicate: an entity of the document, or a normalized noun phrase. */
export interface ClaimArgument {
  readonly entity: string | null;
  /** The entity's key across documents (`@clinton`); null for a noun phrase. */
  readonly key: string | null;
  /** The words, as written. */
  readonly text: string;
  /** Lemmas of the phrase's content words, lower-cased ("american troop"). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A number with what it counts ("300 troops" → 300 troop). */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly span: Span;
}

/** One normalized claim: who holds what, when, with which polarity and modality. */
export interface Claim {
  readonly id: string;
  /** The attribution or reported event it comes from. */
  readonly attribution: string | null;
  readonly event: string | null;
  /**
   * The statement it belongs to: the id of the first claim of its statement. Fragments of one
   * quotation ("A," she said. "B.": one source, one cue) share it and are never paired together.
   */
  readonly statement: string;
  /** The words of the claim: the attribution's content, trimmed of what is not its own. */
  readonly span: Span;
  readonly cue: Span | null;
  readonly holder: ClaimHolder | null;
  readonly date: string | null;
  readonly polarity: Polarity;
  readonly modality: Modality;
  /** Lemma and span of the content's main predicate. */
  readonly predicate: { readonly lemma: string; readonly start: number; readonly end: number } | null;
  readonly args: ClaimArgument[];
  readonly quantities: Quantity[];
  /** Content lemmas with their WordNet frame keys, for comparing claims (not printed). */
  readonly keys: string[][];
  readonly rule: string;
}

declare module '../../doc/layers.js' {
  interface LayerMap {
    claims: Claim[];
  }
}

/** The polarity the holder commits to: a denial turns an affirmed content round. */
export function stancePolarity(c: Pick<Claim, 'polarity' | 'modality'>): Polarity {
  if (c.modality !== 'deny') return c.polarity;
  return c.polarity === 'affirmed' ? 'negated' : 'affirmed';
}
