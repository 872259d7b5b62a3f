import type { Range, Span } from './span.js';

/**
 * The layers a document can carry. Each is plain JSON data whose ranges point into the
 * document's one text. The four output layers (entities, attributions, timexes, events)
 * are the `dateline/1` contract (shared/docs/extract-output.md); the rest are internal.
 *
 * A stage that adds a layer of its own declares it beside its code by module augmentation:
 *
 *   declare module '../../doc/layers.js' { interface LayerMap { mentions: Mention[] } }
 */
export interface LayerMap {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  timexes: Timex[];
  attributions: Attribution[];
  events: DocEvent[];
}

export type LayerName = keyof LayerMap;

/** A run of text between blank lines. */
export interface Paragraph extends Range {
  readonly index: number;
}

/** A sentence, with the tokens it holds as `[tokenStart, tokenEnd)` indices into `tokens`. */
export interface Sentence extends Range {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

/** A word or punctuation mark. White space belongs to no token. */
export interface Token extends Span {
  /** Universal POS tag (UPOS), e.g. `PROPN`, `VERB`, `PUNCT`. */
  readonly pos: string;
  /** Dictionary form, lower-cased (`said` → `say`). */
  readonly lemma: string;
  /** Index of the sentence holding this token. */
  readonly sentence: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';

/** One referent in the document, with every mention of it. */
export interface Entity {
  readonly id: string;
  /** Canonical name: the longest proper name seen ("Ana Ruiz"). Inferred: no span. */
  readonly name: string;
  readonly type: EntityType;
  /** Titles and positions ("U.S. Secretary of State"). */
  readonly roles: string[];
  readonly mentions: Span[];
  /** The rule or model that made this result (provenance, for contradiction finding). */
  readonly rule?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression with its TimeML TIMEX3 value. */
export interface Timex extends Span {
  readonly type: TimexType;
  readonly value: string;
  readonly rule?: string;
}

export type AttributionType = 'direct' | 'indirect' | 'mixed';

/** Who the source is, resolved: an entity of the document where one is known. */
export interface Speaker {
  readonly entity: string | null;
  readonly name: string;
  /** The source names nobody in particular ("officials", "a person familiar with …"). */
  readonly anonymous?: boolean;
}

/** Something attributed to a source: a source, a cue and a content, as PolNeAR annotates them. */
export interface Attribution {
  readonly id: string;
  readonly type: AttributionType;
  readonly content: Span;
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly speaker: Speaker | null;
  /** When it was said (YYYY-MM-DD, or coarser), where the text says. */
  readonly date: string | null;
  readonly rule?: string;
  /**
   * Set when the cue says nothing was said ("has not mentioned") or names a state of mind
   * ("thought"): an attribution in PolNeAR's sense, no quote (`quotes` leaves it out).
   */
  readonly nonStatement?: NonStatement;
}

/** Why an attribution is no statement: a negated cue, a state of mind, a deed, or a plain-text article's title line. */
export type NonStatement = 'negated' | 'refusal' | 'mental-state' | 'act' | 'headline';

export interface EventParticipant {
  readonly entity: string;
  readonly role: string;
}

/** Something that happened, anchored on the words that state it. */
export interface DocEvent {
  readonly id: string;
  /** News type (statement, killing, meeting, …, other). */
  readonly type: string;
  /** TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION. */
  readonly class?: string;
  readonly trigger: Span;
  readonly date: string | null;
  readonly place: string | null;
  readonly participants: EventParticipant[];
  /** TimeML tense, aspect, polarity and modality where the verb group shows them. */
  readonly tense?: string;
  readonly aspect?: string;
  readonly polarity?: string;
  readonly modality?: string;
  readonly rule?: string;
}
